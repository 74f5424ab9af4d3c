/**
 * `rbx-webstream update`: records the current Roblox build in one command — asks Roblox which
 * Studio build is current (or takes `--dump`), downloads and validates its API dump, adds it to
 * the history, re-cuts the slice, regenerates generated/ and writes the changelog, all or
 * nothing (see `codegen/update/`). Prints a summary with the package bump on stdout; progress
 * goes to stderr on a terminal. Typed errors propagate to the shared printer (exit 1).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_SETUP_URL, DEFAULT_VERSION_URL } from '../update/clientVersion.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../update/responseLimit.js';
import { DEFAULT_RETRY } from '../update/retryPolicy.js';
import { UpdateError } from '../update/UpdateError.js';
import { requireCheckout } from './locations.js';
import { printWarnings } from './printWarnings.js';

interface UpdateCliOptions {
  readonly versionUrl: string;
  readonly setupUrl: string;
  readonly dump?: string;
  readonly build?: string;
  readonly guid?: string;
  readonly date?: string;
  readonly previousDump?: string;
  readonly wholeApi: boolean;
  readonly builds?: string;
  readonly root: string;
  readonly retries: number;
  readonly retryDelay: number;
  readonly timeout: number;
  readonly deadline?: number;
  readonly maxBytes: number;
  readonly quiet: boolean;
}

function wholeNumber(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number)) throw new InvalidArgumentError('expected a whole number, e.g. 3');
  return number;
}

function httpUrl(option: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UpdateError(
      'UPDATE_OPTIONS',
      `${option} ${JSON.stringify(value)} is not a URL`,
      `give an http(s) URL, e.g. ${option === '--version-url' ? DEFAULT_VERSION_URL : DEFAULT_SETUP_URL}`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UpdateError(
      'UPDATE_OPTIONS',
      `${option} ${JSON.stringify(value)} is not an http(s) URL`,
      `e.g. ${option === '--version-url' ? DEFAULT_VERSION_URL : DEFAULT_SETUP_URL}`,
    );
  }
  return value;
}

/** Roblox's build list next to the shared dumps, when it is there (`$RBX_API_DUMPS/builds.json`). */
function defaultBuildsList(root: string): string | undefined {
  const file = join(process.env.RBX_API_DUMPS ?? resolve(root, '..', 'shared', 'api-dumps'), 'builds.json');
  return existsSync(file) ? file : undefined;
}

export function registerUpdate(program: Command): void {
  program
    .command('update')
    .description('Record the current Roblox build: download its API dump, add it to the history, re-slice, regenerate and write the changelog (all or nothing)')
    .option('--version-url <url>', 'where to ask which Studio build is current', DEFAULT_VERSION_URL)
    .option('--setup-url <base>', 'where build dumps are published, as <base>/<guid>-Full-API-Dump.json', DEFAULT_SETUP_URL)
    .option('--dump <file>', 'record this Full-API-Dump.json (or folder holding one) instead of downloading; needs --build')
    .option('--build <version>', "with --dump: the build's version, e.g. 0.734.0.7340915")
    .option('--guid <guid>', "with --dump: the build's GUID (default: from the build list)")
    .option('--date <date>', "the build's date, ISO 8601 (default: build list, then the download's Last-Modified, then today)")
    .option('--previous-dump <file>', "with --dump: the previous recorded build's full dump, for the whole-API changelog")
    .option('--no-whole-api', 'do not compare the whole API with the previous build (saves a second download)')
    .option('--builds <file>', "Roblox's build list (builds.json) used to date builds (default: $RBX_API_DUMPS/builds.json when present)")
    .option('--root <dir>', 'the repository to update (api-dump/, generated/, docs/)', '.')
    .option('--retries <n>', 'retries of a failed download (5xx, refused, reset, timeout; never 4xx)', wholeNumber, DEFAULT_RETRY.attempts - 1)
    .option('--retry-delay <ms>', 'wait before the first retry; doubled for each next one', wholeNumber, DEFAULT_RETRY.initialDelayMs)
    .option('--timeout <ms>', 'give up on a connection, or a download that stalls, after this long', wholeNumber, 30_000)
    .option('--deadline <ms>', 'give up on a download that has not completed after this long (default: 4 x --timeout)', wholeNumber)
    .option('--max-bytes <n>', 'give up on a response larger than this', wholeNumber, DEFAULT_MAX_RESPONSE_BYTES)
    .option('--quiet', 'no progress bars or retry notes on stderr', false)
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  $ rbx-webstream update',
        '  $ rbx-webstream update --dump ../shared/api-dumps/0.734.0.7340915 --build 0.734.0.7340915',
        '',
        'A build already in api-dump/history.json changes nothing. Any failure leaves the tree as it was.',
        'Package versions and provenance: docs/package.md.',
      ].join('\n'),
    )
    .action(async (options: UpdateCliOptions, command: Command) => {
      requireCheckout(command, 'update', options.root);
      // Imported here, not at start-up: the pipeline loads undici, cli-progress and ts-morph.
      const { runUpdate, UPDATE_STEPS } = await import('../update/runUpdate.js');
      const { createProgress, progressEnabled } = await import('../update/progress.js');
      const progress = createProgress({ stream: process.stderr, quiet: options.quiet, steps: UPDATE_STEPS });
      const buildsList = options.builds ?? defaultBuildsList(options.root);
      const say = (message: string): void => {
        if (progressEnabled(process.stderr, options.quiet)) progress.note(message);
        else process.stderr.write(`${message}\n`);
      };
      const result = await runUpdate({
        root: options.root,
        versionUrl: httpUrl('--version-url', options.versionUrl),
        setupUrl: httpUrl('--setup-url', options.setupUrl),
        ...(options.dump === undefined ? {} : { dump: options.dump }),
        ...(options.build === undefined ? {} : { version: options.build }),
        ...(options.guid === undefined ? {} : { guid: options.guid }),
        ...(options.date === undefined ? {} : { date: options.date }),
        ...(options.previousDump === undefined ? {} : { previousDump: options.previousDump }),
        ...(buildsList === undefined ? {} : { buildsList }),
        wholeApi: options.wholeApi,
        retry: {
          ...DEFAULT_RETRY,
          attempts: options.retries + 1,
          initialDelayMs: options.retryDelay,
          maxDelayMs: Math.max(DEFAULT_RETRY.maxDelayMs, options.retryDelay),
        },
        timeoutMs: options.timeout,
        ...(options.deadline === undefined ? {} : { deadlineMs: options.deadline }),
        maxBytes: options.maxBytes,
        progress,
        report: (event) => {
          if (event.kind === 'warnings') printWarnings(event.file, event.warnings);
          else if (event.kind === 'note' || !options.quiet) say(event.message);
        },
      });
      process.stdout.write(result.text);
    });
}
