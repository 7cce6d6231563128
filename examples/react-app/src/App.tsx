'use client';
import { copy } from './copy';

export function Hero({ plan }: { plan: string }) {
  return (
    <section title="Acme talks directly to OpenAI">
      <h1>{copy.heroTitle}</h1>
      <p>{copy.heroSubtitle}</p>
      <p>
        The {plan} plan gives you direct access to
        ChatGPT&nbsp;Enterprise features.
      </p>
      <p>{`Your ${plan} workspace sends prompts to Chat GPT.`}</p>
      <button aria-label="Start your trial">Try the OpenAI integration</button>
    </section>
  );
}
