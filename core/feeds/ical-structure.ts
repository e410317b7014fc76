/**
 * A line scan of an iCalendar file before ical.js sees it. ical.js reports
 * structural errors without line numbers ("component began but did not end"),
 * and its component tree is built by recursion, so nesting is capped here.
 * The scan also remembers where each VEVENT starts, for warnings.
 */
import { FeedError } from './feed-error';

/** VCALENDAR > VEVENT > VALARM is 3 deep; VTIMEZONE > STANDARD likewise. */
export const MAX_ICAL_DEPTH = 16;

export interface ICalOutline {
  /** 1-based line of each BEGIN:VEVENT directly inside a VCALENDAR, in file order. */
  eventLines: number[];
}

export function outlineICalendar(text: string): ICalOutline {
  const lines = text.split(/\r\n|\n|\r/);
  const open: { name: string; line: number }[] = [];
  const eventLines: number[] = [];
  lines.forEach((raw, index) => {
    const line = index + 1;
    const begin = /^BEGIN:([A-Za-z0-9-]+)\s*$/i.exec(raw);
    if (begin) {
      const name = (begin[1] as string).toUpperCase();
      if (open.length >= MAX_ICAL_DEPTH) throw new FeedError(`components nested deeper than ${MAX_ICAL_DEPTH} levels`, `line ${line}`);
      if (name === 'VEVENT' && open.length === 1 && open[0]?.name === 'VCALENDAR') eventLines.push(line);
      open.push({ name, line });
      return;
    }
    const end = /^END:([A-Za-z0-9-]+)\s*$/i.exec(raw);
    if (!end) return;
    const name = (end[1] as string).toUpperCase();
    const top = open.pop();
    if (!top) throw new FeedError(`END:${name} without a matching BEGIN`, `line ${line}`);
    if (top.name !== name) throw new FeedError(`END:${name} where BEGIN:${top.name} (line ${top.line}) should end`, `line ${line}`);
  });
  const unclosed = open[open.length - 1];
  if (unclosed) throw new FeedError(`BEGIN:${unclosed.name} is never closed`, `line ${unclosed.line}`);
  return { eventLines };
}

/** Best effort for ical.js errors that quote the offending (unfolded) line. */
export function lineQuotedIn(message: string, text: string): string | undefined {
  // ical.js ends such messages with the line in quotes: `invalid line (…) "X"`, `Invalid parameters in 'X'`.
  const quoted = /(?:\) |in )["'](.+)["']$/s.exec(message)?.[1];
  if (!quoted) return undefined;
  const index = text.indexOf(quoted.slice(0, 40));
  if (index < 0) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return `line ${line}`;
}
