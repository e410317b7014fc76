/**
 * JSON in, with the caps every JSON feed needs: syntax errors name a line,
 * and nesting deeper than MAX_JSON_DEPTH is refused before any parser walks it
 * (the walk that finds it is iterative, so it cannot overflow the stack itself).
 * Also the small readers the JSON formats share.
 */
import { FeedError } from './feed-error';
import { jsonErrorPosition } from './json-error-position';

export const MAX_JSON_DEPTH = 64;

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Strings as they are, numbers as text (ids are often numbers), anything else ''. */
export function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The JSON path of an object's member: `$.a.b`, or `$.a["20240304"]` for keys that are not identifiers. */
export const memberPath = (path: string, key: string): string => (IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

/** pretalx and c3voc write translatable text as {"en": "…", "de": "…"}: prefer English, else the first. */
export function i18n(value: unknown): string {
  if (!isObject(value)) return str(value);
  const english = str(value.en);
  if (english) return english;
  for (const entry of Object.values(value)) if (str(entry)) return str(entry);
  return '';
}

function lineOfPosition(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < position; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

interface Visit {
  value: unknown;
  depth: number;
  parent: Visit | null;
  key: string | number;
}

/** The JSON path of a visit, built only when one is too deep (building it for every node costs more than the parse). */
function pathOf(visit: Visit): string {
  const keys: (string | number)[] = [];
  for (let v: Visit | null = visit; v?.parent; v = v.parent) keys.push(v.key);
  return `$${keys
    .reverse()
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
    .join('')}`;
}

/**
 * Whether anything in the tree is nested deeper than MAX_JSON_DEPTH: the check
 * every feed pays, so it allocates nothing. It recurses, but never more than
 * MAX_JSON_DEPTH + 1 frames deep, so it cannot overflow the stack; tooDeepPath
 * finds the path only for a refusal.
 */
function nestsTooDeep(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (depth > MAX_JSON_DEPTH) return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (nestsTooDeep(value[i], depth + 1)) return true;
  } else {
    for (const key in value) if (nestsTooDeep((value as JsonObject)[key], depth + 1)) return true;
  }
  return false;
}

function tooDeepPath(root: unknown): string | null {
  const stack: Visit[] = [{ value: root, depth: 1, parent: null, key: '' }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const { value, depth } = visit;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_JSON_DEPTH) return pathOf(visit);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, depth: depth + 1, parent: visit, key: i });
      }
    } else {
      for (const key in value) {
        const item = (value as JsonObject)[key];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, depth: depth + 1, parent: visit, key });
      }
    }
  }
  return null;
}

export function readJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8's message may quote a slice of the feed; name the place ourselves instead.
    const message = (error as Error).message;
    const position = jsonErrorPosition(text);
    const reason = /Unexpected end/i.test(message) || position >= text.length ? 'it ends too early' : `unexpected ${JSON.stringify(text.slice(position, position + 12))}`;
    throw new FeedError(`not valid JSON: ${reason}`, `line ${lineOfPosition(text, position)}`);
  }
  const deep = nestsTooDeep(value, 1) ? tooDeepPath(value) : null;
  if (deep) throw new FeedError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`, deep);
  return value;
}
