/**
 * XML in, a plain object tree out, with the safety rules every XML feed needs:
 * entity declarations are refused before parsing (billion laughs), entity
 * expansion is off (character references are decoded by hand, see entities.ts),
 * nesting is capped, and syntax errors name their line.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FeedError } from './feed-error';
import { decodeXmlEntities } from './entities';
import { elementsOpenAtEnd, type OpenElement } from './xml-open-elements';
import { unclosedConstruct } from './xml-prolog';

/** Real schedules nest 6 deep; anything near this is an attack or a broken generator. */
export const MAX_XML_DEPTH = 64;

export type XmlNode = Record<string, unknown>;

export interface XmlDocument {
  rootName: string;
  root: XmlNode;
  /** "line N" where a node's start tag is, for warnings. */
  lineOf(node: unknown): string | undefined;
}

/** fast-xml-parser as every XML feed is read (the benchmark uses the same options for its raw parse). */
export const XML_PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  captureMetaData: true,
  maxNestedTags: MAX_XML_DEPTH,
} as const;

const parser = new XMLParser(XML_PARSER_OPTIONS);
// Typed as the Symbol wrapper object by the library; it is a plain symbol at run time.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= index) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** Only reached when the parser refused the nesting: find the line for the message. */
function lineOfExcessDepth(text: string): number {
  let depth = 0;
  // The '>' that closes the current tag, found once per tag (looking again from every '<' would be
  // quadratic on a run of '<'); Infinity once no '>' is left.
  let close = -1;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    const next = text[i + 1];
    if (next === '?' || next === '!') continue;
    if (close < i) {
      const found = text.indexOf('>', i);
      close = found < 0 ? Infinity : found;
    }
    if (next === '/') depth--;
    else if (text[close - 1] !== '/') depth++;
    if (depth > MAX_XML_DEPTH) return lineAt(lineStarts(text), i);
  }
  return 1;
}

function refuseEntityDeclarations(text: string): void {
  const doctype = text.search(/<!DOCTYPE/i);
  if (doctype < 0) return;
  const declaration = text.slice(doctype).search(/<!ENTITY/i);
  if (declaration >= 0) {
    const line = lineAt(lineStarts(text), doctype + declaration);
    throw new FeedError('the feed declares XML entities, which are refused (entity expansion can exhaust memory)', `line ${line}`);
  }
}

const MAX_MESSAGE = 160;
/** An element name as a message quotes it: a hostile feed's "name" may be 100k characters. */
const MAX_NAME = 40;
const clipped = (message: string, max = MAX_MESSAGE): string => (message.length > max ? `${message.slice(0, max)}…` : message);

/** How many open elements a truncation message names (real schedules nest about 6 deep). */
const OPEN_NAMED = 4;

/** "the file ends inside <title> (line 9), inside <event> (line 8) …": innermost first, at the file's last line. */
function truncationError(text: string, outermostFirst: OpenElement[]): FeedError {
  const starts = lineStarts(text);
  const open = [...outermostFirst].reverse();
  const named = open.slice(0, OPEN_NAMED).map((element) => {
    const name = clipped(element.name, MAX_NAME);
    const what = element.unfinished ? `the start tag <${name}>` : `<${name}>`;
    return `inside ${what} (line ${lineAt(starts, element.index)})`;
  });
  const more = open.length > OPEN_NAMED ? ` and ${open.length - OPEN_NAMED} more` : '';
  return new FeedError(`the file ends ${named.join(', ')}${more}: it looks cut short (an incomplete download?)`, `line ${starts.length}`);
}

/** A declaration after leading blank lines is an error to the validator; blank it out, keeping every line where it was. */
const withoutLateDeclaration = (text: string): string =>
  text.replace(/^(\s+)(<\?xml\b[^>]*\?>)/, (_all, space: string, declaration: string) => space + declaration.replace(/[^\n]/g, ' '));

export function readXml(source: string): XmlDocument {
  const text = withoutLateDeclaration(source);
  refuseEntityDeclarations(text);
  const verdict = XMLValidator.validate(text);
  if (verdict !== true) {
    // The validator's message may quote the feed at any length (a tag of 100k "<", the whole open-tag stack).
    const open = elementsOpenAtEnd(text);
    throw unclosedConstruct(text) ?? (open ? truncationError(text, open) : new FeedError(`not well-formed XML: ${clipped(verdict.err.msg)}`, `line ${verdict.err.line}`));
  }
  let tree: XmlNode;
  try {
    tree = parser.parse(text) as XmlNode;
  } catch (error) {
    const message = (error as Error).message;
    if (/nested/i.test(message)) {
      throw new FeedError(`XML nested deeper than ${MAX_XML_DEPTH} levels`, `line ${lineOfExcessDepth(text)}`);
    }
    throw new FeedError(`unreadable XML: ${clipped(message)}`);
  }
  const rootName = Object.keys(tree).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  const root = rootName === undefined ? undefined : tree[rootName];
  if (rootName === undefined) throw new FeedError('the XML has no root element', 'line 1');
  let starts: number[] | undefined;
  return {
    rootName,
    root: typeof root === 'object' && root !== null ? (root as XmlNode) : {},
    lineOf(node) {
      if (typeof node !== 'object' || node === null) return undefined;
      const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
      if (meta?.startIndex === undefined) return undefined;
      starts ??= lineStarts(text);
      return `line ${lineAt(starts, meta.startIndex)}`;
    },
  };
}

/** Every child element of that name, whether the parser made one value or an array. */
export function childrenOf(node: unknown, name: string): unknown[] {
  if (typeof node !== 'object' || node === null) return [];
  const value = (node as XmlNode)[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** An element's text with character references decoded; '' for empty or missing elements. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return decodeXmlEntities(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'object' && value !== null) return textOf((value as XmlNode)['#text']);
  return '';
}

export const childText = (node: unknown, name: string): string => textOf(childrenOf(node, name)[0]);

export function attrOf(node: unknown, name: string): string {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return '';
  const value = (node as XmlNode)[`@_${name}`];
  return typeof value === 'string' ? decodeXmlEntities(value) : '';
}
