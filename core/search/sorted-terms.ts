/**
 * Lookups in a list of terms sorted by code unit: the terms that start with a prefix are one contiguous
 * run, so the word being typed costs two binary searches however many terms it begins.
 */

/** The place of the first term not sorting before `text`. */
export function lowerBound(terms: readonly string[], text: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (terms[mid]! < text) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The range [from, to) of the terms that start with `prefix`. */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  const from = lowerBound(terms, prefix);
  // Gallop to a term past the run, then bisect back to the run's end: short runs stay cheap.
  let to = from;
  let step = 1;
  while (to + step <= terms.length && terms[to + step - 1]!.startsWith(prefix)) {
    to += step;
    step *= 2;
  }
  let high = Math.min(terms.length, to + step - 1);
  while (to < high) {
    const mid = (to + high) >>> 1;
    if (terms[mid]!.startsWith(prefix)) to = mid + 1;
    else high = mid;
  }
  return [from, to];
}

/** The place of `term`, or -1. */
export function termAt(terms: readonly string[], term: string): number {
  const at = lowerBound(terms, term);
  return terms[at] === term ? at : -1;
}
