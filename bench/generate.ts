/**
 * Synthetic programmes for the benchmark: one deterministic list of sessions
 * (seeded PRNG, so every run and every machine sees the same bytes), written
 * out in each feed format the app reads. Sizes and text lengths follow real
 * feeds: FOSDEM-like abstracts, 1–3 speakers, a dozen tracks, tens of rooms.
 */

export type BenchFormat = 'frab-xml' | 'schedule-json' | 'pretalx' | 'ical' | 'indico' | 'native';

export const BENCH_FORMATS: readonly BenchFormat[] = ['frab-xml', 'schedule-json', 'pretalx', 'ical', 'indico', 'native'];

export const ZONE = 'Europe/Vienna';
/** The zone's offset on every generated day (March 2031, before the DST change). */
const OFFSET_MS = 3_600_000;
const OFFSET = '+01:00';
const FIRST_DAY_MS = Date.UTC(2031, 2, 3);
const DAY_MS = 86_400_000;

export interface GenSession {
  code: string;
  title: string;
  subtitle: string;
  abstract: string;
  startMs: number;
  endMs: number;
  roomIndex: number;
  trackIndex: number;
  type: string;
  language: string;
  persons: { code: string; first: string; last: string }[];
  url: string;
}

export interface GenProgramme {
  title: string;
  rooms: string[];
  tracks: string[];
  days: string[];
  sessions: GenSession[];
}

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
export function generateProgramme(count: number, seed = 2031): GenProgramme {
  const random = prng(seed);
  const dayCount = Math.max(4, Math.ceil(count / 1250));
  const perDay = Math.ceil(count / dayCount);
  // At most 12 slots of up to 75 minutes per room from 09:00: every session starts and ends on its day.
  const roomCount = Math.max(8, Math.ceil(perDay / 12));
  const rooms = Array.from({ length: roomCount }, (_, i) => `${pick(random, CITIES)} Room ${i + 1}`);
  const days = Array.from({ length: dayCount }, (_, d) => new Date(FIRST_DAY_MS + d * DAY_MS).toISOString().slice(0, 10));
  const sessions: GenSession[] = [];
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
      sessions.push({
        code: `BX${String(n).padStart(5, '0')}`,
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
          return { code: `P${first.slice(0, 2).toUpperCase()}${last.slice(0, 3).toUpperCase()}`, first, last };
        }),
        url: `https://golocal.example.org/2031/talk/BX${String(n).padStart(5, '0')}/`,
      });
    }
  }
  return { title: `Benchmark Conference (${count} sessions)`, rooms, tracks: TRACKS, days, sessions };
}

// --- shared text helpers -------------------------------------------------------

const pad = (n: number): string => String(n).padStart(2, '0');
/** Wall time in the conference zone, from an instant. */
function wall(ms: number): { date: string; time: string; compact: string } {
  const d = new Date(ms + OFFSET_MS);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return { date, time, compact: `${date.replace(/-/g, '')}T${time.replace(':', '')}00` };
}
const withOffset = (ms: number): string => `${wall(ms).date}T${wall(ms).time}:00${OFFSET}`;
const duration = (s: GenSession): string => {
  const minutes = (s.endMs - s.startMs) / 60_000;
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
};
const personName = (p: GenSession['persons'][number]): string => `${p.first} ${p.last}`;

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// --- formats -------------------------------------------------------------------

function frabXml(p: GenProgramme): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<schedule>', '  <version>bench-1</version>'];
  out.push(
    '  <conference>',
    `    <title>${xmlText(p.title)}</title>`,
    `    <start>${p.days[0]}</start>`,
    `    <end>${p.days[p.days.length - 1]}</end>`,
    `    <days>${p.days.length}</days>`,
    '    <day_change>04:00</day_change>',
    '    <timeslot_duration>00:15</timeslot_duration>',
    `    <time_zone_name>${ZONE}</time_zone_name>`,
    '  </conference>',
  );
  const slots = new Map<string, GenSession[]>();
  for (const s of p.sessions) {
    const key = `${wall(s.startMs).date}|${s.roomIndex}`;
    slots.set(key, [...(slots.get(key) ?? []), s]);
  }
  p.days.forEach((day, d) => {
    out.push(`  <day index="${d + 1}" date="${day}">`);
    p.rooms.forEach((room, r) => {
      out.push(`    <room name="${xmlText(room)}">`);
      for (const s of slots.get(`${day}|${r}`) ?? []) {
        out.push(
          `      <event guid="${s.code}" id="${s.code.slice(2)}">`,
          `        <date>${withOffset(s.startMs)}</date>`,
          `        <start>${wall(s.startMs).time}</start>`,
          `        <duration>${duration(s)}</duration>`,
          `        <room>${xmlText(room)}</room>`,
          `        <slug>${s.code.toLowerCase()}</slug>`,
          `        <url>${s.url}</url>`,
          `        <title>${xmlText(s.title)}</title>`,
          `        <subtitle>${xmlText(s.subtitle)}</subtitle>`,
          `        <track>${xmlText(p.tracks[s.trackIndex] ?? '')}</track>`,
          `        <type>${s.type}</type>`,
          `        <language>${s.language}</language>`,
          `        <abstract>${xmlText(s.abstract)}</abstract>`,
          '        <description></description>',
          '        <persons>',
          ...s.persons.map((person) => `          <person id="${person.code}">${xmlText(personName(person))}</person>`),
          '        </persons>',
          '        <links>',
          `          <link href="${s.url}slides.pdf">Slides</link>`,
          '        </links>',
          '      </event>',
        );
      }
      out.push('    </room>');
    });
    out.push('  </day>');
  });
  out.push('</schedule>', '');
  return out.join('\n');
}

function frabEvent(p: GenProgramme, s: GenSession): Record<string, unknown> {
  return {
    url: s.url,
    id: Number(s.code.slice(2)),
    guid: s.code,
    date: withOffset(s.startMs),
    start: wall(s.startMs).time,
    duration: duration(s),
    room: p.rooms[s.roomIndex],
    slug: s.code.toLowerCase(),
    title: s.title,
    subtitle: s.subtitle,
    track: p.tracks[s.trackIndex],
    type: s.type,
    language: s.language,
    abstract: s.abstract,
    description: '',
    persons: s.persons.map((person) => ({ id: person.code, public_name: personName(person) })),
    links: [{ url: `${s.url}slides.pdf`, title: 'Slides' }],
    attachments: [],
  };
}

function scheduleJson(p: GenProgramme): string {
  const days = p.days.map((day, d) => {
    const rooms: Record<string, unknown[]> = {};
    for (const room of p.rooms) rooms[room] = [];
    for (const s of p.sessions) if (wall(s.startMs).date === day) rooms[p.rooms[s.roomIndex] as string]?.push(frabEvent(p, s));
    return { index: d + 1, date: day, day_start: `${day}T04:00:00${OFFSET}`, day_end: `${day}T23:59:00${OFFSET}`, rooms };
  });
  return JSON.stringify({
    schedule: {
      version: 'bench-1',
      base_url: 'https://golocal.example.org/2031/',
      conference: {
        acronym: 'bench',
        title: p.title,
        start: p.days[0],
        end: p.days[p.days.length - 1],
        daysCount: p.days.length,
        time_zone_name: ZONE,
        timeslot_duration: '00:15',
        rooms: p.rooms.map((name) => ({ name })),
        days,
      },
    },
  });
}

function pretalxWidget(p: GenProgramme): string {
  const speakers = new Map<string, { code: string; name: string; avatar: null }>();
  for (const s of p.sessions) for (const person of s.persons) speakers.set(person.code, { code: person.code, name: personName(person), avatar: null });
  return JSON.stringify({
    talks: p.sessions.map((s) => ({
      code: s.code,
      id: Number(s.code.slice(2)),
      title: s.title,
      abstract: s.abstract,
      speakers: s.persons.map((person) => person.code),
      track: s.trackIndex + 1,
      start: withOffset(s.startMs),
      end: withOffset(s.endMs),
      room: s.roomIndex + 1,
      duration: (s.endMs - s.startMs) / 60_000,
      content_locale: s.language,
    })),
    version: 'bench-1',
    timezone: ZONE,
    event_start: p.days[0],
    event_end: p.days[p.days.length - 1],
    tracks: p.tracks.map((name, i) => ({ id: i + 1, name: { en: name }, color: `#${((i * 0x2f5b3) & 0xffffff).toString(16).padStart(6, '0')}` })),
    rooms: p.rooms.map((name, i) => ({ id: i + 1, name: { en: name }, description: {} })),
    speakers: [...speakers.values()],
  });
}

/** RFC 5545 TEXT escaping and 75-octet line folding. */
const icalText = (value: string): string => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Never split a UTF-8 sequence: back up over continuation bytes.
    while (end < bytes.length && ((bytes[end] as number) & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74;
  }
  return parts.join('\r\n ');
}

function iCalendar(p: GenProgramme): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//synthetic//EN', `X-WR-CALNAME:${icalText(p.title)}`, `X-WR-TIMEZONE:${ZONE}`];
  for (const s of p.sessions) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${s.code}@golocal.example.org`,
      'DTSTAMP:20310101T000000Z',
      `DTSTART;TZID=${ZONE}:${wall(s.startMs).compact}`,
      `DTEND;TZID=${ZONE}:${wall(s.endMs).compact}`,
      `SUMMARY:${icalText(s.title)}`,
      `DESCRIPTION:${icalText(`${s.abstract}\n\nSpeakers: ${s.persons.map(personName).join(', ')}`)}`,
      `LOCATION:${icalText(p.rooms[s.roomIndex] ?? '')}`,
      `CATEGORIES:${icalText(p.tracks[s.trackIndex] ?? '')}`,
      `URL:${s.url}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.map(fold).join('\r\n');
}

function indico(p: GenProgramme): string {
  const stamp = (ms: number) => ({ date: wall(ms).date, time: `${wall(ms).time}:00`, tz: ZONE });
  const first = p.sessions[0];
  const last = p.sessions[p.sessions.length - 1];
  return JSON.stringify({
    count: 1,
    additionalInfo: {},
    _type: 'HTTPAPIResult',
    url: 'https://indico.example.org/export/event/2031.json?detail=contributions',
    results: [
      {
        id: '2031',
        title: p.title,
        timezone: ZONE,
        url: 'https://indico.example.org/event/2031/',
        startDate: first ? stamp(first.startMs) : null,
        endDate: last ? stamp(last.endMs) : null,
        contributions: p.sessions.map((s) => ({
          id: s.code.slice(2),
          db_id: Number(s.code.slice(2)),
          friendly_id: Number(s.code.slice(2)),
          title: s.title,
          description: s.abstract,
          startDate: stamp(s.startMs),
          endDate: stamp(s.endMs),
          duration: (s.endMs - s.startMs) / 60_000,
          roomFullname: p.rooms[s.roomIndex],
          room: p.rooms[s.roomIndex],
          location: 'Online',
          track: p.tracks[s.trackIndex],
          type: s.type,
          session: null,
          keywords: [],
          url: s.url,
          speakers: s.persons.map((person, i) => ({
            first_name: person.first,
            last_name: person.last,
            fullName: `${person.last}, ${person.first}`,
            affiliation: 'City of Graz',
            _type: 'ContributionParticipation',
            id: String(i),
          })),
          primaryauthors: [],
        })),
      },
    ],
    ts: 1_930_000_000,
  });
}

function native(p: GenProgramme): string {
  return JSON.stringify({
    format: 'go-local-companion/1',
    version: 'bench-1',
    conference: {
      title: p.title,
      subtitle: '',
      timeZone: ZONE,
      start: p.days[0],
      end: p.days[p.days.length - 1],
      url: 'https://golocal.example.org/2031/',
      isSample: false,
      roomHosts: [],
    },
    sessions: p.sessions.map((s) => ({
      id: s.code,
      title: s.title,
      subtitle: s.subtitle,
      abstract: s.abstract,
      start: withOffset(s.startMs),
      end: withOffset(s.endMs),
      room: { name: p.rooms[s.roomIndex], url: `https://bbb.example.org/rooms/room-${s.roomIndex + 1}/join`, kind: 'bbb' },
      track: p.tracks[s.trackIndex],
      type: s.type,
      language: s.language,
      persons: s.persons.map(personName),
      links: [{ title: 'Slides', url: `${s.url}slides.pdf` }],
    })),
  });
}

export function writeFormat(programme: GenProgramme, format: BenchFormat): string {
  switch (format) {
    case 'frab-xml':
      return frabXml(programme);
    case 'schedule-json':
      return scheduleJson(programme);
    case 'pretalx':
      return pretalxWidget(programme);
    case 'ical':
      return iCalendar(programme);
    case 'indico':
      return indico(programme);
    case 'native':
      return native(programme);
  }
}
