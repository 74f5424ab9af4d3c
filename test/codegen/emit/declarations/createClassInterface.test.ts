import { describe, expect, it } from 'vitest';
import { emitNodeDeclarations } from '../../../../codegen/emit/declarations/emitNodeDeclarations.js';
import type { EmitSource } from '../../../../codegen/emit/shared/emitSource.js';
import { EmitError } from '../../../../codegen/emit/shared/EmitError.js';
import { callback, cls, dumpOf, enumOf, evt, fn, objectRoot, param, prop, t } from '../fixtures/dumpBuilders.js';
import { typeCheck } from '../helpers/typeCheck.js';

const source = (dump: ReturnType<typeof dumpOf>): EmitSource => ({ dump, dumpFile: 'dump.json', regenerateCommand: 'npm run generate' });
const emit = (dump: ReturnType<typeof dumpOf>) => emitNodeDeclarations(source(dump), { overrideMode: 'lenient' }).file.contents;

/** The quirks of real dumps in miniature, each of which once broke naive typings. */
const quirks = dumpOf(
  [
    objectRoot([evt('Changed', [param('property', t.prim('string'))])]),
    cls('Instance', 'Object', [fn('AddTag', [param('tag', t.prim('string'))]), fn('Remove', [])]),
    cls('CollectionService', 'Instance', [fn('AddTag', [param('instance', t.cls('Instance')), param('tag', t.prim('string'))])]),
    cls('ValueBase', 'Instance', []),
    cls('IntValue', 'ValueBase', [prop('Value', t.prim('int64')), evt('Changed', [param('value', t.prim('int64'))])]),
    cls('AdService', 'Instance', [fn('Get', [param('player', t.cls('Player'), 'nil'), param('id', t.prim('int'))], [t.enum('Status?')])]),
    cls('Player', 'Instance', [fn('Pair', [], [t.prim('bool'), t.prim('string')]), callback('OnAsk', [param('function', t.prim('string'))], [t.prim('bool')])]),
    cls('Studio', 'Object', [prop('Auto-Recovery Interval (Minutes)', t.prim('int')), prop('LoadCharacterLayeredClothing ', t.prim('bool'))]),
  ],
  [
    enumOf('Status', [
      ['Ready', 0],
      ['Failed', 1],
    ]),
  ],
);

describe('class interfaces', () => {
  it('extends the superclass without the members a subclass redefines (TS2430)', () => {
    const text = emit(quirks);
    expect(text).toContain('export interface CollectionService extends Omit<Instance, "AddTag"> {');
    expect(text).toContain('export interface IntValue extends Omit<ValueBase, "Changed"> {');
    expect(text).toContain('export interface Player extends Instance {');
  });

  it('type-checks the quirks of real dumps strictly', () => {
    const consumer = `
      import type { AdService, CollectionService, Instance, IntValue, Player, Studio, Enum } from './index.js';
      declare const collection: CollectionService; declare const inst: Instance; declare const value: IntValue;
      declare const ads: AdService; declare const player: Player; declare const studio: Studio;
      collection.AddTag(inst, 'tag');
      value.Changed.Connect((v) => { const n: number = v; void n; });
      const status: Enum.Status | undefined = ads.Get(undefined, 3);
      const [ok, text]: [boolean, string] = player.Pair();
      player.OnAsk = (function_) => function_.length > 0;
      const minutes: number = studio["Auto-Recovery Interval (Minutes)"];
      void status; void ok; void text; void minutes;
    `;
    expect(typeCheck({ '/virtual/q/index.d.ts': emit(quirks), '/virtual/q/consumer.ts': consumer })).toEqual([]);
  });

  it('refuses two classes that would be declared under one name', () => {
    const clash = dumpOf([objectRoot(), cls('RBXObject', 'Object', [])]);
    expect(() => emit(clash)).toThrow(EmitError);
    expect(() => emit(clash)).toThrow(/dump\.json: Classes\[1\]\.Name: class RBXObject would be declared as RBXObject, which already names class Object/);
  });

  it('refuses a class that would shadow a standard-library name the file uses', () => {
    expect(() => emit(dumpOf([objectRoot(), cls('Promise', 'Object', [])]))).toThrow(/already names the TypeScript global Promise/);
  });

  it('names a missing superclass with the fix', () => {
    expect(() => emit(dumpOf([objectRoot(), cls('Orphan', 'Nowhere', [])]))).toThrow(
      'dump.json: Classes[1].Superclass: class Orphan extends Nowhere, which the dump does not contain\n  Fix: add class Nowhere to the dump (a slice must keep every ancestor) or fix the Superclass',
    );
  });
});
