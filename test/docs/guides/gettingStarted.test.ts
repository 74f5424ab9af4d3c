/**
 * The getting-started guide's examples run: each snippet (an SSE, a RawStream and a WebSocket
 * client, each with its own server on 127.0.0.1) is written to a file with its
 * `from 'rbx-webstream'` import pointed at `runtime/index.ts`, run with tsx in its own process,
 * and must print exactly the output the guide shows.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { extractSnippets, importFrom } from '../helpers/guideSnippets.js';

const GUIDE = 'docs/guides/getting-started.md';
const WORK_DIR = resolve('test-artifacts/guide-snippets');
const run = promisify(execFile);

const snippets = extractSnippets(readFileSync(GUIDE, 'utf8'), GUIDE);

describe('getting-started guide', () => {
  it('shows a runnable SSE, RawStream and WebSocket example, and a wait for an event that never comes', () => {
    expect(snippets.map((snippet) => snippet.name)).toEqual(['sse', 'raw', 'ws', 'wait']);
    for (const snippet of snippets) {
      expect(snippet.code).toContain("from 'rbx-webstream'");
      expect(snippet.output, `the guide shows what the ${snippet.name} example prints`).toBeDefined();
    }
  });

  it.each(snippets)(
    'the $name example prints what the guide shows',
    async (snippet) => {
      mkdirSync(WORK_DIR, { recursive: true });
      const file = join(WORK_DIR, `${snippet.name}.mts`);
      writeFileSync(file, importFrom(snippet.code, 'rbx-webstream', resolve('runtime/index.js')));
      const { stdout } = await run(process.execPath, ['--import', 'tsx', file], { timeout: 20_000, env: { ...process.env, NODE_NO_WARNINGS: '1' } });
      expect(stdout).toBe(snippet.output);
    },
    30_000,
  );
});

describe('extractSnippets', () => {
  it('pairs each snippet with its output block', () => {
    const markdown = '<!-- snippet: a -->\n```ts\nconsole.log(1);\n```\n\n<!-- output: a -->\n```text\n1\n```\n';
    expect(extractSnippets(markdown, 'x.md')).toEqual([{ name: 'a', code: 'console.log(1);\n', output: '1\n' }]);
  });

  it('leaves the output out for a snippet that shows none', () => {
    expect(extractSnippets('<!-- snippet: typed -->\n```ts\nx\n```\n', 'guide.md')).toEqual([{ name: 'typed', code: 'x\n' }]);
  });

  it('names a snippet name used twice', () => {
    const twice = '<!-- snippet: a -->\n```ts\nx\n```\n<!-- snippet: a -->\n```ts\ny\n```\n';
    expect(() => extractSnippets(twice, 'guide.md')).toThrow('guide.md: two snippet blocks are named "a"');
  });

  it('names the output block that has no snippet', () => {
    expect(() => extractSnippets('<!-- output: orphan -->\n```text\nx\n```\n', 'guide.md')).toThrow('guide.md: output "orphan" has no snippet');
  });
});
