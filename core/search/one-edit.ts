/**
 * Finds the terms one typo away (Levenshtein distance exactly 1: one letter inserted, deleted or
 * replaced) without comparing the word with every term. One edit leaves either the word's first half
 * or its second half intact, so the candidates are the terms that start with the first half (a range of
 * the sorted terms) or end with the second half (a range of the same terms reversed and sorted).
 */
import { prefixRange } from './sorted-terms';

export class OneEditLookup {
  /** Built on the first fuzzy lookup: most searches never need it. */
  private reversed: { texts: string[]; places: Int32Array } | null = null;

  constructor(private readonly terms: readonly string[]) {}

  /** Places (in the sorted terms) of the terms at distance exactly 1 from `word`, ascending. */
  find(word: string): number[] {
    const half = word.length >> 1;
    const found = new Set<number>();
    const consider = (place: number): void => {
      if (isOneEdit(word, this.terms[place]!)) found.add(place);
    };
    const [from, to] = prefixRange(this.terms, word.slice(0, half));
    for (let place = from; place < to; place++) consider(place);
    const reversed = this.reversedTerms();
    const [rFrom, rTo] = prefixRange(reversed.texts, reverse(word.slice(half)));
    for (let i = rFrom; i < rTo; i++) consider(reversed.places[i]!);
    return [...found].sort((a, b) => a - b);
  }

  private reversedTerms(): { texts: string[]; places: Int32Array } {
    if (this.reversed) return this.reversed;
    const texts = this.terms.map(reverse);
    const order = Array.from({ length: texts.length }, (_, place) => place).sort((a, b) => (texts[a]! < texts[b]! ? -1 : 1));
    this.reversed = { texts: order.map((place) => texts[place]!), places: Int32Array.from(order) };
    return this.reversed;
  }
}

/** Code units reversed: only ever compared with other reversed strings, so surrogate order does not matter. */
function reverse(text: string): string {
  let out = '';
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/** True when b is exactly one insertion, deletion or substitution away from a (in code units). */
export function isOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let diff = 0;
    for (let i = 0; i < la; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++diff > 1) return false;
    return diff === 1;
  }
  if (Math.abs(la - lb) !== 1) return false;
  const [short, long] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // Skip the one extra unit in the longer word; the rest must be equal.
  for (let j = i; j < short.length; j++) if (short.charCodeAt(j) !== long.charCodeAt(j + 1)) return false;
  return true;
}
