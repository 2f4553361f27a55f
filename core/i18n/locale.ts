/**
 * The language of the person at a terminal, from the POSIX locale variables (LC_ALL, then LC_MESSAGES, then
 * LANG, as setlocale reads them for messages): "fr_FR.UTF-8" gives French, "es_ES" Spanish, and a language
 * lexgap does not speak, "C" or nothing gives English.
 */
import { isWordsLanguage, type WordsLanguage } from './catalogue.js';

export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): WordsLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const language = locale.split(/[_.@-]/)[0]!.toLowerCase();
  return isWordsLanguage(language) ? language : 'en';
}
