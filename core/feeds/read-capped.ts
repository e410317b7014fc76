import { decodeFeedBytes } from './decode-feed';

/**
 * Reads a byte stream to text, refusing to buffer more than a cap: a hostile or
 * broken server must not fill memory. Web-standard streams only, so every
 * transport (browser fetch, Node fetch) can share it.
 */
export class FeedTooLargeError extends Error {
  override name = 'FeedTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`the feed is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  }
}

/** The body as text, decoded by the one feed decoding rule (BOM, a clean charset label, UTF-8, Windows-1252). */
export async function readCappedText(body: ReadableStream<Uint8Array> | null, maxBytes: number, contentType?: string): Promise<string> {
  return decodeFeedBytes(await readCappedBytes(body, maxBytes), contentType);
}

export async function readCappedBytes(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<Uint8Array> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FeedTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
