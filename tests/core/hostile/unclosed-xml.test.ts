/**
 * Format detection and XML preprocessing end on every input: an unclosed
 * comment, CDATA section, processing instruction or DOCTYPE is refused with the
 * line where it opens, and empty input is refused as empty.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat, FeedError, parseFeed } from '../../../core/feeds';
import { CLOSED_PROLOGS, EMPTY_INPUTS, UNCLOSED_XML } from './unclosed-xml';

const options = { defaultTimeZone: 'Europe/Vienna' };

function refusal(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
}

describe('unclosed XML constructs', () => {
  it.each(UNCLOSED_XML.map((c) => [c.name, c] as const))('%s: refused with the line it opens on', (_name, c) => {
    const error = refusal(() => parseFeed(c.text, options));
    expect(error.message).toMatch(c.message);
    expect(error.at).toBe(`line ${c.line}`);
    expect(error.message.length).toBeLessThan(300);
  });

  it.each(CLOSED_PROLOGS.map((text) => [text.slice(0, 40), text] as const))('reads the root past %j', (_name, text) => {
    expect(detectFormat(text)).toBe('frab-xml');
  });

  it('clips a validator message that quotes the feed', () => {
    const error = refusal(() => parseFeed(`<schedule>${'<'.repeat(100_000)}`, options));
    expect(error.message.length).toBeLessThan(300);
  });
});

describe('empty input', () => {
  it.each(EMPTY_INPUTS.map((text) => [JSON.stringify(text.slice(0, 8)), text] as const))('%s is refused as empty', (_name, text) => {
    expect(refusal(() => parseFeed(text, options)).message).toBe('the feed is empty');
  });
});
