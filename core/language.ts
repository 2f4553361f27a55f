/** Which UN language a law is written in, detected with franc (trigram statistics). */
import { franc } from 'franc-min';
import type { Language } from './types.js';

const ISO3: Record<string, Language> = { eng: 'en', fra: 'fr', spa: 'es', arb: 'ar', rus: 'ru', cmn: 'zh' };

export function detectLanguage(text: string): Language {
  // A sample from the body is enough and keeps detection fast on long laws.
  const sample = text.length > 20_000 ? text.slice(text.length / 4, text.length / 4 + 20_000) : text;
  const code = franc(sample, { only: Object.keys(ISO3), minLength: 10 });
  return ISO3[code] ?? 'en';
}
