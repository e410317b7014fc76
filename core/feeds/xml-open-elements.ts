/**
 * Which elements are still open where an XML text ends: the useful thing to
 * say about a truncated download, which the validator reports only as a list
 * of names "at line 1". One pass over the text; every step moves forward.
 */

export interface OpenElement {
  name: string;
  /** Where its start tag begins (an index into the text). */
  index: number;
  /** The text ends inside this start tag, before its ">". */
  unfinished?: boolean;
}

const NAME = /^\/?([^\s/>]+)/;

/** The end of the markup starting at `from` (comment, CDATA, declaration or tag): the index after it, or -1 if the text ends first. */
function endOfMarkup(text: string, from: number): number {
  for (const [open, close] of [['<!--', '-->'], ['<![CDATA[', ']]>'], ['<?', '?>']] as const) {
    if (text.startsWith(open, from)) {
      const end = text.indexOf(close, from + open.length);
      return end < 0 ? -1 : end + close.length;
    }
  }
  // A tag or <!DOCTYPE>: the first ">" outside a quoted attribute value.
  let quote = '';
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return -1;
}

/**
 * The elements open at the end of the text, outermost first; null when the
 * text is not simply cut short (nothing open, or a close tag that does not match).
 */
export function elementsOpenAtEnd(text: string): OpenElement[] | null {
  const open: OpenElement[] = [];
  for (let lt = text.indexOf('<'); lt >= 0; ) {
    const end = endOfMarkup(text, lt);
    const isTag = !/^<[!?]/.test(text.slice(lt, lt + 2));
    const name = isTag ? NAME.exec(text.slice(lt + 1, lt + 201))?.[1] : undefined;
    if (end < 0) {
      if (name !== undefined && text[lt + 1] !== '/') open.push({ name, index: lt, unfinished: true });
      break;
    }
    if (name !== undefined) {
      if (text[lt + 1] === '/') {
        if (open.pop()?.name !== name) return null;
      } else if (text[end - 2] !== '/') {
        open.push({ name, index: lt });
      }
    }
    lt = text.indexOf('<', end);
  }
  return open.length > 0 ? open : null;
}
