/** loadDocs: shape errors and slice mismatches become DocsErrors naming docs.json and the JSON path. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocsError } from '../../../codegen/docs/errors.js';
import { loadDocs, parseDocs } from '../../../codegen/docs/loadDocs.js';
import { parseDump } from '../../../codegen/dump/parseDump.js';

const FILE = 'api-dump/docs.json';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const read = (relative: string): string => readFileSync(resolve(repoRoot, relative), 'utf8');

function docsErrorOf(run: () => unknown): DocsError {
  try {
    run();
  } catch (error) {
    if (error instanceof DocsError) return error;
    throw error;
  }
  throw new Error('expected a DocsError');
}

describe('parseDocs', () => {
  it('rejects text that is not JSON with DOCS_INVALID_JSON', () => {
    const error = docsErrorOf(() => parseDocs('{"classes": {', FILE));
    expect(error.code).toBe('DOCS_INVALID_JSON');
    expect(error.message).toMatch(/^api-dump\/docs\.json at \(root\): not valid JSON \(.+\); expected a JSON object/);
  });

  it('names the path of a missing summary', () => {
    const error = docsErrorOf(() => parseDocs(JSON.stringify({ classes: { Client: { members: {} } }, enums: {} }), FILE));
    expect(error.code).toBe('DOCS_SCHEMA');
    expect(error.message).toBe('api-dump/docs.json at classes.Client.summary: missing; expected a one-sentence "summary"');
  });

  it('names the path of an empty description and of a misspelt field', () => {
    const text = JSON.stringify({ classes: { Client: { summary: ' ', members: { Send: { summary: 'x', paramters: {} } } } }, enums: {} });
    const error = docsErrorOf(() => parseDocs(text, FILE));
    expect(error.problems.map((p) => `${p.path}: ${p.problem}`)).toEqual([
      'classes.Client.summary: empty text',
      'classes.Client.members.Send.paramters: unknown field',
    ]);
  });

  it('names the path of a value of the wrong type', () => {
    const error = docsErrorOf(() => parseDocs(JSON.stringify({ classes: {}, enums: { State: { summary: 's', items: { Open: 1 } } } }), FILE));
    expect(error.message).toBe('api-dump/docs.json at enums.State.items.Open: not a string; expected a string');
  });
});

describe('the committed api-dump/docs.json', () => {
  it('describes exactly the entities of the committed slice, in non-empty words', () => {
    const dump = parseDump(read('api-dump/Full-API-Dump.json'), 'api-dump/Full-API-Dump.json').dump;
    const docs = loadDocs(read(FILE), FILE, dump);
    expect(Object.keys(docs.classes).sort()).toEqual(dump.classes.map((c) => c.name).sort());
    expect(docs.classes.WebStreamClient?.members.Send?.description).toMatch(/WebSocket/);
  });

  it('fails with DOCS_MISSING when the slice gains a member the docs lack', () => {
    const dump = parseDump(read('api-dump/Full-API-Dump.json'), 'api-dump/Full-API-Dump.json').dump;
    const grown = {
      ...dump,
      classes: dump.classes.map((c) => (c.name === 'WebStreamClient' ? { ...c, members: [...c.members, { ...c.members[0]!, name: 'Reconnect' }] } : c)),
    };
    const error = docsErrorOf(() => loadDocs(read(FILE), FILE, grown));
    expect(error.code).toBe('DOCS_MISSING');
    expect(error.message).toMatch(
      /^api-dump\/docs\.json at classes\.WebStreamClient\.members\.Reconnect: no docs for property WebStreamClient\.Reconnect; expected/,
    );
  });
});
