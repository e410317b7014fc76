/** Spreadsheets saved as CSV: one row per session, as Google Sheets and Excel write them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseFeed } from '../../../core/feeds';
import { feedFailure } from './feed-failure';

const options = { defaultTimeZone: 'Europe/Vienna' };
const parse = (text: string) => parseFeed(text, options);
const template = readFileSync(resolve(import.meta.dirname, '../../../assets/programme/template.csv'), 'utf8');

/** What "File → Share → Publish to web → CSV" serves: commas, CRLF, quotes only where needed. */
const GOOGLE_SHEET = [
  'Title,Date,Start,End,Room,Room link,Speakers,Abstract',
  'Opening,2027-02-03,09:00,09:30,Plenary Hall,https://bbb.example.org/rooms/plh-7kq-2xm-r4d/join,"Lenzbauer, Katharina; Reitenberger, Jonas","Welcome.',
  '',
  'Two paragraphs, one ""quoted"" word."',
  '"Cities, rights and budgets",2027-02-03,10:00,11:30,Room A,,Amina Diallo,',
].join('\r\n');

/**
 * German Excel's "CSV (Trennzeichen-getrennt)": semicolons, European dates, decimal commas.
 * Excel writes it in Windows-1252; the shared feed decoder turns those bytes into this text before
 * parseFeed sees it (the parser takes text only), so umlauts, ß and € arrive as themselves.
 */
const GERMAN_EXCEL = [
  'Titel;Datum;Beginn;Dauer;Raum;Referent*innen;Beschreibung',
  'Grußworte der Bürgermeisterin;03.02.2027;9.30;30;Großer Saal;Elke Kahr;Eröffnung',
  'Budgets für Menschenrechte: 5 € pro Kopf?;3. Februar 2027;14:00;1,5 Std.;Raum Ö;Jürgen Müller, Anna Öztürk;Straßenbahn, Übergänge',
].join('\r\n');

describe('CSV feeds', () => {
  it('reads a published Google Sheet: quoted separators, line breaks and doubled quotes', () => {
    const { format, programme, warnings } = parse(GOOGLE_SHEET);
    expect(format).toBe('csv');
    expect(warnings.map((w) => w.message)).toEqual(['no time zone in feed; times read in Europe/Vienna']);
    const [opening, cities] = programme.sessions;
    expect(opening).toMatchObject({
      title: 'Opening',
      start: '2027-02-03T08:00:00Z',
      end: '2027-02-03T08:30:00Z',
      timeZone: 'Europe/Vienna',
      room: { name: 'Plenary Hall', url: 'https://bbb.example.org/rooms/plh-7kq-2xm-r4d/join', kind: 'bbb' },
      persons: [{ name: 'Lenzbauer, Katharina' }, { name: 'Reitenberger, Jonas' }],
      abstract: 'Welcome.\n\nTwo paragraphs, one "quoted" word.',
    });
    expect(cities).toMatchObject({ title: 'Cities, rights and budgets', start: '2027-02-03T09:00:00Z', end: '2027-02-03T10:30:00Z', room: { name: 'Room A', url: null } });
  });

  it('reads a German Excel file: semicolons, European dates, umlauts, ß and €', () => {
    const { programme } = parse(GERMAN_EXCEL);
    expect(programme.sessions.map((s) => [s.title, s.start, s.end, s.room.name, s.persons.map((p) => p.name), s.abstract])).toEqual([
      ['Grußworte der Bürgermeisterin', '2027-02-03T08:30:00Z', '2027-02-03T09:00:00Z', 'Großer Saal', ['Elke Kahr'], 'Eröffnung'],
      ['Budgets für Menschenrechte: 5 € pro Kopf?', '2027-02-03T13:00:00Z', '2027-02-03T14:30:00Z', 'Raum Ö', ['Jürgen Müller', 'Anna Öztürk'], 'Straßenbahn, Übergänge'],
    ]);
  });

  it('reads tabs, a byte-order mark, an Excel "sep=" line and LF or CR line ends', () => {
    const rows = ['Title\tStart\tEnd', 'Tabbed\t2027-02-03 13:30\t15:00'];
    expect(parse(`\ufeff${rows.join('\n')}`).programme.sessions[0]).toMatchObject({ title: 'Tabbed', start: '2027-02-03T12:30:00Z', end: '2027-02-03T14:00:00Z' });
    expect(parse(rows.join('\r')).programme.sessions).toHaveLength(1);
    const sep = parse('sep=;\r\nTitle;Date;Start\r\nA, with comma;2027-02-03;1:30 PM\r\n').programme.sessions[0];
    expect(sep).toMatchObject({ title: 'A, with comma', start: '2027-02-03T12:30:00Z' });
  });

  it('reads each row in its own time zone, rows without one in the default zone; the conference zone is the one most rows use', () => {
    const text = 'Title,Date,Start,Dauer,Time zone\nGraz,2027-02-03,13:00,,\nNew York,2027-02-03,13:00,,America/New_York\nAlso Graz,2027-02-03,14:00,,Europe/Vienna\n';
    const { programme, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(programme.conference.timeZone).toBe('Europe/Vienna');
    const byTitle = Object.fromEntries(programme.sessions.map((s) => [s.title, [s.start, s.timeZone]]));
    expect(byTitle).toEqual({
      Graz: ['2027-02-03T12:00:00Z', 'Europe/Vienna'],
      'New York': ['2027-02-03T18:00:00Z', 'America/New_York'],
      'Also Graz': ['2027-02-03T13:00:00Z', 'Europe/Vienna'],
    });
    const elsewhere = parseFeed('Title,Date,Start,Zeitzone\nA,2027-02-03,13:00,America/New_York\nB,2027-02-03,14:00,America/New_York\nC,2027-02-03,14:00,\n', options);
    expect(elsewhere.programme.conference.timeZone).toBe('America/New_York');
    expect(parseFeed('Title,Date,Start\nA,2027-02-03,13:00\n', { defaultTimeZone: 'Asia/Kolkata' }).programme.sessions[0]).toMatchObject({ start: '2027-02-03T07:30:00Z', timeZone: 'Asia/Kolkata' });
  });

  it('reads an end across midnight as the next day, and an end as date and time', () => {
    const { programme } = parse('Title,Date,Start,End\nNight,2027-02-03,23:30,00:30\nLong,2027-02-03,09:00,04.02.2027 17:00\n');
    expect(programme.sessions.map((s) => [s.title, s.end])).toEqual([
      ['Long', '2027-02-04T16:00:00Z'],
      ['Night', '2027-02-03T23:30:00Z'],
    ]);
  });

  it('skips each unreadable row with its row number as the spreadsheet shows it, the column and what is expected', () => {
    const text = [
      'Titel,Datum,Beginn,Dauer,Zeitzone',
      '"Multi-line',
      'title",2027-02-03,10:00,30,',
      'Bad date,31.02.2027,10:00,30,',
      'Slashes,03/02/2027,10:00,30,',
      'Bad time,2027-02-03,25:00,30,',
      'Bad length,2027-02-03,10:00,ninety,',
      ',,,,',
      'Bad zone,2027-02-03,10:00,30,MEZ',
      'No time,2027-02-03,,30,',
      ',2027-02-03,11:00,30,',
    ].join('\n');
    const { programme, warnings } = parse(text);
    expect(programme.sessions.map((s) => s.title).sort()).toEqual(['', 'Multi-line title']);
    expect(warnings).toEqual([
      { message: 'no time zone in feed; times read in Europe/Vienna', at: 'row 1' },
      { message: "Datum: '31.02.2027' is not a date; use 2027-02-03; row left out", at: 'row 3' },
      { message: "Datum: '03/02/2027' could be 3 February or 2 March; use 2027-02-03 (ISO) instead; row left out", at: 'row 4' },
      { message: "Beginn: '25:00' is not a time; use 13:30 or 1:30 PM; row left out", at: 'row 5' },
      { message: "Dauer: 'ninety' is not a duration; use minutes (90), 1:30 or 1.5 h; row left out", at: 'row 6' },
      { message: "Zeitzone: 'MEZ' is not a time zone; use a name such as Europe/Vienna; row left out", at: 'row 8' },
      { message: 'Beginn: no start time; use 13:30 or 1:30 PM; row left out', at: 'row 9' },
      { message: 'Titel is empty', at: 'row 10' },
    ]);
  });

  it("reads Google Calendar's import layout: Subject, Start Date, Start Time, End Date, End Time", () => {
    const { programme, warnings } = parse('Subject,Start Date,Start Time,End Date,End Time,Description,Location\nNight shift,2027-02-03,10:00 PM,2027-02-04,2:00 AM,Until late,Online\n');
    expect(warnings.map((w) => w.message)).toEqual(['no time zone in feed; times read in Europe/Vienna']);
    expect(programme.sessions[0]).toMatchObject({ title: 'Night shift', start: '2027-02-03T21:00:00Z', end: '2027-02-04T01:00:00Z', abstract: 'Until late', room: { name: 'Online' } });
  });

  it('reads a time range in the start column, as German programmes write it', () => {
    const { programme, warnings } = parse('Titel;Datum;Uhrzeit\nPanel;03.02.2027;09:00–10:30\nAbend;03.02.2027;19-20 Uhr\n');
    expect(warnings.map((w) => w.message)).toEqual(['no time zone in feed; times read in Europe/Vienna']);
    expect(programme.sessions.map((s) => [s.title, s.start, s.end])).toEqual([
      ['Panel', '2027-02-03T08:00:00Z', '2027-02-03T09:30:00Z'],
      ['Abend', '2027-02-03T18:00:00Z', '2027-02-03T19:00:00Z'],
    ]);
  });

  it('refuses a date column and a start column that disagree', () => {
    const { warnings } = parse('Title,Date,Start\nA,2027-02-03,2027-02-03 10:00\nB,2027-02-03,2027-02-04 10:00\n');
    expect(warnings).toContainEqual({ message: 'Start says 2027-02-04 but Date says 2027-02-03; row left out', at: 'row 3' });
  });

  it('is an error when no row can be read, or the header lacks a title or start', () => {
    expect(feedFailure('Title,Date,Start\nA,31.02.2027,10:00\nB,2027-02-03,noon\n').message).toBe(
      "none of the 2 rows could be read (first: row 2: Date: '31.02.2027' is not a date; use 2027-02-03) (at row 2)",
    );
    expect(feedFailure('Title,Date,Start\n,,\n').message).toBe('a header row but no sessions below it (at row 2)');
    expect(feedFailure('Title;Datum;Titel\nA;2027-02-03;B\n').message).toMatch(/^the columns 'Title' \(column A\) and 'Titel' \(column C\) both give the title/);
  });

  it('warns about a row with more cells than the header, as an unquoted separator inside a field makes', () => {
    const text = ['Titel;Datum;Beginn;Ende;Vortragende;Sprache', 'Eröffnung;03.02.2027;09:00;10:00;Müller, Anna; Özdemir, Ünal;de', 'Abend;04.02.2027;19:00;20:00;Jörg;de;;'].join('\r\n');
    const { programme, warnings } = parse(text);
    expect(programme.sessions.map((s) => s.title)).toEqual(['Eröffnung', 'Abend']);
    expect(warnings).toContainEqual({ message: 'this row has 7 cells and the header 6 columns: the cells after Sprache are ignored (a ; inside a cell needs quotes around the cell)', at: 'row 2' });
    // Empty cells after the last column, as Excel writes them, are no problem.
    expect(warnings.filter((w) => w.at === 'row 3')).toEqual([]);
  });

  it('says when the sessions have no length', () => {
    const { programme, warnings } = parse('Title,Date,Start\nA,2027-02-03,10:00\n');
    expect(programme.sessions[0]?.end).toBe('2027-02-03T09:00:00Z');
    expect(warnings).toContainEqual({ message: 'no end (End/Ende) or duration (Duration/Dauer) column; sessions have no length', at: 'row 1' });
  });
});

describe('CSV ids', () => {
  const rows = ['Lunch,2027-02-03,12:00,Room A', 'Lunch,2027-02-03,12:00,Room B', 'Opening,2027-02-03,09:00,Plenary', 'Closing,2027-02-04,16:00,Plenary'];
  const ids = (lines: string[]) => Object.fromEntries(parse(['Title,Date,Start,Room', ...lines].join('\n')).programme.sessions.map((s) => [`${s.title} ${s.room.name}`, s.id]));

  it('derives ids from title, date and start that survive reordered rows, unique even for parallel sessions of one title', () => {
    const forward = ids(rows);
    expect(ids([...rows].reverse())).toEqual(forward);
    expect(new Set(Object.values(forward)).size).toBe(4);
    expect(forward['Opening Plenary']).toMatch(/^csv-[0-9a-z]+$/);
    expect(forward['Lunch Room A']).toMatch(/^csv-[0-9a-z]+-[0-9a-z]+$/);
  });

  it('keeps a derived id when the room, the date notation or the other rows change', () => {
    const before = ids(rows)['Opening Plenary'];
    expect(ids(['Opening,03.02.2027,9:00 am,Online Hall'])['Opening Online Hall']).toBe(before);
  });

  it('uses the id column when it has a value', () => {
    const { programme } = parse('ID,Title,Date,Start\nkeynote-1,Keynote,2027-02-03,09:00\n,Other,2027-02-03,10:00\n');
    expect(programme.sessions.map((s) => s.id)).toEqual(['keynote-1', expect.stringMatching(/^csv-/)]);
  });

  it('still gives identical rows distinct ids', () => {
    const { programme } = parse('Title,Date,Start\nSame,2027-02-03,09:00\nSame,2027-02-03,09:00\n');
    expect(new Set(programme.sessions.map((s) => s.id)).size).toBe(2);
  });
});

describe('CSV detection', () => {
  it.each([
    ['Title,Date,Start\n', 'csv'],
    ['"Titel";"Datum"\r\n', 'csv'],
    ['Session title\tStart time\n', 'csv'],
    ['\n\nTitle,Start\n', 'csv'],
  ])('sniffs %j as %s', (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it.each(['hello', 'Name,Room\nA,B', 'a,b,c\n1,2,3'])('keeps the "not a programme" message for %j', (text) => {
    expect(() => detectFormat(text)).toThrow(/not a programme feed this app can read/);
  });
});

describe('the shipped template', () => {
  it('is a usable programme without a single warning', () => {
    const { format, programme, warnings } = parse(template);
    expect(format).toBe('csv');
    expect(warnings).toEqual([]);
    expect(programme.conference.timeZone).toBe('Europe/Vienna');
    expect(programme.sessions.length).toBeGreaterThanOrEqual(5);
    expect(programme.sessions.every((s) => s.room.url === null || s.room.kind === 'bbb')).toBe(true);
  });
});
