/** Words the UI uses for the engine's codes, written for lawyers. */
import type { Status } from '../core/types.js';
import type { Language, Tier } from '../model-law/schema.js';
import type { LanguageOption } from './platform.js';

export const STATUS_LABEL: Record<Status, string> = {
  covered: 'Covered',
  partial: 'Partly covered',
  missing: 'Missing',
};

export const STATUS_EXPLANATION: Record<Status, string> = {
  covered: 'The law substantially meets this element.',
  partial: 'The law addresses this element but falls short of it.',
  missing: 'Nothing found in the law addresses this element.',
};

export const TIER_LABEL: Record<Tier, string> = {
  definition: 'Definition',
  scope: 'Scope',
  mandatory: 'Mandatory',
  qualified: 'Mandatory, with a qualification',
  conditional: 'Conditional',
  'must-consider': 'Must be considered',
  optional: 'Optional',
};

export const LANGUAGE_LABEL: Record<LanguageOption, string> = {
  auto: 'Detect automatically',
  en: 'English',
  fr: 'French',
  es: 'Spanish',
  ar: 'Arabic',
  ru: 'Russian',
  zh: 'Chinese',
};

export function languageName(language: Language): string {
  return LANGUAGE_LABEL[language];
}

/** Confidence in words; the number alone means little to a reader. */
export function confidenceLabel(confidence: number): string {
  if (confidence >= 0.75) return 'high';
  if (confidence >= 0.5) return 'medium';
  return 'low';
}
