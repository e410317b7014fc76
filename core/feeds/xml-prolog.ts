/**
 * The name of an XML file's root element, read past its prolog (declaration,
 * processing instructions, comments, DOCTYPE) without parsing the file. Every
 * step moves strictly forward, so the walk ends on any input; a construct that
 * is opened but never closed is refused with the line where it opens.
 */
import { FeedError } from './feed-error';

interface Construct {
  open: string;
  close: string;
  what: string;
}

/** Longest opener first: "<![CDATA[" and "<!--" also start with "<!". */
const CONSTRUCTS: readonly Construct[] = [
  { open: '<?', close: '?>', what: 'a processing instruction (<?…?>)' },
  { open: '<!--', close: '-->', what: 'a comment (<!--…-->)' },
  { open: '<![CDATA[', close: ']]>', what: 'a CDATA section (<![CDATA[…]]>)' },
];

const ROOT_NAME = /^<([A-Za-z_][\w.:-]*)/;

function lineOf(text: string, index: number): string {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return `line ${line}`;
}

function neverClosed(text: string, index: number, what: string): FeedError {
  return new FeedError(`not well-formed XML: ${what} is never closed`, lineOf(text, index));
}

/** Index just past a <!DOCTYPE …> or other <!…> declaration, whose internal subset [ … ] may hold ">". */
function declarationEnd(text: string, from: number): number {
  let i = from + 2;
  while (i < text.length && text[i] !== '>' && text[i] !== '[') i++;
  if (text[i] === '[') {
    const subsetEnd = text.indexOf(']', i);
    i = subsetEnd < 0 ? -1 : text.indexOf('>', subsetEnd);
  }
  if (i < 0 || i >= text.length) throw neverClosed(text, from, 'a <!DOCTYPE …> declaration');
  return i + 1;
}

/** The first element name after the prolog; null when the text has no element at all. */
export function xmlRootName(text: string, from = 0): string | null {
  let i = text.indexOf('<', from);
  while (i >= 0) {
    const construct = CONSTRUCTS.find((c) => text.startsWith(c.open, i));
    let next: number;
    if (construct) {
      const close = text.indexOf(construct.close, i + construct.open.length);
      if (close < 0) throw neverClosed(text, i, construct.what);
      next = close + construct.close.length;
    } else if (text.startsWith('<!', i)) {
      next = declarationEnd(text, i);
    } else {
      return ROOT_NAME.exec(text.slice(i, i + 200))?.[1] ?? null;
    }
    i = text.indexOf('<', next);
  }
  return null;
}

/**
 * The first comment, CDATA section or processing instruction anywhere in the text that is never
 * closed, as the error to raise; null when every one closes. Only run once the validator has
 * refused the file, whose own message ("Unclosed tag 'schedule'") would point at the root instead.
 */
export function unclosedConstruct(text: string): FeedError | null {
  for (let i = text.indexOf('<'); i >= 0; ) {
    const construct = CONSTRUCTS.find((c) => text.startsWith(c.open, i));
    if (!construct) {
      i = text.indexOf('<', i + 1);
      continue;
    }
    const close = text.indexOf(construct.close, i + construct.open.length);
    if (close < 0) return neverClosed(text, i, construct.what);
    i = text.indexOf('<', close + construct.close.length);
  }
  return null;
}
