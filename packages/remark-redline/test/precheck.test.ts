import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkMarkdown } from 'remark-redline';
import { markdownMayMatch, proseThatMayMatch } from 'remark-redline/precheck';
import { describe, expect, it } from 'vitest';
import { COMMON_NAMED_REFERENCES, withReferencesDecoded } from '../src/references.js';
import { compiled } from './helpers.js';

/** Bare specifiers imported by a built module and the relative modules it imports, followed transitively. */
function bareImports(file: URL, seen = new Set<string>()): string[] {
  if (seen.has(file.href)) return [];
  seen.add(file.href);
  const source = readFileSync(fileURLToPath(file), 'utf8');
  const specifiers = [...source.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1] as string);
  return specifiers.flatMap((specifier) => (specifier.startsWith('.') ? bareImports(new URL(specifier, file), seen) : [specifier]));
}

describe('remark-redline/precheck', () => {
  const inCode = 'Setup:\n\n```csharp\nbuilder.AddAzureOpenAIChatCompletion(); // calls OpenAI\n```\n\nDone.\n';

  it('is false for a document that names the partner only in fenced code, true once prose may hold a claim', () => {
    expect(markdownMayMatch('Plain text about spreadsheets.', compiled)).toBe(false);
    expect(markdownMayMatch(inCode, compiled)).toBe(false);
    expect(checkMarkdown(inCode, compiled)).toEqual([]);
    const prose = `${inCode}Acme calls OpenAI.\n`;
    expect(markdownMayMatch(prose, compiled)).toBe(true);
    expect(proseThatMayMatch(prose, compiled)).toBe(prose.replace('builder.AddAzureOpenAIChatCompletion(); // calls OpenAI', ' '.repeat(55)));
  });

  it('loads no Markdown parser: its module graph imports only @redline/core (and node:module, to load the named references on use)', () => {
    expect(bareImports(new URL('../dist/precheck.js', import.meta.url))).toEqual(['@redline/core', 'node:module']);
  });
});

describe('remark-redline', () => {
  it('loads the MDX parser only for an MDX document: remark-mdx is not in its static module graph', () => {
    const imports = bareImports(new URL('../dist/index.js', import.meta.url));
    expect(imports).toContain('remark-parse');
    expect(imports).not.toContain('remark-mdx');
    expect(checkMarkdown('<Note title="Acme calls ChatGPT" />\n', compiled, { mdx: true }).map((finding) => finding.actual)).toEqual(['calls ChatGPT']);
  });
});

describe('character references in the pre-check', () => {
  it('decodes the common named references as the HTML standard’s table does, without loading it', async () => {
    const { decodeNamedCharacterReference } = await import('decode-named-character-reference');
    for (const [name, value] of COMMON_NAMED_REFERENCES) expect({ name, value }).toEqual({ name, value: decodeNamedCharacterReference(name) });
    expect(withReferencesDecoded('Open&nbsp;AI &mdash; c&#97;lls &amp; c&#x61;lls &hearts;')).toBe('Open\u00a0AI \u2014 calls & calls \u2665');
    expect(markdownMayMatch('Acme calls Open&nbsp;AI.', compiled)).toBe(true);
  });
});
