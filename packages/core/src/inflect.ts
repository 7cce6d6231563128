/**
 * English inflection for policy words: the forms a base word takes as a verb (enable → enables, enabled,
 * enabling) or a noun (request → requests), and the conjugation of a preferred phrasing into the form of the
 * matched verb. The matcher only needs the *set* of forms, so it errs on the side of generating a spelling
 * variant too many (both "traveled" and "travelled") rather than one too few.
 */

export type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'gerund';

interface Irregular {
  third?: string;
  past: string[];
  participle: string[];
  gerund?: string;
}

// Irregular verbs likely in product copy. Base form → forms that do not follow the regular rules.
const IRREGULAR: Record<string, Irregular> = {
  be: { third: 'is', past: ['was', 'were'], participle: ['been'], gerund: 'being' },
  have: { third: 'has', past: ['had'], participle: ['had'] },
  do: { third: 'does', past: ['did'], participle: ['done'] },
  go: { third: 'goes', past: ['went'], participle: ['gone'] },
  give: { past: ['gave'], participle: ['given'] },
  send: { past: ['sent'], participle: ['sent'] },
  get: { past: ['got'], participle: ['got', 'gotten'] },
  let: { past: ['let'], participle: ['let'] },
  put: { past: ['put'], participle: ['put'] },
  set: { past: ['set'], participle: ['set'] },
  make: { past: ['made'], participle: ['made'] },
  take: { past: ['took'], participle: ['taken'] },
  bring: { past: ['brought'], participle: ['brought'] },
  build: { past: ['built'], participle: ['built'] },
  run: { past: ['ran'], participle: ['run'] },
  see: { past: ['saw'], participle: ['seen'] },
  write: { past: ['wrote'], participle: ['written'] },
  speak: { past: ['spoke'], participle: ['spoken'] },
  choose: { past: ['chose'], participle: ['chosen'] },
  hold: { past: ['held'], participle: ['held'] },
  keep: { past: ['kept'], participle: ['kept'] },
  lead: { past: ['led'], participle: ['led'] },
  leave: { past: ['left'], participle: ['left'] },
  pay: { past: ['paid'], participle: ['paid'] },
  say: { past: ['said'], participle: ['said'] },
  sell: { past: ['sold'], participle: ['sold'] },
  tell: { past: ['told'], participle: ['told'] },
  think: { past: ['thought'], participle: ['thought'] },
  buy: { past: ['bought'], participle: ['bought'] },
  feed: { past: ['fed'], participle: ['fed'] },
  find: { past: ['found'], participle: ['found'] },
  spend: { past: ['spent'], participle: ['spent'] },
  lend: { past: ['lent'], participle: ['lent'] },
  stand: { past: ['stood'], participle: ['stood'] },
  understand: { past: ['understood'], participle: ['understood'] },
  show: { past: ['showed'], participle: ['shown', 'showed'] },
  begin: { past: ['began'], participle: ['begun'] },
  drive: { past: ['drove'], participle: ['driven'] },
  break: { past: ['broke'], participle: ['broken'] },
  know: { past: ['knew'], participle: ['known'] },
  grow: { past: ['grew'], participle: ['grown'] },
  throw: { past: ['threw'], participle: ['thrown'] },
  draw: { past: ['drew'], participle: ['drawn'] },
  win: { past: ['won'], participle: ['won'] },
  deal: { past: ['dealt'], participle: ['dealt'] },
  mean: { past: ['meant'], participle: ['meant'] },
  meet: { past: ['met'], participle: ['met'] },
  read: { past: ['read'], participle: ['read'] },
  feel: { past: ['felt'], participle: ['felt'] },
  hear: { past: ['heard'], participle: ['heard'] },
  lose: { past: ['lost'], participle: ['lost'] },
  teach: { past: ['taught'], participle: ['taught'] },
  catch: { past: ['caught'], participle: ['caught'] },
  seek: { past: ['sought'], participle: ['sought'] },
  cut: { past: ['cut'], participle: ['cut'] },
  hit: { past: ['hit'], participle: ['hit'] },
  cost: { past: ['cost'], participle: ['cost'] },
  spread: { past: ['spread'], participle: ['spread'] },
  split: { past: ['split'], participle: ['split'] },
  shut: { past: ['shut'], participle: ['shut'] },
  fly: { past: ['flew'], participle: ['flown'] },
  rise: { past: ['rose'], participle: ['risen'] },
  ride: { past: ['rode'], participle: ['ridden'] },
  forget: { past: ['forgot'], participle: ['forgotten'] },
  hide: { past: ['hid'], participle: ['hidden'] },
  wear: { past: ['wore'], participle: ['worn'] },
  bind: { past: ['bound'], participle: ['bound'] },
};

/** Prefixes that keep an irregular verb irregular: resell → resold, rebuild → rebuilt, override → overrode. */
const IRREGULAR_PREFIXES = ['re', 'un', 'pre', 'mis', 'out', 'over', 'under', 'with', 'up', 'fore', 'co'];
const PREFIX_INITIALS = new Set(IRREGULAR_PREFIXES.map((prefix) => prefix.charCodeAt(0)));

function prefixed(prefix: string, forms: Irregular): Irregular {
  const add = (form: string): string => `${prefix}${form}`;
  return {
    ...(forms.third !== undefined ? { third: add(forms.third) } : {}),
    past: forms.past.map(add),
    participle: forms.participle.map(add),
    ...(forms.gerund !== undefined ? { gerund: add(forms.gerund) } : {}),
  };
}

/** The irregular forms of `base` (lower case), itself or as a prefix and an irregular verb. */
function irregularOf(base: string): Irregular | undefined {
  if (Object.hasOwn(IRREGULAR, base)) return IRREGULAR[base];
  // Every word of a policy is inflected when it is loaded: most start with no prefix's letter.
  if (base.length < 4 || !PREFIX_INITIALS.has(base.charCodeAt(0))) return undefined;
  for (const prefix of IRREGULAR_PREFIXES) {
    if (!base.startsWith(prefix)) continue;
    const rest = base.slice(prefix.length);
    // Of the two-letter verbs only "do" and "go" take prefixes (undo, outdo, undergo); "be" does not.
    const known = rest.length >= 3 || rest === 'do' || rest === 'go';
    if (known && Object.hasOwn(IRREGULAR, rest)) return prefixed(prefix, IRREGULAR[rest] as Irregular);
  }
  return undefined;
}

/** Verbs of two syllables or more stressed on the last, whose final consonant doubles (submitted, referred). */
const DOUBLES = new Set(
  'admit commit emit omit permit remit submit transmit acquit equip regret abet allot compel expel impel propel repel rebel control patrol enrol extol refer prefer confer defer infer deter occur recur incur concur demur unplug embed forbid'.split(' '),
);

const VOWELS = 'aeiou';

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z]/.test(ch) && !VOWELS.includes(ch);
}

/**
 * When a final consonant doubles (stop → stopped, submit → submitted): English doubles it when the last syllable is
 * stressed, which spelling does not show. One syllable ending consonant–vowel–consonant, and the stress-final verbs
 * of DOUBLES, double; "-el" and "-er" endings take both spellings (traveled, travelled). Generating the doubled
 * form for every such ending ("visitted") would cost a large policy thousands of forms that never occur.
 */
const ONE_SYLLABLE_CVC = /^[^aeiou]*[aeiou][b-df-hj-np-tvz]$/;
const VOWEL_L_OR_R = /[aeiou][lr]$/;

const enum Doubling {
  No,
  /** Both spellings, the plain one first (traveled). */
  PlainFirst,
  /** Both spellings, the doubled one first. */
  DoubledFirst,
}

function doubling(word: string): Doubling {
  if (ONE_SYLLABLE_CVC.test(word) || DOUBLES.has(word)) return Doubling.DoubledFirst;
  return VOWEL_L_OR_R.test(word) ? Doubling.PlainFirst : Doubling.No;
}

/** `[plain, doubled]` in the order `doubling(word)` says, or `[plain]`. */
function withDoubled(word: string, ending: string): string[] {
  const double = doubling(word);
  if (double === Doubling.No) return [`${word}${ending}`];
  const forms = [`${word}${ending}`, `${word}${word.at(-1)}${ending}`];
  return double === Doubling.DoubledFirst ? forms.reverse() : forms;
}

function thirdPerson(word: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(word)) return `${word}es`;
  if (word.endsWith('y') && isConsonant(word.at(-2))) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function pastRegular(word: string): string[] {
  if (word.endsWith('e')) return [`${word}d`];
  if (word.endsWith('y') && isConsonant(word.at(-2))) return [`${word.slice(0, -1)}ied`];
  return withDoubled(word, 'ed');
}

function gerunds(word: string): string[] {
  if (word.endsWith('ie')) return [`${word.slice(0, -2)}ying`];
  if (word.endsWith('e') && !/(ee|ye|oe)$/.test(word) && word.length > 2) return [`${word.slice(0, -1)}ing`];
  return withDoubled(word, 'ing');
}

/**
 * Whether every form `inflections(word)` gives starts with the word's own first code unit: regular inflection only
 * adds or replaces an ending, and keeps at least the first letter of a word of three letters or more ("tie" →
 * "tying"); irregular verbs may not ("be" → "is", "go" → "went"). (Lower case.)
 */
export function keepsInitial(word: string): boolean {
  return word.length >= 3 && !Object.hasOwn(IRREGULAR, word);
}
// (A prefixed irregular verb keeps its prefix, so its initial too.)

/** Every form of `word` (lower case) as a verb or a noun, the word itself included. */
export function inflections(word: string): string[] {
  const base = word.toLowerCase();
  const forms = new Set<string>([base]);
  const irregular = irregularOf(base);
  const third = thirdPerson(base); // also the plural noun
  forms.add(irregular?.third ?? third);
  forms.add(third);
  for (const form of irregular ? [...irregular.past, ...irregular.participle] : pastRegular(base)) forms.add(form);
  for (const form of irregular?.gerund ? [irregular.gerund] : gerunds(base)) forms.add(form);
  if (base === 'be') for (const form of ['am', 'are']) forms.add(form);
  return [...forms];
}

/** Which form of the verb `base` the word `form` is (the first that fits), or undefined. */
export function verbFormOf(base: string, form: string): VerbForm | undefined {
  const lower = form.toLowerCase();
  const b = base.toLowerCase();
  if (lower === b) return 'base';
  const irregular = irregularOf(b);
  if (lower === (irregular?.third ?? thirdPerson(b))) return 'third';
  if (irregular) {
    if (irregular.past.includes(lower)) return 'past';
    if (irregular.participle.includes(lower)) return 'participle';
  } else if (pastRegular(b).includes(lower)) return 'past';
  if ((irregular?.gerund ? [irregular.gerund] : gerunds(b)).includes(lower)) return 'gerund';
  return undefined;
}

/** The form of the verb `base` (conjugated for a singular subject in the present and past). */
export function conjugate(base: string, form: VerbForm, plural = false): string {
  const b = base.toLowerCase();
  const irregular = irregularOf(b);
  switch (form) {
    case 'base':
      if (b === 'be' && plural) return 'are';
      return b;
    case 'third':
      return irregular?.third ?? thirdPerson(b);
    case 'past':
      if (b === 'be') return plural ? 'were' : 'was';
      return irregular ? (irregular.past[0] ?? b) : (pastRegular(b)[0] ?? b);
    case 'participle':
      return irregular ? (irregular.participle[0] ?? b) : (pastRegular(b)[0] ?? b);
    case 'gerund':
      return irregular?.gerund ?? gerunds(b)[0] ?? b;
  }
}
