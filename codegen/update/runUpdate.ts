/**
 * `rbx-webstream update` end to end, with the I/O at the edges: read the working tree (under
 * `root`), ask Roblox for the current build (or take `--dump`), download and validate its dump,
 * plan every new file (`planUpdate`), then write them all at once (`commitFiles`) — or nothing
 * at all when the build is already recorded or any step fails. A downloaded dump that a later
 * step rejects is kept in the temp folder so the maintainer can fix the cause and re-run with
 * `--dump`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dispatcher } from 'undici';
import { parseDump } from '../dump/parseDump.js';
import { decodeDumpText } from '../dump/decodeDumpText.js';
import { readDumpText } from '../dump/readDumpFile.js';
import type { DumpWarning } from '../dump/types.js';
import { readGenerateInputTexts } from '../generate/loadGenerateInput.js';
import { compareFolder } from '../generate/outputFolder.js';
import { parseBuildsList } from '../history/buildsList.js';
import type { HistoryFile } from '../history/fileFormat.js';
import { readJsonFile } from '../history/historyFileIO.js';
import { parseHistoryFile } from '../history/loadHistory.js';
import { CHANGELOG_DIR } from './changelogPages.js';
import { dumpUrl } from './clientVersion.js';
import { commitFiles, NODE_COMMIT_FS, type FileChange } from '../fs/commitFiles.js';
import { formatSummary, type WrittenFile } from './formatSummary.js';
import { createHttpAgent, deadlineFor, DEFAULT_MAX_RESPONSE_BYTES, httpGetText } from './httpGet.js';
import { redactUrl } from './redactUrl.js';
import { describeFailure } from './retryPolicy.js';
import { checkBuildHints, downloadDump, fetchClientVersion, readGivenDump, type BuildHints, type DumpSource, type HttpSettings } from './obtainDump.js';
import { API_DUMP_DIR, planUpdate, TREE, type PreviousFullDump, type TreeTexts, type UpdateFacts } from './planUpdate.js';
import type { UpdateProgress } from './progress.js';
import type { RetryPolicy } from './retryPolicy.js';
import { UpdateError } from './UpdateError.js';

export const UPDATE_STEPS = ['validate the dump', 'previous dump', 'slice, history, generate, changelog', 'write'] as const;

export interface UpdateOptions {
  /** The repository (or a copy) holding api-dump/, generated/ and docs/. */
  readonly root: string;
  readonly versionUrl: string;
  readonly setupUrl: string;
  /** A dump file to record instead of asking Roblox; needs `version`. */
  readonly dump?: string;
  readonly version?: string;
  readonly guid?: string;
  readonly date?: string;
  /** With `dump`: the previous recorded build's full dump, for the whole-API changelog. */
  readonly previousDump?: string;
  /** Compare the whole API with the previous build (downloads its dump too). */
  readonly wholeApi: boolean;
  /** Roblox's build list, to date the build; skipped when absent. */
  readonly buildsList?: string;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  /** Deadline of one download attempt (default: `deadlineFor(timeoutMs)`). */
  readonly deadlineMs?: number;
  /** Cap on a response (default `DEFAULT_MAX_RESPONSE_BYTES`, 64 MiB). */
  readonly maxBytes?: number;
  readonly progress: UpdateProgress;
  /** Receives, as they happen: parser warnings, retries, and notes (a skipped comparison, a kept download). */
  readonly report: (event: UpdateEvent) => void;
  readonly now?: () => Date;
  readonly sleep?: (ms: number) => Promise<void>;
}

export type UpdateEvent =
  | { readonly kind: 'warnings'; readonly file: string; readonly warnings: readonly DumpWarning[] }
  | { readonly kind: 'retry'; readonly message: string }
  | { readonly kind: 'note'; readonly message: string };

export type UpdateResult =
  | { readonly kind: 'up-to-date'; readonly version: string; readonly text: string }
  | { readonly kind: 'updated'; readonly facts: UpdateFacts; readonly written: readonly WrittenFile[]; readonly text: string };

/** `version` of package.json; undefined when there is none to read (the summary then names no next version). */
function readPackageVersion(file: string): string | undefined {
  try {
    const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

function readTree(root: string): TreeTexts {
  const historyPath = join(root, TREE.history);
  if (!existsSync(historyPath)) {
    throw new UpdateError(
      'UPDATE_ROOT',
      `${historyPath} does not exist`,
      'run update from the repository root, or point --root at it; start a history with `history seed`',
    );
  }
  const history: HistoryFile = parseHistoryFile(readJsonFile(historyPath, 'history log'), TREE.history);
  const packageVersion = readPackageVersion(join(root, 'package.json'));
  const changelogDir = join(root, CHANGELOG_DIR);
  const pages = existsSync(changelogDir)
    ? readdirSync(changelogDir)
        .filter((name) => /^\d+\.\d+\.\d+\.\d+\.md$/.test(name))
        .map((name) => name.slice(0, -3))
    : [];
  return {
    history,
    inputs: readGenerateInputTexts(join(root, API_DUMP_DIR), API_DUMP_DIR),
    ...(packageVersion === undefined ? {} : { packageVersion }),
    changelogPages: new Set(pages),
  };
}

const isRecorded = (history: HistoryFile, version: string): boolean => history.builds.some((build) => build.version === version);

function upToDate(version: string, source: string): UpdateResult {
  return { kind: 'up-to-date', version, text: `${version} (${source}) is already recorded in ${TREE.history}; nothing changed.\n` };
}

/**
 * The previous recorded build's full dump, for the whole-API changelog. A download that fails only
 * skips the comparison (with a note); a `--previous-dump` file the maintainer named must be valid.
 */
async function previousFullDump(options: UpdateOptions, history: HistoryFile, http: HttpSettings | undefined): Promise<PreviousFullDump> {
  if (!options.wholeApi) return { missing: 'skipped with --no-whole-api' };
  if (options.dump !== undefined) {
    if (options.previousDump === undefined) return { missing: "give the previous build's dump with --previous-dump to compare" };
    const { file, text } = readDumpText(options.previousDump);
    return { dump: parseDump(text, file).dump };
  }
  const previous = history.builds.find((build) => build.version === history.snapshot?.version);
  if (previous === undefined) return { missing: 'no earlier dump is recorded' };
  if (previous.guid === undefined || http === undefined) return { missing: `the build GUID of ${previous.version} is not recorded` };
  const url = dumpUrl(options.setupUrl, previous.guid);
  try {
    const response = await httpGetText(url, {
      ...http,
      what: `the API dump of ${previous.version}`,
      onProgress: options.progress.download(`${previous.version} dump`),
    });
    return { dump: parseDump(decodeDumpText(response.body, redactUrl(url)), redactUrl(url)).dump };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    options.report({ kind: 'note', message: `note: whole-API changelog skipped: ${reason}` });
    return { missing: `the dump of ${previous.version} could not be read (${reason})` };
  }
}

function generatedChanges(root: string, files: Parameters<typeof compareFolder>[1]): { changes: FileChange[]; written: WrittenFile[] } {
  const comparison = compareFolder(join(root, TREE.generated), files);
  const byPath = new Map(files.map((file) => [file.path, file.contents]));
  const prefix = (path: string): string => `${TREE.generated}/${path}`;
  const changes: FileChange[] = [
    ...[...comparison.changed, ...comparison.missing].map((path) => ({ path: prefix(path), contents: byPath.get(path)! })),
    ...comparison.stale.map((path) => ({ path: prefix(path), contents: null })),
  ];
  const written: WrittenFile[] = [
    ...comparison.changed.map((path) => ({ path: prefix(path), action: 'updated' as const })),
    ...comparison.missing.map((path) => ({ path: prefix(path), action: 'created' as const })),
    ...comparison.stale.map((path) => ({ path: prefix(path), action: 'removed' as const })),
  ];
  return { changes, written };
}

/**
 * Keeps a downloaded dump that a later step rejected, so the maintainer need not download it
 * again: in a new private folder (mkdtemp: unpredictable name, owner-only), created exclusively,
 * so nothing planted in the shared temp folder is followed or overwritten.
 */
function keepDownload(source: DumpSource, report: UpdateOptions['report']): void {
  let kept: string;
  try {
    const folder = mkdtempSync(join(tmpdir(), 'rbx-webstream-download-'));
    kept = join(folder, `${source.build.version}-Full-API-Dump.json`);
    writeFileSync(kept, source.text, { flag: 'wx', mode: 0o600 });
  } catch {
    return;
  }
  const { version, guid, date } = source.build;
  const flags = [`--dump ${kept}`, `--build ${version}`, ...(guid === undefined ? [] : [`--guid ${guid}`]), ...(date === undefined ? [] : [`--date ${date}`])];
  report({ kind: 'note', message: `note: the downloaded dump is kept at ${kept}; once the cause is fixed: npm run -s cli -- update ${flags.join(' ')}` });
}

export async function runUpdate(options: UpdateOptions): Promise<UpdateResult> {
  checkBuildHints(options.version, options);
  if (options.dump !== undefined && options.version === undefined) {
    throw new UpdateError(
      'UPDATE_OPTIONS',
      '--dump needs --build: a dump file does not say which build it is',
      'e.g. update --dump ../shared/api-dumps/0.734.0.7340915 --build 0.734.0.7340915',
    );
  }
  if (options.dump === undefined && options.version !== undefined) {
    throw new UpdateError(
      'UPDATE_OPTIONS',
      '--build goes with --dump; without --dump the build comes from Roblox',
      'drop --build, or name the dump file with --dump',
    );
  }
  const tree = readTree(options.root);
  const hints: BuildHints = {
    ...(options.guid === undefined ? {} : { guid: options.guid }),
    ...(options.date === undefined ? {} : { date: options.date }),
    ...(options.buildsList === undefined ? {} : { builds: parseBuildsList(readJsonFile(options.buildsList, 'builds list'), options.buildsList) }),
    now: options.now ?? (() => new Date()),
  };
  const needsNetwork = options.dump === undefined;
  const agent: Dispatcher | undefined = needsNetwork ? createHttpAgent(options.timeoutMs) : undefined;
  const http: HttpSettings | undefined =
    agent === undefined
      ? undefined
      : {
          dispatcher: agent,
          retry: options.retry,
          deadlineMs: options.deadlineMs ?? deadlineFor(options.timeoutMs),
          maxBytes: options.maxBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
          onRetry: ({ failure, next, delayMs }) =>
            options.report({
              kind: 'retry',
              message: `retry: ${failure.kind === 'network' ? failure.code : describeFailure(failure)}; attempt ${next} of ${options.retry.attempts} in ${delayMs} ms`,
            }),
          ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
        };
  let source: DumpSource | undefined;
  let validated = false;
  try {
    if (http !== undefined) {
      const current = await fetchClientVersion(options.versionUrl, http);
      if (isRecorded(tree.history, current.version)) return upToDate(current.version, `build ${current.guid}, the current Studio build`);
      source = await downloadDump(current, options.setupUrl, hints, http, options.progress);
    } else {
      source = readGivenDump(options.dump!, options.version!, hints);
    }
    options.progress.step(UPDATE_STEPS[0]);
    const parsed = parseDump(source.text, source.origin);
    validated = true;
    if (parsed.warnings.length > 0) options.report({ kind: 'warnings', file: source.origin, warnings: parsed.warnings });
    const recorded = isRecorded(tree.history, source.build.version);
    options.progress.step(UPDATE_STEPS[1]);
    const previous: PreviousFullDump = recorded ? { missing: 'already recorded' } : await previousFullDump(options, tree.history, http);
    options.progress.step(UPDATE_STEPS[2]);
    const plan = planUpdate(tree, { build: source.build, dump: parsed.dump, text: source.text }, previous);
    if (plan.kind === 'already-recorded') return upToDate(plan.version, source.origin);
    options.progress.step(UPDATE_STEPS[3]);
    const generated = generatedChanges(options.root, plan.generated);
    const current = (path: string): string | undefined => (existsSync(join(options.root, path)) ? readFileSync(join(options.root, path), 'utf8') : undefined);
    const own = plan.files.map((file) => ({ file, before: current(file.path) })).filter(({ file, before }) => before !== file.contents);
    const files = [...own.map(({ file }) => file), ...generated.changes];
    const written: WrittenFile[] = [
      ...own.map(({ file, before }) => ({ path: file.path, action: before === undefined ? ('created' as const) : ('updated' as const) })),
      ...generated.written,
    ];
    commitFiles(options.root, files, NODE_COMMIT_FS, (cause, restored) => {
      const message = `writing the update into ${options.root} failed (${(cause as Error).message}); ${restored}`;
      return new UpdateError('UPDATE_COMMIT_FAILED', message, 'fix the cause (disk space, permissions) and run update again');
    });
    return { kind: 'updated', facts: plan.facts, written, text: formatSummary(plan.facts, written) };
  } catch (error) {
    if (source?.downloaded === true && validated) keepDownload(source, options.report);
    throw error;
  } finally {
    options.progress.stop();
    await agent?.close();
  }
}
