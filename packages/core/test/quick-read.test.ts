/**
 * The quick readers of valid policy files (plain-yaml.ts, unique-json.ts) against yaml itself: whenever a quick
 * reader answers, its value is exactly yaml's `toJS()` of a document without errors or duplicate keys (YAML 1.2,
 * core schema); otherwise it leaves the text to yaml. Checked on the repository's policies, on YAML 1.2 scalars
 * that YAML 1.1 read differently, and on generated policies in many styles, also after random edits.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { readPlainYaml } from '../src/plain-yaml.js';
import { parseUniqueJson } from '../src/unique-json.js';

function hasDuplicateKey(node: unknown): boolean {
  if (isSeq(node)) return node.items.some(hasDuplicateKey);
  if (!isMap(node)) return false;
  const seen = new Set<unknown>();
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (seen.has(key) || hasDuplicateKey(pair.value)) return true;
    seen.add(key);
  }
  return false;
}

/** yaml's reading of a text, as the loader uses it, or undefined when yaml reports an error or a duplicate key. */
function yamlValue(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
  return doc.errors.length > 0 || hasDuplicateKey(doc.contents) ? undefined : { value: doc.toJS() };
}

/** The quick reader agrees with yaml, or leaves the text to it; returns whether it answered. */
function expectSameAsYaml(text: string, read: (text: string) => { value: unknown } | undefined = readPlainYaml): boolean {
  const quick = read(text);
  if (!quick) return false;
  const expected = yamlValue(text);
  expect(expected, JSON.stringify(text)).toBeDefined();
  expect(quick.value, JSON.stringify(text)).toStrictEqual(expected?.value);
  return true;
}

const repository = (path: string) => readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');

describe('the plain-YAML reader', () => {
  it.each(['packages/core/presets/recommended.yaml', 'examples/react-app/redline.config.yaml', 'examples/marketing-repo-precommit/redline.config.yaml', 'packages/eslint-plugin-redline/test/fixtures/escaping/redline.config.yaml'])(
    'reads %s exactly as yaml does',
    (path) => {
      expect(expectSameAsYaml(repository(path))).toBe(true);
    },
  );

  it('reads a generated policy of 3,000 rules (the bench policy) as yaml does', () => {
    const lines = ['extends: redline:recommended', 'rules:'];
    for (let index = 1; index <= 3_000; index++) {
      lines.push(`  gen-${index}:`, '    severity: warn', '    about: openai', '    phrases:', `      - bundle word${index} assistants`, '    message: "Do not say “{actual}” about {entity}."', '    prefer:', '      - be powered by {entity}');
    }
    expect(expectSameAsYaml(`${lines.join('\n')}\n`)).toBe(true);
  });

  it('reads YAML 1.2 scalars as yaml does: yes/no/on/off stay strings', () => {
    const scalars = ['yes', 'no', 'on', 'off', 'y', 'n', 'Yes', 'NO', 'On', 'OFF', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'tRUE', '~', 'null', 'Null', 'NULL', 'nULL'];
    const numbers = ['0', '12', '012', '+5', '-3', '0o17', '0o8', '0x1F', '0xg', '0b11', '1_000', '1e3', '1E-2', '.5', '5.', '-.5e+3', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'NaN', '1.0', '3rd', '.NET'];
    const text = [...scalars, ...numbers].map((scalar, index) => `k${index}: ${scalar}\nl${index}: [${scalar}]\n`).join('');
    expect(expectSameAsYaml(text)).toBe(true);
    const value = readPlainYaml('a: yes\nb: off\nc: true\nd: 0o17\ne: 012\nf:\n')?.value;
    expect(value).toStrictEqual({ a: 'yes', b: 'off', c: true, d: 15, e: 12, f: null });
  });

  it('reads every style a policy is written in: quotes, escapes, flow lists, block scalars, comments, CRLF', () => {
    const text = [
      '# A policy',
      '---',
      'extends: [redline:recommended, "./base.yaml"]',
      'entities:',
      "  acme: ['Acme', \"Acme\\u00A0Cloud\", 'It''s', AC-*]  # names",
      'allow:',
      '- built on {acme}',
      '-   "{acme}-powered"',
      'rules:',
      '  "quoted-id":',
      '    phrases:',
      '      - phrase: enables {entity}',
      '        fix: powers',
      '        prefer: []',
      '      # between',
      '      - (let|allow) you? access',
      '    message: >-',
      '      Folded',
      '      text',
      '',
      '      with a paragraph.',
      '    reason: |',
      '      Literal',
      '        indented',
      '    source: |+',
      '      kept',
      '',
      '    url: https://example.com/a#b',
      '    window: 3',
      '    examples: {}',
    ].join('\r\n');
    expect(expectSameAsYaml(text)).toBe(true);
  });

  it.each([
    ['an anchor and an alias', 'a: &x [1]\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a YAML 1.1 directive', '%YAML 1.1\n---\na: yes\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['a flow mapping', 'a: {b: 1}\n'],
    ['a tab', 'a:\tb\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a merge key', 'a: 1\n<<: {}\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['malformed indentation', 'a:\n  b: 1\n c: 2\n'],
  ])('leaves %s to yaml', (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });
});

const KEYS = ['rules', 'entities', 'allow', 'extends', 'phrases', 'severity', 'about', 'message', 'prefer', 'phrase', 'fix', 'gen-0001', 'a', 'yes', 'on', 'true', 'null', '~', '1', 'key with spaces', 'a#b', 'a:b', '"quoted"', "'single'", '__proto__', '<<', '-x', 'Über'];
const SCALARS = ['x', 'warn', 'off', 'yes', 'No', 'true', 'TRUE', 'null', '~', '', '0', '-1', '012', '0o17', '0x1F', '1e3', '.inf', '.NaN', '3rd party', '.NET', 'open up [0-3] access to', '(let|allow) you? access', '{entity} API', 'GPT-*', "OpenAI's", 'a: b', 'a:b', 'a #b', 'a#b', '- a', '[a]', 'a]', '&x', '*x', '!x', '%x', '@x', '|', '>', "it's", 'say "hi"', 'back\\slash', 'é', 'DALL·E', '😀', ' lead', 'trail ', '...', '---', '? x', 'x:', 'http://a.b/c'];

type Node = { kind: 'scalar'; text: string; style: string; chomping: string; more: string[] } | { kind: 'list'; items: Node[]; flow: boolean } | { kind: 'map'; entries: [string, Node][] };

const { node } = fc.letrec<{ node: Node; scalar: Node; list: Node; map: Node }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', maxDepth: 4 }, tie('scalar'), tie('scalar'), tie('list'), tie('map')),
  scalar: fc.record({
    kind: fc.constant('scalar' as const),
    text: fc.constantFrom(...SCALARS),
    style: fc.constantFrom('plain', 'plain', 'single', 'double', 'literal', 'folded'),
    chomping: fc.constantFrom('', '-', '+'),
    more: fc.array(fc.constantFrom(...SCALARS), { maxLength: 3 }),
  }),
  list: fc.record({ kind: fc.constant('list' as const), items: fc.array(tie('node'), { maxLength: 4 }), flow: fc.boolean() }),
  map: fc.record({ kind: fc.constant('map' as const), entries: fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { minLength: 1, maxLength: 4 }) }),
}));

interface Style {
  step: number;
  indentless: boolean;
  comments: boolean;
}

function inline(scalar: Extract<Node, { kind: 'scalar' }>): string {
  if (scalar.style === 'single') return `'${scalar.text.replaceAll("'", "''")}'`;
  if (scalar.style === 'double') return `"${scalar.text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  return scalar.text;
}

/** Render `value` after `head` ("key:" or "-"), `indent` being that of the mapping or list holding it. */
function render(value: Node, indent: number, style: Style, out: string[], head: string): void {
  const pad = ' '.repeat(indent + style.step);
  if (value.kind === 'scalar') {
    if (value.style === 'literal' || value.style === 'folded') {
      out.push(`${head} ${value.style === 'literal' ? '|' : '>'}${value.chomping}`);
      for (const line of [value.text, ...value.more]) out.push(line === '' ? '' : pad + line);
    } else out.push(`${head} ${inline(value)}${style.comments ? ' # c' : ''}`);
  } else if (value.kind === 'list') {
    if (value.flow || value.items.length === 0) {
      out.push(`${head} [${value.items.map((item) => (item.kind === 'scalar' ? inline(item) : '[]')).join(', ')}]`);
      return;
    }
    out.push(head);
    const at = style.indentless && head.endsWith(':') ? indent : indent + style.step;
    for (const item of value.items) {
      if (style.comments) out.push(`${' '.repeat(at)}# item`);
      if (item.kind === 'map') renderMap(item, at + 2, style, out, `${' '.repeat(at)}- `);
      else render(item, at, style, out, `${' '.repeat(at)}-`);
    }
  } else {
    out.push(head);
    renderMap(value, indent + style.step, style, out, pad);
  }
}

function renderMap(map: Extract<Node, { kind: 'map' }>, indent: number, style: Style, out: string[], first: string): void {
  map.entries.forEach(([key, value], index) => render(value, indent, style, out, `${index === 0 ? first : ' '.repeat(indent)}${key}:`));
}

const policyText = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...KEYS), node), { maxLength: 4 }),
    fc.record({ step: fc.integer({ min: 1, max: 4 }), indentless: fc.boolean(), comments: fc.boolean() }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([entries, style, crlf, finalBreak]) => {
    const out: string[] = [];
    if (entries.length > 0) renderMap({ kind: 'map', entries }, 0, style, out, '');
    const text = out.join('\n') + (finalBreak ? '\n' : '');
    return crlf ? text.replaceAll('\n', '\r\n') : text;
  });

const NOISE = [' ', '\n', '- ', ':', ': ', '#', ' #', '"', "'", '|', '>', '[', ']', '{', '}', ',', '&a ', '*a', '!', '\t', '\\', 'a', '\r', '%', '?', '---\n', '\u00a0', "''"];

const edited = fc.tuple(policyText, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE), fc.nat(3)), { minLength: 1, maxLength: 3 })).map(([text, edits]) =>
  edits.reduce((out, [at, noise, removed]) => {
    const position = at % (out.length + 1);
    return out.slice(0, position) + noise + out.slice(position + removed);
  }, text),
);

describe('the plain-YAML reader on generated policies', () => {
  it('answers exactly as yaml, or not at all', () => {
    let read = 0;
    fc.assert(
      fc.property(policyText, (text) => {
        if (expectSameAsYaml(text)) read++;
      }),
      { numRuns: 2_000 },
    );
    // Most generated styles are read quickly (the rest hold anchors, odd keys and other things left to yaml).
    expect(read).toBeGreaterThan(500);
  });

  it('after random edits too', () => {
    fc.assert(
      fc.property(edited, (text) => {
        expectSameAsYaml(text);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('the JSON reader', () => {
  it('reads JSON as yaml does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 1);
        expect(expectSameAsYaml(text, parseUniqueJson)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves a repeated key, anywhere, to yaml (JSON.parse would keep the last)', () => {
    expect(parseUniqueJson('{"rules": {"a": {"phrases": ["x"]}, "a": "off"}}')).toBeUndefined();
    expect(parseUniqueJson('{"allow": [{"a": 1, "a": 2}]}')).toBeUndefined();
    expect(parseUniqueJson('{"a": "x:y", "b": "\\"}", "c": [":", {"d": ":"}]}')?.value).toStrictEqual({ a: 'x:y', b: '"}', c: [':', { d: ':' }] });
    expect(parseUniqueJson('{"a": 1,}')).toBeUndefined();
  });
});
