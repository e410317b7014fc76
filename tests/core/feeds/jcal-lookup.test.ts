/**
 * An iCalendar event may carry hundreds of thousands of properties (a feed of
 * EXDATE lines), and a series asks the same event for its SUMMARY, LOCATION, …
 * once per occurrence. Each lookup must not walk the whole property list again,
 * or 600k EXDATEs on a daily series freeze the main process for half a minute.
 * The lookups are counted, not timed: the list is a Proxy that counts reads.
 */
import { describe, expect, it } from 'vitest';
import { allProperties, firstProperty, firstText, type JCalComponent, type JCalProperty } from '../../../core/feeds/jcal';

function countedEvent(propertyCount: number): { event: JCalComponent; reads: () => number } {
  const properties: JCalProperty[] = [['summary', {}, 'text', 'Talk']];
  for (let i = 0; i < propertyCount; i++) properties.push(['exdate', {}, 'date-time', '2026-03-02T10:00:00Z']);
  properties.push(['location', {}, 'text', 'Room 1']);
  let reads = 0;
  const counted = new Proxy(properties, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { event: ['vevent', counted, []], reads: () => reads };
}

describe('property lookups on one jCal component', () => {
  it('find the same answers', () => {
    const { event } = countedEvent(3);
    expect(firstText(event, 'summary')).toBe('Talk');
    expect(firstText(event, 'location')).toBe('Room 1');
    expect(firstProperty(event, 'dtstart')).toBeUndefined();
    expect(allProperties(event, 'exdate')).toHaveLength(3);
    expect(allProperties(event, 'rrule')).toEqual([]);
  });

  it('do not walk the whole list again for every lookup', () => {
    const size = 10_000;
    const { event, reads } = countedEvent(size);
    for (let i = 0; i < 1000; i++) {
      firstText(event, 'location');
      firstText(event, 'description');
      allProperties(event, 'rdate');
    }
    // One walk to index the list, then constant work per lookup.
    expect(reads()).toBeLessThan(3 * size);
  });
});
