/**
 * Every plural in every catalogue offers each form its language's grammar needs
 * (Intl.PluralRules: French has one, many and other; Arabic six) and no form the
 * language does not have, which ICU would silently never pick.
 */
import { describe, expect, it } from 'vitest';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CATALOGUES } from '../../../core/i18n/catalogues';
import { LANGUAGES } from '../../../core/i18n/languages';

interface PluralUse {
  argument: string;
  ordinal: boolean;
  keys: string[];
}

function pluralsIn(elements: readonly MessageFormatElement[]): PluralUse[] {
  const found: PluralUse[] = [];
  for (const element of elements) {
    if (element.type === TYPE.plural) {
      found.push({ argument: element.value, ordinal: element.pluralType === 'ordinal', keys: Object.keys(element.options) });
    }
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) found.push(...pluralsIn(option.value));
    }
    if (element.type === TYPE.tag) found.push(...pluralsIn(element.children));
  }
  return found;
}

/** Counts the app passes are whole numbers; these reach every category of the shipped languages (fr many: 1 000 000). */
const SAMPLE_COUNTS = [...Array.from({ length: 201 }, (_, index) => index), 1_000, 10_000, 100_000, 1_000_000, 2_000_000, 10_000_000];

/**
 * The problems of one plural: an unknown key, or a category that no key covers.
 * An exact key ("=1") may stand in for a category when it covers every whole
 * number of that category (English "=1" for one; French needs one for 0 too).
 */
function pluralProblems(language: string, plural: PluralUse): string[] {
  const rules = new Intl.PluralRules(language, { type: plural.ordinal ? 'ordinal' : 'cardinal' });
  const categories: readonly string[] = rules.resolvedOptions().pluralCategories;
  const exact = new Set(plural.keys.filter((key) => key.startsWith('=')).map((key) => Number(key.slice(1))));
  const problems = plural.keys
    .filter((key) => !key.startsWith('=') && !categories.includes(key))
    .map((key) => `${plural.argument}: "${key}" is not a plural category of ${language}`);
  for (const category of categories) {
    if (plural.keys.includes(category)) continue;
    const uncovered = SAMPLE_COUNTS.find((count) => rules.select(count) === category && !exact.has(count));
    if (uncovered !== undefined) problems.push(`${plural.argument}: no "${category}" form (e.g. ${uncovered})`);
  }
  return problems;
}

const cases = LANGUAGES.flatMap(({ code }) =>
  Object.entries(CATALOGUES[code])
    .map(([key, message]) => ({ code, key, plurals: pluralsIn(parse(message)) }))
    .filter(({ plurals }) => plurals.length > 0),
);

describe('plural categories per language', () => {
  it('finds plural messages in every declared language', () => {
    for (const { code } of LANGUAGES) expect(cases.some((entry) => entry.code === code), code).toBe(true);
  });

  it.each(cases)('$code $key has every form its language needs', ({ code, plurals }) => {
    expect(plurals.flatMap((plural) => pluralProblems(code, plural))).toEqual([]);
  });
});
