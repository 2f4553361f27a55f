/**
 * What a partial finding lacks, in words: the engine's shortfalls (codes with data, core/types.ts) worded from the
 * catalogues. List items and weaker measures are named by the catalogue of instruments (model-law, which holds
 * their words per language); the sentences around them come from locales/. Two forms: a sentence for the
 * reports and the screen, and a short phrase for data exports (the JSON's `missing`, the CSV).
 */
import type { Recogniser } from '../../model-law/schema.js';
import type { Shortfall } from '../types.js';
import type { ReportWords } from './words.js';

/** The words the instruments' catalogue gives an item or a weaker measure, in the language (English where it has none). */
function instrumentWords(rec: Recogniser | undefined, lang: string) {
  const pick = (l: { en: string } & Partial<Record<string, string>>) => l[lang] ?? l.en;
  const items = new Map((rec?.facets ?? []).map((f) => [f.id, pick(f.label)]));
  const forms = new Map([...(rec?.weaker ?? []), ...(rec?.downgrade ?? []), ...(rec?.partialOnly ?? [])].map((w) => [w.id, pick(w.shortfall)]));
  return { item: (id: string) => items.get(id) ?? id, form: (id: string) => forms.get(id) ?? id };
}

const sentence = (s: string) => {
  const capital = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/**
 * The shortfalls in words: as sentences (one each, for the reports and the screen), or as short phrases (one per
 * missing item, for data exports: the JSON's `missing`, the CSV).
 */
function worded(shortfalls: readonly Shortfall[], rec: Recogniser | undefined, words: ReportWords, form: 'sentence' | 'phrase'): string[] {
  const { t } = words;
  const name = instrumentWords(rec, words.lang);
  const key = form === 'sentence' ? 'shortfall' : 'shortfallPhrase';
  return shortfalls.flatMap((s) => {
    switch (s.code) {
      case 'items-missing':
        return form === 'sentence' ? [t('shortfall.facets', { items: words.list(s.items.map(name.item)) })] : s.items.map(name.item);
      case 'period-short':
        return [t(`${key}.years`, { stated: s.stated, required: s.required })];
      case 'no-period':
        return [t(`${key}.noPeriod`, { required: s.required })];
      case 'period-limited':
        // Records kept for good for one kind of transaction: no number of years to state.
        return [s.stated === Infinity ? t(`${key}.periodLimitedPermanent`, { required: s.required }) : t(`${key}.periodLimited`, { stated: s.stated, required: s.required })];
      case 'weaker':
        return [form === 'sentence' ? sentence(name.form(s.form)) : name.form(s.form)];
    }
  });
}

/** One sentence per shortfall, for the reports and the screen. */
export function shortfallSentences(shortfalls: readonly Shortfall[], rec: Recogniser | undefined, words: ReportWords): string[] {
  return worded(shortfalls, rec, words, 'sentence');
}

/** Short phrases, one per missing item or shortfall, for data exports (the JSON's `missing`, the CSV). */
export function shortfallPhrases(shortfalls: readonly Shortfall[], rec: Recogniser | undefined, words: ReportWords): string[] {
  return worded(shortfalls, rec, words, 'phrase');
}
