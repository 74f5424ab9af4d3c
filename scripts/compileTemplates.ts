/**
 * `npm run compile:templates`: writes each module of precompiled Handlebars templates (see
 * `codegen/templates/precompileTemplates.ts`). Run it after changing one of their templates, the
 * compile options or the Handlebars version; a test fails until the modules are up to date.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRECOMPILED_TEMPLATE_MODULES, precompiledModuleSource } from '../codegen/templates/precompileTemplates.js';
import { writeFileAtomic } from '../codegen/fs/writeFileAtomic.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const module of PRECOMPILED_TEMPLATE_MODULES) {
  writeFileAtomic(join(repoRoot, module.file), precompiledModuleSource(module, repoRoot));
  process.stdout.write(`wrote ${module.file}\n`);
}
