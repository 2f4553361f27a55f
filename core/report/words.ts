/**
 * The report's words in its language: the catalogue's report and comparison namespaces (locales/), with dates
 * and lists written as the report's locale writes them. Every language of the catalogue is a report language.
 */
import type { TFunction } from 'i18next';
import { formatLongDate, isWordsLanguage, translator, WORDS_LANGUAGES, type WordsLanguage } from '../i18n/index.js';
import type { Source } from '../types.js';

export const REPORT_LANGUAGES = WORDS_LANGUAGES;
export type ReportLanguage = WordsLanguage;

export function isReportLanguage(s: string): s is ReportLanguage {
  return isWordsLanguage(s);
}

/** The status words a report shows; "not-assessed" is a Model Law chapter with nothing left to assess. */
export type StatusWord = 'covered' | 'partial' | 'missing' | 'not-applicable' | 'not-assessed';

export interface ReportWords {
  lang: ReportLanguage;
  /** BCP 47 tag written on the report's text, for spelling and hyphenation ("en-GB"). */
  locale: string;
  /** The report namespace. */
  t: TFunction<'report'>;
  /** The comparison namespace (comparative reports and reports on two versions). */
  c: TFunction<'comparison'>;
  /** "a, b and c", as the locale joins a list. */
  list(items: readonly string[]): string;
  /** "12 March 2025" from an ISO date. */
  date(iso: string): string;
  /** The law's country as the report names it: the State's name in the report's language, else as the law names it. */
  country(source: Pick<Source, 'country' | 'countryName'>): string | undefined;
  /** The law's date in the report's language: "22 December 2007", or the year alone where the law gives only that. */
  lawDate(source: Pick<Source, 'date'>): string | undefined;
}

const cache = new Map<ReportLanguage, ReportWords>();

export function reportWords(lang: ReportLanguage): ReportWords {
  let words = cache.get(lang);
  if (!words) {
    const locale = translator(lang, 'report')('locale');
    const list = new Intl.ListFormat(locale, { type: 'conjunction' });
    const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    words = {
      lang,
      locale,
      t: translator(locale, 'report'),
      c: translator(locale, 'comparison'),
      list: (items) => list.format(items),
      date: (iso) => formatLongDate(iso, locale),
      country: (source) => (source.country ? regions.of(source.country) : undefined) ?? source.countryName,
      lawDate: (source) => (source.date && /^\d{4}-\d{2}-\d{2}$/.test(source.date) ? formatLongDate(source.date, locale) : source.date),
    };
    cache.set(lang, words);
  }
  return words;
}
