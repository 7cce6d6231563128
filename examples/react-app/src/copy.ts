// The strings of the landing page, as an i18n-style catalog.
export const copy = {
  heroTitle: 'Acme enables access to OpenAI models for every team.',
  heroSubtitle: 'Answers in seconds, powered by OpenAI.',
  pricingNote: `Every plan calls on ChatGPT \u2014 no setup needed.`,
  footer: 'A world class assistant. Built with Open AI.',
  // Keys and module names are not copy: this key is never checked.
  'calls on ChatGPT': 'Acme integrates with ChatGPT.',
};
