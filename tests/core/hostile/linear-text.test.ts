/**
 * Every text pass over feed content is linear. On ordinary and short texts the
 * hand-written scanners give exactly what the regular expressions they replace
 * gave; on long adversarial texts (the shapes that made those expressions
 * quadratic) they finish and keep their invariants. How fast they finish is
 * the benchmark's business (bench/text-figures.ts), not a test's.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { plainText, oneLine } from '../../../core/feeds/plain-text';
import { withLinksWritten, withoutImages } from '../../../core/feeds/markdown-links';
import { splitLinks, type TextPiece } from '../../../core/text/split-links';
import { checkExternalLink } from '../../../core/links';
import { REGEX_MARKDOWN_RULES } from './regex-markdown';
import { ADVERSARIAL_TEXTS, DANGEROUS_TOKENS, fill, ordinaryText } from './adversarial-text';

const [IMAGE_RULE, LINK_RULE] = REGEX_MARKDOWN_RULES as [readonly [RegExp, string], readonly [RegExp, string]];

/** splitLinks as it was, with the trailing punctuation cut by a regular expression (fine on short texts). */
function regexSplitLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(/\b(?:https?:\/\/[^\s<>"']+|mailto:[^\s<>"']+)/gi)) {
    const raw = match[0].replace(/[.,;:!?)\]]+$/, '');
    const verdict = checkExternalLink(raw);
    if (!verdict.ok) continue;
    if (match.index > last) pieces.push({ kind: 'text', text: text.slice(last, match.index) });
    pieces.push({ kind: 'link', text: raw, url: verdict.url });
    last = match.index + raw.length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  return pieces;
}

const shortText = fc.array(fc.constantFrom(...DANGEROUS_TOKENS, 'b', 'x.png', 'example.org', 'y'), { maxLength: 30 }).map((tokens) => tokens.join(''));

/** 50k–150k characters: a few dangerous tokens repeated, the shape of every quadratic case. */
const longText = fc
  .tuple(fc.array(fc.constantFrom(...DANGEROUS_TOKENS), { minLength: 1, maxLength: 6 }), fc.integer({ min: 50_000, max: 150_000 }), fc.constantFrom('', 'x', ' ', ')'))
  .map(([tokens, length, tail]) => fill(tokens.join(''), length) + tail);

function expectInvariants(text: string): void {
  expect(plainText(text).length).toBeLessThanOrEqual(text.length);
  expect(oneLine(text).length).toBeLessThanOrEqual(text.length);
  const pieces = splitLinks(text);
  expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  for (const piece of pieces) if (piece.kind === 'link') expect(checkExternalLink(piece.url).ok).toBe(true);
}

describe('the scanners give what the regular expressions gave', () => {
  it('images', () => {
    fc.assert(
      fc.property(shortText, (text) => {
        expect(withoutImages(text)).toBe(text.replace(...IMAGE_RULE));
      }),
      { numRuns: 4000 },
    );
  });

  it('links', () => {
    fc.assert(
      fc.property(shortText, (text) => {
        expect(withLinksWritten(text)).toBe(text.replace(...LINK_RULE));
      }),
      { numRuns: 4000 },
    );
  });

  it('splitLinks', () => {
    fc.assert(
      fc.property(shortText, (text) => {
        expect(splitLinks(text)).toEqual(regexSplitLinks(text));
      }),
      { numRuns: 4000 },
    );
  });

  it('on ordinary abstracts', () => {
    const text = ordinaryText(20_000);
    expect(withLinksWritten(withoutImages(text))).toBe(text.replace(...IMAGE_RULE).replace(...LINK_RULE));
    expect(splitLinks(text)).toEqual(regexSplitLinks(text));
  });

  it('reads labels as far as their first "]", as the expressions did', () => {
    // "![a![b](x)" is an image labelled "a![b"; then "[b and [see [here](…)" is a link with that whole label.
    expect(plainText('![a![b](x) and [see [here](https://example.org/a_(b) ![](y.png)')).toBe('a!b and [see [here (https://example.org/a_(b)');
  });
});

describe('long adversarial texts finish, with their invariants', () => {
  it.each(ADVERSARIAL_TEXTS.map((t) => [t.name, t] as const))('%s, 300k characters', (_name, t) => {
    expectInvariants(t.build(300_000));
  });

  it('any few dangerous tokens repeated', () => {
    fc.assert(fc.property(longText, expectInvariants), { numRuns: 40 });
  });
});
