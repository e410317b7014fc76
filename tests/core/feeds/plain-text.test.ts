import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeHtmlEntities } from '../../../core/feeds/entities';
import { oneLine, plainText } from '../../../core/feeds/plain-text';
import { REGEX_MARKDOWN_RULES } from '../hostile/regex-markdown';
import { decodeXmlEntities } from '../../../core/feeds/entities';
import { jsonErrorPosition } from '../../../core/feeds/json-error-position';

describe('plainText', () => {
  it('turns HTML into paragraphs and list items', () => {
    expect(plainText('<p>One &amp; <a href="x">two</a></p><ul><li>a</li><li>b</li></ul><!-- hidden -->')).toBe('One & two\n\n- a\n- b');
  });

  it('reduces the Markdown pretalx uses', () => {
    expect(plainText('# Title\r\n\r\n**Bold** and `code`, see [site](https://example.org) ![img](x.png)')).toBe(
      'Title\n\nBold and code, see site (https://example.org) img',
    );
  });

  it('keeps lone asterisks, underscores and angle brackets that are text', () => {
    expect(plainText('2 * 3 * 4 is a_b and x < y')).toBe('2 * 3 * 4 is a_b and x < y');
  });

  // How fast is the benchmark's business (bench/text-figures.ts); tests/core/hostile/linear-text.test.ts has the long inputs.
  it('keeps openers that never close as text', () => {
    const text = `kept ${'<!--'.repeat(50_000)}${'<a'.repeat(50_000)}${'**'.repeat(50_000)}`;
    expect(plainText(text)).toBe(text);
    expect(plainText(`${text}>`)).toBe('kept');
  });

  it('oneLine collapses whitespace', () => expect(oneLine('  a \n\t b ')).toBe('a b'));
});

/**
 * plainText and oneLine skip the steps a cheap test says have nothing to do. Every pass,
 * always, with the Markdown rules as the regular expressions they were before images and links
 * were scanned by hand, is the reference they must agree with on any text.
 */
describe('the shortcuts change no result', () => {
  const everyPass = (markup: string): string => {
    let text = markup.replace(/\r\n?/g, '\n');
    text = REGEX_MARKDOWN_RULES.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), decodeHtmlEntities(text));
    return text.replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  };
  // Short texts over the characters every rule looks at, so rules and shortcuts meet often (tags aside:
  // HTML takes the same path either way).
  const markup = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2003', '*', '_', '`', '[', ']', '(', ')', '#', '!', '&amp;', 'https:x'), maxLength: 40 });

  it('plainText', () => {
    fc.assert(
      fc.property(markup, (text) => {
        expect(plainText(text)).toBe(everyPass(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('oneLine', () => {
    fc.assert(
      fc.property(markup, (text) => {
        expect(oneLine(text)).toBe(text.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('decodeXmlEntities', () => {
  it('decodes the five named entities and numeric references, leaves the rest', () => {
    expect(decodeXmlEntities('&lt;&amp;&gt;&quot;&apos; &#228;&#xE4; &nbsp; &#xD800; &bogus')).toBe('<&>"\' ää &nbsp; &#xD800; &bogus');
  });
});

describe('jsonErrorPosition', () => {
  it.each([
    ['{"a": }', 6],
    ['[1, 2,]', 6],
    ['{"a": 1 "b": 2}', 8],
    ['[ ]x', 3],
    ['{ }', 3],
    ['{"a": "x\ny"}', 8],
    ['{"a": tru}', 6],
  ])('%j breaks at %i', (text, position) => {
    expect(jsonErrorPosition(text)).toBe(position);
  });
});
