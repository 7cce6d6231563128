/** The front-matter fields redline lints (`title`, `description`), located in the file. */
import { isMap, isScalar, parseDocument, Scalar } from 'yaml';
import type { Decoder } from './align.js';
import { yamlDoubleQuoted } from './decode.js';

export const FRONT_MATTER_FIELDS = ['title', 'description'] as const;

export interface FrontMatterField {
  key: string;
  /** The decoded value, without trailing white space. */
  value: string;
  /** Where the scalar (with its quotes or block indicator) is written in the file. */
  from: number;
  to: number;
  decode: Decoder | undefined;
}

/**
 * The string values of the linted keys of a YAML front matter whose node starts at `start` (the opening
 * `---`) and whose content is `value`. Invalid YAML yields nothing: it is not redline's to report.
 */
export function frontMatterFields(source: string, start: number, value: string): FrontMatterField[] {
  const lineEnd = source.indexOf('\n', start);
  const contentStart = lineEnd + 1;
  if (lineEnd === -1 || !source.startsWith(value, contentStart) || value.length === 0) return [];
  const doc = parseDocument(value, { prettyErrors: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return [];
  const fields: FrontMatterField[] = [];
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key !== 'string' || !(FRONT_MATTER_FIELDS as readonly string[]).includes(key)) continue;
    const scalar = pair.value;
    if (!isScalar(scalar) || typeof scalar.value !== 'string' || !scalar.range) continue;
    fields.push({
      key,
      // Block scalars end with line breaks their range leaves out; trailing white space is never prose.
      value: scalar.value.trimEnd(),
      from: contentStart + scalar.range[0],
      to: contentStart + scalar.range[1],
      decode: scalar.type === Scalar.QUOTE_DOUBLE ? yamlDoubleQuoted : undefined,
    });
  }
  return fields;
}
