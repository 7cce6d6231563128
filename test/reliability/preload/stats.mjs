// Preload (`node --import`) that writes the engine's work counters and the peak memory to the file named by
// REDLINE_STATS_FILE when the process exits. It imports the same module instances the CLI uses.
import { writeFileSync } from 'node:fs';
import { matchStats } from '@redline/core';
import { checkStats } from 'remark-redline';

process.on('exit', () => {
  const file = process.env.REDLINE_STATS_FILE;
  if (!file) return;
  writeFileSync(file, JSON.stringify({ steps: matchStats.steps, ...checkStats, maxRssKb: process.resourceUsage().maxRSS }));
});
