/** Splits text around matches of search terms (accent- and case-insensitive) for <mark> highlighting. */
export type HighlightPiece = { text: string; match: boolean };

const fold = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

export function highlight(text: string, terms: readonly string[]): HighlightPiece[] {
  const wanted = terms.map(fold).filter((t) => t.length > 0);
  if (wanted.length === 0 || text === '') return text === '' ? [] : [{ text, match: false }];
  // Folding can change length (decomposed accents), so match per character position on a folded copy
  // built character by character to keep indexes aligned with the original.
  const chars = [...text];
  const folded = chars.map((c) => fold(c) || c);
  const flags = new Array<boolean>(chars.length).fill(false);
  for (let i = 0; i < chars.length; i++) {
    // A match starts at a word boundary: "art" highlights "article" but not "start".
    if (i > 0 && /[\p{L}\p{N}]/u.test(chars[i - 1] ?? '')) continue;
    for (const term of wanted) {
      let j = i;
      let k = 0;
      while (j < chars.length && k < term.length) {
        const piece = folded[j] ?? '';
        if (!term.startsWith(piece, k)) break;
        k += piece.length;
        j++;
      }
      if (k === term.length) for (let m = i; m < j; m++) flags[m] = true;
    }
  }
  const pieces: HighlightPiece[] = [];
  chars.forEach((c, i) => {
    const match = flags[i] ?? false;
    const last = pieces.at(-1);
    if (last && last.match === match) last.text += c;
    else pieces.push({ text: c, match });
  });
  return pieces;
}
