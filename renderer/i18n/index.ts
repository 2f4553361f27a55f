/**
 * The interface's languages: every language of the catalogue (core/i18n, locales/), switchable at any time
 * and remembered on this computer. The page's lang and dir follow the language, so a right-to-left language
 * (Arabic) lays out mirrored: the styles use logical properties (inline-start/end) throughout. The desktop app's
 * menus and dialogs follow the same choice (Platform.setLanguage).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { isWordsLanguage, WORDS_LANGUAGES, wordsOptions, type WordsLanguage } from '../../core/i18n/index.js';

export const UI_LANGUAGES = WORDS_LANGUAGES;
export type UiLanguage = WordsLanguage;

/** Each language named in itself, for the language menu. */
export function languageName(language: UiLanguage): string {
  return i18next.t('languageName', { lng: language });
}

const STORAGE_KEY = 'lexgap.uiLanguage';

export const isUiLanguage = isWordsLanguage;

function storedLanguage(): UiLanguage | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The saved choice, else the browser's first language we have, else English. */
export function initialLanguage(): UiLanguage {
  const saved = storedLanguage();
  if (saved) return saved;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag?.slice(0, 2).toLowerCase();
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

function applyToDocument(language: string) {
  document.documentElement.lang = language;
  document.documentElement.dir = i18next.dir(language);
}

export async function initI18n(language: UiLanguage = initialLanguage()) {
  await i18next.use(initReactI18next).init({ ...wordsOptions(language), supportedLngs: [...UI_LANGUAGES] });
  applyToDocument(language);
  i18next.on('languageChanged', applyToDocument);
  return i18next;
}

export async function setUiLanguage(language: UiLanguage) {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // a browser that keeps nothing: the choice lasts for this visit
  }
  await i18next.changeLanguage(language);
}

export function currentUiLanguage(): UiLanguage {
  const l = i18next.resolvedLanguage ?? i18next.language;
  return isUiLanguage(l) ? l : 'en';
}
