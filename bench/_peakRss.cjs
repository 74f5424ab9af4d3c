// Preloaded (`node -r bench/_peakRss.cjs …`) into a process whose peak memory bench/cli.ts
// measures: on exit, writes the process's peak resident set size in KiB to $BENCH_PEAK_RSS_FILE.
'use strict';
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.BENCH_PEAK_RSS_FILE, String(process.resourceUsage().maxRSS));
});
