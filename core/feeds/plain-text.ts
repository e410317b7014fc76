/**
 * Feeds carry abstracts as HTML (FOSDEM, wafer, Symposion), Markdown (pretalx)
 * or plain text. The model stores plain text, so the renderer never has to
 * trust feed markup. Every pattern here is linear: a hostile abstract cannot hang us.
 */
import { decodeHtmlEntities } from './entities';

const BLOCK_TAG = /<\/?(?:p|div|br|hr|h[1-6]|ul|ol|tr|table|blockquote|pre|section|article)\b[^<>]*>/gi;
const LIST_ITEM = /<li\b[^<>]*>/gi;
const ANY_TAG = /<\/?[A-Za-z][^<>]*>/g;
const LOOKS_LIKE_HTML = /<\/?[A-Za-z][^<>]*>/;

function withoutComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) return out + text.slice(from);
    const close = text.indexOf('-->', open + 4);
    out += text.slice(from, open);
    if (close < 0) return out;
    from = close + 3;
  }
}

function htmlToText(html: string): string {
  return withoutComments(html).replace(LIST_ITEM, '\n- ').replace(BLOCK_TAG, '\n').replace(ANY_TAG, '');
}

/** The Markdown that pretalx abstracts actually use; lone * and _ are left alone (they are often real text). */
function markdownToText(text: string): string {
  return text
    .replace(/!\[([^\]\n]*)\]\([^)\s]*\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\((https?:[^)\s]*)\)/g, '$1 ($2)')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/__([^_\n]+)__/g, '$1')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '');
}

/** Markup reduced to readable plain text with paragraph breaks kept. */
export function plainText(markup: string): string {
  let text = markup.replace(/\r\n?/g, '\n');
  if (LOOKS_LIKE_HTML.test(text)) text = htmlToText(text);
  text = markdownToText(decodeHtmlEntities(text));
  return text
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** For titles, names and rooms: one line, no markup interpretation beyond whitespace. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
