/**
 * Reads the renderer's sources for the catalogue keys they use: every string
 * literal shaped like a key ("session.join.now"), whether it is the argument of
 * t(), an i18nKey or a value in a table of keys, and every first argument of t().
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_LITERAL = /(['"`])([a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)\1/g;
const T_CALL = /\bt\(\s*(['"`])([^'"`]*)\1/g;

export function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

export interface KeyUse {
  file: string;
  key: string;
}

/** Key-shaped literals: keys the code may pass to t(), <Trans> or a table. */
export function keyLiterals(files: readonly string[]): KeyUse[] {
  return files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(KEY_LITERAL)].map((match) => ({ file, key: match[2] ?? '' })));
}

/** The literal first arguments of t(): each must be key-shaped, or the scan above would miss it. */
export function tCallArguments(files: readonly string[]): KeyUse[] {
  return files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(T_CALL)].map((match) => ({ file, key: match[2] ?? '' })));
}

export const isKeyShaped = (key: string): boolean => /^[a-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+$/.test(key);
