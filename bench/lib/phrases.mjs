/**
 * The banned phrasings shared by every baseline: the same 32 phrases (taken from the built-in policy's rules,
 * written out literally) for the naive retext plugin, textlint+prh and the combined regex of floor A; and a
 * seeded generator for the rule-count runs (the first 32 of `phrases(n)` are always these).
 */
import { createRandom } from './random.mjs';

export const PHRASES_32 = [
  'enables access to', 'enable access to', 'provides access to', 'provide access to', 'gives access to',
  'give access to', 'grants access to', 'offers access to', 'unlocks access to', 'unlock access to',
  'direct access to', 'instant access to', 'seamless access to', 'lets you access', 'allows users to access',
  'calls OpenAI', 'call OpenAI', 'calls ChatGPT', 'invokes OpenAI', 'sends your prompts to', 'sends data to',
  'routes requests to', 'makes calls to', 'connects to OpenAI', 'query OpenAI', 'talks to ChatGPT',
  'OpenAI API', 'ChatGPT API', 'GPT API', 'API access to', 'access OpenAI models through', 'makes ChatGPT available',
];

const VERBS = ['deploy', 'route', 'license', 'bundle', 'embed', 'sync', 'export', 'stream', 'host', 'ship', 'scale', 'train', 'share', 'publish', 'resell', 'mirror', 'relay', 'surface', 'unlock', 'expose'];
const NOUNS = ['models', 'agents', 'prompts', 'pipelines', 'tokens', 'endpoints', 'workflows', 'assistants', 'insights', 'copilots', 'answers', 'summaries', 'seats', 'licenses', 'plugins', 'connectors'];
const SYLLABLES = ['ka', 'lo', 'mi', 'zen', 'tor', 'vex', 'qua', 'ri', 'sol', 'dra', 'nix', 'pel', 'gor', 'ta', 've', 'lum'];

function pseudoWord(random) {
  let word = '';
  for (let count = 2 + random.int(2); count > 0; count--) word += random.pick(SYLLABLES);
  return word;
}

/** `count` distinct generated phrases: a real verb, an invented word and a real noun ("deploy kalomi agents"). */
export function generatedPhrases(count, seed = 8) {
  const random = createRandom(seed);
  const seen = new Set();
  const out = [];
  while (out.length < count) {
    const phrase = `${random.pick(VERBS)} ${pseudoWord(random)} ${random.pick(NOUNS)}`;
    if (!seen.has(phrase)) {
      seen.add(phrase);
      out.push(phrase);
    }
  }
  return out;
}

/** The baseline phrase list of size `count`: the 32 real phrases, then generated ones. */
export function phrases(count) {
  return count <= PHRASES_32.length ? PHRASES_32.slice(0, count) : [...PHRASES_32, ...generatedPhrases(count - PHRASES_32.length)];
}

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One combined alternation regex over the phrases (floor A, and the regex rule-count run). */
export function combinedRegex(list) {
  return new RegExp(`\\b(?:${list.map((phrase) => escapeRegex(phrase).replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');
}
