/**
 * The figures measured in Node: parse-and-normalize against the raw parse of
 * the same bytes, search as you type, and the .ics export.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { parseFeed } from '../core/feeds';
import { XML_PARSER_OPTIONS } from '../core/feeds/xml-document';
import { SessionSearch } from '../core/search/session-search';
import { exportCalendar } from '../core/calendar/ics-export';
import { layoutTimeline, MAX_BLOCKS } from '../core/schedule/timeline-layout';
import type { Session } from '../core/programme/model';
import { BENCH_FORMATS, generateProgramme, writeFormat, type BenchFormat } from './generate';
import { percentile, median, round, timeOnce, timePair, type Figure } from './stats';

const PARSE_GOAL = 'normalize ≤ 1.5× raw parse';
const PARSE_LIMIT = 1.5;

/** The same options core/feeds/xml-document.ts gives fast-xml-parser. */
const rawXml = new XMLParser(XML_PARSER_OPTIONS);

type RawKind = 'xml' | 'json' | 'ical';
const rawKindOf: Record<BenchFormat, RawKind> = {
  'frab-xml': 'xml',
  'schedule-json': 'json',
  pretalx: 'json',
  ical: 'ical',
  indico: 'json',
  native: 'json',
};

const rawParse: Record<RawKind, (text: string) => unknown> = {
  xml: (text): unknown => rawXml.parse(text) as unknown,
  json: (text): unknown => JSON.parse(text) as unknown,
  ical: (text): unknown => ICAL.parse(text) as unknown,
};

export interface NodeOptions {
  runs: number;
  log: (line: string) => void;
}

function parseFigure(label: string, text: string, kind: RawKind, runs: number): Figure {
  const options = { defaultTimeZone: 'Europe/Vienna' };
  const pair = timePair(
    () => parseFeed(text, options),
    () => rawParse[kind](text),
    runs,
  );
  const ratio = median(pair.ratios);
  // The goal is judged on the whole of parseFeed against the raw parse; the note also gives the
  // normalizing alone (parseFeed's time beyond the raw parse it contains), per run, as a ratio to the raw parse.
  const beyondRaw = median(pair.ratios.map((r) => r - 1));
  return {
    name: `parse ${label}`,
    value: round(median(pair.subject)),
    unit: 'ms',
    reference: round(median(pair.reference)),
    ratio: round(ratio),
    goal: PARSE_GOAL,
    met: ratio <= PARSE_LIMIT,
    note: `parseFeed vs ${kind === 'xml' ? 'XMLParser.parse (same options)' : kind === 'json' ? 'JSON.parse' : 'ICAL.parse'}; ${(text.length / 1e6).toFixed(2)} MB; normalizing beyond the raw parse ${round(beyondRaw)}× raw`,
  };
}

/** The largest file in <repo>/../shared/feeds, when that folder is there. */
export function largestSharedFeed(repo: string): { name: string; path: string } | null {
  const dir = join(repo, '..', 'shared', 'feeds');
  if (!existsSync(dir)) return null;
  const feeds = readdirSync(dir)
    .filter((name) => /\.(xml|json|ics)$/i.test(name))
    .map((name) => ({ name, path: join(dir, name), size: statSync(join(dir, name)).size }))
    .sort((a, b) => b.size - a.size);
  return feeds[0] ?? null;
}

function kindOfFile(name: string): RawKind {
  if (/\.xml$/i.test(name)) return 'xml';
  if (/\.ics$/i.test(name)) return 'ical';
  return 'json';
}

export function parseFigures(repo: string, sizes: readonly number[], opts: NodeOptions): Figure[] {
  const figures: Figure[] = [];
  const real = largestSharedFeed(repo);
  if (real) {
    figures.push(parseFigure(real.name, readFileSync(real.path, 'utf8'), kindOfFile(real.name), opts.runs));
    opts.log(`  ${figures.at(-1)?.name}`);
  } else {
    opts.log('  ../shared/feeds is not here: the real-feed figure is left out');
  }
  for (const size of sizes) {
    const programme = generateProgramme(size);
    // Fewer runs for the big files: each is seconds for the slow formats, and medians of 5 already hold.
    const runs = size >= 10_000 ? Math.max(3, Math.ceil(opts.runs / 2)) : opts.runs;
    for (const format of BENCH_FORMATS) {
      figures.push(parseFigure(`${format} ${size}`, writeFormat(programme, format), rawKindOf[format], runs));
      opts.log(`  ${figures.at(-1)?.name}`);
    }
  }
  return figures;
}

/** Queries typed a keystroke at a time: topics, a name with and without its accent, a misspelling, two words. */
export const QUERIES = ['monitoring', 'human rights', 'accessibility', 'muller', 'müller', 'graz workshop', 'climate adaptaton', 'open data vienna'];

export function searchFigures(size: number, opts: NodeOptions): Figure[] {
  const sessions = parseFeed(writeFormat(generateProgramme(size), 'native'), { defaultTimeZone: 'Europe/Vienna' }).programme.sessions;
  const builds: number[] = [];
  let search: SessionSearch | undefined;
  for (let i = 0; i < 3; i++) builds.push(timeOnce(() => (search = new SessionSearch(sessions))));
  if (!search) throw new Error('unreachable');
  const index = search;
  const keystrokes = QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
  for (const prefix of keystrokes) index.search(prefix);
  const times: number[] = [];
  for (let rep = 0; rep < opts.runs; rep++) {
    for (const prefix of keystrokes) {
      const start = performance.now();
      index.search(prefix);
      times.push(performance.now() - start);
    }
  }
  const p95 = percentile(times, 95);
  return [
    { name: `search p50 per keystroke ${size}`, value: round(percentile(times, 50), 3), unit: 'ms', note: `${keystrokes.length} keystrokes × ${opts.runs}` },
    { name: `search p95 per keystroke ${size}`, value: round(p95, 3), unit: 'ms', goal: 'p95 ≤ 4 ms at 10k', met: p95 <= 4 },
    { name: `search index build ${size}`, value: round(median(builds)), unit: 'ms', note: 'new SessionSearch(sessions); runs when a programme is shown' },
  ];
}

export function icsFigure(size: number, opts: NodeOptions): Figure {
  const sessions: Session[] = parseFeed(writeFormat(generateProgramme(size), 'native'), { defaultTimeZone: 'Europe/Vienna' }).programme.sessions;
  const run = (): string =>
    exportCalendar({
      sessions,
      calendarName: 'Benchmark',
      feedUrl: 'https://golocal.example.org/feed.json',
      alarmMinutes: 10,
      exportedAt: Date.UTC(2031, 0, 1),
      sequences: () => 0,
      displayZone: 'America/New_York',
    });
  run();
  const times = Array.from({ length: opts.runs }, () => timeOnce(run));
  const value = median(times);
  return { name: `ics export ${size}`, value: round(value), unit: 'ms', goal: '≤ 100 ms', met: value <= 100, note: 'exportCalendar, with alarms and the display zone' };
}

/** One day of `count` half-hour sessions in `rooms` rooms, spread evenly over 15 hours from 08:00 Graz time (at 10k they overlap: lanes and caps at work). */
function crowdedDay(count: number, rooms: number): Session[] {
  const first = Date.parse('2031-03-03T07:00:00Z');
  const spacing = (15 * 3_600_000) / Math.ceil(count / rooms);
  return Array.from({ length: count }, (_, i) => {
    const start = first + Math.floor(Math.floor(i / rooms) * spacing);
    return {
      id: `t${i}`,
      title: `Talk ${i}`,
      subtitle: '',
      abstract: '',
      start: new Date(start).toISOString(),
      end: new Date(start + 30 * 60_000).toISOString(),
      timeZone: 'Europe/Vienna',
      room: { name: `Room ${i % rooms}`, url: null, kind: 'bbb' },
      track: '',
      type: '',
      language: 'en',
      persons: [],
      links: [],
    };
  });
}

export function timelineFigure(count: number, rooms: number, opts: NodeOptions): Figure {
  const sessions = crowdedDay(count, rooms);
  const run = (): unknown => layoutTimeline(sessions, 'America/New_York');
  run();
  const times = Array.from({ length: opts.runs }, () => timeOnce(run));
  return {
    name: `timeline layout ${count} / ${rooms} rooms`,
    value: round(median(times)),
    unit: 'ms',
    note: `layoutTimeline for one day (all ${count} sessions on it, drawn up to ${MAX_BLOCKS}); runs when the day or zone changes`,
  };
}
