import { describe, expect, it } from 'vitest';
import { bookmarkedIdsOf } from '../../core/schedule/bookmarked-ids';
import { displayZoneOf } from '../../core/time/display-zone';

describe('one helper per rule', () => {
  it('shows times in the chosen zone, or the machine zone when none is chosen', () => {
    expect(displayZoneOf({ displayZone: 'Asia/Kathmandu' }, 'Europe/Vienna')).toBe('Asia/Kathmandu');
    expect(displayZoneOf({ displayZone: null }, 'Europe/Vienna')).toBe('Europe/Vienna');
  });

  it('collects the bookmarked session ids', () => {
    const ids = bookmarkedIdsOf([{ sessionId: 'a' }, { sessionId: 'b' }, { sessionId: 'a' }]);
    expect([...ids].sort()).toEqual(['a', 'b']);
    expect(ids.has('c')).toBe(false);
  });
});
