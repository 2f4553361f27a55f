/**
 * The interface's languages: English, French and Spanish (i18next), switchable at any time and remembered on
 * this computer. The page's lang and dir follow the language, so a right-to-left language (Arabic) lays out
 * mirrored: the styles use logical properties (inline-start/end) throughout.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

export const UI_LANGUAGES = ['en', 'fr', 'es'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** Each language named in itself, for the language menu. */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', fr: 'Français', es: 'Español' };

const STORAGE_KEY = 'lexgap.uiLanguage';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

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
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr }, es: { translation: es } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
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
