/** `redline init`: write a commented starter config that extends the built-in preset; never overwrite one. */
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CONFIG_FILE_NAMES } from '@redline/core';
import { existsSync } from 'node:fs';
import { UsageError } from '../errors.js';

export const STARTER_FILE_NAME = 'redline.config.yaml';

export const STARTER_CONFIG = `# yaml-language-server: $schema=./node_modules/@redline/core/schema/redline.schema.json
#
# redline policy for this repository. Every Markdown and text file below this folder is checked against it
# (a config in a subfolder takes over for that subfolder). What a rule does: \`redline explain <rule-id>\`.

# Start from the built-in policy: the partner is OpenAI; copy may say "powered by", "enabled by" or
# "integrates with" OpenAI, never that the product "enables access to" or "calls on" it, nor frame it as an API.
extends: redline:recommended

# Names the rules look for, by group. Add your own product names to an existing group or a new one.
# entities:
#   openai:
#     - OpenAI
#     - ChatGPT

# Phrasings that are always fine, even around an entity (they win over every rule).
# allow:
#   - partner with {openai}

# Rules: change a preset rule's severity (error, warn or off), or add rules of your own. A rule's examples are
# its tests: \`redline test-policy\` fails when a bad example is not flagged or a good one is.
# rules:
#   no-api-framing: error
#   no-exclusive-claim:
#     severity: error
#     about: openai
#     phrases:
#       - exclusive (partner|partnership) of
#     message: 'Do not call us an exclusive partner of {entity}: “{actual}”.'
#     prefer:
#       - partner of {entity}
#     reason: The partnership is not exclusive.
#     examples:
#       bad:
#         - Acme is the exclusive partner of OpenAI.
#       good:
#         - Acme is a partner of OpenAI.
`;

export async function runInit(cwd: string): Promise<string> {
  const existing = CONFIG_FILE_NAMES.map((name) => join(cwd, name)).find((file) => existsSync(file));
  if (existing) throw new UsageError(`${relative(cwd, existing)} already exists; redline init does not overwrite a config`);
  const file = join(cwd, STARTER_FILE_NAME);
  try {
    await writeFile(file, STARTER_CONFIG, { flag: 'wx' });
  } catch (error) {
    throw new UsageError(`${STARTER_FILE_NAME}: cannot write: ${(error as Error).message}`);
  }
  return `Wrote ${STARTER_FILE_NAME} (extends redline:recommended). Check it with: redline test-policy\n`;
}
