import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from './helpers.js';

function findings(root: string, file: string): string[] {
  const result = runCli(['-f', 'json', file], { cwd: root });
  return (JSON.parse(result.stdout) as { messages: { ruleId: string; line: number; column: number }[] }[])[0]!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`);
}

describe('Markdown and MDX files go through remark-redline', () => {
  it('skips code and honours disable comments', () => {
    const root = makeTree({
      'a.md': [
        '# Launch',
        '',
        '```',
        'Acme calls OpenAI.',
        '```',
        '',
        '<!-- redline ignore -->',
        'Acme enables access to OpenAI.',
        '',
        'The agent calls ChatGPT.',
        '',
      ].join('\n'),
    });
    expect(findings(root, 'a.md')).toEqual(['10:11 no-invocation-claim']);
  });

  it('checks MDX prose, and a .txt file as plain text', () => {
    const root = makeTree({
      'launch.mdx': "import Hero from './hero.js'\n\n<Hero />\n\nAcme enables access to OpenAI.\n",
      'notes.txt': '```\nAcme calls OpenAI.\n```\n',
    });
    expect(findings(root, 'launch.mdx')).toEqual(['5:6 no-access-claim']);
    expect(findings(root, 'notes.txt')).toEqual(['2:6 no-invocation-claim']);
  });

  it('invalid MDX or an unknown disable keyword: one line with the position, exit 2', () => {
    const root = makeTree({ 'bad.mdx': 'Acme calls OpenAI.\n\n<Foo bar={ />\n', 'bad.md': 'Acme calls OpenAI.\n\n<!-- redline skip -->\n' });
    const mdx = runCli(['bad.mdx'], { cwd: root });
    expect(mdx.code).toBe(2);
    expect(mdx.stderr).toMatch(/^redline: bad\.mdx:\d+:\d+: [^\n]+\n$/);
    const md = runCli(['bad.md'], { cwd: root });
    expect(md.code).toBe(2);
    expect(md.stderr).toBe("redline: bad.md:3:1: Unknown keyword `skip`: expected `'enable'`, `'disable'`, or `'ignore'`\n");
  });
});
