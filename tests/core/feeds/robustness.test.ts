/** "Never crash, never hang": whatever the bytes, parseFeed returns or throws a FeedError. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FeedError, parseFeed } from '../../../core/feeds';
import { haveFeeds, readFeed } from './real-feeds';

const options = { defaultTimeZone: 'Europe/Vienna' };

function onlyFeedErrors(text: string): void {
  try {
    parseFeed(text, options);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
  }
}

const HEADS = ['<schedule>', '<?xml version="1.0"?><schedule><conference>', 'BEGIN:VCALENDAR\n', '{"schedule":{"conference":', '{"talks":[', '{"results":[{"contributions":['];

describe('parseFeed on hostile input', () => {
  it('throws nothing but FeedError for arbitrary text after a format header', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HEADS), fc.string({ maxLength: 300 }), (head, tail) => onlyFeedErrors(head + tail)),
      { numRuns: 600 },
    );
  });

  it('throws nothing but FeedError for JSON values of any shape in the right places', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        for (const wrap of [
          { schedule: { conference: { time_zone_name: 'UTC', days: [{ date: '2024-01-01', rooms: { A: [value] } }] }, events: [value] } },
          { talks: [value] },
          { results: [{ timezone: 'UTC', contributions: [value] }] },
        ]) onlyFeedErrors(JSON.stringify(wrap));
      }),
      { numRuns: 300 },
    );
  });

  it.skipIf(!haveFeeds)('throws nothing but FeedError for truncated real feeds', () => {
    for (const name of ['good2025-pretalx.xml', 'good2025-pretalx.json', 'pydatalondon2023-pretalx-widget-v2.json', 'good2025-pretalx.ics', 'indico-xdc2021-export.json']) {
      const text = readFeed(name);
      fc.assert(fc.property(fc.integer({ min: 1, max: text.length - 1 }), (cut) => onlyFeedErrors(text.slice(0, cut))), { numRuns: 40 });
    }
    expect(true).toBe(true);
  });
});
