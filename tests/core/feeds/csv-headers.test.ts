/** Finding the columns of a spreadsheet programme by their header names. */
import { describe, expect, it } from 'vitest';
import { columnLetter, isProgrammeHeader, matchColumns, normalizeHeader } from '../../../core/feeds/csv-headers';
import { FeedError } from '../../../core/feeds';
import type { FeedWarning } from '../../../core/programme/model';

const columnsOf = (header: string[], warnings: FeedWarning[] = []) => matchColumns(header, 1, warnings);

function failure(header: string[]): FeedError {
  try {
    columnsOf(header);
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
}

describe('normalizeHeader', () => {
  it.each([
    ['  Title ', 'title'],
    ['TITEL', 'titel'],
    ['Referent*innen', 'referent'],
    ['Referent:innen', 'referent'],
    ['Länge', 'lange'],
    ['Start time (CET)', 'start time cet'],
    ['Room_link', 'room link'],
    ['Straße', 'strasse'],
  ])('%j -> %j', (name, normal) => {
    expect(normalizeHeader(name)).toBe(normal);
  });
});

describe('matchColumns', () => {
  it('reads the English and the German names of every field', () => {
    const english = ['Title', 'Date', 'Start', 'End date', 'End', 'Duration', 'Room', 'Room link', 'Track', 'Type', 'Speakers', 'Abstract', 'Language', 'ID', 'Time zone'];
    const german = ['Titel', 'Datum', 'Beginn', 'Enddatum', 'Ende', 'Dauer', 'Raum', 'Raumlink', 'Track', 'Format', 'Vortragende', 'Beschreibung', 'Sprache', 'ID', 'Zeitzone'];
    const fields = ['title', 'date', 'start', 'endDate', 'end', 'duration', 'room', 'roomUrl', 'track', 'type', 'speakers', 'abstract', 'language', 'id', 'timeZone'];
    const expected = Object.fromEntries(fields.map((field, index) => [field, index]));
    expect(columnsOf(english)).toEqual(expected);
    expect(columnsOf(german)).toEqual(expected);
  });

  it('ignores case, accents, spacing and gender forms, and takes the obvious variants', () => {
    const warnings: FeedWarning[] = [];
    expect(columnsOf([' TITEL ', 'Startzeit', 'Referent*innen', 'Link', 'Länge'], warnings)).toEqual({ title: 0, start: 1, speakers: 2, roomUrl: 3, duration: 4 });
    expect(columnsOf(['Session title', 'Uhrzeit', 'Datum'])).toEqual({ title: 0, start: 1, date: 2 });
    expect(warnings).toEqual([]);
  });

  it('prefers the usual name over a variant, and says which column it left out', () => {
    const warnings: FeedWarning[] = [];
    expect(columnsOf(['Link', 'Title', 'Start', 'Room link'], warnings)).toMatchObject({ roomUrl: 3 });
    expect(warnings).toEqual([{ message: "column 'Link' (column A) not read: 'Room link' (column D) is used instead", at: 'row 1' }]);
  });

  it('lists the columns it does not read', () => {
    const warnings: FeedWarning[] = [];
    columnsOf(['Title', 'Start', 'Budget', '', 'Notes'], warnings);
    expect(warnings).toEqual([{ message: "columns not read: 'Budget' (column C), 'Notes' (column E)", at: 'row 1' }]);
  });

  it('refuses two columns that give the same field equally well, naming both', () => {
    const error = failure(['Title', 'Start', 'Titel']);
    expect(error.message).toBe("the columns 'Title' (column A) and 'Titel' (column C) both give the title (Title/Titel); keep one or rename the other (at row 1)");
    expect(failure(['Title', 'Start time', 'Startzeit']).message).toMatch(/'Start time' \(column B\) and 'Startzeit' \(column C\) both give the start/);
  });

  it('refuses a header without a title or a start, naming what it found', () => {
    expect(failure(['Name', 'Datum', 'Raum']).message).toBe(
      "the header row has no title (Title/Titel) column; found 'Name' (column A), 'Datum' (column B), 'Raum' (column C) (at row 1)",
    );
    expect(failure(['Title', 'Room']).message).toMatch(/^the header row has no start \(Start\/Beginn, or Date\/Datum holding date and time\) column; found 'Title' \(column A\), 'Room' \(column B\)/);
    expect(failure(['Room', 'Speakers']).message).toMatch(/no title \(Title\/Titel\) and no start/);
  });
});

describe('isProgrammeHeader', () => {
  it('wants a title and a date or start column', () => {
    expect(isProgrammeHeader(['Titel', 'Datum'])).toBe(true);
    expect(isProgrammeHeader(['Title', 'Start time'])).toBe(true);
    expect(isProgrammeHeader(['Title', 'Room'])).toBe(false);
    expect(isProgrammeHeader(['hello'])).toBe(false);
  });
});

it('names columns by their spreadsheet letters', () => {
  expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
});
