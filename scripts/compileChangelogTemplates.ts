/**
 * `npm run compile:changelog-templates`: writes `codegen/diff/precompiledChangelogTemplates.js`,
 * the changelog templates compiled ahead of time by Handlebars (see
 * `codegen/diff/compileChangelogTemplates.ts`). Run it after changing `codegen/diff/*.hbs`, the
 * template helpers or the Handlebars version; a test fails until the file is up to date.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changelogTemplatesModuleSource, PRECOMPILED_TEMPLATES_FILE } from '../codegen/diff/compileChangelogTemplates.js';
import { writeFileAtomic } from '../codegen/fs/writeFileAtomic.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
writeFileAtomic(join(repoRoot, PRECOMPILED_TEMPLATES_FILE), changelogTemplatesModuleSource());
process.stdout.write(`wrote ${PRECOMPILED_TEMPLATES_FILE}\n`);
