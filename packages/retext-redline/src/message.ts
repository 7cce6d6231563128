/** Findings become vfile messages the way retext-equality and retext-simplify make them. */
import type { Finding } from '@redline/core';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { location, type Location } from 'vfile-location';

/** The `source` of every message redline emits (and the name used by disable comments). */
export const MESSAGE_SOURCE = 'redline';

type VFileMessage = ReturnType<VFile['message']>;

const locations = new WeakMap<VFile, { value: string; place: Location }>();

/** Line/column lookup for the file's current text, built once per file. */
function locate(file: VFile): Location {
  const value = String(file);
  let cached = locations.get(file);
  if (cached?.value !== value) {
    cached = { value, place: location(file) };
    locations.set(file, cached);
  }
  return cached.place;
}

/**
 * Add `finding` to `file` as a message: `place` spans the exact words (with offsets into the file), `actual`
 * quotes them, `expected` lists the preferred phrasings, `url` links the rule's docs and `note` gives the
 * rule's reason. Error severity is `fatal: true`, warnings `fatal: false`.
 */
export function findingToMessage(file: VFile, finding: Finding, ancestors?: Node[]): VFileMessage {
  const place = locate(file);
  const start = place.toPoint(finding.start);
  const end = place.toPoint(finding.end);
  const message = file.message(finding.message, {
    place: start && end ? { start, end } : undefined,
    ruleId: finding.ruleId,
    source: MESSAGE_SOURCE,
    ancestors,
  });
  message.actual = finding.actual;
  message.expected = finding.expected;
  message.url = finding.url;
  message.note = finding.reason;
  message.fatal = finding.severity === 'error';
  return message;
}
