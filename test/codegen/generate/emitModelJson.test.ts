/**
 * model.json: the normalised model with its generated-file notice, byte-stable, and what the
 * committed generated/model.json holds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emitModelJson, MODEL_JSON_NOTICE } from '../../../codegen/generate/emitModelJson.js';
import { loadGenerateInput } from '../../../codegen/generate/loadGenerateInput.js';

const apiDump = new URL('../../../api-dump/', import.meta.url).pathname;

describe('emitModelJson', () => {
  const { input } = loadGenerateInput(apiDump);
  const [file] = emitModelJson(input);

  it('starts with the $generated notice, since JSON has no comments', () => {
    const json = JSON.parse(file!.contents);
    expect(Object.keys(json)[0]).toBe('$generated');
    expect(json.$generated).toBe(MODEL_JSON_NOTICE);
  });

  it('holds each class with its chain, own members and inherited member names', () => {
    const client = JSON.parse(file!.contents).classes.find((c: { name: string }) => c.name === 'WebStreamClient');
    expect(client.ancestors).toEqual(['Object']);
    expect(client.members.map((m: { kind: string; name: string }) => `${m.kind} ${m.name}`)).toEqual([
      'Property ConnectionState',
      'Function Close',
      'Function Send',
      'Event Closed',
      'Event Error',
      'Event MessageReceived',
      'Event Opened',
    ]);
    expect(client.inherited).toEqual([{ from: 'Object', members: ['ClassName', 'className', 'GetPropertyChangedSignal', 'IsA', 'isA', 'Changed'] }]);
  });

  it("is byte-stable: the same input gives the same bytes, and nothing of the run's time", () => {
    expect(emitModelJson(loadGenerateInput(apiDump).input)[0]!.contents).toBe(file!.contents);
    expect(file!.contents).not.toContain(new Date().toISOString().slice(0, 10));
  });

  it('matches the committed generated/model.json', () => {
    expect(readFileSync(new URL('../../../generated/model.json', import.meta.url), 'utf8')).toBe(file!.contents);
  });
});
