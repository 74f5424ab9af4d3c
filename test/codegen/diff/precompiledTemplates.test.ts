/**
 * The changelog templates compiled ahead of time (codegen/diff/precompiledTemplates.ts, kept up
 * to date by test/codegen/templates/precompileTemplates.test.ts): rendering with them gives what
 * `createRenderer` gives when it compiles the same templates in the process, for a changelog
 * with every form of sentence, a moved entity and dump text that needs escaping.
 */
import { describe, expect, it } from 'vitest';
import { changelogView, renderChangelog, renderChangeSentence, changeSentence } from '../../../codegen/diff/changelog.js';
import type { Change } from '../../../codegen/diff/types.js';
import { terminalText } from '../../../codegen/emit/escape/terminal.js';
import { createRenderer, loadTemplates } from '../../../codegen/templates/createRenderer.js';

const CHANGES: Change[] = [
  { action: 'Add', kind: 'Class', name: 'C', to: { Name: 'C', Superclass: 'Instance', Tags: ['NotCreatable'] }, after: null, impact: 'compatible' },
  {
    action: 'Add',
    kind: 'Function',
    parent: 'C',
    name: 'F',
    to: {
      MemberType: 'Function',
      Name: 'F',
      Parameters: [{ Name: 'a', Type: { Category: 'Primitive', Name: 'string' } }],
      ReturnType: { Category: 'Primitive', Name: 'null' },
      Security: 'None',
      ThreadSafety: 'Unsafe',
    },
    after: null,
    impact: 'compatible',
  },
  { action: 'Remove', kind: 'Property', parent: 'C', name: 'P_*[x]*', impact: 'breaking' },
  { action: 'Change', kind: 'Property', parent: 'C', name: 'Q', field: 'Tags', to: 'Deprecated', after: null, impact: 'compatible' },
  { action: 'Change', kind: 'Property', parent: 'C', name: 'Q', field: 'Tags', from: 'Hidden', impact: 'compatible' },
  { action: 'Change', kind: 'Property', parent: 'C', name: 'Q', field: 'Security.Read', from: 'None', to: 'PluginSecurity', impact: 'breaking' },
  { action: 'Change', kind: 'Function', parent: 'Object', name: 'isA', impact: 'compatible' },
  { action: 'Change', kind: 'Class', name: 'D', field: 'Position', from: null, to: 'C', impact: 'compatible' },
  { action: 'Add', kind: 'EnumItem', parent: 'E<b>', name: 'I', to: { Value: 3 }, after: null, impact: 'compatible' },
];

describe('the precompiled changelog templates', () => {
  it('renders as the templates compiled in the process do', () => {
    const sources = loadTemplates(new URL('../../../codegen/diff/', import.meta.url).href, ['changelog.hbs', 'changeSentence.hbs']);
    const renderer = createRenderer({ changeSentence: sources['changeSentence.hbs']! });
    const changelog = renderer.compile<ReturnType<typeof changelogView>>('changelog.hbs', sources['changelog.hbs']!);
    const sentence = renderer.compile<ReturnType<typeof changeSentence>>('changeSentence.hbs', sources['changeSentence.hbs']!);

    const rendered = renderChangelog(CHANGES, 'old <1>', 'new `2`');
    expect(rendered).toBe(changelog(changelogView(CHANGES, 'old <1>', 'new `2`')));
    expect(rendered).toContain('Removed Property');
    for (const change of CHANGES) expect(renderChangeSentence(change)).toBe(sentence(changeSentence(change, terminalText)));
  });
});
