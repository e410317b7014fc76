/** A short window of an abstract around the first search match, so the reason a session matched is visible. */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

export function abstractSnippet(abstract: string, terms: readonly string[], radius = 80): string {
  if (abstract === '') return '';
  // Folding may change lengths; search on a per-character fold to keep positions aligned.
  const folded = [...abstract].map((c) => fold(c).charAt(0) || c).join('');
  const positions = terms.map((t) => folded.search(new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(fold(t))}`, 'u'))).filter((p) => p >= 0);
  if (positions.length === 0) return '';
  // A loop, not a spread: a spread of a long list overflows the call stack.
  const at = positions.reduce((least, position) => Math.min(least, position));
  const chars = [...abstract];
  const start = Math.max(0, at - radius);
  const end = Math.min(chars.length, at + radius);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('').trim()}${end < chars.length ? '…' : ''}`;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
