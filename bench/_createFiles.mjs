// The filesystem floor of `generate --all` in bench/cli.ts: a process that creates the same
// files (same relative paths, empty) in a fresh folder and does nothing else. On most machines
// this is a few tens of milliseconds; on ext4 without a journal, creating a file right after many
// were deleted costs far more (the kernel skips recently deleted inodes one by one:
// `recently_deleted()` in https://github.com/torvalds/linux/blob/master/fs/ext4/ialloc.c), and
// that cost lands on `generate --all` whatever its code does.
// Arguments: <file listing one relative path per line> <folder to create them in>.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [listFile, target] = process.argv.slice(2);
const made = new Set();
for (const path of readFileSync(listFile, 'utf8').split('\n')) {
  if (path === '') continue;
  const file = join(target, path);
  const folder = dirname(file);
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  writeFileSync(file, '');
}
