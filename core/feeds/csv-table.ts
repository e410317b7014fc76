/**
 * CSV text -> rows of cells, via papaparse (RFC 4180 quoting: separators,
 * newlines and doubled quotes inside quoted fields). The separator is the one
 * the header line uses most: comma (Google Sheets, English Excel), semicolon
 * (German Excel) or tab; an Excel "sep=;" first line names it outright.
 * Rows are numbered as the spreadsheet shows them (the header is row 1, a
 * quoted field with line breaks is still one row). Everything is bounded:
 * rows, columns, cells per line; fields are bounded where they are read.
 */
import Papa from 'papaparse';
import { FeedError } from './feed-error';

export const MAX_CSV_ROWS = 50_000;
export const MAX_CSV_COLUMNS = 200;
/** Separators on one line of text; more means junk, refused before the parser builds a giant row. */
const MAX_SEPARATORS_PER_LINE = 10_000;
/** How much of the first line format detection looks at. */
const MAX_HEADER_CHARS = 64 * 1024;

export interface CsvRow {
  /** As the spreadsheet shows it: the header is row 1. */
  row: number;
  cells: string[];
  /** How many cells the row had when that is more than the header's columns and the extra ones hold text. */
  overflow?: number;
}

export interface CsvTable {
  header: string[];
  headerRow: number;
  rows: CsvRow[];
  separator: Separator;
}

export type Separator = ',' | ';' | '\t';

const EXCEL_SEPARATOR_LINE = /^sep=([,;\t])\r?\n/i;

function firstLineOf(text: string): string {
  const end = text.slice(0, MAX_HEADER_CHARS).search(/[\r\n]/);
  return end < 0 ? text.slice(0, MAX_HEADER_CHARS) : text.slice(0, end);
}

/** The separator used most often outside quotes on the header line; a comma when there is none. */
function separatorOf(line: string): Separator {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

function lineBreakOf(text: string): '\r\n' | '\n' | '\r' {
  const at = text.search(/[\r\n]/);
  if (at < 0 || text[at] === '\n') return '\n';
  return text[at + 1] === '\n' ? '\r\n' : '\r';
}

/** The header line's cells, for format detection (no bounds errors: detection only says yes or no). */
export function headerCells(text: string): string[] {
  const excel = EXCEL_SEPARATOR_LINE.exec(text);
  const line = firstLineOf(excel ? text.slice(excel[0].length) : text);
  const parsed = Papa.parse<string[]>(line, { delimiter: excel?.[1] ?? separatorOf(line), preview: 1 });
  return (parsed.data[0] ?? []).slice(0, MAX_CSV_COLUMNS);
}

/** Refuses a line with absurdly many separators before papaparse allocates a cell for each. */
function checkSeparatorsPerLine(text: string, separator: Separator): void {
  const code = separator.charCodeAt(0);
  let line = 1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      count = 0;
    } else if (c === code && ++count > MAX_SEPARATORS_PER_LINE) {
      const shown = separator === '\t' ? 'tab' : `"${separator}"`;
      throw new FeedError(`more than ${MAX_SEPARATORS_PER_LINE.toLocaleString('en')} ${shown} separators on one line; a programme has at most ${MAX_CSV_COLUMNS} columns`, `line ${line}`);
    }
  }
}

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

export function readCsvTable(text: string): CsvTable {
  const excel = EXCEL_SEPARATOR_LINE.exec(text);
  const body = excel ? text.slice(excel[0].length) : text;
  const separator = (excel?.[1] as Separator | undefined) ?? separatorOf(firstLineOf(body.trimStart()));
  checkSeparatorsPerLine(body, separator);

  let header: string[] | null = null;
  let headerRow = 0;
  const rows: CsvRow[] = [];
  let row = 0;
  let failure: FeedError | null = null;
  Papa.parse<string[]>(body, {
    delimiter: separator,
    newline: lineBreakOf(body),
    // Chunks let abort() stop a hostile file promptly instead of after the whole text.
    chunkSize: 1 << 20,
    step: (result, parser) => {
      row++;
      const fail = (error: FeedError): void => {
        failure ??= error;
        parser.abort();
      };
      if (row > MAX_CSV_ROWS) return fail(new FeedError(`more than ${MAX_CSV_ROWS.toLocaleString('en')} rows`, `row ${row}`));
      if (result.errors.some((error) => error.code === 'MissingQuotes')) {
        return fail(new FeedError('a quoted field here never closes (a " is missing or stray), so the rows after it cannot be read', `row ${row}`));
      }
      const cells = result.data;
      if (header === null) {
        if (isBlank(cells)) return;
        if (cells.length > MAX_CSV_COLUMNS) {
          return fail(new FeedError(`the header row has ${cells.length.toLocaleString('en')} columns; at most ${MAX_CSV_COLUMNS} are read`, `row ${row}`));
        }
        header = cells;
        headerRow = row;
        return;
      }
      if (isBlank(cells)) return;
      if (cells.length <= header.length) return void rows.push({ row, cells });
      // Empty cells after the last column are what Excel writes; text there means a shifted row.
      const overflow = isBlank(cells.slice(header.length)) ? undefined : cells.length;
      rows.push({ row, cells: cells.slice(0, header.length), ...(overflow === undefined ? {} : { overflow }) });
    },
  });
  if (failure) throw failure as FeedError;
  if (header === null) throw new FeedError('no header row (Title, Date, Start…)', 'row 1');
  return { header, headerRow, rows, separator };
}
