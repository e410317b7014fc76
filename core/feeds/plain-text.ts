/**
 * Feeds carry abstracts as HTML (FOSDEM, wafer, Symposion), Markdown (pretalx)
 * or plain text. The model stores plain text, so the renderer never has to
 * trust feed markup. Every pass here is linear in the text's length (tests/core/hostile and the
 * benchmark's text figures check it): a hostile abstract cannot hang us.
 */
import { decodeHtmlEntities } from './entities';
import { withLinksWritten, withoutImages } from './markdown-links';

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

/**
 * The Markdown that pretalx abstracts actually use, in order; lone * and _ are left alone (they are
 * often real text). The regular expressions here are linear (each match attempt stops at the next
 * mark of its kind); images and links are not, as patterns, and are scanned in markdown-links.ts.
 */
export const MARKDOWN_STEPS: readonly ((text: string) => string)[] = [
  withoutImages,
  withLinksWritten,
  (text) => text.replace(/\*\*([^*\n]+)\*\*/g, '$1'),
  (text) => text.replace(/__([^_\n]+)__/g, '$1'),
  (text) => text.replace(/`([^`\n]+)`/g, '$1'),
  (text) => text.replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, ''),
];

/** Any mark one of the Markdown rules starts with. */
const MARKDOWN_MARK = /[*_`[#]/;

function markdownToText(text: string): string {
  if (!MARKDOWN_MARK.test(text)) return text;
  return MARKDOWN_STEPS.reduce((result, step) => step(result), text);
}

/**
 * What any step below could change: tags, entities, Markdown marks, line breaks
 * and runs of spacing. Most abstracts in big programmes are plain prose with
 * none of these, and skipping ten passes over them is most of a feed's parse
 * time; each step below is likewise skipped when a cheap test says it has nothing to do.
 */
const NEEDS_WORK = /[<&*_`[#\r\n\t\u00a0]| {2}/;
const SPACING_TO_FOLD = /[\t\u00a0]| {2}/;
const SPACE_AT_LINE_BREAK = / \n|\n /;

/** Markup reduced to readable plain text with paragraph breaks kept. */
export function plainText(markup: string): string {
  if (!NEEDS_WORK.test(markup)) return markup.trim();
  let text = markup.includes('\r') ? markup.replace(/\r\n?/g, '\n') : markup;
  if (LOOKS_LIKE_HTML.test(text)) text = htmlToText(text);
  text = markdownToText(decodeHtmlEntities(text));
  if (SPACING_TO_FOLD.test(text)) text = text.replace(/[ \t\u00a0]+/g, ' ');
  if (SPACE_AT_LINE_BREAK.test(text)) text = text.replace(/ ?\n ?/g, '\n');
  if (text.includes('\n\n\n')) text = text.replace(/\n{3,}/g, '\n\n');
  return text.trim();
}

/** Whitespace that oneLine would change: any but a single space, or a space at either end. */
const NOT_ONE_LINE = /[^\S ]| {2}|^ | $/;

/** For titles, names and rooms: one line, no markup interpretation beyond whitespace. */
export function oneLine(text: string): string {
  return NOT_ONE_LINE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}
