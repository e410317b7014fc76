/**
 * A line scan of an iCalendar file before ical.js sees it. ical.js reports
 * structural errors without line numbers ("component began but did not end"),
 * and its component tree is built by recursion, so nesting is capped here.
 * The scan also remembers where each VEVENT and VTIMEZONE starts, for warnings.
 */
import { FeedError } from './feed-error';

/** VCALENDAR > VEVENT > VALARM is 3 deep; VTIMEZONE > STANDARD likewise. */
export const MAX_ICAL_DEPTH = 16;

export interface ICalOutline {
  /** 1-based line of each BEGIN:VEVENT directly inside a VCALENDAR, in file order. */
  eventLines: number[];
  /** 1-based line of each BEGIN:VTIMEZONE directly inside a VCALENDAR, in file order. */
  zoneLines: number[];
}

/** The component name of a BEGIN: or END: line, or null for any other line. */
const MARKER = /^(BEGIN|END):([A-Za-z0-9-]+)\s*$/i;

/**
 * Walks the lines by index instead of splitting the text: a big calendar has
 * hundreds of thousands of lines, and only BEGIN and END lines matter here.
 */
export function outlineICalendar(text: string): ICalOutline {
  const open: { name: string; line: number }[] = [];
  const eventLines: number[] = [];
  const zoneLines: number[] = [];
  // Where lines end: with no lone CR (the usual case) indexOf finds each LF natively; else a character walk.
  const onlyLf = !/\r(?!\n)/.test(text);
  const lineEnd = (from: number): number => {
    if (onlyLf) {
      const lf = text.indexOf('\n', from);
      const end = lf < 0 ? text.length : lf;
      return end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    }
    let to = from;
    while (to < text.length && text.charCodeAt(to) !== 10 && text.charCodeAt(to) !== 13) to++;
    return to;
  };
  let line = 0;
  for (let from = 0; from <= text.length; ) {
    line++;
    const to = lineEnd(from);
    const first = text.charCodeAt(from) | 0x20;
    // Only a line starting with B or E can be a marker; the regex runs on those alone.
    const marker = first === 0x62 || first === 0x65 ? MARKER.exec(text.slice(from, to)) : null;
    if (marker) {
      const name = (marker[2] as string).toUpperCase();
      if ((marker[1] as string).toUpperCase() === 'BEGIN') {
        if (open.length >= MAX_ICAL_DEPTH) throw new FeedError(`components nested deeper than ${MAX_ICAL_DEPTH} levels`, `line ${line}`);
        const inCalendar = open.length === 1 && open[0]?.name === 'VCALENDAR';
        if (inCalendar && name === 'VEVENT') eventLines.push(line);
        if (inCalendar && name === 'VTIMEZONE') zoneLines.push(line);
        open.push({ name, line });
      } else {
        const top = open.pop();
        if (!top) throw new FeedError(`END:${name} without a matching BEGIN`, `line ${line}`);
        if (top.name !== name) throw new FeedError(`END:${name} where BEGIN:${top.name} (line ${top.line}) should end`, `line ${line}`);
      }
    }
    // CRLF, LF and lone CR each end one line.
    from = text.charCodeAt(to) === 13 && text.charCodeAt(to + 1) === 10 ? to + 2 : to + 1;
  }
  const unclosed = open[open.length - 1];
  if (unclosed) throw new FeedError(`BEGIN:${unclosed.name} is never closed`, `line ${unclosed.line}`);
  return { eventLines, zoneLines };
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
