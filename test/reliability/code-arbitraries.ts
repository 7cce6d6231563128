/**
 * fast-check generators of JavaScript/TypeScript programs whose string literals, templates (plain, tagged,
 * String.raw, written as is), JSX text and attributes (namespaced too) and comments hold generated text, every character written
 * with a random escape, entity or line continuation. Each program records, in source offsets, where every
 * container's body is and where planted claims were written, so tests can check ESLint's reports exactly.
 */
import fc from 'fast-check';
import { neutralWords, PLANTED_CLAIMS, words } from './arbitraries.js';

/** Places that hold copy (linted; comments only with `comments: true`). */
export type CopyPlace = 'double' | 'single' | 'template' | 'template-expr' | 'tagged' | 'raw' | 'jsx-text' | 'jsx-attr' | 'jsx-attr-ns' | 'line-comment' | 'block-comment';
/** Places that hold code, never linted. */
export type CodePlace = 'import' | 'require' | 'member-key' | 'object-key' | 'ts-literal-type' | 'ts-enum-member';
export type Place = CopyPlace | CodePlace;

export const COPY_PLACES: CopyPlace[] = ['double', 'single', 'template', 'template-expr', 'tagged', 'raw', 'jsx-text', 'jsx-attr', 'jsx-attr-ns', 'line-comment', 'block-comment'];
export const CODE_PLACES: CodePlace[] = ['import', 'require', 'member-key', 'object-key', 'ts-literal-type', 'ts-enum-member'];
const TS_ONLY = new Set<Place>(['ts-literal-type', 'ts-enum-member']);

type Encoding = 'string-double' | 'string-single' | 'template' | 'tagged' | 'jsx-text' | 'jsx-attr-double' | 'jsx-attr-single' | 'line-comment' | 'block-comment' | 'raw-template';

/** An encoded body: its source text and, for every code unit of the text it stands for, its source span. */
interface Encoded {
  body: string;
  starts: number[];
  ends: number[];
}

const hex = (code: number, width: number) => code.toString(16).toUpperCase().padStart(width, '0');

/**
 * Write `text` in a container, choosing for each code unit (by `choices[i] % 10`) a raw character or an escape:
 * \uXXXX, \xXX, \u{…}, a line continuation before it (strings and templates), or &#…; / &#x…; (JSX).
 * Characters that cannot appear raw are always escaped.
 */
function encode(text: string, encoding: Encoding, choices: readonly number[], eol: string): Encoded {
  const out: Encoded = { body: '', starts: [], ends: [] };
  const emit = (written: string, units = 1) => {
    for (let k = 0; k < units; k++) {
      out.starts.push(out.body.length);
      out.ends.push(out.body.length + written.length);
    }
    out.body += written;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const code = char.charCodeAt(0);
    const choice = (choices[i % Math.max(1, choices.length)] ?? 0) % 10;
    switch (encoding) {
      case 'string-double':
      case 'string-single':
      case 'template':
      case 'tagged': {
        const quote = encoding === 'string-double' ? '"' : encoding === 'string-single' ? "'" : '`';
        const isTemplate = encoding === 'template' || encoding === 'tagged';
        if (choice === 9 && i > 0) out.body += `\\${eol}`; // a line continuation: contributes nothing to the value
        const mustEscape = char === '\\' || char === quote || (!isTemplate && /[\n\r\u2028\u2029]/.test(char)) || (isTemplate && (char === '\r' || (char === '$' && text[i + 1] === '{')));
        if (choice === 6 || (mustEscape && choice < 6)) emit(`\\u${hex(code, 4)}`);
        else if (choice === 7 && code < 256) emit(`\\x${hex(code, 2)}`);
        else if (choice === 7 || choice === 8 || mustEscape) emit(`\\u{${hex(code, 1)}}`);
        else emit(char);
        break;
      }
      case 'jsx-text':
      case 'jsx-attr-double':
      case 'jsx-attr-single': {
        const forbidden = encoding === 'jsx-text' ? /[{}<>&]/ : encoding === 'jsx-attr-double' ? /["&]/ : /['&]/;
        // A surrogate pair is one entity; lone surrogates cannot be written as one, so they stay raw.
        const point = text.codePointAt(i) ?? code;
        const units = point > 0xffff ? 2 : 1;
        const escapable = !(code >= 0xd800 && code <= 0xdfff && units === 1);
        if (escapable && (forbidden.test(char) || choice >= 7)) emit(choice % 2 === 0 ? `&#${point};` : `&#x${hex(point, 1)};`, units);
        else emit(text.slice(i, i + units), units);
        i += units - 1;
        break;
      }
      case 'raw-template':
        // String.raw's value is its source: no escape can stand for a character, and one that cannot be written
        // as itself (a backtick, a backslash, "${", CR) is written as a space.
        emit(char === '`' || char === '\\' || char === '\r' || (char === '$' && text[i + 1] === '{') ? ' ' : char);
        break;
      case 'line-comment':
        emit(/[\n\r\u2028\u2029]/.test(char) ? ' ' : char);
        break;
      case 'block-comment':
        emit(char === '/' && out.body.endsWith('*') ? ' ' : char);
        break;
    }
  }
  return out;
}

/** One container in a generated program: where its body is (offsets in the program without BOM). */
export interface ContainerInfo {
  place: Place;
  /** Linted by the rule (with `comments` for comments). */
  copy: boolean;
  from: number;
  to: number;
}

export interface ProgramPart {
  place: Place;
  text: string;
  choices: number[];
  /** Only for planted parts: the claim's offsets in `text`, and its rule. */
  claim?: { ruleId: string; start: number; end: number };
}

export interface Program {
  /** The program as ESLint gets it (with BOM when `bom`). */
  code: string;
  /** Offsets below count from the first character after the BOM, as ESLint's `sourceCode.text` does. */
  containers: ContainerInfo[];
  claims: { ruleId: string; from: number; to: number; copy: boolean; place: Place }[];
  typescript: boolean;
  comments: boolean;
  bom: boolean;
  crlf: boolean;
}

/** Assemble a program from parts, in TypeScript (TSX) or plain JavaScript (JSX). */
export function buildProgram(parts: ProgramPart[], options: { typescript: boolean; comments: boolean; bom: boolean; crlf: boolean }): Program {
  const eol = options.crlf ? '\r\n' : '\n';
  let code = `const x = 1;${eol}const obj = {};${eol}function tag(strings) { return strings.raw; }${eol}function require() {}${eol}`;
  const containers: ContainerInfo[] = [];
  const claims: Program['claims'] = [];
  let index = 0;
  for (const part of parts) {
    if (!options.typescript && TS_ONLY.has(part.place)) continue;
    index++;
    const copy = !(CODE_PLACES as Place[]).includes(part.place) && (options.comments || !part.place.endsWith('comment'));
    /** Append `prefix`, then the container body (`lead` as written, then `text` encoded), then `suffix`. */
    const write = (prefix: string, encoding: Encoding, text: string, suffix: string, lead = '') => {
      const encoded = encode(text, encoding, part.choices, eol);
      const from = code.length + prefix.length;
      const textFrom = from + lead.length;
      containers.push({ place: part.place, copy, from, to: textFrom + encoded.body.length });
      if (part.claim) {
        const { start, end } = part.claim;
        claims.push({ ruleId: part.claim.ruleId, from: textFrom + (encoded.starts[start] as number), to: textFrom + (encoded.ends[end - 1] as number), copy, place: part.place });
      }
      code += prefix + lead + encoded.body + suffix;
    };
    const text = part.text;
    switch (part.place) {
      case 'double':
        write(`const v${index} = "`, 'string-double', text, `";${eol}`);
        break;
      case 'single':
        write(`const v${index} = '`, 'string-single', text, `';${eol}`);
        break;
      case 'template':
        write(`const v${index} = \``, 'template', text, `\`;${eol}`);
        break;
      case 'template-expr': {
        write(`const v${index} = \``, 'template', text, '${x}');
        code += ` and more\`;${eol}`;
        break;
      }
      case 'tagged':
        // Tagged templates may hold invalid escapes (their cooked value is null): three come first.
        write('tag`', 'tagged', text, `\`;${eol}`, '\\unicode \\xZ \\u{110000} ');
        break;
      case 'raw':
        write('String.raw`', 'raw-template', text, `\`;${eol}`);
        break;
      case 'jsx-text':
        write(`const e${index} = <p>`, 'jsx-text', text, `</p>;${eol}`);
        break;
      case 'jsx-attr':
        write(`const e${index} = <a title="`, 'jsx-attr-double', text, `" />;${eol}`);
        break;
      case 'jsx-attr-ns':
        write(`const e${index} = <svg xlink:title='`, 'jsx-attr-single', text, `'></svg>;${eol}`);
        break;
      case 'line-comment':
        write('// ', 'line-comment', text, eol);
        break;
      case 'block-comment':
        write('/* ', 'block-comment', text, ` */${eol}`);
        break;
      case 'import':
        write('import "', 'string-double', text, `";${eol}`);
        break;
      case 'require':
        write('require("', 'string-double', text, `");${eol}`);
        break;
      case 'member-key':
        write('obj["', 'string-double', text, `"];${eol}`);
        break;
      case 'object-key':
        write(`const o${index} = { "`, 'string-double', text, `": 1 };${eol}`);
        break;
      case 'ts-literal-type':
        write(`type T${index} = "`, 'string-double', text, `";${eol}`);
        break;
      case 'ts-enum-member':
        write(`enum E${index} { "`, 'string-double', text, `" = 1 }${eol}`);
        break;
    }
  }
  return { code: (options.bom ? '\uFEFF' : '') + code, containers, claims, ...options };
}

const choices = fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 12 });
const programOptions = fc.record({ typescript: fc.boolean(), comments: fc.boolean(), bom: fc.boolean(), crlf: fc.boolean() });

/** Programs full of generated text (trigger words, odd characters) in every kind of container. */
export const fuzzProgram = fc
  .tuple(fc.array(fc.record({ place: fc.constantFrom<Place>(...COPY_PLACES, ...CODE_PLACES), text: words, choices }), { minLength: 1, maxLength: 8 }), programOptions)
  .map(([parts, options]) => buildProgram(parts, options));

/** Programs with claims planted (between neutral words) in copy and in code, written with random escapes. */
export const plantedProgram = fc
  .tuple(
    fc.array(
      fc.record({ place: fc.constantFrom<Place>(...COPY_PLACES, ...CODE_PLACES), claim: fc.constantFrom(...PLANTED_CLAIMS), before: neutralWords, after: neutralWords, choices }),
      { minLength: 1, maxLength: 6 },
    ),
    programOptions,
  )
  .map(([items, options]) =>
    buildProgram(
      items.map(({ place, claim, before, after, choices }) => {
        const phrase = claim.words.join(' ');
        const text = `${before} ${phrase} ${after}.`;
        return { place, text, choices, claim: { ruleId: claim.ruleId, start: before.length + 1, end: before.length + 1 + phrase.length } };
      }),
      options,
    ),
  );

/** Programs with misspelled names (the preset's safe fixes) in copy containers. */
export const misspelledProgram = fc
  .tuple(
    fc.array(
      fc.record({
        place: fc.constantFrom<Place>('double', 'single', 'template', 'template-expr', 'tagged', 'raw', 'jsx-text', 'jsx-attr', 'jsx-attr-ns', 'line-comment', 'block-comment', 'import'),
        text: fc.array(fc.oneof(neutralWords, fc.constantFrom('Open AI', 'Chat GPT', 'Open-AI', 'Chatgpt', 'Openai', 'OpenAi', 'Chat-GPT')), { minLength: 1, maxLength: 6 }).map((items) => items.join(' ')),
        choices,
      }),
      { minLength: 1, maxLength: 6 },
    ),
    programOptions,
  )
  .map(([parts, options]) => buildProgram(parts, options));
