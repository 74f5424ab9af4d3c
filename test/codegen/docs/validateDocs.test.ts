/** validateDocs: the docs must describe exactly the entities of the dump, no more, no less. */
import { describe, expect, it } from 'vitest';
import type { Dump } from '../../../codegen/dump/types.js';
import type { DocsFile } from '../../../codegen/docs/types.js';
import { validateDocs } from '../../../codegen/docs/validateDocs.js';

const none = { read: 'None', write: 'None' };

function smallDump(): Dump {
  return {
    formatVersion: 1,
    classes: [
      {
        name: 'Client',
        superclass: '<<<ROOT>>>',
        memoryCategory: 'Instances',
        tags: [],
        members: [
          {
            memberType: 'Property',
            name: 'State',
            valueType: { category: 'Enum', name: 'State' },
            category: 'Data',
            serialization: { canLoad: false, canSave: false },
            security: none,
            threadSafety: 'ReadSafe',
            tags: ['ReadOnly'],
          },
          {
            memberType: 'Function',
            name: 'Send',
            parameters: [{ name: 'data', type: { category: 'Primitive', name: 'string' } }],
            returnType: [{ category: 'Primitive', name: 'null' }],
            security: none,
            threadSafety: 'Unsafe',
            tags: [],
          },
          {
            memberType: 'Event',
            name: 'Opened',
            parameters: [{ name: 'status', type: { category: 'Primitive', name: 'int' } }],
            security: none,
            threadSafety: 'Unsafe',
            tags: [],
          },
        ],
      },
    ],
    enums: [
      {
        name: 'State',
        tags: [],
        items: [
          { name: 'Open', value: 0, tags: [] },
          { name: 'Closed', value: 1, tags: [] },
        ],
      },
    ],
  };
}

function completeDocs(): DocsFile {
  return {
    classes: {
      Client: {
        summary: 'A client.',
        members: {
          State: { summary: 'Its state.' },
          Send: { summary: 'Sends.', parameters: { data: 'What to send.' } },
          Opened: { summary: 'Fires on open.', parameters: { status: 'The status.' } },
        },
      },
    },
    enums: { State: { summary: 'States.', items: { Open: 'Open.', Closed: 'Closed.' } } },
  };
}

describe('validateDocs', () => {
  it('finds nothing when every entity is described exactly once', () => {
    expect(validateDocs(completeDocs(), smallDump())).toEqual({ missing: [], unknown: [] });
  });

  it('reports a member without docs by its path in docs.json', () => {
    const docs = completeDocs();
    const { Send: _dropped, ...members } = docs.classes.Client!.members;
    const result = validateDocs({ ...docs, classes: { Client: { ...docs.classes.Client!, members } } }, smallDump());
    expect(result.missing.map((p) => p.path)).toEqual(['classes.Client.members.Send']);
    expect(result.missing[0]!.problem).toBe('no docs for function Client.Send');
  });

  it('reports a parameter without docs and a parameter the member does not have', () => {
    const docs = completeDocs();
    const members = { ...docs.classes.Client!.members, Send: { summary: 'Sends.', parameters: { payload: 'Renamed.' } } };
    const result = validateDocs({ ...docs, classes: { Client: { ...docs.classes.Client!, members } } }, smallDump());
    expect(result.missing.map((p) => p.path)).toEqual(['classes.Client.members.Send.parameters.data']);
    expect(result.unknown.map((p) => p.path)).toEqual(['classes.Client.members.Send.parameters.payload']);
    expect(result.unknown[0]!.expected).toBe('only its parameters (data)');
  });

  it('reports docs for a class, member, enum and item the dump lacks', () => {
    const docs = completeDocs();
    const stale: DocsFile = {
      classes: {
        ...docs.classes,
        Client: { ...docs.classes.Client!, members: { ...docs.classes.Client!.members, Reconnect: { summary: 'Gone.' } } },
        Ghost: { summary: 'Not in the slice.', members: {} },
      },
      enums: { State: { ...docs.enums.State!, items: { ...docs.enums.State!.items, Paused: 'Never existed.' } }, Mode: { summary: 'x', items: {} } },
    };
    expect(validateDocs(stale, smallDump()).unknown.map((p) => p.path)).toEqual([
      'classes.Client.members.Reconnect',
      'classes.Ghost',
      'enums.State.items.Paused',
      'enums.Mode',
    ]);
  });

  it('reports a missing enum item and a missing enum', () => {
    const docs = completeDocs();
    expect(validateDocs({ ...docs, enums: { State: { summary: 's', items: { Open: 'Open.' } } } }, smallDump()).missing.map((p) => p.path)).toEqual([
      'enums.State.items.Closed',
    ]);
    expect(validateDocs({ ...docs, enums: {} }, smallDump()).missing.map((p) => p.path)).toEqual(['enums.State']);
  });

  it('rejects a "returns" text on an event', () => {
    const docs = completeDocs();
    const members = { ...docs.classes.Client!.members, Opened: { summary: 'Fires.', parameters: { status: 's' }, returns: 'nothing really' } };
    const result = validateDocs({ ...docs, classes: { Client: { ...docs.classes.Client!, members } } }, smallDump());
    expect(result.unknown.map((p) => p.path)).toEqual(['classes.Client.members.Opened.returns']);
  });

  it('does not mistake Object.prototype names for described members', () => {
    const dump = smallDump();
    const withConstructor: Dump = {
      ...dump,
      classes: [
        {
          ...dump.classes[0]!,
          members: [
            ...dump.classes[0]!.members,
            { memberType: 'Event', name: 'constructor', parameters: [], security: none, threadSafety: 'Unsafe', tags: [] },
          ],
        },
      ],
    };
    expect(validateDocs(completeDocs(), withConstructor).missing.map((p) => p.path)).toEqual(['classes.Client.members.constructor']);
  });
});
