/**
 * Writing one iCalendar TEXT property ourselves: escaping (RFC 5545 §3.3.11)
 * and folding at 75 octets (§3.1), without splitting a UTF-8 character.
 *
 * Why not leave it to ical-generator: it folds character by character with
 * string concatenation, which for long descriptions (a whole abstract is one
 * content line) was most of the time and garbage of a big export.
 */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const LIMIT = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** `line` as folded content lines joined by CRLF + space; every physical line at most 75 octets. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let start = 0;
  let octets = 0;
  // Continuation lines begin with a space, which counts towards their 75 octets.
  let limit = LIMIT;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i) ?? 0;
    const units = codePoint > 0xffff ? 2 : 1;
    const size = utf8Length(codePoint);
    if (octets + size > limit) {
      pieces.push(line.slice(start, i));
      start = i;
      octets = 0;
      limit = LIMIT - 1;
    }
    octets += size;
    i += units;
  }
  pieces.push(line.slice(start));
  return pieces.join('\r\n ');
}
