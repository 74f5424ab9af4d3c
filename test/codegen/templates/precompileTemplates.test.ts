import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMPILE_TEMPLATES_COMMAND, PRECOMPILED_TEMPLATE_MODULES, precompiledModuleSource } from '../../../codegen/templates/precompileTemplates.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('precompiled template modules', () => {
  it.each(PRECOMPILED_TEMPLATE_MODULES.map((module) => [module.file, module] as const))(
    '%s is what Handlebars compiles from its templates with the current options and version',
    (file, module) => {
      const committed = readFileSync(new URL(file, `file://${repoRoot}`), 'utf8');
      // A plain boolean keeps the failure readable (the module is ~20 kB of generated code); the message says the fix.
      expect(committed === precompiledModuleSource(module, repoRoot), `${file} is stale: run ${COMPILE_TEMPLATES_COMMAND}`).toBe(true);
    },
  );
});
