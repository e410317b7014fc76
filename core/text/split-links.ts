/** Splits plain text into text and link pieces; only http(s) and mailto links become links. */
import { checkExternalLink } from '../links';

export type TextPiece = { kind: 'text'; text: string } | { kind: 'link'; text: string; url: string };

const LINK_PATTERN = /\b(?:https?:\/\/[^\s<>"']+|mailto:[^\s<>"']+)/gi;
/** Punctuation that ends a sentence rather than a URL. */
const TRAILING = /[.,;:!?)\]]+$/;

export function splitLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK_PATTERN)) {
    const raw = match[0].replace(TRAILING, '');
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
