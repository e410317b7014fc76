/**
 * XML that opens a construct and never closes it, before the root, inside it
 * and after it, each with the line where the construct opens. Built by code,
 * from a few bytes (the 13-byte comment that used to hang format detection) to
 * long runs of openers.
 */
export interface UnclosedXml {
  name: string;
  text: string;
  /** What the refusal must say, and where. */
  message: RegExp;
  line: number;
}

const COMMENT = /a comment \(<!--…-->\) is never closed/;
const CDATA = /a CDATA section .* is never closed/;
const PI = /a processing instruction .* is never closed/;
const DOCTYPE = /a <!DOCTYPE …> declaration is never closed/;

export const UNCLOSED_XML: readonly UnclosedXml[] = [
  { name: 'nested comment openers', text: '<!-- a <!-- b', message: COMMENT, line: 1 },
  { name: 'comment before the root', text: '<?xml version="1.0"?>\n\n<!-- made by', message: COMMENT, line: 3 },
  { name: 'comment after blank lines', text: '\n\n\n<!--', message: COMMENT, line: 4 },
  { name: 'a run of comment openers', text: '<!--'.repeat(50_000), message: COMMENT, line: 1 },
  { name: 'comment in the root', text: '<schedule>\n<version>1</version>\n<!-- a <!-- b', message: COMMENT, line: 3 },
  { name: 'comment after the root', text: '<schedule></schedule>\n<!-- x', message: COMMENT, line: 2 },
  { name: 'processing instruction', text: '<?xml version="1.0"', message: PI, line: 1 },
  { name: 'processing instruction in the root', text: '<schedule>\n<?pi x', message: PI, line: 2 },
  { name: 'CDATA before the root', text: '<![CDATA[ x', message: CDATA, line: 1 },
  { name: 'CDATA in the root', text: '<schedule><title>\n<![CDATA[ x ]]', message: CDATA, line: 2 },
  { name: 'a run of CDATA openers', text: `<schedule>${'<![CDATA['.repeat(20_000)}`, message: CDATA, line: 1 },
  { name: 'DOCTYPE', text: '<!DOCTYPE schedule', message: DOCTYPE, line: 1 },
  { name: 'DOCTYPE with an open internal subset', text: '\n<!DOCTYPE schedule [ <!ELEMENT a ANY>', message: DOCTYPE, line: 2 },
];

/** Prologs that close properly and must still reach the root element. */
export const CLOSED_PROLOGS: readonly string[] = [
  '<?xml version="1.0"?><!-- a <!-- b --><schedule/>',
  '<!DOCTYPE schedule [ <!ELEMENT schedule ANY> ]>\n<schedule/>',
  '<!DOCTYPE schedule SYSTEM "schedule.dtd"><schedule/>',
  `${'<!-- x -->'.repeat(10_000)}<schedule/>`,
  `${'<?pi x?>\n'.repeat(10_000)}<schedule/>`,
];

/** Inputs with nothing to read: every one is refused as empty, none hangs. */
export const EMPTY_INPUTS: readonly string[] = ['', ' ', '\n\r\n\t ', '\ufeff', '\ufeff  \n', ' '.repeat(100_000)];
