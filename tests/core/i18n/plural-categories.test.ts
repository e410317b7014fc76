import { describe, expect, it } from 'vitest';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement, PluralElement } from '@formatjs/icu-messageformat-parser';
import { CATALOGUES } from '../../../core/i18n/catalogues';
import type { LanguageCode } from '../../../core/i18n/catalogues';
import { createTranslator } from '../../../core/i18n/create-translator';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../../core/i18n/languages';

/** Every plural (and selectordinal) of a message, nested ones included. */
function pluralsIn(elements: readonly MessageFormatElement[]): PluralElement[] {
  const found: PluralElement[] = [];
  for (const element of elements) {
    if (element.type === TYPE.plural) {
      found.push(element);
      for (const option of Object.values(element.options)) found.push(...pluralsIn(option.value));
    } else if (element.type === TYPE.select) {
      for (const option of Object.values(element.options)) found.push(...pluralsIn(option.value));
    } else if (element.type === TYPE.tag) found.push(...pluralsIn(element.children));
  }
  return found;
}

/** The CLDR categories of a plural; exact selectors such as =0 are extras any language may add. */
const categoriesOf = (plural: PluralElement): string[] => Object.keys(plural.options).filter((key) => !key.startsWith('='));

const neededBy = (code: string, plural: PluralElement): readonly string[] =>
  new Intl.PluralRules(code, { type: plural.pluralType }).resolvedOptions().pluralCategories;

interface Mismatch {
  key: string;
  argument: string;
  missing: string[];
  unknown: string[];
}

function mismatches(code: LanguageCode): Mismatch[] {
  const found: Mismatch[] = [];
  for (const [key, message] of Object.entries(CATALOGUES[code])) {
    for (const plural of pluralsIn(parse(message))) {
      const needed = neededBy(code, plural);
      const categories = categoriesOf(plural);
      const missing = needed.filter((category) => !categories.includes(category));
      const unknown = categories.filter((category) => !needed.includes(category));
      if (missing.length > 0 || unknown.length > 0) found.push({ key, argument: plural.value, missing, unknown });
    }
  }
  return found;
}

const translations = LANGUAGES.map((language) => language.code).filter((code) => code !== SOURCE_LANGUAGE);

describe('plural categories', () => {
  // A translation is read with its own language's rules: Arabic picks "two" for 2 and "few" for 3–10,
  // so a message that lacks one of them would silently show its "other" wording there.
  it.each(translations)('every plural in %s has each category the language needs and no other', (code) => {
    expect(mismatches(code)).toEqual([]);
  });

  // The source may cover a category with an exact selector (=1) instead, but never names one English lacks.
  it('the source catalogue names no category its language lacks', () => {
    expect(mismatches(SOURCE_LANGUAGE).filter((mismatch) => mismatch.unknown.length > 0)).toEqual([]);
  });

  it('formats Arabic counts with the dual and the few and many forms', () => {
    const { t } = createTranslator('ar');
    expect([0, 1, 2, 3, 11, 100].map((count) => t('days.count', { count }))).toEqual([
      'لا جلسات',
      'جلسة واحدة',
      'جلستان',
      '3 جلسات',
      '11 جلسة',
      '100 جلسة',
    ]);
  });
});
