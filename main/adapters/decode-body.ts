/**
 * Feeds are usually UTF-8, but older frab/pentabarf servers still send
 * ISO-8859-1 and say so in Content-Type. Honour a charset TextDecoder knows;
 * fall back to UTF-8 (with replacement characters, never an exception).
 */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined): string {
  const charset = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1];
  if (charset !== undefined) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown label: UTF-8 below.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
