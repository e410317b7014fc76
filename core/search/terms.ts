/**
 * How text becomes search terms, the same way for the index and for queries: split on whitespace and
 * punctuation (MiniSearch's default tokenizer, plus tabs), then fold accents and case so "Sao" finds
 * "São" and "muller" finds "Müller" (highlight.ts and snippet.ts fold the same way).
 */

/** Runs of whitespace (\s adds tabs and form feeds to \p{Z}), separators and punctuation. */
const SEPARATORS = /[\s\p{Z}\p{P}]+/u;

export const foldTerm = (word: string): string => word.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** The words of a text as written; may include empty pieces at the ends. */
export const splitWords = (text: string): string[] => text.split(SEPARATORS);

/** The folded terms of a text, in order, without the words that fold to nothing. */
export function terms(text: string): string[] {
  return splitWords(text)
    .map(foldTerm)
    .filter((term) => term !== '');
}
