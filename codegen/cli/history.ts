/**
 * `rbx-webstream history seed | add | show`: the version history of the tracked slice in
 * api-dump/history.json (see docs/history.md). Typed errors propagate to the shared printer of
 * cli.ts (exit 1); commander reports usage errors (exit 2). `seed` and `add` rewrite a checkout
 * and run only in one; `show` reads the checkout's log, or outside one the log the package ships
 * (`locations.ts`).
 */
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { dataFile, requireCheckout } from './locations.js';

/** The implementation, imported when a subcommand runs (see program.ts). */
const historyCommands = () => import('../history/historyCommands.js');

const DEFAULT_HISTORY = join('api-dump', 'history.json');
const DEFAULT_SEED = join('api-dump', 'history-seed.json');

/** Roblox's build list: `$RBX_API_DUMPS/builds.json`, else `../shared/api-dumps/builds.json`. */
export function defaultBuildsList(): string {
  return join(process.env.RBX_API_DUMPS ?? resolve('..', 'shared', 'api-dumps'), 'builds.json');
}

export function registerHistory(program: Command): void {
  const history = program.command('history').description('keep and query the version history of the tracked classes (api-dump/history.json)');

  history
    .command('seed')
    .description("write the public-record part of the log from the seed file, dated from Roblox's build list")
    .option('--seed <file>', 'the seed file', DEFAULT_SEED)
    .option('--builds <file>', "Roblox's build list (builds.json)", defaultBuildsList())
    .option('--history <file>', 'the log to write', DEFAULT_HISTORY)
    .option('--force', 'start over: drop the builds recorded from dumps and the snapshot', false)
    .action(async (options: { seed: string; builds: string; history: string; force: boolean }, command: Command) => {
      requireCheckout(command, 'history seed', '.');
      const { runHistorySeed } = await historyCommands();
      process.stdout.write(runHistorySeed({ ...options, buildsGiven: true }));
    });

  history
    .command('add')
    .description("record one more build: diff the dump's slice against the latest recorded one (the first becomes the baseline)")
    .argument('<dump>', 'a Full-API-Dump.json, or a folder holding one')
    .requiredOption('--build <version>', "the build's version, e.g. 0.734.0.7340915")
    .option('--guid <guid>', "the build's GUID (default: from the build list when it lists the version)")
    .option('--date <date>', "the build's date, ISO 8601 (default: from the build list)")
    .option('--builds <file>', "Roblox's build list (builds.json)")
    .option('--history <file>', 'the log to update', DEFAULT_HISTORY)
    .addHelpText(
      'after',
      '\nAdding a version that is already recorded changes nothing; a version older than the latest is refused.\nExample:\n  $ rbx-webstream history add ../shared/api-dumps/0.734.0.7340915 --build 0.734.0.7340915',
    )
    .action(async (dump: string, options: { build: string; guid?: string; date?: string; builds?: string; history: string }, command: Command) => {
      requireCheckout(command, 'history add', '.');
      const { runHistoryAdd } = await historyCommands();
      process.stdout.write(
        runHistoryAdd(dump, {
          history: options.history,
          version: options.build,
          ...(options.guid === undefined ? {} : { guid: options.guid }),
          ...(options.date === undefined ? {} : { date: options.date }),
          builds: options.builds ?? defaultBuildsList(),
          buildsGiven: options.builds !== undefined,
        }),
      );
    });

  history
    .command('show')
    .description('list the recorded events of a class, member, enum or enum item')
    .argument('<entity>', 'e.g. WebStreamClient, WebStreamClient.Send, WebStreamClientState.Open')
    .option('--json', 'print JSON instead of text', false)
    .option('--members', "for a class, also list its members' events", false)
    .option('--history <file>', `the log to read (default: ${DEFAULT_HISTORY} in a checkout, else the one the package ships)`)
    .action(async (entity: string, options: { json: boolean; members: boolean; history?: string }) => {
      const { runHistoryShow } = await historyCommands();
      process.stdout.write(runHistoryShow(entity, { ...options, history: options.history ?? dataFile('history.json') }));
    });
}
