/**
 * The catalogues: every key the renderer uses exists in en.json and every key
 * of en.json is used (by the renderer or main); every message is valid ICU; each declared language has
 * exactly en's keys with the same placeholders, so a new catalogue is checked
 * the moment it lands; plurals render.
 */
import { describe, expect, it } from 'vitest';
import IntlMessageFormat from 'intl-messageformat';
import en from '../../../core/i18n/locales/en.json';
import { CATALOGUES } from '../../../core/i18n/catalogues';
import type { Catalogue } from '../../../core/i18n/catalogues';
import { LANGUAGES } from '../../../core/i18n/languages';
import { createTranslator } from '../../../core/i18n/create-translator';
import { isKeyShaped, keyLiterals, sourceFiles, tCallArguments } from './catalogue-keys';
import { catalogueDifferences } from './catalogue-shape';

const english: Catalogue = en;
// The room window's pages (renderer/room-pages) are plain DOM pages with no catalogue: main sends them their words.
const rendererFiles = sourceFiles('renderer').filter((file) => !file.includes('room-pages/'));
// Main's own words (menu, tray, window titles, dialogs, the room pages' texts). Its keys are typed
// (MessageKey in main/i18n/main-language.ts), so the compiler refuses one en.json lacks; here they count as used.
const mainFiles = sourceFiles('main');

describe('the English catalogue and the renderer', () => {
  it('has every key the renderer uses', () => {
    const missing = keyLiterals(rendererFiles).filter((use) => !Object.hasOwn(english, use.key));
    expect(missing).toEqual([]);
  });

  it('passes t() only keys the scan can see', () => {
    expect(tCallArguments(rendererFiles).filter((use) => !isKeyShaped(use.key))).toEqual([]);
  });

  it('uses every key it has', () => {
    const used = new Set(keyLiterals([...rendererFiles, ...mainFiles]).map((use) => use.key));
    expect(Object.keys(english).filter((key) => !used.has(key))).toEqual([]);
  });

  it('holds only messages that parse as ICU', () => {
    const broken = Object.entries(english).filter(([, message]) => {
      try {
        new IntlMessageFormat(message, 'en');
        return false;
      } catch {
        return true;
      }
    });
    expect(broken).toEqual([]);
  });
});

describe.each(LANGUAGES.map((language) => language.code))('the %s catalogue', (code) => {
  const catalogue: Catalogue = CATALOGUES[code];

  it('has exactly the English keys, each with the same placeholders, plurals, selects and tags', () => {
    expect(catalogueDifferences(english, catalogue)).toEqual([]);
  });

  it('parses in its own language', () => {
    for (const message of Object.values(catalogue)) expect(() => new IntlMessageFormat(message, code)).not.toThrow();
  });
});

describe('the shape check itself', () => {
  it('names missing and extra keys, lost or renamed placeholders and plurals turned into plain text', () => {
    const source = { 'a.b': 'Hello {name}', 'a.c': '{count, plural, one {# x} other {# xs}}', 'a.d': 'Plain', 'a.e': '<strong>Bold</strong> {n}' };
    const translated = { 'a.b': 'Hallo {nom}', 'a.c': '{count} xs', 'a.e': 'Fett {n}', 'a.z': 'Extra' };
    expect(catalogueDifferences(source, translated)).toEqual([
      'a.b: {name} became {nom}',
      'a.c: {count, plural} became {count}',
      'a.d: missing',
      'a.e: <strong>,{n} became {n}',
      'a.z: not in English',
    ]);
  });
});

describe('messages through the translator', () => {
  const { t } = createTranslator('en');

  it('render plural forms', () => {
    expect(t('days.count', { count: 1 })).toBe('1 session');
    expect(t('days.count', { count: 2 })).toBe('2 sessions');
    expect(t('bookmarks.count', { count: 0 })).toBe('You have no bookmarks yet.');
    expect(t('my.hiddenPast', { count: 1 })).toBe('1 past session is hidden.');
    expect(t('my.hiddenPast', { count: 3 })).toBe('3 past sessions are hidden.');
  });

  it('format counts in the language’s way', () => {
    expect(t('feedNotes.intro', { count: 12_345 })).toMatch(/^12,345 notes from reading this feed/);
  });

  it('fill whole sentences, selects included', () => {
    expect(t('search.noneWithFilters', { query: 'water' })).toBe('No sessions match “water” with these filters.');
    expect(t('bookmarks.import.report', { added: 1, already: 0, unmatched: 0, examples: '', more: 'no' })).toBe('Added 1 bookmark.');
    expect(t('bookmarks.import.report', { added: 2, already: 1, unmatched: 4, examples: 'A; B; C', more: 'yes' })).toBe(
      'Added 2 bookmarks, 1 already in My schedule, 4 not in this programme (A; B; C; …).',
    );
  });

  it('leave the attendee’s text alone (React escapes it, ICU must not reinterpret it)', () => {
    expect(t('bookmark.label', { title: '{count} <b>&' })).toBe('Bookmark “{count} <b>&”');
  });
});
