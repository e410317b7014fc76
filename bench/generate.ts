/**
 * Synthetic programmes for the benchmark: one deterministic list of sessions
 * (seeded PRNG, so every run and every machine sees the same bytes), written
 * out in each feed format the app reads by the shared writers
 * (tests/support/feeds). Sizes and text lengths follow real feeds:
 * FOSDEM-like abstracts, 1–3 speakers, a dozen tracks, tens of rooms.
 */
import { FEED_WRITERS, OFFSET_MS, type FeedProgramme, type FeedSession } from '../tests/support/feeds';

export type BenchFormat = 'frab-xml' | 'schedule-json' | 'pretalx' | 'ical' | 'indico' | 'native';

export const BENCH_FORMATS: readonly BenchFormat[] = ['frab-xml', 'schedule-json', 'pretalx', 'ical', 'indico', 'native'];

export { ZONE } from '../tests/support/feeds';
const FIRST_DAY_MS = Date.UTC(2031, 2, 3);
const DAY_MS = 86_400_000;

/** mulberry32: small, fast, good enough to make text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'human rights', 'local government', 'monitoring', 'accessibility', 'climate adaptation', 'housing', 'migration',
  'participation', 'open data', 'public transport', 'education', 'health', 'digital inclusion', 'anti-discrimination',
  'action plans', 'indicators', 'budgeting', 'youth councils', 'refugee reception', 'gender equality', 'mobility',
  'water', 'energy poverty', 'urban planning', 'policing', 'disability rights', 'language rights', 'elderly care',
];
const VERBS = ['Monitoring', 'Measuring', 'Building', 'Funding', 'Designing', 'Scaling', 'Evaluating', 'Teaching', 'Mapping', 'Governing'];
const FORMS = ['Workshop', 'Panel', 'Keynote', 'Lightning talk', 'Working group', 'Case study', 'Round table', 'Q&A'];
const CITIES = ['Graz', 'Vienna', 'Barcelona', 'Utrecht', 'Gwangju', 'Bogotá', 'Montréal', 'São Paulo', 'Nairobi', 'Lund', 'Kraków', 'Zürich'];
const FIRST = ['Anna', 'Jonas', 'María', 'Lukas', 'Sofía', 'Ahmed', 'Élise', 'Kenji', 'Zoë', 'Mateusz', 'Amara', 'João', 'Ingrid', 'Tomás', 'Leila', 'Björn', 'Chiara', 'Dmitri', 'Fatima', 'Hannah'];
const LAST = ['Müller', 'García', 'Nowak', 'Okafor', 'Lindqvist', 'Rossi', 'Dubois', 'Tanaka', 'Kowalski', 'Schmid', 'Pereira', 'Haddad', 'Novák', 'Jansen', 'Öztürk', 'Fischer', 'Moreau', 'Silva', 'Kim', 'Wagner'];
const FILLER = [
  'we look at', 'what worked in', 'the lessons from', 'a practical guide to', 'three years of', 'open questions about',
  'the evidence on', 'tools for', 'a comparison of', 'first results from', 'how residents shaped', 'the cost of',
];
const TRACKS = ['Academy', 'Conference', 'Cities', 'Research', 'Civil society', 'Data', 'Law', 'Practice', 'Youth', 'Climate', 'Digital', 'Health'];
const TYPES = ['talk', 'workshop', 'panel', 'keynote', 'lightning', 'break'];
const LANGUAGES = ['en', 'en', 'en', 'de', 'es', 'fr'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function sentence(random: () => number): string {
  const words = `${pick(random, FILLER)} ${pick(random, TOPICS)} in ${pick(random, CITIES)}, and ${pick(random, FILLER)} ${pick(random, TOPICS)}`;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

/**
 * `count` sessions over ceil(count / 1250) days (at least 4): 1,000 sessions
 * make 4 days of 250, 10,000 make 8 days of 1,250. Rooms run 30-, 45- and
 * 60-minute slots from 09:00.
 */
export function generateProgramme(count: number, seed = 2031): FeedProgramme {
  const random = prng(seed);
  const dayCount = Math.max(4, Math.ceil(count / 1250));
  const perDay = Math.ceil(count / dayCount);
  // At most 12 slots of up to 75 minutes per room from 09:00: every session starts and ends on its day.
  const roomCount = Math.max(8, Math.ceil(perDay / 12));
  const rooms = Array.from({ length: roomCount }, (_, i) => ({ name: `${pick(random, CITIES)} Room ${i + 1}`, url: `https://bbb.example.org/rooms/room-${i + 1}/join` }));
  const days = Array.from({ length: dayCount }, (_, d) => new Date(FIRST_DAY_MS + d * DAY_MS).toISOString().slice(0, 10));
  const sessions: FeedSession[] = [];
  for (let d = 0; d < dayCount && sessions.length < count; d++) {
    const cursor = new Array<number>(roomCount).fill(FIRST_DAY_MS + d * DAY_MS + 9 * 3_600_000 - OFFSET_MS);
    for (let i = 0; i < perDay && sessions.length < count; i++) {
      const roomIndex = i % roomCount;
      const startMs = cursor[roomIndex] as number;
      const minutes = pick(random, [30, 45, 60]);
      cursor[roomIndex] = startMs + (minutes + 15) * 60_000;
      const n = sessions.length + 1;
      const topic = pick(random, TOPICS);
      const personCount = 1 + Math.floor(random() * 3);
      const abstract = Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(random)).join(' ');
      const code = `BX${String(n).padStart(5, '0')}`;
      const url = `https://golocal.example.org/2031/talk/${code}/`;
      sessions.push({
        id: code,
        numericId: n,
        title: `${pick(random, VERBS)} ${topic}: ${pick(random, FILLER)} ${pick(random, TOPICS)} in ${pick(random, CITIES)}`,
        subtitle: random() < 0.3 ? `${pick(random, FORMS)} on ${pick(random, TOPICS)}` : '',
        abstract,
        startMs,
        endMs: startMs + minutes * 60_000,
        roomIndex,
        trackIndex: Math.floor(random() * TRACKS.length),
        type: pick(random, TYPES),
        language: pick(random, LANGUAGES),
        persons: Array.from({ length: personCount }, () => {
          const first = pick(random, FIRST);
          const last = pick(random, LAST);
          return { id: `P${first.slice(0, 2).toUpperCase()}${last.slice(0, 3).toUpperCase()}`, first, last, name: `${first} ${last}` };
        }),
        url,
        links: [{ title: 'Slides', url: `${url}slides.pdf` }],
      });
    }
  }
  return { title: `Benchmark Conference (${count} sessions)`, version: 'bench-1', rooms, tracks: [...TRACKS], days, sessions };
}

export function writeFormat(programme: FeedProgramme, format: BenchFormat): string {
  return FEED_WRITERS[format](programme);
}
