/**
 * The link-to-entity mapping and History text, on the real slice (api-dump/) and its history log.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDumpFile } from '../../../codegen/dump/readDumpFile.js';
import { loadHistory } from '../../../codegen/history/loadHistory.js';
import { entityOfLink, generatedChangeLines, historyMarkdown, referenceTargets } from '../../../docs/typedoc/memberHistory.js';

const { dump } = readDumpFile('api-dump/Full-API-Dump.json');
const history = loadHistory(JSON.parse(readFileSync('api-dump/history.json', 'utf8')), 'api-dump/history.json');
const targets = referenceTargets(dump);
const REFERENCE = '/repo/generated/reference';

describe('referenceTargets / entityOfLink', () => {
  it('maps a member link to the member, and a page link to its class or enum', () => {
    expect(entityOfLink(targets, REFERENCE, `${REFERENCE}/WebStreamClient.md`, 'send')).toEqual({ kind: 'Function', parent: 'WebStreamClient', name: 'Send' });
    expect(entityOfLink(targets, REFERENCE, `${REFERENCE}/WebStreamClient.md`, undefined)).toEqual({ kind: 'Class', name: 'WebStreamClient' });
    expect(entityOfLink(targets, REFERENCE, `${REFERENCE}/Enum.WebStreamClientState.md`, 'open')).toEqual({
      kind: 'EnumItem',
      parent: 'WebStreamClientState',
      name: 'Open',
    });
  });

  it('tells case twins apart by their -2 anchor', () => {
    expect(entityOfLink(targets, REFERENCE, `${REFERENCE}/Object.md`, 'isa')?.name).toBe('IsA');
    expect(entityOfLink(targets, REFERENCE, `${REFERENCE}/Object.md`, 'isa-2')?.name).toBe('isA');
  });

  it('ignores pages outside the reference folder and unknown anchors', () => {
    expect(entityOfLink(targets, REFERENCE, '/repo/docs/WebStreamClient.md', 'send')).toBeUndefined();
    expect(entityOfLink(targets, REFERENCE, `${REFERENCE}/WebStreamClient.md`, 'nothing-here')).toBeUndefined();
  });
});

describe('historyMarkdown', () => {
  it('lists each event with its version label in bold', () => {
    const events = history.changes({ kind: 'Function', parent: 'WebStreamClient', name: 'Send' });
    expect(historyMarkdown(events)).toBe('- **696** (0.696.0.6960797, 2025-10-21): Function WebStreamClient.Send added');
  });

  it('gives the later change of Object.isA its own line, and names it among the generated "Changed in" lines', () => {
    const isA = { kind: 'Function', parent: 'Object', name: 'isA' } as const;
    const lines = historyMarkdown(history.changes(isA)).split('\n');
    expect(lines.map((line) => line.slice(0, 9))).toEqual(['- **647**', '- **650**']);
    expect([...generatedChangeLines(history, isA)]).toEqual([`Changed in ${lines[1]!.slice(2).replace(/\*\*/g, '')}.`]);
  });
});
