/**
 * The translator reads each catalogue with its own language's plural rules, so a
 * count shows the form that language's grammar asks for, not English one/other.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../core/i18n/create-translator';

const sessionCounts = (language: string, counts: readonly number[]): string[] => {
  const { t } = createTranslator(language);
  return counts.map((count) => t('days.count', { count }));
};

describe('plural forms as shown', () => {
  it('Arabic: none, one, the dual, few (3–10), many (11–99) and other (100…)', () => {
    expect(sessionCounts('ar', [0, 1, 2, 3, 10, 11, 99, 100])).toEqual([
      'لا جلسات',
      'جلسة واحدة',
      'جلستان',
      '3 جلسات',
      '10 جلسات',
      '11 جلسة',
      '99 جلسة',
      '100 جلسة',
    ]);
  });

  it('Spanish: one, other, and "de" before the noun after a round million', () => {
    expect(sessionCounts('es', [1, 2, 1_000_000])).toEqual(['1 sesión', '2 sesiones', '1.000.000 de sesiones']);
  });
});
