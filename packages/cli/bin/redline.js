#!/usr/bin/env node
// The `redline` command: a thin shim. The code it runs is dist/ bundled into bundle/ by scripts/bundle.js (a few
// files load in a sixth of the time of the ~200 modules they hold).
import { run } from '../bundle/cli.js';

process.exitCode = await run(process.argv.slice(2));
