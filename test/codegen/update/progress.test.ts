/** Progress bars appear on a terminal only, and never with --quiet. */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress, progressEnabled, SILENT_PROGRESS } from '../../../codegen/update/progress.js';

/** A writable that says it is a terminal (cli-progress draws only on one) and keeps what it gets. */
function fakeTerminal(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      text += String(chunk);
      done();
    },
  }) as unknown as NodeJS.WriteStream & { isTTY: boolean; columns: number; cursorTo: () => boolean; clearLine: () => boolean; moveCursor: () => boolean };
  Object.assign(stream, { isTTY, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true, clearScreenDown: () => true });
  return { stream, text: () => text };
}

describe('update progress', () => {
  it('is drawn only on a terminal and not with --quiet', () => {
    expect(progressEnabled({ isTTY: true }, false)).toBe(true);
    expect(progressEnabled({ isTTY: true }, true)).toBe(false);
    expect(progressEnabled({ isTTY: false }, false)).toBe(false);
    expect(progressEnabled({}, false)).toBe(false);
    expect(createProgress({ stream: fakeTerminal(false).stream, quiet: false, steps: ['a'] })).toBe(SILENT_PROGRESS);
    expect(createProgress({ stream: fakeTerminal(true).stream, quiet: true, steps: ['a'] })).toBe(SILENT_PROGRESS);
  });

  it('draws the download in megabytes, the steps by name, and notes above the bars', () => {
    const terminal = fakeTerminal(true);
    const progress = createProgress({ stream: terminal.stream, quiet: false, steps: ['validate the dump', 'write'] });
    const onBytes = progress.download('0.735.0.7350812 dump');
    onBytes(1_048_576, 2_097_152);
    onBytes(2_097_152, 2_097_152);
    progress.note('retry: HTTP 503; attempt 2 of 4 in 500 ms');
    progress.step('validate the dump');
    progress.step('write');
    progress.stop();
    const text = terminal.text();
    expect(text).toContain('0.735.0.7350812 dump');
    expect(text).toContain('2.0 MB of 2.0 MB');
    expect(text).toContain('retry: HTTP 503; attempt 2 of 4 in 500 ms');
    expect(text).toContain('2/2 write');
  });
});
