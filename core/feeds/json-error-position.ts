/**
 * Where a JSON text stops being valid. JSON.parse on Node 20 often says only
 * "Unexpected token" with no position; organisers need the line. Runs only
 * after JSON.parse has failed, iteratively (no recursion on hostile nesting).
 */

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

type Expect = 'value' | 'key' | 'colon' | 'after-value';

/** Index just past a string starting at `start`, or a negative number -(bad index + 1). */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22) return i + 1;
    if (ch < 0x20) return -(i + 1);
    if (ch === 0x5c) {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return -(i + 1);
      i = ESCAPE.lastIndex;
    } else i++;
  }
  return -(text.length + 1);
}

function scanScalar(text: string, i: number): number {
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return i + word.length;
  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : -(i + 1);
}

export function jsonErrorPosition(text: string): number {
  const containers: string[] = [];
  let expect: Expect = 'value';
  let justOpened = false;
  let i = 0;
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    if (i >= text.length) return i;
    const ch = text[i] as string;
    const inObject = containers[containers.length - 1] === '{';
    const emptyClose = justOpened;
    justOpened = false;
    if (expect === 'after-value') {
      if (containers.length === 0) return i;
      if (ch === ',') expect = inObject ? 'key' : 'value';
      else if ((ch === '}' && inObject) || (ch === ']' && !inObject)) containers.pop();
      else return i;
      i++;
    } else if (expect === 'colon') {
      if (ch !== ':') return i;
      expect = 'value';
      i++;
    } else if (expect === 'key') {
      if (ch === '}' && emptyClose) {
        containers.pop();
        expect = 'after-value';
        i++;
        continue;
      }
      if (ch !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      expect = 'colon';
    } else if (ch === '{' || ch === '[') {
      containers.push(ch);
      justOpened = true;
      expect = ch === '{' ? 'key' : 'value';
      i++;
    } else if (ch === ']' && emptyClose) {
      containers.pop();
      expect = 'after-value';
      i++;
    } else {
      const end = ch === '"' ? scanString(text, i) : scanScalar(text, i);
      if (end < 0) return -end - 1;
      i = end;
      expect = 'after-value';
    }
  }
}
