/**
 * Markdown images ![label](target) and links [label](http…) in abstracts, reduced
 * to text. These were regular expressions (/!\[([^\]\n]*)\]\([^)\s]*\)/g and
 * /\[([^\]\n]+)\]\((https?:[^)\s]*)\)/g), which V8's backtracking engine runs in
 * quadratic time: from every "[" of 300k the label is read again to the end. No
 * rewrite of the pattern avoids that (each start must look ahead for its "]"),
 * so they are scanned by hand, with the same result: every attempt reads its
 * label and target through a finder that remembers where the last stop was, so
 * each character is read a bounded number of times.
 */

/** For starts that only move forward: the first index at or after `from` holding a stop, else text.length. */
function stopFinder(text: string, isStop: (code: number) => boolean): (from: number) => number {
  let scannedFrom = 0;
  let stop = -1;
  return (from) => {
    // Nothing between scannedFrom and stop is a stop, so any start inside that run ends at the same stop.
    if (from >= scannedFrom && from <= stop) return stop;
    let i = from;
    while (i < text.length && !isStop(text.charCodeAt(i))) i++;
    scannedFrom = from;
    stop = i;
    return i;
  };
}

const CLOSE_BRACKET = 0x5d;
const NEWLINE = 0x0a;
const CLOSE_PAREN = 0x29;
const WHITESPACE = /\s/;

/** `]` or a line break ends a label ([^\]\n]). */
const endsLabel = (code: number): boolean => code === CLOSE_BRACKET || code === NEWLINE;
/** `)` or any white space (as \s has it) ends a target ([^)\s]). */
const endsTarget = (code: number): boolean =>
  code === CLOSE_PAREN || (code <= 0x20 ? code >= 0x09 && (code <= 0x0d || code === 0x20) : code > 0x7e && WHITESPACE.test(String.fromCharCode(code)));

interface LinkRule {
  opener: string;
  /** Whether the label may be empty. */
  emptyLabel: boolean;
  /** Length of the scheme the target must start with (http: or https:), 0 for any target, -1 when it has none. */
  scheme: (text: string, at: number) => number;
  written: (label: string, target: string) => string;
}

const anyTarget = (): number => 0;

function httpScheme(text: string, at: number): number {
  if (!text.startsWith('http', at)) return -1;
  if (text.startsWith('s:', at + 4)) return 6;
  return text.charCodeAt(at + 4) === 0x3a ? 5 : -1;
}

function replaceLinks(text: string, rule: LinkRule): string {
  let p = text.indexOf(rule.opener);
  if (p < 0) return text;
  const labelEnd = stopFinder(text, endsLabel);
  const targetEnd = stopFinder(text, endsTarget);
  let out = '';
  let copied = 0;
  while (p >= 0) {
    const labelStart = p + rule.opener.length;
    const close = labelEnd(labelStart);
    const targetStart = close + 2;
    if (
      text.charCodeAt(close) === CLOSE_BRACKET &&
      (rule.emptyLabel || close > labelStart) &&
      text.charCodeAt(close + 1) === 0x28
    ) {
      const scheme = rule.scheme(text, targetStart);
      const end = scheme < 0 ? -1 : targetEnd(targetStart + scheme);
      if (end >= 0 && text.charCodeAt(end) === CLOSE_PAREN) {
        out += text.slice(copied, p) + rule.written(text.slice(labelStart, close), text.slice(targetStart, end));
        copied = end + 1;
        p = text.indexOf(rule.opener, copied);
        continue;
      }
    }
    p = text.indexOf(rule.opener, p + 1);
  }
  return out + text.slice(copied);
}

const IMAGE: LinkRule = { opener: '![', emptyLabel: true, scheme: anyTarget, written: (label) => label };
const WEB_LINK: LinkRule = { opener: '[', emptyLabel: false, scheme: httpScheme, written: (label, target) => `${label} (${target})` };

/** ![label](target) -> label. */
export const withoutImages = (text: string): string => replaceLinks(text, IMAGE);
/** [label](http(s):…) -> "label (http(s):…)". */
export const withLinksWritten = (text: string): string => replaceLinks(text, WEB_LINK);
