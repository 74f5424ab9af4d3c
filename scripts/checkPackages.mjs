#!/usr/bin/env node
/**
 * `npm run check:package`: builds the workspace packages, then checks each as it would be
 * published: its exports resolve with types (`attw --pack`, ESM-only profile) and its
 * package.json is sound (`publint --strict`).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const PACKAGES = ['runtime', 'codegen', 'generated/typings'];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`check:package: ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

run('npm', ['run', '-s', 'build']);
for (const dir of PACKAGES) {
  run('npx', ['--no-install', 'attw', '--pack', dir, '--profile', 'esm-only']);
  run('npx', ['--no-install', 'publint', '--strict', dir]);
}
