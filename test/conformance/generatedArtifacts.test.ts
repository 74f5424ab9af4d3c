/**
 * The generated declaration and history checks read the artefacts at test time, so they catch
 * artefacts that drift from their sources: here they run against a copy of the repository's
 * api-dump/history.json and generated files with three faults planted — a wrong `@since`, a
 * missing "added" row on a reference page, a renamed handler parameter — and exactly the three
 * checks concerned fail.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { conformanceChecks, suiteFacts } from './suite.js';
import { runChecks } from './harness/runChecks.js';
import { runtimeTarget } from './runtimeTarget.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const artifactChecks = conformanceChecks.filter((check) => check.area === 'declarations' || check.area === 'history');

/** Copies `path` from the repository into `root`, passing its text through `edit` when given. */
function copyEdited(root: string, path: string, edit?: (text: string) => string): void {
  const original = readFileSync(join(repoRoot, path), 'utf8');
  const edited = edit === undefined ? original : edit(original);
  if (edit !== undefined && edited === original)
    throw new Error(`the edit of ${path} changed nothing; the generated file no longer has the text this test plants a fault in`);
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), edited);
}

describe('declaration and history checks against drifted artefacts', () => {
  const root = mkdtempSync(join(tmpdir(), 'conformance-artifacts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('pass on the repository as generated', async () => {
    const { failed, passed } = await runChecks(artifactChecks, runtimeTarget, suiteFacts, repoRoot);
    expect([...failed]).toEqual([]);
    expect(passed.length).toBe(artifactChecks.length);
  });

  it('fail exactly for a wrong @since, a missing "added" row and a renamed handler parameter', async () => {
    copyEdited(root, 'api-dump/history.json');
    cpSync(join(repoRoot, 'generated/reference'), join(root, 'generated/reference'), { recursive: true });
    copyEdited(root, 'generated/node/index.d.ts', (text) =>
      text
        .replace(/(@since )0\.696\.0\.6960797(\n(?:.*\n){0,12}?\s*Send\(data: string\): void;)/, '$10.700.0.7000000$2')
        .replace(
          'readonly Opened: RBXScriptSignal<(responseStatusCode: number, headers: string) => void>;',
          'readonly Opened: RBXScriptSignal<(statusCode: number, headers: string) => void>;',
        ),
    );
    copyEdited(root, 'generated/reference/WebStreamClient.md', (text) => {
      const section = text.indexOf('<a id="opened"></a>');
      const row = '| 686 | 0.686.0.6860866 | 2025-08-12 | Event WebStreamClient.Opened added |\n';
      const at = text.indexOf(row, section);
      return at === -1 ? text : text.slice(0, at) + text.slice(at + row.length);
    });

    const { failed } = await runChecks(artifactChecks, runtimeTarget, suiteFacts, root);
    expect([...failed.keys()].sort()).toEqual(['declarations/WebStreamClient.Opened', 'history/WebStreamClient.Opened', 'history/WebStreamClient.Send']);
    expect(failed.get('history/WebStreamClient.Send')).toBe(
      'generated/node/index.d.ts gives Function WebStreamClient.Send @since 0.700.0.7000000; the history log says @since 0.696.0.6960797',
    );
    expect(failed.get('history/WebStreamClient.Opened')).toBe(
      'generated/reference/WebStreamClient.md#opened has no history row adding Event WebStreamClient.Opened in 0.686.0.6860866',
    );
    expect(failed.get('declarations/WebStreamClient.Opened')).toBe(
      "generated/node/index.d.ts declares WebStreamClient.Opened(statusCode, headers); the dump's parameters are (responseStatusCode, headers)",
    );
  });
});
