/**
 * Security, shown by test (see SECURITY.md):
 * (a) no user text reaches a regular expression built from user input — a scan of every package's source for
 *     run-time regular expressions, a run of the CLI that records every RegExp built at run time, and phrases
 *     full of regex metacharacters that match literally and with linear work;
 * (b) nothing touches the network — the CLI and every library entry point run with every network API stubbed;
 * (c) a JavaScript config runs only when the user names it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkText, compilePolicy, emptyPolicy, matchStats, mergePolicy, PolicyError, PolicyResolver } from '@redline/core';
import { Linter } from 'eslint';
import plugin from 'eslint-plugin-redline';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { makeTree, PRELOAD, runCli, withoutTime } from './cli-helpers.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Every place in `file` that builds a regular expression at run time: `RegExp(…)`/`new RegExp(…)`, and
 * `.match/.matchAll/.search(x)` where `x` is not a regex literal or a module constant holding one (a string
 * argument there is compiled into a RegExp).
 */
function runtimeRegExps(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const literalConstants = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer && ts.isRegularExpressionLiteral(declaration.initializer)) literalConstants.add(declaration.name.text);
    }
  }
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(REPO, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().slice(0, 80)}`;
  const visit = (node: ts.Node): void => {
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') found.push(where(node));
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ['match', 'matchAll', 'search'].includes(node.expression.name.text)) {
      const argument = node.arguments[0];
      const constant = argument && (ts.isRegularExpressionLiteral(argument) || (ts.isIdentifier(argument) && literalConstants.has(argument.text)));
      if (!constant) found.push(where(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Run-time regular expressions that are allowed, with the reason each cannot see user input. None so far. */
const ALLOWED_RUNTIME_REGEXPS: Record<string, string> = {};

describe('(a) no user text reaches a regular expression built from user input', () => {
  it('no package source builds a regular expression at run time (every pattern is a literal)', () => {
    const files = readdirSync(join(REPO, 'packages')).flatMap((name) => (existsSync(join(REPO, 'packages', name, 'src')) ? sourceFiles(join(REPO, 'packages', name, 'src')) : []));
    expect(files.length).toBeGreaterThan(40);
    expect(files.flatMap(runtimeRegExps)).toEqual(Object.keys(ALLOWED_RUNTIME_REGEXPS));
  });

  it('the scan itself finds run-time regular expressions (so an empty result means something)', () => {
    const root = makeTree({ 'probe.ts': 'const A = /x/g;\nexport const f = (s: string, p: string) => [new RegExp(p), RegExp(p), s.match(p), s.search(A), s.matchAll(A), s.match(/y/)];\n' });
    expect(runtimeRegExps(join(root, 'probe.ts')).map((line) => line.replace(/^.*probe\.ts:/, ''))).toEqual(['2: new RegExp(p)', '2: RegExp(p)', '2: s.match(p)']);
  });

  it('a CLI run builds no RegExp from the linted text or the policy (every RegExp built at run time is recorded)', () => {
    const root = makeTree({
      'redline.config.yaml': 'extends: redline:recommended\nrules:\n  zq-rule:\n    phrases: ["zqxa.*b", "zqxc+d$"]\n',
      'a.md': '# zqxa.*b zqxaab\n\nAcme calls OpenAI about zqxc+d$ and zqxcd. Open AI.\n',
      'b.txt': 'zqxa.b zqx zqxa zqxb (zqx+)+$\n',
    });
    const log = join(root, 'regexps.json');
    const result = runCli(['-f', 'json', '--fix-dry-run', '.'], { cwd: root, preload: [PRELOAD.regexpLog], env: { REDLINE_REGEXP_LOG: log } });
    expect(result.code).toBe(1);
    const sources = JSON.parse(readFileSync(log, 'utf8')) as string[];
    expect(sources.filter((source) => /zqx|openai|acme/i.test(source))).toEqual([]);
  });

  it('phrases full of regex metacharacters are redline phrases, matched word by word: literally, never as patterns', () => {
    const compiled = compilePolicy(mergePolicy(emptyPolicy(), { rules: { meta: { phrases: ['a.*b', 'c$', '^d e'] } } }));
    const found = (text: string) => checkText(text, compiled).map((finding) => finding.actual);
    // "a.*b" is the words a and b joined inside one word ("a.b"); "c$" the word c; "^d e" the words d e.
    expect(found('a.b aab a b axxxb a-b')).toEqual(['a.b', 'a-b']);
    expect(found('c$ cc d e dde')).toEqual(['c', 'd e']);
  });

  it('a phrase shaped like a catastrophic pattern is rejected with a one-line reason, not run', () => {
    let error: unknown;
    try {
      compilePolicy(mergePolicy(emptyPolicy(), { rules: { evil: { phrases: ['(a+)+$'] } } }));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).message).toBe('phrase "(a+)+$": "+$" has no letters or digits');
  });

  it('input built to make a backtracking matcher explode costs linear work', () => {
    const compiled = compilePolicy(mergePolicy(emptyPolicy(), { rules: { long: { phrases: ['a [0-8] a [0-8] a [0-8] b'] } } }));
    const steps = (count: number) => {
      matchStats.steps = 0;
      expect(checkText('a '.repeat(count) + '!', compiled)).toEqual([]);
      return matchStats.steps;
    };
    const small = steps(1_000);
    const large = steps(10_000);
    expect(large / small).toBeGreaterThan(9);
    expect(large / small).toBeLessThan(11);
  });
});

describe('(b) nothing touches the network', () => {
  const networkAttempts = (root: string, args: string[], input = '') => {
    const log = join(root, `network-${Math.random().toString(36).slice(2)}.json`);
    const result = runCli(args, { cwd: root, preload: [PRELOAD.noNetwork], env: { REDLINE_NETWORK_LOG: log }, input });
    return { result, attempts: JSON.parse(readFileSync(log, 'utf8')) as { name: string; target: string }[] };
  };

  it('the preload catches a fetch, a DNS lookup, an HTTP request and a socket (the control run)', () => {
    const root = makeTree({
      'probe.mjs':
        "import dns from 'node:dns'; import http from 'node:http'; import net from 'node:net';\n" +
        "for (const attempt of [() => fetch('https://example.com'), () => dns.lookup('example.com', () => {}), () => http.get('http://example.com'), () => net.connect(80, 'example.com')]) { try { attempt(); } catch {} }\n",
    });
    const log = join(root, 'network.json');
    const result = runCli([], { cwd: root, preload: [PRELOAD.noNetwork, join(root, 'probe.mjs')], env: { REDLINE_NETWORK_LOG: log } });
    expect(result.code).not.toBeNull();
    expect((JSON.parse(readFileSync(log, 'utf8')) as { name: string }[]).map((attempt) => attempt.name)).toEqual(['fetch', 'lookup', 'get', 'connect']);
  });

  it('every CLI command runs with the network cut off and makes zero attempts', () => {
    const root = makeTree({ 'docs/a.md': '# Launch\n\nAcme calls OpenAI. Powered by Open AI.\n', 'docs/b.txt': 'We enable access to ChatGPT.\n' });
    const runs: [string[], number][] = [
      [['docs'], 1],
      [['-f', 'sarif', 'docs'], 1],
      [['-f', 'github', 'docs'], 1],
      [['--fix-dry-run', 'docs'], 1],
      [['--fix', 'docs'], 1],
      [['--stdin', '--stdin-filename', 'x.md'], 1],
      [['--print-config', 'docs/a.md'], 0],
      [['explain', 'no-access-claim'], 0],
      [['test-policy'], 0],
      [['init'], 0],
    ];
    for (const [args, code] of runs) {
      const { result, attempts } = networkAttempts(root, args, 'Acme calls OpenAI.\n');
      expect(attempts, args.join(' ')).toEqual([]);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(code);
    }
  });

  it('the library entry points (core, retext-redline, remark-redline, the ESLint plugin) make zero attempts', () => {
    const root = makeTree({
      'redline.config.yaml': 'extends: redline:recommended\n',
      'a.md': 'Acme calls OpenAI.\n',
      'entry.mjs': [
        "import * as core from '@redline/core';",
        "import { checkMarkdown } from 'remark-redline';",
        "import remarkRedline from 'remark-redline';",
        "import retextRedline from 'retext-redline';",
        "import plugin from 'eslint-plugin-redline';",
        "import { Linter } from 'eslint';",
        "import { unified } from 'unified';",
        "import remarkParse from 'remark-parse';",
        "import { VFile } from 'vfile';",
        "import { retext } from 'retext';",
        "import retextEnglish from 'retext-english';",
        "const compiled = new core.PolicyResolver().forFile('a.md').compiled;",
        "let count = core.checkText('Acme calls OpenAI.', compiled).length + checkMarkdown('Acme calls OpenAI.', compiled).length;",
        "const markdown = unified().use(remarkParse).use(remarkRedline);",
        "const file = new VFile({ path: 'a.md', value: 'Acme calls OpenAI.' });",
        "await markdown.run(markdown.parse(file), file);",
        "count += file.messages.length;",
        "count += (await retext().use(retextEnglish).use(retextRedline).process({ path: 'a.txt', value: 'Acme calls OpenAI.' })).messages.length;",
        "count += new Linter().verify('const a = \"Acme calls OpenAI.\";', [{ files: ['**/*.js'], plugins: { redline: plugin }, rules: { 'redline/phrasing': 'error' } }], { filename: 'a.js' }).length;",
        'console.log(count);',
      ].join('\n'),
    });
    const log = join(root, 'network.json');
    const entry = join(root, 'entry.mjs');
    // Resolve the packages from the repository, as a project that installed them would.
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(/from '([^'.][^']*)'/g, (_, name: string) => `from '${import.meta.resolve(name)}'`));
    const result = runCli([], { cwd: root, preload: [PRELOAD.noNetwork, entry], env: { REDLINE_NETWORK_LOG: log } });
    expect(result.stdout.split('\n')[0]).toBe('5');
    expect(JSON.parse(readFileSync(log, 'utf8'))).toEqual([]);
  });
});

describe('(c) a JavaScript config runs only when the user names it', () => {
  /** A JS config whose evaluation leaves a file behind, and whose policy flags the word "zebra". */
  const jsConfig = (marker: string) =>
    `import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./${marker}', import.meta.url), 'ran');\nexport default { rules: { zebra: { severity: 'error', phrases: ['zebra'] } } };\n`;
  const DOC = 'A zebra. Acme calls OpenAI.\n';

  it.each(['redline.config.js', 'redline.config.mjs', '.redlinerc.js'])('discovery ignores %s even when it is the only config: it never runs', (name) => {
    const root = makeTree({ [name]: jsConfig('ran.txt'), 'a.md': DOC, 'package.json': '{"type": "module"}' });
    const result = runCli(['-f', 'json', 'a.md'], { cwd: root });
    const messages = (JSON.parse(result.stdout) as { messages: { ruleId: string }[] }[])[0]?.messages ?? [];
    expect(messages.map((message) => message.ruleId)).toEqual(['no-invocation-claim']);
    expect(existsSync(join(root, 'ran.txt'))).toBe(false);
    // Core's resolver and the ESLint rule's discovery ignore it too.
    expect(new PolicyResolver().forFile(join(root, 'a.md')).configFile).toBeUndefined();
    const eslintMessages = new Linter({ cwd: root }).verify('const a = "A zebra.";', [{ files: ['**/*.js'], plugins: { redline: plugin as never }, rules: { 'redline/phrasing': 'error' } }], { filename: join(root, 'a.js') });
    expect(eslintMessages).toEqual([]);
    expect(existsSync(join(root, 'ran.txt'))).toBe(false);
  });

  it('--config names it: it runs, and its policy applies', () => {
    const root = makeTree({ 'redline.config.mjs': jsConfig('ran.txt'), 'a.md': DOC });
    const result = runCli(['--config', 'redline.config.mjs', 'a.md'], { cwd: root });
    expect(existsSync(join(root, 'ran.txt'))).toBe(true);
    expect(withoutTime(result.stdout)).toBe('a.md\n  1:3  error  “zebra” is not approved wording  zebra\n\n✖ 1 problem (1 error, 0 warnings) in 1 file checked (T s)\n');
    expect(result.code).toBe(1);
  });

  it('the ESLint rule option names it: it runs', () => {
    const root = makeTree({ 'policy.mjs': jsConfig('ran-eslint.txt') });
    const messages = new Linter({ cwd: root }).verify(
      'const a = "A zebra.";',
      [{ files: ['**/*.js'], plugins: { redline: plugin as never }, rules: { 'redline/phrasing': ['error', { config: join(root, 'policy.mjs') }] } }],
      { filename: join(root, 'a.js') },
    );
    expect(existsSync(join(root, 'ran-eslint.txt'))).toBe(true);
    expect(messages.map((message) => [message.line, message.column, message.endColumn])).toEqual([[1, 14, 19]]);
  });

  it('a YAML policy cannot extend a JavaScript file: refused before it could run', () => {
    const root = makeTree({ 'evil.mjs': jsConfig('ran.txt'), 'redline.config.yaml': 'extends: ./evil.mjs\n', 'a.md': DOC });
    const result = runCli(['a.md'], { cwd: root });
    expect(result.stderr).toBe('redline: redline.config.yaml:1:10: cannot extend "./evil.mjs": a policy may only extend YAML or JSON files\n');
    expect(result.code).toBe(2);
    expect(existsSync(join(root, 'ran.txt'))).toBe(false);
  });
});
