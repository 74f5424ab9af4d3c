/**
 * `rbx-webstream update` end to end, in process, against a local stand-in for Roblox's two
 * endpoints serving the real dumps 0.732 → 0.733 → 0.734, on a temp copy of the repo's
 * api-dump/ (with a history rebuilt from the seed, so its latest build is older than 0.732),
 * generated/ and package.json. Broken downloads and an unreachable server must leave the copy
 * byte-identical with one error line and exit code 1.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createGenerateInput, readGenerateInputTexts } from '../../../codegen/generate/loadGenerateInput.js';
import { EMITTERS } from '../../../codegen/generate/emitters.js';
import { compareFolder } from '../../../codegen/generate/outputFolder.js';
import { runEmitters } from '../../../codegen/generate/runEmitters.js';
import { runHistorySeed } from '../../../codegen/history/historyCommands.js';
import { runInProcess, type CliRun } from '../cli/runInProcess.js';
import { buildsListPath, describeWithRealDumps, readRealDump, realDumpPath } from '../../helpers/realDumps.js';
import { FAKE_BUILDS, startFakeRobloxServer, unusedPort, VERSION_PATH, type FakeBuild, type FakeRobloxServer } from './fakeRobloxServer.js';
import { changedPaths, treeSnapshot } from './treeSnapshot.js';

// Each update parses one or two 2.7 MB dumps and regenerates everything: seconds on a busy machine.
vi.setConfig({ testTimeout: 90_000 });

const repo = resolve(import.meta.dirname, '..', '..', '..');
const VERSIONS = [FAKE_BUILDS['0.732'].version, FAKE_BUILDS['0.733'].version, FAKE_BUILDS['0.734'].version];

/** A made-up next build: the real 0.734 dump with one more WebStreamClient function, Ping (a copy of Close). */
function withPing(): FakeBuild & { body: Buffer } {
  const dump = JSON.parse(readRealDump('0.734.0.7340915')) as { Classes: { Name: string; Members: { Name: string }[] }[] };
  const client = dump.Classes.find((cls) => cls.Name === 'WebStreamClient')!;
  client.Members.push({ ...client.Members.find((member) => member.Name === 'Close')!, Name: 'Ping' });
  return {
    version: '0.735.0.7350001',
    guid: 'version-0123456789abcdef',
    lastModified: 'Tue, 18 Aug 2026 18:00:00 GMT',
    body: Buffer.from(JSON.stringify(dump)),
  };
}

describeWithRealDumps(
  'update against a local Roblox stand-in',
  VERSIONS,
  () => {
    let root: string;
    let server: FakeRobloxServer;
    let WITH_PING: FakeBuild & { body: Buffer };

    beforeAll(async () => {
      root = mkdtempSync(join(tmpdir(), 'rbx-webstream-update-'));
      for (const part of ['api-dump', 'generated', 'package.json', 'LICENSE']) cpSync(join(repo, part), join(root, part), { recursive: true });
      runHistorySeed({
        seed: join(root, 'api-dump', 'history-seed.json'),
        builds: buildsListPath(),
        buildsGiven: true,
        history: join(root, 'api-dump', 'history.json'),
        force: true,
      });
      WITH_PING = withPing();
      server = await startFakeRobloxServer([...Object.values(FAKE_BUILDS), WITH_PING]);
    });

    afterAll(async () => {
      await server?.close();
      if (root !== undefined) rmSync(root, { recursive: true, force: true });
    });

    const update = (...extra: string[]): Promise<CliRun> =>
      runInProcess([
        'update',
        '--root',
        root,
        '--version-url',
        server.versionUrl,
        '--setup-url',
        server.setupUrl,
        '--builds',
        buildsListPath(),
        '--retry-delay',
        '1',
        '--timeout',
        '5000',
        ...extra,
      ]);

    const dumpRequests = (guid: string): number => server.requests.filter((path) => path === `/${guid}-Full-API-Dump.json`).length;

    /** Runs a failing update and checks the tree did not move, exit 1, one error line and no stack. */
    async function expectFailure(run: () => Promise<CliRun>, code: string): Promise<string> {
      return (await failingRun(run, code)).line;
    }

    async function failingRun(run: () => Promise<CliRun>, code: string): Promise<{ line: string; result: CliRun }> {
      const before = treeSnapshot(root);
      const result = await run();
      expect(changedPaths(before, treeSnapshot(root))).toEqual([]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      const errors = result.stderr.split('\n').filter((line) => line.startsWith('error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(new RegExp(`^error ${code}: `));
      expect(result.stderr).not.toMatch(/^\s+at /m);
      return { line: errors[0]!, result };
    }

    it('fails with UPDATE_NETWORK when nothing listens, after every retry, and changes nothing', async () => {
      const url = `http://127.0.0.1:${await unusedPort()}${VERSION_PATH}`;
      const line = await expectFailure(() => update('--version-url', url, '--retries', '2', '--quiet'), 'UPDATE_NETWORK');
      expect(line).toContain(`GET ${url} failed after 3 attempts: connect ECONNREFUSED 127.0.0.1:`);
    });

    it('fails at once on a 404 for the dump (no retry of a 4xx) and changes nothing', async () => {
      server.setCurrent(FAKE_BUILDS['0.732']);
      server.queueFaults(FAKE_BUILDS['0.732'], 'status-404');
      const line = await expectFailure(() => update('--quiet'), 'UPDATE_HTTP_STATUS');
      expect(line).toContain(`${FAKE_BUILDS['0.732'].guid}-Full-API-Dump.json failed after 1 attempt: HTTP 404`);
      expect(dumpRequests(FAKE_BUILDS['0.732'].guid)).toBe(1);
    });

    it('rejects a truncated download before touching anything (DUMP_INVALID_JSON naming the URL)', async () => {
      server.queueFaults(FAKE_BUILDS['0.732'], 'truncated');
      const line = await expectFailure(() => update('--quiet'), 'DUMP_INVALID_JSON');
      expect(line).toContain(`${server.setupUrl}/${FAKE_BUILDS['0.732'].guid}-Full-API-Dump.json`);
      expect(line).toContain('truncated file?');
    });

    it('gives up on a dump that keeps failing with 500 once the retries are spent', async () => {
      server.queueFaults(FAKE_BUILDS['0.732'], 'status-500', 'status-500');
      const before = dumpRequests(FAKE_BUILDS['0.732'].guid);
      const line = await expectFailure(() => update('--retries', '1', '--quiet'), 'UPDATE_HTTP_STATUS');
      expect(line).toContain('failed after 2 attempts: HTTP 500');
      expect(dumpRequests(FAKE_BUILDS['0.732'].guid) - before).toBe(2);
    });

    it('records 0.732 as the baseline after a 500 and a dropped connection are retried', async () => {
      server.queueFaults(FAKE_BUILDS['0.732'], 'status-500', 'drop-mid-body');
      const requestsBefore = dumpRequests(FAKE_BUILDS['0.732'].guid);
      const before = treeSnapshot(root);
      const result = await update();
      expect(result.stderr).toContain('retry: HTTP 500; attempt 2 of 4');
      expect(result.stderr).toMatch(/retry: UND_ERR_\w+; attempt 3 of 4|retry: ECONNRESET; attempt 3 of 4/);
      expect(result.code).toBe(0);
      expect(dumpRequests(FAKE_BUILDS['0.732'].guid) - requestsBefore).toBe(3);
      expect(result.stdout).toContain('Recorded Roblox API 0.732.0.7321040 (version-ff6341faef444107, 2026-07-28) as the first build of the history.');
      expect(result.stdout).toContain('Package: major (first recorded build');
      const changed = changedPaths(before, treeSnapshot(root));
      expect(changed).toContain('api-dump/history.json');
      expect(changed).toContain('docs/changelog/0.732.0.7321040.md');
      expect(changed).toContain('docs/changelog/README.md');
      expect(changed.every((path) => /^(api-dump\/history\.json|api-dump\/Full-API-Dump\.json|docs\/changelog\/|generated\/)/.test(path))).toBe(true);
      const history = JSON.parse(readFileSync(join(root, 'api-dump', 'history.json'), 'utf8')) as {
        builds: { version: string; source: string; guid?: string; date?: string }[];
      };
      expect(history.builds.at(-1)).toMatchObject({
        version: '0.732.0.7321040',
        source: 'baseline',
        guid: 'version-ff6341faef444107',
        date: '2026-07-28T18:00:00.000Z',
      });
      expect(readFileSync(join(root, 'generated', 'model.json'), 'utf8')).toContain('"apiVersion": "0.732.0.7321040"');
    });

    it('records 0.733 with the whole-API changelog against 0.732 fetched by its GUID', async () => {
      server.setCurrent(FAKE_BUILDS['0.733']);
      const result = await update('--quiet');
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('; previous 0.732.0.7321040.');
      expect(result.stdout).toContain('WebStreamClient slice: no changes.');
      expect(result.stdout).toContain('Whole API: 99 changes: 1 breaking, 98 compatible.');
      expect(result.stdout).toContain('Package: patch (no change in the slice); release as 0.734.1.');
      const page = readFileSync(join(root, 'docs', 'changelog', '0.733.0.7330989.md'), 'utf8');
      expect(page).toContain('| Compared with | 0.732.0.7321040 (version-ff6341faef444107, 2026-07-28) |');
      expect(page).toContain('- Added Class DataModelDiff : Object [NotCreatable] — compatible');
    });

    it('records 0.734: the slice, history and generated/ end in line with each other', async () => {
      server.setCurrent(FAKE_BUILDS['0.734']);
      const result = await update('--quiet');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Whole API: 94 changes: 3 breaking, 91 compatible.');
      expect(readFileSync(join(root, 'api-dump', 'Full-API-Dump.json'), 'utf8')).toBe(readFileSync(join(repo, 'api-dump', 'Full-API-Dump.json'), 'utf8'));
      const read = (path: string): string => readFileSync(join(root, path), 'utf8');
      const { input } = createGenerateInput(readGenerateInputTexts(join(root, 'api-dump'), 'api-dump'));
      const comparison = compareFolder(join(root, 'generated'), runEmitters(input, EMITTERS));
      expect([...comparison.changed, ...comparison.missing, ...comparison.stale]).toEqual([]);
      expect(read('generated/node/index.d.ts')).toContain('// Roblox API 0.734.0.7340915 (build version-d679641ad17741aa, 2026-08-11); input sha256 ');
      const index = read('docs/changelog/README.md');
      expect(index.indexOf('[0.734.0.7340915](0.734.0.7340915.md)')).toBeLessThan(index.indexOf('[0.733.0.7330989](0.733.0.7330989.md)'));
    });

    it('fails at generate when the docs lack a new member: tree unchanged, the download kept for --dump in a private folder', async () => {
      server.setCurrent(WITH_PING);
      // The old predictable path, planted as a link to a file of someone else: it must not be
      // followed. A temp folder of this test's own, so no other process meets the link.
      const sharedTmp = process.env.TMPDIR;
      process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'rbx-webstream-tmpdir-'));
      const planted = join(tmpdir(), `rbx-webstream-${WITH_PING.version}-Full-API-Dump.json`);
      const victim = join(process.env.TMPDIR, 'victim.txt');
      writeFileSync(victim, 'not yours\n');
      symlinkSync(victim, planted);
      try {
        const { line, result } = await failingRun(() => update('--quiet', '--no-whole-api'), 'DOCS_MISSING');
        expect(line).toContain('api-dump/docs.json at classes.WebStreamClient.members.Ping');
        const kept = /note: the downloaded dump is kept at (\S+);/.exec(result.stderr)?.[1];
        expect(kept).toMatch(new RegExp(`^${tmpdir()}/rbx-webstream-download-[A-Za-z0-9]{6}/${WITH_PING.version}-Full-API-Dump\\.json$`));
        expect(result.stderr).toContain(
          `once the cause is fixed: npm run -s cli -- update --dump ${kept} --build ${WITH_PING.version} --guid ${WITH_PING.guid} --date 2026-08-18T18:00:00.000Z`,
        );
        expect(readFileSync(kept!)).toEqual(WITH_PING.body);
        expect(statSync(kept!).mode & 0o777).toBe(0o600);
        expect(statSync(dirname(kept!)).mode & 0o777).toBe(0o700);
        expect(readFileSync(victim, 'utf8')).toBe('not yours\n');
        rmSync(dirname(kept!), { recursive: true, force: true });
      } finally {
        rmSync(tmpdir(), { recursive: true, force: true });
        if (sharedTmp === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = sharedTmp;
      }
    });

    it('records the member once documented: a minor bump to 0.735.0; a previous dump that cannot be fetched only skips the whole-API part', async () => {
      const docsPath = join(root, 'api-dump', 'docs.json');
      const docs = JSON.parse(readFileSync(docsPath, 'utf8')) as { classes: Record<string, { members: Record<string, unknown> }> };
      docs.classes.WebStreamClient!.members.Ping = {
        summary: 'A member added for this test.',
        description: 'Exists only in the synthetic 0.735 dump of the update test.',
      };
      writeFileSync(docsPath, `${JSON.stringify(docs, null, 2)}\n`);
      server.queueFaults(FAKE_BUILDS['0.734'], 'status-404');
      const result = await update('--quiet');
      expect(result.code).toBe(0);
      const skipped = `the API dump of 0.734.0.7340915: GET ${server.setupUrl}/${FAKE_BUILDS['0.734'].guid}-Full-API-Dump.json failed after 1 attempt: HTTP 404`;
      expect(result.stderr).toBe(`note: whole-API changelog skipped: ${skipped}\n`);
      expect(result.stdout).toContain(`Whole API: not compared (the dump of 0.734.0.7340915 could not be read (${skipped})).`);
      expect(result.stdout).toContain('WebStreamClient slice: 1 change: 0 breaking, 1 compatible.');
      expect(result.stdout).toContain('  Added Function WebStreamClient.Ping () -> null — compatible');
      expect(result.stdout).toContain('Package: minor (1 compatible change in the slice, none breaking); release as 0.735.0.');
      expect(readFileSync(join(root, 'generated', 'node', 'index.d.ts'), 'utf8')).toContain('Ping(): void;');
      const index = readFileSync(join(root, 'docs', 'changelog', 'README.md'), 'utf8');
      expect(index).toContain('| [0.735.0.7350001](0.735.0.7350001.md) | version-0123456789abcdef | 2026-08-18 | 1 change | minor |');
    });

    it('says so and leaves the tree byte-identical when the current build is already recorded', async () => {
      const before = treeSnapshot(root);
      const requestsBefore = server.requests.length;
      const result = await update('--quiet');
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(
        '0.735.0.7350001 (build version-0123456789abcdef, the current Studio build) is already recorded in api-dump/history.json; nothing changed.\n',
      );
      expect(changedPaths(before, treeSnapshot(root))).toEqual([]);
      expect(server.requests.slice(requestsBefore)).toEqual([VERSION_PATH]);
      const given = await runInProcess(['update', '--root', root, '--quiet', '--dump', realDumpPath('0.734.0.7340915'), '--build', '0.734.0.7340915']);
      expect(given.code).toBe(0);
      expect(given.stdout).toBe(`0.734.0.7340915 (${realDumpPath('0.734.0.7340915')}) is already recorded in api-dump/history.json; nothing changed.\n`);
      expect(changedPaths(before, treeSnapshot(root))).toEqual([]);
    });
  },
  { needsBuildsList: true },
);
