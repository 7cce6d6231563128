/**
 * fast-check generators shared by the property tests: words (including trigger words, entity names, astral and
 * combining characters, zero-width spaces), Markdown documents built from real block and inline constructs, and
 * documents with phrases planted at known offsets.
 */
import fc from 'fast-check';

/** Words that never take part in a finding of the preset (no trigger, entity, negation, stop or allowed word). */
export const NEUTRAL_WORDS = ['the', 'team', 'reports', 'dashboard', 'quickly', 'every', 'customer', 'weekly', 'our', 'product', 'ships', 'blue', 'sales', 'notes', 'and', 'a', 'in', 'green', 'Acme', 'today'];

/** Words and names the preset reacts to, so that generated text often reaches the parser and the matcher. */
const TRIGGER_WORDS = [
  'enables', 'enable', 'access', 'to', 'OpenAI', 'Open AI', 'Open-AI', 'Openai', 'ChatGPT', 'Chat GPT', 'Chatgpt', 'GPT-4o', 'GPT-5', 'DALL·E', 'Codex', 'Sora',
  'API', 'endpoint', 'calls', 'call', 'on', 'sends', 'via', 'through', 'powered', 'by', 'integrates', 'with', 'not', 'never', 'can', 'lets', 'you', "OpenAI's",
  'OpenAI’s', 'direct', 'gives', 'make', 'available', 'query', 'REST',
];

/** Characters and tokens that stress offsets: astral, combining, zero-width, non-breaking, case-folding surprises. */
const ODD_WORDS = ['😀', '𝒜𝒸𝒸𝑒𝓈𝓈', 'e\u0301', 'A\u030A', '\u200b', '\u200d', '\u2060', '\u00a0', '—', '“quoted”', 'ß', 'İstanbul', 'ﬁle', '\t', 'x\u0300\u0301\u0302', '👩‍💻', '\u2028', '中文', 'ا'];

const PUNCTUATION = ['.', ',', ';', ':', '!', '?', '…', ' -', ' (', ')'];

export const neutralWord = fc.constantFrom(...NEUTRAL_WORDS);
export const anyWord = fc.oneof(
  { weight: 4, arbitrary: neutralWord },
  { weight: 4, arbitrary: fc.constantFrom(...TRIGGER_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** A run of words with spaces and the odd punctuation mark. */
export const words = fc
  .array(fc.tuple(anyWord, fc.option(fc.constantFrom(...PUNCTUATION), { freq: 5 })), { minLength: 1, maxLength: 12 })
  .map((items) => items.map(([word, mark]) => word + (mark ?? '')).join(' '));

const url = fc.constantFrom('https://openai.com', 'https://example.com/enables-access-to-openai', '/docs/api', '#calls', 'mailto:a@b.c');

/** Inline Markdown: emphasis, links, images, code spans, HTML, autolinks, breaks, escapes, entities. */
const inline: fc.Arbitrary<string> = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    words,
    words,
    tie('inline').map((text) => `*${text}*`),
    tie('inline').map((text) => `**${text}**`),
    tie('inline').map((text) => `_${text}_`),
    tie('inline').map((text) => `***${text}***`),
    tie('inline').map((text) => `~~${text}~~`),
    fc.tuple(tie('inline'), url).map(([text, target]) => `[${text}](${target})`),
    fc.tuple(words, url).map(([alt, target]) => `![${alt}](${target})`),
    words.map((text) => `\`${text.replaceAll('`', '')}\``),
    words.map((text) => `<b>${text}</b>`),
    words.map((text) => `<!-- ${text.replaceAll('-', '')} -->`),
    url.map((target) => `<${target}>`),
    fc.constantFrom('  \n', '\\\n', '\n', '\\*', '&amp;', '&nbsp;', '&#65;', '[^1]', 'https://openai.com/api', '<br/>'),
    fc.tuple(tie('inline'), tie('inline')).map(([a, b]) => `${a} ${b}`),
  ),
})).inline;

const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ').replaceAll('\n\n', '\n'));

const tableRow = (cells: number) => fc.array(inline.map((cell) => cell.replaceAll('|', '\\|').replaceAll('\n', ' ')), { minLength: cells, maxLength: cells });

/** Block Markdown: paragraphs, headings, lists, quotes, tables, code, HTML, definitions, disable comments. */
const block: fc.Arbitrary<string> = fc.oneof(
  line,
  line,
  fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([level, text]) => `${'#'.repeat(level)} ${text.replaceAll('\n', ' ')}`),
  line.map((text) => `${text.replaceAll('\n', ' ')}\n======`),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((item) => `- ${item.replaceAll('\n', '\n  ')}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((item, index) => `${index + 1}. ${item.replaceAll('\n', ' ')}`).join('\n')),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `> ${item.replaceAll('\n', '\n> ')}`).join('\n>\n')),
  fc
    .integer({ min: 1, max: 3 })
    .chain((cells) => fc.tuple(tableRow(cells), fc.array(tableRow(cells), { maxLength: 3 })))
    .map(([head, rows]) => [head, head.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n')),
  fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'md'), words).map(([fence, lang, text]) => `${fence}${lang}\n${text}\n${fence}`),
  words.map((text) => `    ${text.replaceAll('\n', ' ')}`),
  words.map((text) => `<div>\n${text}\n</div>`),
  words.map((text) => `<!--\n${text.replaceAll('-', '')}\n-->`),
  fc.constantFrom('---', '***', '[docs]: https://openai.com "OpenAI API"', '[^1]: a note', '<!-- redline disable -->', '<!-- redline enable -->', '<!-- redline disable no-access-claim -->', '<!-- redline ignore -->'),
);

const frontMatter = fc
  .tuple(words, words, fc.boolean())
  .map(([title, description, quoted]) => `---\ntitle: ${quoted ? JSON.stringify(title) : title.replaceAll('\n', ' ')}\ndescription: ${JSON.stringify(description)}\ntags: [a, b]\n---\n`);

/** `arbitrary` in about one case out of `every`, else null. */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

export interface DocumentShape {
  crlf: boolean;
  bom: boolean;
}

/** A whole Markdown document, with front matter, CRLF, BOM and very long lines now and then. */
export const markdownDocument = fc
  .record({
    front: sometimes(frontMatter, 2),
    blocks: fc.array(block, { minLength: 1, maxLength: 8 }),
    longLine: sometimes(fc.tuple(words, fc.integer({ min: 200, max: 3_000 })), 8),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ front, blocks, longLine, crlf, bom }) => {
    const parts = [...blocks];
    if (longLine) parts.push(longLine[0].replaceAll('\n', ' ').repeat(Math.ceil(longLine[1] / Math.max(1, longLine[0].length))));
    let text = (front ?? '') + parts.join('\n\n') + '\n';
    if (crlf) text = text.replaceAll('\r\n', '\n').replaceAll('\n', '\r\n');
    return { text: (bom ? '\uFEFF' : '') + text, crlf, bom };
  });

/** Plain text: words, sentences and line breaks, with CRLF and BOM now and then. */
export const plainText = fc
  .record({ lines: fc.array(words, { minLength: 1, maxLength: 10 }), crlf: fc.boolean(), bom: fc.boolean() })
  .map(({ lines, crlf, bom }) => (bom ? '\uFEFF' : '') + lines.join(crlf ? '\r\n' : '\n'));

/** A claim the preset must flag (no-access-claim or no-invocation-claim), written as plain words. */
export const PLANTED_CLAIMS = [
  { ruleId: 'no-access-claim', words: ['enables', 'access', 'to', 'OpenAI'] },
  { ruleId: 'no-access-claim', words: ['gives', 'your', 'team', 'direct', 'access', 'to', 'ChatGPT'] },
  { ruleId: 'no-invocation-claim', words: ['calls', 'on', 'GPT-4o'] },
  { ruleId: 'no-invocation-claim', words: ['sends', 'your', 'prompts', 'to', 'OpenAI'] },
] as const;

/** Where a planted claim sits: somewhere it is prose, or somewhere it must never be linted. */
export type PlantPlace = 'plain' | 'emphasis' | 'strong-first' | 'link-entity' | 'soft-break' | 'heading' | 'list' | 'quote' | 'table' | 'code-span' | 'fence' | 'indented-code' | 'html-comment' | 'html-block' | 'url';

export const LINTABLE_PLACES: PlantPlace[] = ['plain', 'emphasis', 'strong-first', 'link-entity', 'soft-break', 'heading', 'list', 'quote', 'table'];
export const UNLINTABLE_PLACES: PlantPlace[] = ['code-span', 'fence', 'indented-code', 'html-comment', 'html-block', 'url'];

/** A planted block: its Markdown, and (for lintable places) the offsets of the claim in it. */
export interface PlantedBlock {
  markdown: string;
  claim?: { ruleId: string; start: number; end: number };
}

/** Write `claimWords` in `place`, between neutral words, and say where the claim's text starts and ends. */
export function plant(claimWords: readonly string[], place: PlantPlace, before: string, after: string, eol: string): PlantedBlock {
  const lead = `${before} `;
  const tail = ` ${after}.`;
  let claim: string;
  switch (place) {
    case 'emphasis':
      claim = `${claimWords[0]} *${claimWords.slice(1, -1).join(' ')}* ${claimWords.at(-1)}`;
      break;
    case 'strong-first':
      claim = `${claimWords[0]}** ${claimWords.slice(1).join(' ')}`;
      return located(`${before} **${claim}${tail}`, `${before} **`.length, claim.length);
    case 'link-entity':
      claim = `${claimWords.slice(0, -1).join(' ')} [${claimWords.at(-1)}`;
      return located(`${lead}${claim}](https://openai.com)${tail}`, lead.length, claim.length);
    case 'soft-break':
      claim = `${claimWords.slice(0, -1).join(' ')}${eol}${claimWords.at(-1)}`;
      break;
    default:
      claim = claimWords.join(' ');
  }
  const body = `${lead}${claim}${tail}`;
  switch (place) {
    case 'heading':
      return located(`## ${body}`, 3 + lead.length, claim.length);
    case 'list':
      return located(`- ${body}${eol}- ${after}`, 2 + lead.length, claim.length);
    case 'quote':
      return located(`> ${body}`, 2 + lead.length, claim.length);
    case 'table':
      return located(`| ${after} | ${body} |${eol}| --- | --- |${eol}| ${after} | ${before} |`, `| ${after} | `.length + lead.length, claim.length);
    case 'code-span':
      return { markdown: `${lead}\`${claim}\`${tail}` };
    case 'fence':
      return { markdown: `\`\`\`text${eol}${body}${eol}\`\`\`` };
    case 'indented-code':
      // After a paragraph (never right after a list item, which would take it as its own paragraph).
      return { markdown: `${after}.${eol}${eol}    ${body}` };
    case 'html-comment':
      return { markdown: `${lead}<!-- ${claim} -->${tail}` };
    case 'html-block':
      return { markdown: `<div title="${claim}">${eol}${body}${eol}</div>` };
    case 'url':
      return { markdown: `${lead}<https://example.com/${claimWords.join('/')}>${tail}` };
    default:
      return located(body, lead.length, claim.length);
  }

  function located(markdown: string, start: number, length: number): PlantedBlock {
    return { markdown, claim: { ruleId: '', start, end: start + length } };
  }
}

/** A run of neutral words (never part of any finding). */
export const neutralWords = fc.array(neutralWord, { minLength: 1, maxLength: 6 }).map((items) => items.join(' '));

/** A document of neutral paragraphs with claims planted in random places; offsets of the lintable ones. */
export const plantedDocument = fc
  .record({
    blocks: fc.array(
      fc.record({
        claim: fc.constantFrom(...PLANTED_CLAIMS),
        place: fc.constantFrom(...LINTABLE_PLACES, ...UNLINTABLE_PLACES),
        before: neutralWords,
        after: neutralWords,
        filler: fc.option(neutralWords, { freq: 2 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ blocks, crlf, bom }) => {
    const eol = crlf ? '\r\n' : '\n';
    let text = bom ? '\uFEFF' : '';
    const claims: { ruleId: string; start: number; end: number }[] = [];
    for (const { claim, place, before, after, filler } of blocks) {
      if (filler) text += `${filler}.${eol}${eol}`;
      const planted = plant(claim.words, place, before, after, eol);
      if (planted.claim) claims.push({ ruleId: claim.ruleId, start: text.length + planted.claim.start, end: text.length + planted.claim.end });
      text += planted.markdown + eol + eol;
    }
    return { text, claims, places: blocks.map((item) => item.place) };
  });
