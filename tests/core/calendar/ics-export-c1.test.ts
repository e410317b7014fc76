/**
 * `npm run feed -- ics` writes the calendar to stdout as it is (it is the file
 * itself), so the export must hold no terminal controls: C0 were dropped, but a
 * C1 control such as U+009B is a one-byte CSI on many terminals ("\u009B2J"
 * clears the screen) and has no place in calendar text either.
 */
import { describe, expect, it } from 'vitest';
import { exportCalendar } from '../../../core/calendar/ics-export';
import { session } from './sessions';

const C1 = /[\u0080-\u009F]/;

describe('calendar export and C1 controls', () => {
  it('drops them from summary, location and description', () => {
    const hostile = session({
      id: 'c1',
      title: 'Clear\u009B2J screen \u0085 and \u009D0;title\u009C',
      abstract: 'Body \u009B31m red',
      start: '2024-02-05T10:00:00Z',
      end: '2024-02-05T11:00:00Z',
    });
    const text = exportCalendar({ sessions: [hostile], calendarName: 'Cal\u009B2J', feedUrl: null, exportedAt: 0, sequences: () => 0 });
    expect(text).not.toMatch(C1);
    expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:Clear2J screen and 0\\;title');
  });
});
