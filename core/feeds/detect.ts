/**
 * Which format a feed is in, from its content alone: servers label feeds
 * carelessly (text/plain, application/octet-stream), so headers are not used.
 */
import { FeedError } from './feed-error';
import type { FeedFormat } from './types';
import { isObject, readJson } from './json-input';
import { headerCells } from './csv-table';
import { isProgrammeHeader } from './csv-headers';
import { isIndicoTimetable } from './indico-timetable';

import { xmlRootName } from './xml-prolog';

export function jsonFormat(root: unknown): FeedFormat | null {
  if (!isObject(root)) return null;
  if (typeof root.format === 'string' && root.format.startsWith('go-local-companion/')) return 'native';
  if (isObject(root.schedule)) return 'schedule-json';
  if (Array.isArray(root.talks)) return 'pretalx';
  if (isIndicoTimetable(root)) return 'indico-timetable';
  const first: unknown = Array.isArray(root.results) ? (root.results as unknown[])[0] : undefined;
  if (isObject(first) && (Array.isArray(first.contributions) || isObject(first.startDate))) return 'indico';
  return null;
}

/** `json` is the feed already parsed, when the caller has it. */
export function detectFormat(text: string, json?: unknown): FeedFormat {
  const head = text.trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ical';
  if (head.startsWith('<')) {
    // The whole text, so that a refusal names the line as the file numbers it.
    const root = xmlRootName(text, text.length - head.length);
    if (root === 'schedule') return 'frab-xml';
    throw new FeedError(root ? `XML with a <${root}> root; expected a frab/Pentabarf <schedule>` : 'XML without a root element', 'line 1');
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    const format = jsonFormat(json ?? readJson(head));
    if (format) return format;
    throw new FeedError(
      'JSON, but not a programme shape this app reads (expected a frab/c3voc "schedule", pretalx "talks", Indico "results" (event or timetable export) or a go-local-companion file)',
      '$',
    );
  }
  if (isProgrammeHeader(headerCells(head))) return 'csv';
  throw new FeedError('not a programme feed this app can read (expected schedule XML, iCalendar, schedule JSON or a CSV with Title and Start columns)', 'line 1');
}
