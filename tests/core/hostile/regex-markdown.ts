/**
 * The Markdown rules of plain-text.ts as the regular expressions they were before images and
 * links were scanned by hand (quadratic on long runs of "[" in V8): the reference the scanners
 * must agree with, on short texts only.
 */
export const REGEX_MARKDOWN_RULES: readonly (readonly [RegExp, string])[] = [
  [/!\[([^\]\n]*)\]\([^)\s]*\)/g, '$1'],
  [/\[([^\]\n]+)\]\((https?:[^)\s]*)\)/g, '$1 ($2)'],
  [/\*\*([^*\n]+)\*\*/g, '$1'],
  [/__([^_\n]+)__/g, '$1'],
  [/`([^`\n]+)`/g, '$1'],
  [/^[ \t]{0,3}#{1,6}[ \t]+/gm, ''],
];

export const regexMarkdown = (text: string): string =>
  REGEX_MARKDOWN_RULES.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
