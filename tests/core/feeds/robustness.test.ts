/** "Never crash, never hang": whatever the bytes, parseFeed returns or throws a FeedError. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FeedError, parseFeed } from '../../../core/feeds';
import { haveFeeds, readFeed } from './real-feeds';
import type { Programme } from '../../../core/programme/model';
import { FEED_FORMATS, WRITERS, plainSession } from '../hostile/feed-builders';
import type { FeedSessionText, FeedText } from '../hostile/feed-builders';

const options = { defaultTimeZone: 'Europe/Vienna' };

type Outcome = 'parsed' | 'refused';

/** Parses text; anything thrown but a FeedError with a message fails the property. */
function onlyFeedErrors(text: string): Outcome {
  try {
    parseFeed(text, options);
    return 'parsed';
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    if (error.message.trim() === '') throw new Error('a FeedError without a message', { cause: error });
    return 'refused';
  }
}

const HEADS = ['<schedule>', '<?xml version="1.0"?><schedule><conference>', 'BEGIN:VCALENDAR\n', '{"schedule":{"conference":', '{"talks":[', '{"results":[{"contributions":['];

describe('parseFeed on hostile input', () => {
  it('throws nothing but FeedError for arbitrary text after a format header', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HEADS), fc.string({ maxLength: 300 }), (head, tail) => void onlyFeedErrors(head + tail)),
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
      // The whole feed parses, so a refusal below comes from the cut and not from a feed we cannot read.
      expect(onlyFeedErrors(text), name).toBe('parsed');
      const outcomes = new Set<Outcome>();
      fc.assert(
        fc.property(fc.integer({ min: 1, max: text.length - 1 }), (cut) => void outcomes.add(onlyFeedErrors(text.slice(0, cut)))),
        { numRuns: 40 },
      );
      // Most cuts break the document's structure: some must be refused with a FeedError, or the cut never reached the parser.
      expect(outcomes.has('refused'), name).toBe(true);
    }
  });
});

/** A hang detector, not a performance goal: one parse of a few kB must never take seconds. */
const HANG_MS = 2_000;

function timedOnlyFeedErrors(text: string): void {
  const started = performance.now();
  onlyFeedErrors(text);
  expect(performance.now() - started).toBeLessThan(HANG_MS);
}

/** Text an organiser could type: printable ASCII and any Unicode grapheme, including markup characters. */
const fieldText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('<b>bold</b>', 'a & b', '"quoted"', "it's", 'x\\ny', 'semi;colon,comma', ']]>', '\u202Ertl'),
);

const session = (index: number): fc.Arbitrary<FeedSessionText> =>
  fc.record({
    title: fieldText,
    subtitle: fieldText,
    abstract: fieldText,
    person: fieldText,
    room: fieldText,
    track: fieldText,
    linkTitle: fieldText,
    startSlot: fc.integer({ min: 0, max: 40 }),
    minutes: fc.integer({ min: 0, max: 180 }),
  }).map(({ startSlot, minutes, ...text }) => ({
    ...plainSession(index),
    ...text,
    start: `${String(6 + Math.floor(startSlot / 4)).padStart(2, '0')}:${String((startSlot % 4) * 15).padStart(2, '0')}`,
    minutes,
  }));

const feedText: fc.Arbitrary<FeedText> = fc
  .integer({ min: 0, max: 5 })
  .chain((count) => fc.tuple(fieldText, ...Array.from({ length: count }, (_, index) => session(index))))
  .map(([conferenceTitle, ...sessions]) => ({ conferenceTitle, sessions }));

type Mutation = { kind: 'delete' | 'insert' | 'duplicate' | 'replace'; at: number; length: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'duplicate', 'replace'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 40 }),
  text: fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('<', '>', '"', '{', '}', '[', ']', ',', ':', '\\', '\r\n', 'BEGIN:VEVENT', '</schedule>', '<!DOCTYPE x [<!ENTITY a "b">]>', '\u0000', '-99999-01-01T25:61:00+99:00')),
});

function mutate(text: string, change: Mutation): string {
  const at = change.at % (text.length + 1);
  const end = Math.min(text.length, at + change.length);
  switch (change.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(end);
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'duplicate':
      return text.slice(0, end) + text.slice(at, end) + text.slice(end);
    case 'replace':
      return text.slice(0, at) + change.text + text.slice(end);
  }
}

/** Our own format, written from the model: what the app would publish of any programme it read. */
function toNative(programme: Programme): string {
  return JSON.stringify({
    format: 'go-local-companion/1',
    version: programme.version,
    conference: programme.conference,
    sessions: programme.sessions.map((s) => ({ ...s, persons: s.persons.map((p) => p.name) })),
  });
}

describe.each(FEED_FORMATS)('the %s parser on generated and mutated feeds', (format) => {
  const write = WRITERS[format];
  // A spreadsheet with a header and no rows is an error by design (the other formats allow empty programmes).
  const hasRowsIfCsv = (feed: FeedText): boolean => format !== 'csv' || feed.sessions.length > 0;

  it('reads every well-formed programme, whatever its text, with every session', () => {
    fc.assert(
      fc.property(feedText, (feed) => {
        fc.pre(hasRowsIfCsv(feed));
        const started = performance.now();
        const { format: detected, programme } = parseFeed(write(feed), options);
        expect(performance.now() - started).toBeLessThan(HANG_MS);
        expect(detected).toBe(format);
        expect(programme.sessions).toHaveLength(feed.sessions.length);
        expect(new Set(programme.sessions.map((s) => s.id)).size).toBe(programme.sessions.length);
      }),
      { numRuns: 150 },
    );
  });

  it('throws nothing but FeedError, in bounded time, for mutated feeds', () => {
    fc.assert(
      fc.property(feedText, fc.array(mutation, { minLength: 1, maxLength: 4 }), (feed, changes) => {
        timedOnlyFeedErrors(changes.reduce(mutate, write(feed)));
      }),
      { numRuns: 300 },
    );
  });

  it('survives a round trip through the native format unchanged', () => {
    fc.assert(
      fc.property(feedText, (feed) => {
        fc.pre(hasRowsIfCsv(feed));
        const first = parseFeed(write(feed), options).programme;
        const again = parseFeed(toNative(first), options);
        expect(again.format).toBe('native');
        // Only the native format states room hosts; the others leave the optional list out.
        const expected = { ...first, conference: { ...first.conference, roomHosts: first.conference.roomHosts ?? [] } };
        expect(again.programme).toEqual(expected);
        expect(parseFeed(toNative(again.programme), options).programme).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});

describe('parseFeed on duplicate and colliding ids', () => {
  it('gives every session its own id, even when a feed repeats ids that collide with the renamed ones', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'a~2', 'a~3', 'b', ''), { minLength: 1, maxLength: 8 }), (ids) => {
        const feed = { conferenceTitle: 'Ids', sessions: ids.map((id, index) => plainSession(index, { id, title: 'Same', room: 'Same' })) };
        const { programme } = parseFeed(WRITERS.native(feed), options);
        expect(new Set(programme.sessions.map((s) => s.id)).size).toBe(ids.length);
      }),
      { numRuns: 200 },
    );
  });
});
