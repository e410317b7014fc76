/** Now & next on absurd programmes: whatever the feed holds, the lists it hands to the page are bounded. */
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../core/programme/model';
import { MAX_LIVE, nowAndNext } from '../../../core/schedule/now-next';
import { makeSession } from '../support/model';

const NINE = Date.parse('2024-02-05T09:00:00Z');
const at = (id: string, startMs: number, endMs: number): Session =>
  makeSession({ id, start: new Date(startMs).toISOString(), end: new Date(endMs).toISOString() });

describe('Now & next limits', () => {
  const crowd = Array.from({ length: 150_000 }, (_, i) => at(`s${i}`, NINE, NINE + 60_000));

  it('150,000 sessions starting in the same minute: the next slot is cut to the limit, bookmarks first, and the rest counted', () => {
    const result = nowAndNext(crowd, new Set(['s149999']), NINE - 60_000);
    expect(result.next).toHaveLength(12);
    expect(result.next[0]?.id).toBe('s149999');
    expect(result.leftOut).toEqual({ live: 0, next: 150_000 - 12 });
  });

  it('150,000 sessions live at once: the first MAX_LIVE are listed and the rest counted', () => {
    const result = nowAndNext(crowd, new Set(), NINE + 30_000);
    expect(result.live).toHaveLength(MAX_LIVE);
    expect(result.leftOut.live).toBe(150_000 - MAX_LIVE);
  });

  it('keeps whole time slots after the first one', () => {
    const sessions = [at('a', NINE, NINE + 1), at('b', NINE + 60_000, NINE + 120_000), at('c', NINE + 60_000, NINE + 120_000)];
    const result = nowAndNext(sessions, new Set(), NINE - 1, { limit: 2 });
    expect(result.next.map((s) => s.id)).toEqual(['a']);
    expect(result.leftOut.next).toBe(0);
  });
});
