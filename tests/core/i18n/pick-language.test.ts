import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../core/i18n/pick-language';
import { isSupportedLanguage, languageOf, LANGUAGES } from '../../../core/i18n/languages';

/** The languages issue 18 asks for, as the list will be once their catalogues land. */
const PLANNED = ['en', 'de', 'fr', 'es', 'ar'];

describe('pickLanguage', () => {
  it('takes the attendee’s choice when the app has it', () => {
    expect(pickLanguage(['de-AT'], 'en')).toBe('en');
    expect(pickLanguage(['de-AT'], 'ar', PLANNED)).toBe('ar');
  });

  it('ignores a choice the app does not ship and follows the system', () => {
    expect(pickLanguage(['en-GB'], 'tlh')).toBe('en');
    expect(pickLanguage(['fr-CA'], 'tlh', PLANNED)).toBe('fr');
  });

  it('matches the system’s languages by their primary subtag, in order', () => {
    expect(pickLanguage(['pt-BR', 'EN-us', 'de'], null)).toBe('en');
    expect(pickLanguage(['en_GB'], null)).toBe('en');
    expect(pickLanguage(['de-AT', 'fr'], null, PLANNED)).toBe('de');
    expect(pickLanguage(['pt', 'es-419'], null, PLANNED)).toBe('es');
  });

  it('falls back to English when nothing matches or nothing is known', () => {
    expect(pickLanguage(['pt', 'zh-Hant-TW'], null)).toBe('en');
    expect(pickLanguage(['pt'], null, PLANNED)).toBe('en');
    expect(pickLanguage([], null)).toBe('en');
  });
});

describe('the declared languages', () => {
  it('name each language in itself, with its direction', () => {
    expect(LANGUAGES.map((language) => language.code)).toContain('en');
    expect(languageOf('en')).toEqual({ code: 'en', nativeName: 'English', dir: 'ltr' });
    // Anything unknown gets the source language's entry.
    expect(languageOf('en-XA').dir).toBe('ltr');
  });

  it('accept only the exact codes they declare', () => {
    expect(isSupportedLanguage('en')).toBe(true);
    expect(['EN', 'en-US', '', null, 1].some(isSupportedLanguage)).toBe(false);
  });
});
