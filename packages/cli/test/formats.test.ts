import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, FIXTURES, makeTree, runCli, withoutTime } from './helpers.js';

const ACCESS = 'Do not claim that the product gives access to OpenAI: “enables access to OpenAI”. Say “is powered by OpenAI” or “integrates with OpenAI” instead.';
const SPELLING = 'Spell the name “OpenAI”, not “Open AI”.';
const INVOCATION = 'Do not say that the product calls or sends data to ChatGPT: “calls ChatGPT”. Say “integrates with ChatGPT” or “is enabled by ChatGPT” instead.';
const FRAMING = 'Avoid framing OpenAI as an API: “OpenAI API”. Describe the integration, e.g. “integrates with OpenAI”.';

let root: string;
beforeAll(() => {
  root = copyFixture('sales');
});

describe('stylish (default)', () => {
  it('groups findings by file, shows suggestions and fixes, and ends with the summary line', () => {
    const result = runCli([], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(withoutTime(result.stdout)).toBe(
      [
        'nested/intro.md',
        `  3:33  error  ${FRAMING}  no-api-framing`,
        '               suggestions: “OpenAI integration”',
        '',
        'notes.txt',
        `  3:11  error  ${INVOCATION}  no-invocation-claim`,
        '               suggestions: “integrates with ChatGPT”, “is enabled by ChatGPT”',
        '',
        'pricing.md',
        `  3:6   error    ${ACCESS}  no-access-claim`,
        '                 suggestions: “is powered by OpenAI”, “integrates with OpenAI”',
        `  5:29  warning  ${SPELLING}  entity-spelling`,
        '                 fix: “Open AI” → “OpenAI” (redline --fix)',
        '',
        '✖ 4 problems (3 errors, 1 warning) in 4 files checked (T s)',
        '  1 problem fixable with the `--fix` option.',
        '',
      ].join('\n'),
    );
  });

  it('shows a fix whose words span a line break on one line', () => {
    const folder = makeTree({ 'wrapped.md': 'We build on Open\nAI models.\n' });
    expect(withoutTime(runCli(['wrapped.md'], { cwd: folder }).stdout)).toBe(
      ['wrapped.md', `  1:13  warning  ${SPELLING}  entity-spelling`, '                 fix: “Open AI” → “OpenAI” (redline --fix)', '', '✖ 1 problem (0 errors, 1 warning) in 1 file checked (T s)', '  1 problem fixable with the `--fix` option.', ''].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    const result = runCli(['clean.md'], { cwd: root });
    expect(result.code).toBe(0);
    expect(withoutTime(result.stdout)).toBe('✔ no problems in 1 file checked (T s)\n');
  });

  it('uses no colour when not on a terminal, and colour with --color', () => {
    expect(runCli(['pricing.md'], { cwd: root }).stdout).not.toContain('\x1b[');
    const coloured = runCli(['pricing.md', '--color'], { cwd: root }).stdout;
    expect(coloured).toContain('\x1b[31merror\x1b[39m');
    expect(coloured).toContain('\x1b[33mwarning\x1b[39m');
    expect(coloured).toContain('\x1b[4mpricing.md\x1b[24m');
  });

  it('--quiet reports errors only', () => {
    const result = runCli(['pricing.md', '--quiet'], { cwd: root });
    expect(result.code).toBe(1);
    expect(withoutTime(result.stdout)).toBe(
      [
        'pricing.md',
        `  3:6  error  ${ACCESS}  no-access-claim`,
        '              suggestions: “is powered by OpenAI”, “integrates with OpenAI”',
        '',
        '✖ 1 problem (1 error, 0 warnings) in 1 file checked (T s)',
        '',
      ].join('\n'),
    );
  });
});

describe('json', () => {
  it("prints exactly ESLint's JSON formatter shape, every checked file included", () => {
    const result = runCli(['--format', 'json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout.endsWith(']\n')).toBe(true);
    expect(result.stdout.split('\n')).toHaveLength(2); // one line, as ESLint prints it
    const empty = { suppressedMessages: [], fatalErrorCount: 0, usedDeprecatedRules: [] };
    expect(JSON.parse(result.stdout)).toEqual([
      { filePath: join(root, 'clean.md'), messages: [], ...empty, errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 },
      {
        filePath: join(root, 'nested/intro.md'),
        messages: [
          {
            ruleId: 'no-api-framing',
            severity: 2,
            message: FRAMING,
            line: 3,
            column: 33,
            endLine: 3,
            endColumn: 43,
            suggestions: [{ desc: 'Replace with “OpenAI integration”.', fix: { range: [41, 51], text: 'OpenAI integration' } }],
          },
        ],
        ...empty,
        errorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
      {
        filePath: join(root, 'notes.txt'),
        messages: [
          {
            ruleId: 'no-invocation-claim',
            severity: 2,
            message: INVOCATION,
            line: 3,
            column: 11,
            endLine: 3,
            endColumn: 24,
            suggestions: [
              { desc: 'Replace with “integrates with ChatGPT”.', fix: { range: [25, 38], text: 'integrates with ChatGPT' } },
              { desc: 'Replace with “is enabled by ChatGPT”.', fix: { range: [25, 38], text: 'is enabled by ChatGPT' } },
            ],
          },
        ],
        ...empty,
        errorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
      {
        filePath: join(root, 'pricing.md'),
        messages: [
          {
            ruleId: 'no-access-claim',
            severity: 2,
            message: ACCESS,
            line: 3,
            column: 6,
            endLine: 3,
            endColumn: 30,
            suggestions: [
              { desc: 'Replace with “is powered by OpenAI”.', fix: { range: [16, 40], text: 'is powered by OpenAI' } },
              { desc: 'Replace with “integrates with OpenAI”.', fix: { range: [16, 40], text: 'integrates with OpenAI' } },
            ],
          },
          {
            ruleId: 'entity-spelling',
            severity: 1,
            message: SPELLING,
            line: 5,
            column: 29,
            endLine: 5,
            endColumn: 36,
            fix: { range: [92, 99], text: 'OpenAI' },
            suggestions: [{ desc: 'Replace with “OpenAI”.', fix: { range: [92, 99], text: 'OpenAI' } }],
          },
        ],
        ...empty,
        errorCount: 1,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 1,
      },
    ]);
  });

  it('ranges point at the flagged words of the file', () => {
    const source = readFileSync(join(root, 'pricing.md'), 'utf8');
    expect(source.slice(16, 40)).toBe('enables access to OpenAI');
    expect(source.slice(92, 99)).toBe('Open AI');
  });
});

describe('github', () => {
  it('prints one workflow command per finding', () => {
    const result = runCli(['--format', 'github'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        `::error file=nested/intro.md,line=3,col=33,endLine=3,endColumn=43,title=redline no-api-framing::${FRAMING}`,
        `::error file=notes.txt,line=3,col=11,endLine=3,endColumn=24,title=redline no-invocation-claim::${INVOCATION}`,
        `::error file=pricing.md,line=3,col=6,endLine=3,endColumn=30,title=redline no-access-claim::${ACCESS}`,
        `::warning file=pricing.md,line=5,col=29,endLine=5,endColumn=36,title=redline entity-spelling::${SPELLING}`,
        '',
      ].join('\n'),
    );
  });
});

describe('github escaping', () => {
  it('escapes %, CR, LF in messages and also : and , in properties', () => {
    const root = makeTree({
      'policy.yaml': [
        'extends: redline:recommended',
        'rules:',
        '  no-discount:',
        '    severity: error',
        '    about: openai',
        '    phrases: [discount on]',
        '    message: "100% off {entity}: no.\\r\\nNever."',
        '',
      ].join('\n'),
      'a,b:c%.md': 'Get a discount on OpenAI.\n',
    });
    const result = runCli(['-f', 'github', '--config', 'policy.yaml', 'a,b:c%.md'], { cwd: root });
    expect(result.stdout).toBe('::error file=a%2Cb%3Ac%25.md,line=1,col=7,endLine=1,endColumn=25,title=redline no-discount::100%25 off OpenAI: no.%0D%0ANever.\n');
  });
});

describe('sarif', () => {
  const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;

  function validator() {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    (addFormatsModule as unknown as (ajv: Ajv2020) => void)(ajv);
    return ajv.compile(schema);
  }

  it('validates against the SARIF 2.1.0 schema', () => {
    const result = runCli(['--format', 'sarif'], { cwd: root });
    expect(result.code).toBe(1);
    const validate = validator();
    const log = JSON.parse(result.stdout) as unknown;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema check can fail (a log without runs is rejected)', () => {
    const validate = validator();
    expect(validate({ version: '2.1.0' })).toBe(false);
  });

  it('lists every rule with help text and help URI, and results with regions and fixes', () => {
    const log = JSON.parse(runCli(['--format', 'sarif', 'pricing.md'], { cwd: root }).stdout) as {
      runs: { tool: { driver: { rules: { id: string; helpUri: string; help: { text: string }; defaultConfiguration: { level: string } }[] } }; results: unknown[]; columnKind: string; originalUriBaseIds: unknown }[];
    };
    const run = log.runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `file://${root}/` } });
    expect(run.tool.driver.rules.map((rule) => [rule.id, rule.defaultConfiguration.level, rule.helpUri])).toEqual([
      ['entity-spelling', 'warning', 'https://github.com/redline-lint/redline/blob/main/docs/rules.md#entity-spelling'],
      ['no-access-claim', 'error', 'https://github.com/redline-lint/redline/blob/main/docs/rules.md#no-access-claim'],
      ['no-api-framing', 'warning', 'https://github.com/redline-lint/redline/blob/main/docs/rules.md#no-api-framing'],
      ['no-invocation-claim', 'error', 'https://github.com/redline-lint/redline/blob/main/docs/rules.md#no-invocation-claim'],
    ]);
    expect(run.tool.driver.rules[0]!.help.text).toBe(
      "The partner's trademark guidelines require the exact spelling of product names.\nSource: Partner trademark guidelines.\nRun `redline explain entity-spelling` for examples.",
    );
    const location = { physicalLocation: { artifactLocation: { uri: 'pricing.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 29, endLine: 5, endColumn: 36 } } };
    expect(run.results).toEqual([
      {
        ruleId: 'no-access-claim',
        ruleIndex: 1,
        level: 'error',
        message: { text: ACCESS },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'pricing.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 6, endLine: 3, endColumn: 30 } } }],
      },
      {
        ruleId: 'entity-spelling',
        ruleIndex: 0,
        level: 'warning',
        message: { text: SPELLING },
        locations: [location],
        fixes: [
          {
            description: { text: 'Replace “Open AI” with “OpenAI”.' },
            artifactChanges: [
              {
                artifactLocation: { uri: 'pricing.md', uriBaseId: '%SRCROOT%' },
                replacements: [{ deletedRegion: location.physicalLocation.region, insertedContent: { text: 'OpenAI' } }],
              },
            ],
          },
        ],
      },
    ]);
  });
});

describe('--output-file', () => {
  it('writes the report to the file (creating its folder) and prints nothing', () => {
    const result = runCli(['pricing.md', '-f', 'json', '-o', 'reports/redline.json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const report = JSON.parse(readFileSync(join(root, 'reports/redline.json'), 'utf8')) as { errorCount: number; warningCount: number }[];
    expect(report.map((file) => [file.errorCount, file.warningCount])).toEqual([[1, 1]]);
  });

  it('leaves the previous report whole, and no temporary file, when the run fails', () => {
    mkdirSync(join(root, 'kept'), { recursive: true });
    writeFileSync(join(root, 'kept/report.json'), 'previous report\n');
    const result = runCli(['pricing.md', '-f', 'json', '-o', 'kept/report.json', '--ext', ','], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('redline: --ext needs at least one extension, e.g. --ext .md,.txt\n');
    expect(readFileSync(join(root, 'kept/report.json'), 'utf8')).toBe('previous report\n');
    expect(readdirSync(join(root, 'kept'))).toEqual(['report.json']);
  });
});
