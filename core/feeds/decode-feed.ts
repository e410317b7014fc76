/**
 * The one rule for turning a feed's bytes into text, shared by the app's
 * transport, the web edition's fetch and the feed checker (files and URLs),
 * so the same bytes are never "usable" in one and "not a feed" in another:
 *
 * 1. A byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE): editors write it on purpose.
 * 2. Else the Content-Type `charset=` label, when TextDecoder knows it as a
 *    real encoding and the bytes decode under it without a single error.
 *    Servers often label wrongly ("utf-8" on a Windows-1252 export), so a label
 *    alone never wins against the bytes.
 * 3. Else UTF-8, when the bytes are valid UTF-8.
 * 4. Else Windows-1252: what German Excel and old Windows tools write; every
 *    byte sequence decodes under it, so this never fails.
 */

const BOMS: readonly { bytes: readonly number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * Windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ; five unassigned
 * bytes map to themselves, as in the WHATWG Encoding Standard). Written out because Node 20's
 * TextDecoder reads "windows-1252" (and "iso-8859-1", its WHATWG alias) as Latin-1, turning
 * these into C1 controls; browsers and this table agree.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  // Whichever way the decoder reads 0x80–0x9F, what is left in that range gets the Windows-1252 letter.
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (char) => CP1252_HIGH.charAt(char.charCodeAt(0) - 0x80));
}

/** TextDecoder names that are not text encodings a feed could be in. */
const NOT_REAL = new Set(['replacement', 'x-user-defined']);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** The text, or null when the bytes are not valid in that encoding (or TextDecoder does not know it). */
function decodeStrictly(bytes: Uint8Array, label: string): string | null {
  const decoder = knownDecoder(label);
  if (decoder === null || NOT_REAL.has(decoder.encoding)) return null;
  if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** A fatal decoder for the label, or null for a label TextDecoder does not know. */
function knownDecoder(label: string): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    return null;
  }
}

export function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')?.[1];
}

export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): string {
  const bom = BOMS.find((candidate) => startsWith(bytes, candidate.bytes));
  // TextDecoder drops the BOM itself; a BOM'd text that is broken further on still decodes (with U+FFFD) in its own encoding.
  if (bom) return new TextDecoder(bom.encoding).decode(bytes);
  const label = charsetOf(contentType);
  const labelled = label === undefined ? null : decodeStrictly(bytes, label);
  if (labelled !== null) return labelled;
  return decodeStrictly(bytes, 'utf-8') ?? decodeWindows1252(bytes);
}
