import type { FeedWarning, Programme } from '../programme/model';

export type FeedFormat = 'native' | 'frab-xml' | 'schedule-json' | 'pretalx' | 'ical' | 'indico' | 'indico-timetable' | 'csv';

export interface ParseOptions {
  /** Zone for feeds that state none (old Pentabarf, floating iCalendar). */
  defaultTimeZone: string;
  /** Where the feed came from; used to scope ids and to name the source in messages. */
  sourceUrl?: string;
  /** The feed already read as JSON (by format detection), so JSON parsers do not parse it twice. */
  parsedJson?: unknown;
}

export interface ParseResult {
  format: FeedFormat;
  programme: Programme;
  warnings: FeedWarning[];
}

/** Every format module exports one of these. It throws only FeedError. */
export type FeedParser = (text: string, options: ParseOptions) => ParseResult;
