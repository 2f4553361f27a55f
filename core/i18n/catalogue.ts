/**
 * The one catalogue of words: every sentence a person reads (the screen, the Word reports, the command line,
 * the desktop menu and the error messages) comes from locales/<language>/<namespace>.json, through i18next.
 * The engine and the importers only produce codes with data; the edges turn them into words from here.
 *
 * A language is a folder of files in locales/ and one entry below (test/i18n/catalogue.test.ts fails until both
 * are there and every key, with the plural forms CLDR gives the language, is present). English is the
 * reference: the other languages have exactly its keys.
 */
import enInterface from '../../locales/en/interface.json';
import enReport from '../../locales/en/report.json';
import enComparison from '../../locales/en/comparison.json';
import enErrors from '../../locales/en/errors.json';
import enMenu from '../../locales/en/menu.json';
import enCli from '../../locales/en/cli.json';
import frInterface from '../../locales/fr/interface.json';
import frReport from '../../locales/fr/report.json';
import frComparison from '../../locales/fr/comparison.json';
import frErrors from '../../locales/fr/errors.json';
import frMenu from '../../locales/fr/menu.json';
import frCli from '../../locales/fr/cli.json';
import esInterface from '../../locales/es/interface.json';
import esReport from '../../locales/es/report.json';
import esComparison from '../../locales/es/comparison.json';
import esErrors from '../../locales/es/errors.json';
import esMenu from '../../locales/es/menu.json';
import esCli from '../../locales/es/cli.json';
import arInterface from '../../locales/ar/interface.json';
import arReport from '../../locales/ar/report.json';
import arComparison from '../../locales/ar/comparison.json';
import arErrors from '../../locales/ar/errors.json';
import arMenu from '../../locales/ar/menu.json';
import arCli from '../../locales/ar/cli.json';
import ruInterface from '../../locales/ru/interface.json';
import ruReport from '../../locales/ru/report.json';
import ruComparison from '../../locales/ru/comparison.json';
import ruErrors from '../../locales/ru/errors.json';
import ruMenu from '../../locales/ru/menu.json';
import ruCli from '../../locales/ru/cli.json';
import zhInterface from '../../locales/zh/interface.json';
import zhReport from '../../locales/zh/report.json';
import zhComparison from '../../locales/zh/comparison.json';
import zhErrors from '../../locales/zh/errors.json';
import zhMenu from '../../locales/zh/menu.json';
import zhCli from '../../locales/zh/cli.json';

/** The namespaces, one file each per language. */
export const NAMESPACES = ['interface', 'report', 'comparison', 'errors', 'menu', 'cli'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** English, the reference language: its files fix the keys every language has. */
export const REFERENCE = { interface: enInterface, report: enReport, comparison: enComparison, errors: enErrors, menu: enMenu, cli: enCli };
export type Resources = typeof REFERENCE;

/** Every language with words, and its files. */
export const CATALOGUE = {
  en: { interface: enInterface, report: enReport, comparison: enComparison, errors: enErrors, menu: enMenu, cli: enCli },
  fr: { interface: frInterface, report: frReport, comparison: frComparison, errors: frErrors, menu: frMenu, cli: frCli },
  es: { interface: esInterface, report: esReport, comparison: esComparison, errors: esErrors, menu: esMenu, cli: esCli },
  ar: { interface: arInterface, report: arReport, comparison: arComparison, errors: arErrors, menu: arMenu, cli: arCli },
  ru: { interface: ruInterface, report: ruReport, comparison: ruComparison, errors: ruErrors, menu: ruMenu, cli: ruCli },
  zh: { interface: zhInterface, report: zhReport, comparison: zhComparison, errors: zhErrors, menu: zhMenu, cli: zhCli },
} satisfies Record<string, Record<Namespace, object>>;

export type WordsLanguage = keyof typeof CATALOGUE;

/** The languages lexgap speaks (the screen, the reports, the command line and the menus alike). */
export const WORDS_LANGUAGES = Object.keys(CATALOGUE) as WordsLanguage[];

export function isWordsLanguage(value: unknown): value is WordsLanguage {
  return typeof value === 'string' && Object.hasOwn(CATALOGUE, value);
}
