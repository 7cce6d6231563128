// Preload (`node --import`) that records the source of every regular expression built at run time with
// `RegExp(…)` or `new RegExp(…)` (by redline or any dependency) and writes them to REDLINE_REGEXP_LOG at exit.
// Regular expression literals are compiled from the program text, not from data, and are not recorded.
import { writeFileSync } from 'node:fs';

const sources = [];
const record = (args) => sources.push(String(args[0] instanceof RegExp ? args[0].source : args[0]));
globalThis.RegExp = new Proxy(RegExp, {
  construct(target, args, newTarget) {
    record(args);
    return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
  },
  apply(target, self, args) {
    record(args);
    return Reflect.apply(target, self, args);
  },
});

process.on('exit', () => {
  if (process.env.REDLINE_REGEXP_LOG) writeFileSync(process.env.REDLINE_REGEXP_LOG, JSON.stringify(sources));
});
