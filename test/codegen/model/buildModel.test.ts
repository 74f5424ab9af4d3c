/**
 * The API model: superclass chains, members by kind, inherited members grouped by the ancestor
 * that defines them, classified types, and lookups that search the chain.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDump } from '../../../codegen/dump/parseDump.js';
import { CodegenError } from '../../../codegen/errors/CodegenError.js';
import { buildModel, modelFor } from '../../../codegen/model/buildModel.js';
import { ModelError } from '../../../codegen/model/ModelError.js';
import type { ApiModel } from '../../../codegen/model/types.js';
import { fixtureText } from '../dump/fixtures/rawDumpFixture.js';
import { describeWithRealDumps, readRealDump } from '../../helpers/realDumps.js';

const sliceText = readFileSync(new URL('../../../api-dump/Full-API-Dump.json', import.meta.url), 'utf8');

describe('buildModel on the committed WebStreamClient slice', () => {
  const model = buildModel(parseDump(sliceText, 'api-dump/Full-API-Dump.json').dump);

  it('keeps dump order and resolves each superclass chain, nearest first', () => {
    expect(model.classes.map((c) => [c.name, c.superclass, c.ancestors])).toEqual([
      ['Object', undefined, []],
      ['Instance', 'Object', ['Object']],
      ['HttpService', 'Instance', ['Instance', 'Object']],
      ['WebStreamClient', 'Object', ['Object']],
    ]);
  });

  it('splits own members by kind, in dump order', () => {
    const client = model.getClass('WebStreamClient')!;
    const names = (list: readonly { name: string }[]): string[] => list.map((m) => m.name);
    expect(names(client.byKind.Property)).toEqual(['ConnectionState']);
    expect(names(client.byKind.Function)).toEqual(['Close', 'Send']);
    expect(names(client.byKind.Event)).toEqual(['Closed', 'Error', 'MessageReceived', 'Opened']);
    expect(client.byKind.Callback).toEqual([]);
  });

  it('groups inherited members by the ancestor that defines them', () => {
    const service = model.getClass('HttpService')!;
    expect(service.inherited.map((group) => [group.from, group.members.map((m) => m.name)])).toEqual([
      ['Instance', []],
      ['Object', ['ClassName', 'className', 'GetPropertyChangedSignal', 'IsA', 'isA', 'Changed']],
    ]);
    expect(service.inherited[1]!.byKind.Event.map((m) => m.name)).toEqual(['Changed']);
  });

  it('finds members along the chain and says who defines them', () => {
    expect(model.getMember('WebStreamClient', 'Send')?.owner).toBe('WebStreamClient');
    expect(model.getMember('WebStreamClient', 'IsA')?.owner).toBe('Object');
    expect(model.getMember('HttpService', 'Changed')?.owner).toBe('Object');
    expect(model.getMember('WebStreamClient', 'CreateWebStreamClient')).toBeUndefined();
    expect(model.getMember('NoSuchClass', 'Send')).toBeUndefined();
  });

  it('says which class declares a member by name alone, as getMember finds it', () => {
    for (const [className, memberName] of [
      ['WebStreamClient', 'Send'],
      ['WebStreamClient', 'IsA'],
      ['HttpService', 'Changed'],
      ['WebStreamClient', 'CreateWebStreamClient'],
      ['NoSuchClass', 'Send'],
    ] as const) {
      expect(model.declaringClass(className, memberName)).toBe(model.getMember(className, memberName)?.owner);
    }
    expect(model.declaringClass('WebStreamClient', 'IsA')).toBe('Object');
  });

  it('classifies types and marks class and enum references the dump defines', () => {
    const create = model.getMember('HttpService', 'CreateWebStreamClient');
    expect(create?.kind === 'Function' && create.parameters.map((p) => p.type)).toEqual([
      { category: 'Enum', name: 'WebStreamClientType', nullable: false, defined: true },
      { category: 'Group', name: 'Dictionary', nullable: false },
    ]);
    expect(create?.kind === 'Function' && create.returns).toEqual([{ category: 'Class', name: 'WebStreamClient', nullable: false, defined: true }]);
    const state = model.getMember('WebStreamClient', 'ConnectionState');
    expect(state?.kind === 'Property' && state.type).toEqual({ category: 'Enum', name: 'WebStreamClientState', nullable: false, defined: true });
  });

  it('looks up enums by name', () => {
    expect(model.getEnum('WebStreamClientType')?.items.map((i) => i.name)).toEqual(['SSE', 'RawStream', 'WebSocket']);
    expect(model.getEnum('Nope')).toBeUndefined();
  });
});

describe('buildModel on edge cases', () => {
  it('splits off the nullable ? and flags references the dump lacks', () => {
    const text = fixtureText((r) => {
      r.Classes[3].Members[1].Parameters[0].Type = { Category: 'Class', Name: 'Buffer?' };
      r.Classes[3].Members[1].ReturnType = { Category: 'Enum', Name: 'WebStreamClientState?' };
    });
    const model = buildModel(parseDump(text, 'dump.json').dump);
    const send = model.getMember('WebStreamClient', 'Send');
    expect(send?.kind === 'Function' && [send.parameters[0]!.type, send.returns[0]]).toEqual([
      { category: 'Class', name: 'Buffer', nullable: true, defined: false },
      { category: 'Enum', name: 'WebStreamClientState', nullable: true, defined: true },
    ]);
  });

  it("returns a subclass's own member over an inherited one of the same name", () => {
    const text = fixtureText((r) => {
      r.Classes[3].Members.push({ ...r.Classes[0].Members[0], Tags: [] });
    });
    const model = buildModel(parseDump(text, 'dump.json').dump);
    expect(model.getMember('WebStreamClient', 'ClassName')?.owner).toBe('WebStreamClient');
    expect(model.getMember('HttpService', 'ClassName')?.owner).toBe('Object');
  });

  it('refuses a superclass the dump lacks, naming the class and its JSON path (the one rule every emitter gets)', () => {
    const text = fixtureText((r) => (r.Classes = [r.Classes[2]]));
    const fragment = parseDump(text, 'fragment.json', { checkReferences: false }).dump;
    const error = (() => {
      try {
        buildModel(fragment, 'fragment.json');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ModelError);
    expect(error).toBeInstanceOf(CodegenError);
    expect(error).toMatchObject({ code: 'EMIT_MISSING_SUPERCLASS', file: 'fragment.json', jsonPath: 'Classes[0].Superclass' });
    expect((error as ModelError).message).toContain('class HttpService extends Instance, which the dump does not contain');
  });

  it('refuses a superclass chain that loops', () => {
    const dump = parseDump(sliceText, 'slice.json').dump;
    const looped = { ...dump, classes: dump.classes.map((cls) => (cls.name === 'Object' ? { ...cls, superclass: 'WebStreamClient' } : cls)) };
    expect(() => buildModel(looped, 'looped.json')).toThrow(/is part of an inheritance cycle through/);
  });

  it('is built once per dump for all emitters (modelFor), with ancestors as model classes', () => {
    const dump = parseDump(sliceText, 'slice.json').dump;
    const model = modelFor(dump);
    expect(modelFor(dump)).toBe(model);
    expect(model.ancestorsOf('WebStreamClient')).toEqual([model.getClass('Object')]);
    expect(model.ancestorsOf('NoSuchClass')).toEqual([]);
  });
});

describeWithRealDumps('buildModel on the real 0.734 dump', ['0.734.0.7340915'], () => {
  let model: ApiModel;
  beforeAll(() => {
    model = buildModel(parseDump(readRealDump('0.734.0.7340915'), '0.734').dump);
  });

  it("resolves Part's chain up to Object", () => {
    expect(model.getClass('Part')?.ancestors).toEqual(['FormFactorPart', 'BasePart', 'PVInstance', 'Instance', 'Object']);
  });

  it('resolves every class and enum reference of a full dump', () => {
    const unresolved = model.classes.flatMap((c) =>
      c.members.flatMap((m) => {
        const types = m.kind === 'Property' ? [m.type] : [...m.parameters.map((p) => p.type), ...(m.kind === 'Event' ? [] : m.returns)];
        return types.filter((t) => (t.category === 'Class' || t.category === 'Enum') && !t.defined).map((t) => `${c.name}.${m.name}: ${t.name}`);
      }),
    );
    expect(unresolved).toEqual([]);
  });

  it('classifies the nullable types of the dump, e.g. DataModelChangeType?', () => {
    const nullable = model.classes
      .flatMap((c) => c.members)
      .flatMap((m) => (m.kind === 'Function' ? m.returns : []))
      .filter((t) => t.nullable);
    expect(nullable.some((t) => t.category === 'Enum' && t.name === 'DataModelChangeType')).toBe(true);
  });
});
