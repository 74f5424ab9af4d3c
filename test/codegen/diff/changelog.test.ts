/**
 * The Markdown changelog: headings, grouping by class and enum, sentences and the empty case.
 */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../../codegen/diff/types.js';
import { renderChangelog, renderChangeSentence } from '../../../codegen/diff/changelog.js';

describe('renderChangelog', () => {
  it('says so when nothing changed', () => {
    expect(renderChangelog([], '0.733.0.7330989', '0.733.0.7330989')).toBe('## 0.733.0.7330989 → 0.733.0.7330989\n\n_No API changes detected._\n');
  });

  it('counts moves in dump order without listing them', () => {
    const moved: Change = { action: 'Change', kind: 'Class', name: 'A', field: 'Position', from: null, to: 'B', impact: 'compatible' };
    expect(renderChangelog([moved], 'a', 'b')).toBe('## a → b\n\n_No API changes detected (1 entities only moved in dump order)._\n');
  });

  it('groups sentences under their class or enum, in first-seen order, with impact', () => {
    const changes: Change[] = [
      {
        action: 'Add',
        kind: 'Function',
        parent: 'AppLifecycleObserverService',
        name: 'TriggerOnPageMilestone',
        to: {
          MemberType: 'Function',
          Name: 'TriggerOnPageMilestone',
          Parameters: [
            { Name: 'page', Type: { Category: 'Enum', Name: 'PageType' } },
            { Name: 'milestone', Type: { Category: 'Enum', Name: 'PageMilestoneType' } },
          ],
          ReturnType: { Category: 'Primitive', Name: 'null' },
          Security: 'None',
          ThreadSafety: 'Unsafe',
        },
        after: null,
        impact: 'compatible',
      },
      { action: 'Remove', kind: 'EnumItem', parent: 'Font', name: 'Legacy', impact: 'breaking' },
      {
        action: 'Change',
        kind: 'Function',
        parent: 'AppLifecycleObserverService',
        name: 'Stop',
        field: 'Security',
        from: 'RobloxScriptSecurity',
        to: 'None',
        impact: 'compatible',
      },
    ];
    expect(renderChangelog(changes, 'old', 'new')).toBe(
      [
        '## old → new',
        '',
        '3 changes: 1 breaking, 2 compatible.',
        '',
        '### Class AppLifecycleObserverService',
        '',
        '- Added Function AppLifecycleObserverService.TriggerOnPageMilestone (page: PageType, milestone: PageMilestoneType) -> null — compatible',
        '- Changed the security of Function AppLifecycleObserverService.Stop from RobloxScriptSecurity to None — compatible',
        '',
        '### Enum Font',
        '',
        '- Removed EnumItem Font.Legacy — breaking',
        '',
      ].join('\n'),
    );
  });

  it('words each kind of change in the trackers’ style', () => {
    const sentence = (change: Omit<Change, 'impact'>) => renderChangeSentence({ ...change, impact: 'compatible' });
    expect(sentence({ action: 'Change', kind: 'Function', parent: 'X', name: 'Y', field: 'ThreadSafety', from: 'Unsafe', to: 'Safe' })).toBe(
      'Changed ThreadSafety of Function X.Y from Unsafe to Safe',
    );
    expect(sentence({ action: 'Remove', kind: 'Property', parent: 'X', name: 'Y' })).toBe('Removed Property X.Y');
    expect(sentence({ action: 'Change', kind: 'Property', parent: 'X', name: 'Y', field: 'Tags', to: 'Deprecated', after: null })).toBe(
      'Added tag [Deprecated] to Property X.Y',
    );
    expect(sentence({ action: 'Change', kind: 'Property', parent: 'X', name: 'Y', field: 'Security.Read', from: 'None', to: 'PluginSecurity' })).toBe(
      'Changed the read security of Property X.Y from None to PluginSecurity',
    );
    expect(
      sentence({
        action: 'Change',
        kind: 'Property',
        parent: 'X',
        name: 'Y',
        field: 'ValueType',
        from: { Category: 'Primitive', Name: 'int' },
        to: { Category: 'Primitive', Name: 'int64' },
      }),
    ).toBe('Changed the value type of Property X.Y from int to int64');
    expect(sentence({ action: 'Add', kind: 'Class', name: 'C', to: { Name: 'C', Superclass: 'Instance', Tags: ['NotCreatable'] } })).toBe(
      'Added Class C : Instance [NotCreatable]',
    );
    expect(
      sentence({
        action: 'Add',
        kind: 'Event',
        parent: 'X',
        name: 'E',
        to: { Parameters: [{ Name: 'n', Type: { Category: 'Primitive', Name: 'int' }, Default: '1' }] },
      }),
    ).toBe('Added Event X.E (n: int = 1)');
    expect(sentence({ action: 'Add', kind: 'EnumItem', parent: 'E', name: 'I', to: { Value: 3 } })).toBe('Added EnumItem E.I : 3');
    expect(sentence({ action: 'Change', kind: 'Function', parent: 'Object', name: 'isA' })).toBe(
      'Changed Function Object.isA (the public record does not say how)',
    );
  });
});
