/**
 * Words from the catalogue (catalogue.ts), through i18next: a translator per language and namespace, and the
 * formatting of dates, numbers and lists in the reader's language. Plurals follow CLDR's rules for each
 * language (Intl.PluralRules), so "1 clause" and "2 clauses" need no rewording and Arabic or Russian get
 * their own forms.
 */
import i18next, { type i18n, type InitOptions, type KeyPrefix, type TFunction } from 'i18next';
import { CATALOGUE, NAMESPACES, type Namespace } from './catalogue.js';

export * from './catalogue.js';

/** The settings every i18next instance of lexgap uses (the screen makes its own, with React's binding). */
export function wordsOptions(language: string): InitOptions {
  return {
    resources: CATALOGUE,
    lng: language,
    // Every language has every key (test/i18n/catalogue.test.ts); English stands in only for a locale
    // lexgap does not speak.
    fallbackLng: 'en',
    ns: [...NAMESPACES],
    defaultNS: 'interface',
    interpolation: { escapeValue: false },
    returnNull: false,
    // Some words are rightly empty (the text after a page number).
    returnEmptyString: true,
    initAsync: false,
  };
}

let shared: i18n | undefined;

/** The instance the engine's edges share (command line, reports, menus), made on first use. */
export function words(): i18n {
  if (!shared) {
    const instance = i18next.createInstance();
    // The catalogue is bundled, so initialisation is synchronous.
    void instance.init(wordsOptions('en'));
    shared = instance;
  }
  return shared;
}

/**
 * The words of one namespace in one language. `language` may be a full locale ("en-GB"): the words are the
 * language's, and dates, numbers and lists are formatted as that locale writes them.
 */
export function translator<N extends Namespace, P extends KeyPrefix<N> = undefined>(language: string, ns: N, keyPrefix?: P): TFunction<N, P> {
  // i18next's overloads cannot follow a generic namespace; the result is exactly this.
  return words().getFixedT(language, ns, keyPrefix as never) as unknown as TFunction<N, P>;
}

/** "ltr" or "rtl": how the language is written. */
export function direction(language: string): 'ltr' | 'rtl' {
  return words().dir(language);
}

/**
 * A date as the locale writes it in running text ("12 March 2025", "1er août 2025", "22 de enero de 2025");
 * the input as given if it is not an ISO date.
 */
export function formatLongDate(isoDate: string, locale: string): string {
  const m = isoDate.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!m) return isoDate;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return isoDate;
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(date);
  // French writes the first of the month as an ordinal: "1er août".
  const firstOrdinal = locale.startsWith('fr') && date.getUTCDate() === 1;
  return parts.map((p) => (p.type === 'day' && firstOrdinal ? '1er' : p.value)).join('');
}
