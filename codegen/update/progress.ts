/**
 * Progress of `update` on stderr: a byte bar for each download and a step bar for the work
 * after it (validate, slice, history, generate, changelog, write). Drawn with cli-progress only
 * when stderr is a terminal and `--quiet` is not given; otherwise every call does nothing, so
 * logs and pipes stay clean.
 */
import cliProgress from 'cli-progress';

export interface UpdateProgress {
  /** Starts a byte bar for a download; returns the callback `httpGet` reports bytes to. */
  download(label: string): (received: number, total: number | undefined) => void;
  /** Moves the step bar on to the named step (creating the bar on first use). */
  step(label: string): void;
  /** A one-line message above the bars, e.g. a retry. */
  note(message: string): void;
  /** Finishes the bars (leaves them on screen) and restores the cursor. */
  stop(): void;
}

export const SILENT_PROGRESS: UpdateProgress = {
  download: () => () => undefined,
  step: () => undefined,
  note: () => undefined,
  stop: () => undefined,
};

const megabytes = (bytes: number): string => `${(bytes / 1_048_576).toFixed(1)} MB`;

export interface ProgressOptions {
  readonly stream: NodeJS.WriteStream;
  readonly quiet: boolean;
  /** The labels of the steps after the downloads, in order. */
  readonly steps: readonly string[];
}

/** Whether progress is drawn at all: a terminal, and not `--quiet`. */
export function progressEnabled(stream: { readonly isTTY?: boolean }, quiet: boolean): boolean {
  return !quiet && stream.isTTY === true;
}

export function createProgress(options: ProgressOptions): UpdateProgress {
  if (!progressEnabled(options.stream, options.quiet)) return SILENT_PROGRESS;
  const bars = new cliProgress.MultiBar(
    { stream: options.stream, hideCursor: true, clearOnComplete: false, barsize: 30, fps: 10, autopadding: true },
    cliProgress.Presets.shades_classic,
  );
  let stepBar: cliProgress.SingleBar | undefined;
  let stepIndex = 0;
  return {
    download(label) {
      const bar = bars.create(1, 0, { label, received: megabytes(0), size: '?' }, { format: ' {label} [{bar}] {percentage}% | {received} of {size}' });
      return (received, total) => {
        const size = total ?? received;
        bar.setTotal(Math.max(1, size));
        bar.update(received, { label, received: megabytes(received), size: total === undefined ? '?' : megabytes(total) });
      };
    },
    step(label) {
      stepBar ??= bars.create(options.steps.length, 0, { step: label }, { format: ' update [{bar}] {value}/{total} {step}' });
      stepIndex = Math.max(stepIndex, options.steps.indexOf(label) + 1);
      stepBar.update(stepIndex, { step: label });
    },
    note(message) {
      // Above the bars while they are drawn; straight to the stream before the first one.
      if (bars.isActive) bars.log(`${message}\n`);
      else options.stream.write(`${message}\n`);
    },
    stop() {
      // A last redraw flushes notes logged since the previous frame.
      if (bars.isActive) bars.update();
      bars.stop();
    },
  };
}
