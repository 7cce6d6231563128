/** The data of the preset's messages, written out so that tests assert the exact text users see. */

export function access(actual: string, entity = 'OpenAI'): Record<string, string> {
  return {
    ruleId: 'no-access-claim',
    actual,
    message: `Do not claim that the product gives access to ${entity}: “${actual}”. Say “is powered by ${entity}” or “integrates with ${entity}” instead.`,
    expected: '',
  };
}

export function invocation(actual: string, entity = 'ChatGPT'): Record<string, string> {
  return {
    ruleId: 'no-invocation-claim',
    actual,
    message: `Do not say that the product calls or sends data to ${entity}: “${actual}”. Say “integrates with ${entity}” or “is enabled by ${entity}” instead.`,
    expected: '',
  };
}

export function spelling(actual: string, name: string): Record<string, string> {
  return { ruleId: 'entity-spelling', actual, message: `Spell the name “${name}”, not “${actual}”.`, expected: '' };
}

export function apiFraming(actual: string, entity = 'OpenAI'): Record<string, string> {
  return {
    ruleId: 'no-api-framing',
    actual,
    message: `Avoid framing ${entity} as an API: “${actual}”. Describe the integration, e.g. “integrates with ${entity}”.`,
    expected: '',
  };
}

/** The escaping fixture's rule, whose message does not name its preferred wording, so the report adds it. */
export const SAUCE_TEXT = 'Acme\'s "x" `${y}` <b>{z}</b> & co \\ */';

export function sauce(actual: string): Record<string, string> {
  return { ruleId: 'no-sauce', actual, message: 'Do not call it sauce.', expected: ` Preferred: “${SAUCE_TEXT}”.` };
}

export function replace(actual: string, text: string): Record<string, string> {
  return { actual, text };
}
