/**
 * German and French counts as shown: French reads 0 as singular and puts "de"
 * after round millions; German is one/other. Numbers use each language's separators.
 */
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../core/i18n/create-translator';

const sessionCounts = (language: string, counts: readonly number[]): string[] => {
  const { t } = createTranslator(language);
  return counts.map((count) => t('days.count', { count }));
};

describe('German and French plural forms as shown', () => {
  it('French: 0 and 1 singular, "de" after a round million', () => {
    expect(sessionCounts('fr', [0, 1, 2, 1_000_000, 1_234_567])).toEqual([
      '0 session',
      '1 session',
      '2 sessions',
      '1\u202f000\u202f000 de sessions',
      '1\u202f234\u202f567 sessions',
    ]);
  });

  it('German: 0 plural, 1 singular, dots between thousands', () => {
    expect(sessionCounts('de', [0, 1, 2, 1_000_000])).toEqual(['0 Sessions', '1 Session', '2 Sessions', '1.000.000 Sessions']);
  });
});
