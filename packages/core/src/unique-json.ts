/**
 * JSON policies read with JSON.parse, which is many times faster than yaml's Document. JSON.parse keeps the last
 * of two equal keys where the YAML reader reports a duplicate, so a text that repeats a key gives undefined and
 * is read by yaml instead, which then reports it with its position.
 */

/** How many members the objects of the text spell out: every colon outside a string separates a key from its value. */
function writtenMembers(text: string): number {
  let count = 0;
  let colon = text.indexOf(':');
  for (let at = 0; ; ) {
    const open = text.indexOf('"', at);
    const end = open === -1 ? text.length : open;
    for (; colon !== -1 && colon < end; colon = text.indexOf(':', colon + 1)) count++;
    if (open === -1) return count;
    at = closingQuote(text, open) + 1;
    // Colons inside the string are not separators.
    if (colon !== -1 && colon < at) colon = text.indexOf(':', at);
  }
}

/** The offset of the quote that closes the string opening at `open` (the text is valid JSON). */
function closingQuote(text: string, open: number): number {
  let close = text.indexOf('"', open + 1);
  for (;;) {
    let backslashes = 0;
    while (text.charCodeAt(close - 1 - backslashes) === 92 /* \ */) backslashes++;
    if (backslashes % 2 === 0) return close;
    close = text.indexOf('"', close + 1);
  }
}

/** How many keys the parsed objects hold. */
function parsedMembers(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const values = Object.values(value);
  let count = Array.isArray(value) ? 0 : values.length;
  for (const item of values) count += parsedMembers(item);
  return count;
}

/** The value of a JSON text that repeats no key in any object, or undefined (not JSON, or a repeated key). */
export function parseUniqueJson(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return writtenMembers(text) === parsedMembers(value) ? { value } : undefined;
}
