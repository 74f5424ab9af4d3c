/**
 * The README's runtime example is correct for non-ASCII data: run as written (its URL pointed at
 * a local SSE server sending `héllo` and a JSON event), in its own Node process, it prints the
 * text as sent — not `hÃ©llo`, as it did when messages were byte strings by default.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractSnippets, importFrom } from '../docs/helpers/guideSnippets.js';
import { startHttpFixtureServer, type HttpFixtureServer } from '../servers/startHttpFixtureServer.js';

const README_URL = 'http://127.0.0.1:8080/events';
const WORK_DIR = resolve('test-artifacts/readme-example');
const run = promisify(execFile);

describe('README runtime example', () => {
  let server: HttpFixtureServer;

  beforeAll(async () => {
    server = await startHttpFixtureServer({
      '/events': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8' });
        response.end('data: héllo {"name":"Zoë ✓"}\n\n');
      },
    });
  });
  afterAll(() => server.close());

  it('prints non-ASCII text as the server sent it', async () => {
    const snippet = extractSnippets(readFileSync('README.md', 'utf8'), 'README.md').find((candidate) => candidate.name === 'runtime');
    expect(snippet, 'README.md marks its runtime example with <!-- snippet: runtime -->').toBeDefined();
    const code = importFrom(snippet?.code ?? '', 'rbx-webstream', resolve('runtime/index.js'));
    expect(code).toContain(README_URL);
    mkdirSync(WORK_DIR, { recursive: true });
    const file = join(WORK_DIR, 'runtime.mts');
    writeFileSync(file, code.replace(README_URL, server.url('/events')));
    const { stdout } = await run(process.execPath, ['--import', 'tsx', file], { timeout: 20_000, env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    expect(stdout).toBe('open 200\ndata: héllo {"name":"Zoë ✓"}\n\n\nclosed\n');
  }, 30_000);
});
