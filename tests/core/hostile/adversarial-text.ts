/**
 * Long texts made of the characters that markup and link patterns look at, the
 * shapes that make a backtracking regular expression quadratic: runs of openers
 * that never close, chains of half links, a link followed by a run of closing
 * punctuation. Built by code at any length; shared by the property tests and the
 * benchmark's text figures (bench/text-figures.ts).
 */

/** Every mark a text pass over feed content reacts to, as single characters and as the tokens they form. */
export const DANGEROUS_TOKENS: readonly string[] = [
  '[', ']', '(', ')', '!', '*', '_', '`', '<', '>', '&', '#', '\\', ' ', '\n', '\t', '.', ';', 'a',
  'http://', 'https:', 'mailto:', '![', '](', '**', '__', '<!--', '-->', '&#', '&amp', '<p', '<li', '\u00a0',
];

/** `unit` repeated (and cut) to exactly `length` characters. */
export function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export interface AdversarialText {
  name: string;
  build: (length: number) => string;
}

/**
 * Tokens in a fixed scrambled order until the text is `length` long: the i-th token is chosen by
 * a quadratic of i and the seed, which visits every token in ever-changing neighbours, the same on
 * every run.
 */
export function mixedTokens(seed: number, length: number, tokens: readonly string[] = DANGEROUS_TOKENS): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    const token = tokens[(i * i * 7 + i * seed + (i >> 4)) % tokens.length] as string;
    parts.push(token);
    size += token.length;
  }
  return parts.join('').slice(0, length);
}

export const ADVERSARIAL_TEXTS: readonly AdversarialText[] = [
  { name: '"![" repeated', build: (n) => fill('![', n) },
  { name: '"[" repeated', build: (n) => fill('[', n) },
  { name: 'a link, then ")" repeated, then a letter', build: (n) => `https://example.org/${fill(')', n - 21)}x` },
  { name: 'a link, then ".)" repeated, then a letter', build: (n) => `https://example.org/${fill('.)', n - 21)}x` },
  { name: 'half images "![a](" repeated', build: (n) => fill('![a](', n) },
  { name: 'half links "[a](http:" repeated', build: (n) => fill('[a](http:', n) },
  { name: 'unclosed "**a" repeated', build: (n) => fill('**a', n) },
  { name: 'unclosed "`a" repeated', build: (n) => fill('`a', n) },
  { name: 'unclosed tags "<p " repeated', build: (n) => fill('<p ', n) },
  { name: 'unclosed comments "<!--" repeated', build: (n) => fill('<!--', n) },
  { name: 'half references "&#1" repeated', build: (n) => fill('&#1', n) },
  { name: 'headings "\\n#" repeated', build: (n) => fill('\n#', n) },
  { name: 'spacing " \\n\\t" repeated', build: (n) => fill(' \n\t\u00a0', n) },
  { name: '"http://" repeated', build: (n) => fill('http://', n) },
  { name: 'a mix of every dangerous token', build: (n) => mixedTokens(1, n) },
];

const PROSE = [
  'Human rights cities turn commitments into local practice. ',
  'See the report at https://example.org/reports/2024 for the figures. ',
  'The **workshop** on `participation` asks what works, and for whom; ',
  'bring your questions [to the forum](https://forum.example.org/t/1). ',
];

/** Ordinary abstract text with a little Markdown and a few links, for comparison. */
export const ordinaryText = (length: number): string => fill(PROSE.join(''), length);
