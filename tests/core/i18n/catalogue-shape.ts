/**
 * What a translation must keep of each English message: its placeholders (with
 * plural and select as such) and its tags (<strong>, the links of <Trans>).
 */
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Catalogue } from '../../../core/i18n/catalogues';

/** The placeholders of a message, with their kind, and its tags: what a translation must keep. */
function placeholdersOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
        found.add(`{${element.value}}`);
      } else if (element.type === TYPE.plural || element.type === TYPE.select) {
        found.add(`{${element.value}, ${element.type === TYPE.plural ? 'plural' : 'select'}}`);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.tag) {
        found.add(`<${element.value}>`);
        walk(element.children);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** One line per key that differs: missing, extra, or with other placeholders; empty when the shapes agree. */
export function catalogueDifferences(english: Catalogue, other: Catalogue): string[] {
  const problems: string[] = [];
  for (const key of [...new Set([...Object.keys(english), ...Object.keys(other)])].sort()) {
    const source = english[key];
    const translated = other[key];
    if (source === undefined) problems.push(`${key}: not in English`);
    else if (translated === undefined) problems.push(`${key}: missing`);
    else {
      const want = placeholdersOf(source).join();
      const got = placeholdersOf(translated).join();
      if (want !== got) problems.push(`${key}: ${want} became ${got}`);
    }
  }
  return problems;
}
