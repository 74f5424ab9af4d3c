/**
 * Writes one file so that readers never see half of it: the text goes to a new temporary file
 * in the same folder (created exclusively, under an unpredictable name, so nothing planted there
 * is followed or overwritten), which is then renamed over the target (atomic within a folder).
 * A file that already holds exactly these bytes is left alone. Failures are `OutputError`s.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { outputErrorOf } from './OutputError.js';

/**
 * A name for a temporary file or folder beside `target`'s: short, hidden, unpredictable. What
 * keeps a file or link planted under such a name from being followed is how the name is used:
 * created exclusively (`wx`, or `mkdir`, which fail when the name exists) or renamed onto (which
 * replaces a link rather than following it). Unpredictability only keeps another user from
 * making those steps fail. 48 bits of `Math.random()` give that: V8 seeds it from the operating
 * system's entropy in every process, and nothing outside this process sees its output.
 * `node:crypto` would cost ~4 ms of start-up in every command that writes a file.
 */
export function temporaryName(folder: string, suffix = 'tmp'): string {
  const random = Math.floor(Math.random() * 2 ** 48)
    .toString(16)
    .padStart(12, '0');
  return join(folder, `.rbxw-${process.pid}-${random}.${suffix}`);
}

/** True when `file` is a regular file that holds exactly `contents`. */
export function holdsSameText(file: string, contents: string): boolean {
  try {
    const stats = statSync(file);
    if (!stats.isFile() || stats.size !== Buffer.byteLength(contents)) return false;
    return readFileSync(file, 'utf8') === contents;
  } catch {
    return false;
  }
}

/** Writes `contents` to `file`; returns false when the file already held them. Throws `OutputError`. */
export function writeFileAtomic(file: string, contents: string): boolean {
  if (holdsSameText(file, contents)) return false;
  const folder = dirname(file);
  let temporary: string | undefined;
  try {
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory() === true) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    mkdirSync(folder, { recursive: true });
    temporary = temporaryName(folder);
    writeFileSync(temporary, contents, { flag: 'wx' });
    renameSync(temporary, file);
    return true;
  } catch (error) {
    if (temporary !== undefined) rmSync(temporary, { force: true });
    throw outputErrorOf(error, file, ' the file is as it was');
  }
}
