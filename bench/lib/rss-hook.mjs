// Preloaded into a child (via NODE_OPTIONS) only when /usr/bin/time is missing: writes the peak RSS in KB on exit.
import { writeFileSync } from 'node:fs';

const file = process.env.REDLINE_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, `${process.resourceUsage().maxRSS}\n`));
