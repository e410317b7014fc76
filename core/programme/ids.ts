/**
 * A short, stable hash for sessions that carry no guid or code. cyrb53: fast,
 * well-distributed, pure JS (core may not use node:crypto). Not for security.
 */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The id of one occurrence of a repeating event: its UID and its original start
 * in UTC ("abc@google.com#20240205T160000Z"), which a moved occurrence keeps.
 */
export function occurrenceId(uid: string, originalStartMs: number): string {
  return `${uid}#${new Date(originalStartMs).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')}`;
}

/** The id of a session with no identifier of its own. */
export function derivedSessionId(title: string, startIso: string, roomName: string): string {
  return `h-${stableHash(`${title}\u0000${startIso}\u0000${roomName}`)}`;
}

/** Tells apart sessions that share a feed id, by what they are rather than where the feed lists them. */
export function contentSuffix(title: string, startIso: string): string {
  return stableHash(`${title}\u0000${startIso}`).slice(0, 6);
}
