/**
 * A message that quotes a hostile value can be a megabyte long (a component
 * name, a duration, a zone). Its start (what) and its end (what was done, where)
 * are kept, the middle becomes " … ", and a surrogate pair is never cut in two.
 */
const HEAD = 200;
const TAIL = 100;

const isLowSurrogate = (text: string, index: number): boolean => /[\uDC00-\uDFFF]/.test(text.charAt(index));

export function clipMiddle(text: string): string {
  if (text.length <= HEAD + TAIL + 3) return text;
  const headEnd = isLowSurrogate(text, HEAD) ? HEAD - 1 : HEAD;
  const tailStart = isLowSurrogate(text, text.length - TAIL) ? text.length - TAIL + 1 : text.length - TAIL;
  return `${text.slice(0, headEnd)} … ${text.slice(tailStart)}`;
}
