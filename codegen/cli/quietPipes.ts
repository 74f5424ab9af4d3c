/**
 * A reader that stops early — `rbx-webstream diff a b | head` — closes the pipe; the next write
 * fails with EPIPE. That is not an error of the command: like git, exit quietly (status 0, no
 * stack trace). Any other stream error is still reported.
 */
export function exitQuietlyOnClosedPipe(streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}
