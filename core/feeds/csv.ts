/**
 * Spreadsheets saved as CSV (Google Sheets "publish as CSV", Excel, LibreOffice):
 * one row per session, columns found by their header names (csv-headers.ts).
 * A row that cannot be read is left out with a warning naming its row and
 * column; a file with no readable row is an error. Text comes in already
 * decoded (UTF-8 or Windows-1252 bytes are the loader's business); a BOM is
 * removed by parseFeed. No conference title: a spreadsheet has none.
 */
import { FeedError } from './feed-error';
import type { FeedParser } from './types';
import type { FeedWarning, Room } from '../programme/model';
import { finishProgramme } from './finish-programme';
import { chooseFeedZone } from './feed-zone';
import { feedRoom } from './feed-room';
import { oneLine } from './plain-text';
import { readCsvTable, type Separator } from './csv-table';
import { matchColumns } from './csv-headers';
import { isZoneName, readRow, type RowSession } from './csv-row';
import { withCsvIds } from './csv-ids';

/** The value that occurs most often; the first of them on a tie. */
function mostUsed(values: readonly string[]): string {
  const counts = new Map<string, number>();
  let best = values[0] ?? '';
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > (counts.get(best) ?? 0)) best = value;
  }
  return best;
}

/** Ends the warning of every row the parser could not read. */
const LEFT_OUT = '; row left out';

/** The rows a CSV parse left out ("row 4"), from its warnings, for the feed checker's summary. */
export const leftOutRows = (warnings: readonly FeedWarning[]): string[] =>
  warnings.filter((w) => w.message.endsWith(LEFT_OUT) && w.at).map((w) => w.at as string);

/** A row longer than the header: its cells have shifted, most often by a separator in an unquoted cell. */
function overflowProblem(cells: number, header: readonly string[], separator: Separator): string {
  const last = header[header.length - 1]?.trim() ?? '';
  const shown = separator === '\t' ? 'tab' : separator;
  return `this row has ${cells} cells and the header ${header.length} columns: the cells after ${last} are ignored (a ${shown} inside a cell needs quotes around the cell)`;
}

export const parseCsv: FeedParser = (text, options) => {
  const warnings: FeedWarning[] = [];
  const { header, headerRow, rows, separator } = readCsvTable(text);
  const columns = matchColumns(header, headerRow, warnings);
  // Rows without a zone are read in the default zone; the conference's is the zone most rows use.
  const zoneColumn = columns.timeZone;
  const named = zoneColumn === undefined ? [] : rows.map((r) => oneLine(r.cells[zoneColumn] ?? '')).filter(isZoneName);
  const unnamed = Array<string>(rows.length - named.length).fill(options.defaultTimeZone);
  const zone = named.length === 0 ? chooseFeedZone('', options.defaultTimeZone, warnings, `row ${headerRow}`) : mostUsed([...named, ...unnamed]);

  const rooms = new Map<string, Room>();
  const room = (name: string, url: string): Room => {
    const key = `${name}\n${url}`;
    let found = rooms.get(key);
    if (!found) rooms.set(key, (found = feedRoom(name, url)));
    return found;
  };
  const read: RowSession[] = [];
  let firstProblem = '';
  for (const { row, cells, overflow } of rows) {
    if (overflow !== undefined) warnings.push({ message: overflowProblem(overflow, header, separator), at: `row ${row}` });
    const reading = readRow(cells, { header, columns, zone: options.defaultTimeZone, room });
    if (!reading.ok) {
      warnings.push({ message: `${reading.problem}${LEFT_OUT}`, at: `row ${row}` });
      firstProblem ||= `row ${row}: ${reading.problem}`;
      continue;
    }
    if (reading.value.session.title === '') warnings.push({ message: `${header[columns.title as number]?.trim()} is empty`, at: `row ${row}` });
    read.push(reading.value);
  }
  // Without an End or Duration column only a range in the start cell (09:00–10:30) gives a length.
  if (columns.end === undefined && columns.duration === undefined && read.every(({ session }) => session.end === session.start)) {
    warnings.push({ message: 'no end (End/Ende) or duration (Duration/Dauer) column; sessions have no length', at: `row ${headerRow}` });
  }
  if (read.length === 0) {
    throw new FeedError(rows.length === 0 ? 'a header row but no sessions below it' : `none of the ${rows.length} rows could be read (first: ${firstProblem})`, `row ${headerRow + 1}`);
  }
  return finishProgramme(
    'csv',
    {
      conference: { title: '', subtitle: '', timeZone: zone, start: '', end: '', url: '', isSample: false },
      version: '',
      sessions: withCsvIds(read),
    },
    warnings,
  );
};
