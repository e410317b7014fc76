/** The reason a feed with no sessions is refused says "warnings say why" only when some warning can. */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../core/feeds';
import { unusableReason } from '../../../core/feeds/usable';

const options = { defaultTimeZone: 'Europe/Vienna' };
const EMPTY_CALENDAR = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n';
const EMPTY_FRAB = '<?xml version="1.0"?><schedule><conference><title>Empty</title></conference><day date="2027-02-03" index="1"><room name="A"></room></day></schedule>';

describe('unusableReason', () => {
  it.each([EMPTY_CALENDAR, EMPTY_FRAB])('does not point at a note about the missing time zone as the reason: %#', (text) => {
    const result = parseFeed(text, options);
    expect(result.warnings.map((w) => w.message)).toEqual(['no time zone in feed; times read in Europe/Vienna']);
    expect(unusableReason(result)).toBe('the feed lists no sessions');
  });

  it('points at warnings about left-out sessions', () => {
    const result = parseFeed(EMPTY_CALENDAR.replace('END:VCALENDAR', 'X-WR-TIMEZONE:Europe/Vienna\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR'), options);
    expect(result.warnings.length).toBeGreaterThan(0);
    expect(unusableReason(result, true)).toBe(`the feed now lists no sessions it can show (${result.warnings.length} warning(s) say why)`);
  });
});
