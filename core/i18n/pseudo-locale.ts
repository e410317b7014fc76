/**
 * The development pseudo-locale: every message of the English catalogue with
 * its letters accented, about 40% longer and wrapped in [ ], so that a string
 * that bypasses t(), a layout that cuts longer languages, or text that is
 * assembled from pieces shows at a glance. Placeholders, plurals and selects
 * keep their structure: only the literal text is changed.
 */
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

/** A tag Intl knows as a pseudo-locale: plural rules and formats fall back to English. */
export const PSEUDO_LANGUAGE = 'en-XA';

const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** How much longer than English a translation may well be (German, French). */
const GROWTH = 0.4;

const accent = (text: string): string => text.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter);

/** The total length of the literal text, to size the padding. */
function literalLength(elements: readonly MessageFormatElement[]): number {
  let length = 0;
  for (const element of elements) {
    if (element.type === TYPE.literal) length += element.value.length;
    else if (element.type === TYPE.plural || element.type === TYPE.select) {
      // One option shows at a time: the longest decides.
      length += Math.max(0, ...Object.values(element.options).map((option) => literalLength(option.value)));
    } else if (element.type === TYPE.tag) length += literalLength(element.children);
  }
  return length;
}

function accentAll(elements: readonly MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: accentAll(option.value) }]));
      return { ...element, options };
    }
    if (element.type === TYPE.tag) return { ...element, children: accentAll(element.children) };
    return element;
  });
}

/** One message in the pseudo-locale; the placeholders are the English message's. */
export function pseudoMessage(message: string): string {
  const ast = parse(message);
  const padding = '·'.repeat(Math.ceil(literalLength(ast) * GROWTH));
  return `[${printAST(accentAll(ast))}${padding ? ` ${padding}` : ''}]`;
}

export function pseudoCatalogue(catalogue: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(catalogue).map(([key, message]) => [key, pseudoMessage(message)]));
}
