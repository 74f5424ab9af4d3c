import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as precompiled from '../../../codegen/emit/reference/precompiledTemplates.js';
import { TemplateError } from '../../../codegen/templates/createRenderer.js';
import { createPrecompiledRenderer } from '../../../codegen/templates/precompiledRenderer.js';
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

describe('a precompiled template', () => {
  it('stays strict: a view without a field the template prints is an error naming the template, the field and where', () => {
    const render = createPrecompiledRenderer({ history: precompiled.history }).template<object>('classPage.hbs', precompiled.classPage);
    const view = { header: '', name: 'Part' };
    expect(() => render(view)).toThrow(TemplateError);
    // `{{lineage}}` is on line 3, column 12 of classPage.hbs: the location survives being built once per module.
    expect(() => render(view)).toThrow('Template classPage.hbs: "lineage" not defined in [object Object] - 3:12');
  });
});
