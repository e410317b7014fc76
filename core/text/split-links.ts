/**
 * Splits plain text into text and link pieces; only http(s) and mailto links become links.
 * LINK_PATTERN is linear: a fixed prefix, then one greedy run with nothing after it to backtrack into.
 */
import { checkExternalLink } from '../links';

export type TextPiece = { kind: 'text'; text: string } | { kind: 'link'; text: string; url: string };

const LINK_PATTERN = /\b(?:https?:\/\/[^\s<>"']+|mailto:[^\s<>"']+)/gi;
/** Punctuation that ends a sentence rather than a URL. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']']);

/**
 * The link without its trailing punctuation. A loop from the end, not /[.,;:!?)\]]+$/: V8 tries
 * that pattern from every character of a run and reads the run to its end each time, so a link
 * followed by 150k ")" and a letter took minutes.
 */
function withoutTrailing(raw: string): string {
  let end = raw.length;
  while (end > 0 && TRAILING.has(raw[end - 1] as string)) end--;
  return raw.slice(0, end);
}

export function splitLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK_PATTERN)) {
    const raw = withoutTrailing(match[0]);
    const start = match.index;
    const verdict = checkExternalLink(raw);
    if (!verdict.ok) continue;
    if (start > last) pieces.push({ kind: 'text', text: text.slice(last, start) });
    pieces.push({ kind: 'link', text: raw, url: verdict.url });
    last = start + raw.length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  return pieces;
}
