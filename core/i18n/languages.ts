/**
 * The languages the app ships. Adding one = its catalogue in locales/<code>.json
 * and one line here; tests/core/i18n/catalogues.test.ts then checks that it has
 * every key of en.json with the same placeholders.
 */
export type TextDirection = 'ltr' | 'rtl';

export interface Language {
  /** BCP 47 primary subtag, also the catalogue's file name. */
  code: string;
  /** The language's name in that language, as the Settings list shows it. */
  nativeName: string;
  dir: TextDirection;
}

/** The language every other one falls back to, and the one the catalogue is written in. */
export const SOURCE_LANGUAGE = 'en';

export const LANGUAGES = [
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr' },
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
] as const satisfies readonly Language[];

export const isSupportedLanguage = (value: unknown): value is string =>
  typeof value === 'string' && LANGUAGES.some((language: Language) => language.code === value);

/** The declared language of a code; the source language for anything else. */
export function languageOf(code: string): Language {
  return LANGUAGES.find((language: Language) => language.code === code) ?? LANGUAGES[0];
}
