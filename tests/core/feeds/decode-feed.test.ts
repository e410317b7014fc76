import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../core/feeds/decode-feed';
import { ENCODED_CASES } from '../support/encoded-feeds';

describe('decodeFeedBytes: BOM, then a label that decodes cleanly, then UTF-8, then Windows-1252', () => {
  it.each(ENCODED_CASES)('$name', ({ bytes, contentType, text }) => {
    expect(decodeFeedBytes(bytes, contentType)).toBe(text);
  });

  it('reads all of Windows-1252 0x80–0x9F as browsers do', () => {
    expect(decodeFeedBytes(Uint8Array.from([0x80, 0x81, 0x85, 0x8a, 0x96, 0x97, 0x9c, 0x9f, 0xe4]))).toBe('€\u0081…Š–—œŸä');
  });

  it('an empty body is empty text', () => {
    expect(decodeFeedBytes(new Uint8Array(), 'text/plain; charset=utf-16le')).toBe('');
  });
});
