#!/usr/bin/env node
// The `redline` command: a thin shim so that the compiled code stays in dist/.
import { run } from '../dist/cli.js';

process.exitCode = await run(process.argv.slice(2));
