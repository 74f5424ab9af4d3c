/**
 * How a benchmark reports one row of the table in docs/benchmarks.md: a readable line for the
 * terminal and, for bench/run.ts, the same row as JSON on a line starting with `@@row `. A row
 * holds our figure and the baseline's, both measured in the same run, their ratio, the goal on
 * that ratio and whether it is met, and the command that reproduces it.
 */
import { loadavg } from 'node:os';

export interface Figure {
  /** What was measured, e.g. "rbx-webstream SSE client, Immediate". */
  readonly label: string;
  readonly value: number;
  /** Unit of `value`, e.g. "ms", "events/s", "KB/client". */
  readonly unit: string;
}

export interface Row {
  /** Stable id, e.g. "sse-immediate". */
  readonly id: string;
  /** The row's name in the table. */
  readonly path: string;
  readonly ours: Figure;
  readonly baseline: Figure;
  /** ours/baseline for costs (time, memory), ours/baseline for rates too: see `goal`. */
  readonly ratio: number;
  /** The goal, as a bound on `ratio`: `ratio <= limit` ("at most") or `ratio >= limit` ("at least"). */
  readonly goal: { readonly bound: 'at most' | 'at least'; readonly limit: number };
  readonly met: boolean;
  /** The command that reproduces the row. */
  readonly command: string;
  readonly note?: string;
}

export function makeRow(fields: Omit<Row, 'ratio' | 'met'> & { readonly ratio?: number }): Row {
  const ratio = fields.ratio ?? fields.ours.value / fields.baseline.value;
  const met = fields.goal.bound === 'at most' ? ratio <= fields.goal.limit : ratio >= fields.goal.limit;
  return { ...fields, ratio, met };
}

const number = (value: number): string => (Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en') : Number(value.toPrecision(3)).toLocaleString('en'));

export function formatFigure(figure: Figure): string {
  return `${number(figure.value)} ${figure.unit}`;
}

export function reportRow(row: Row): void {
  const verdict = row.met ? 'met' : 'NOT met';
  console.log(
    `  ${row.path}: ours ${formatFigure(row.ours)} vs ${row.baseline.label} ${formatFigure(row.baseline)}` +
      ` = ${row.ratio.toFixed(2)}x (goal ${row.goal.bound} ${row.goal.limit}x) ${verdict}${row.note === undefined ? '' : ` (${row.note})`}`,
  );
  console.log(`@@row ${JSON.stringify(row)}`);
}

export function loadLine(): string {
  return `load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')}`;
}
