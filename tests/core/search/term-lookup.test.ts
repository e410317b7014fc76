/** The sorted-term lookups behind SessionSearch: prefix ranges, exact places, terms one edit away. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isOneEdit, OneEditLookup } from '../../../core/search/one-edit';
import { prefixRange, termAt } from '../../../core/search/sorted-terms';
import { levenshtein } from '../support/levenshtein';

const sortedUnique = (terms: string[]): string[] => [...new Set(terms)].sort();
// Three letters and a character beyond the BMP: short words collide, and sorting meets surrogates.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '\uffff', '😀'), minLength: 1, maxLength: 8 });

describe('prefixRange and termAt', () => {
  it('find exactly the terms that start with a prefix, and a term itself', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), word, (raw, probe) => {
        const terms = sortedUnique(raw);
        const [from, to] = prefixRange(terms, probe);
        expect(terms.slice(from, to)).toEqual(terms.filter((t) => t.startsWith(probe)));
        expect(termAt(terms, probe)).toBe(terms.indexOf(probe));
      }),
      { numRuns: 500 },
    );
  });

  it('handle an empty list', () => {
    expect(prefixRange([], 'a')).toEqual([0, 0]);
    expect(termAt([], 'a')).toBe(-1);
  });
});

describe('one edit away', () => {
  it('isOneEdit agrees with the Levenshtein distance being 1', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(isOneEdit(a, b)).toBe(levenshtein(a, b) === 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('OneEditLookup finds every term at distance 1 and nothing else', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), word, (raw, probe) => {
        const terms = sortedUnique(raw);
        const expected = terms.flatMap((t, place) => (levenshtein(probe, t) === 1 ? [place] : []));
        expect(new OneEditLookup(terms).find(probe)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds insertions, deletions and substitutions at either end and in the middle', () => {
    const terms = sortedUnique(['adaptation', 'daptation', 'adaptatio', 'adaptaton', 'xdaptation', 'adaptatiox', 'adapxation', 'adaptations', 'aadaptation', 'adaptation']);
    const found = new OneEditLookup(terms).find('adaptation').map((place) => terms[place]);
    expect(found.sort()).toEqual(['aadaptation', 'adaptatio', 'adaptations', 'adaptatiox', 'adaptaton', 'adapxation', 'daptation', 'xdaptation']);
  });
});
