/**
 * parseFeed: detects a feed's format from its content and hands it to that
 * format's module. Size and shape caps live here so no parser sees a hostile giant.
 */
import { FeedError } from './feed-error';
import type { FeedParser, FeedFormat, ParseOptions, ParseResult } from './types';
import { detectFormat } from './detect';
import { readJson } from './json-input';
import { parseNative } from './native';
import { parseFrabXml } from './frab-xml';
import { parseScheduleJson } from './schedule-json';
import { parsePretalxWidget } from './pretalx';
import { parseICalendar } from './ical';
import { parseIndico } from './indico';
import { parseCsv } from './csv';
import { parseIndicoTimetable } from './indico-timetable';
import { redactSecrets } from '../text/redact';
import { clipMiddle } from '../text/clip';
import type { FeedWarning } from '../programme/model';

export { FeedError } from './feed-error';
export { detectFormat } from './detect';
export type { FeedFormat, ParseOptions, ParseResult } from './types';

/** Feeds larger than this are refused before parsing (the largest real feed seen is 2.7 MB). */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;

const parsers: Partial<Record<FeedFormat, FeedParser>> = {
  native: parseNative,
  'frab-xml': parseFrabXml,
  'schedule-json': parseScheduleJson,
  pretalx: parsePretalxWidget,
  ical: parseICalendar,
  indico: parseIndico,
  csv: parseCsv,
  'indico-timetable': parseIndicoTimetable,
};

export function parseFeed(text: string, options: ParseOptions): ParseResult {
  if (text.length > MAX_FEED_BYTES) {
    throw new FeedError(`the feed is larger than ${MAX_FEED_BYTES / 1024 / 1024} MB`);
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') throw new FeedError('the feed is empty');
  // JSON is read once here, with its caps, and handed to the format's parser.
  const head = source.trimStart();
  const json = head.startsWith('{') || head.startsWith('[') ? readJson(head) : undefined;
  const format = detectFormat(source, json);
  const parser = parsers[format];
  if (!parser) throw new FeedError(`the ${format} format is not supported yet`);
  const result = parser(source, json === undefined ? options : { ...options, parsedJson: json });
  // Every parser's warnings leave through here: one place to keep credentials out of them.
  return { ...result, warnings: result.warnings.map(redactWarning) };
}

function redactWarning(warning: FeedWarning): FeedWarning {
  const message = clipMiddle(redactSecrets(warning.message));
  return warning.at === undefined ? { message } : { message, at: clipMiddle(redactSecrets(warning.at)) };
}
