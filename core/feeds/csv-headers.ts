/**
 * Which spreadsheet column holds which session field, from the header row's
 * names in English or German. Names are compared trimmed, without case,
 * accents or punctuation, and with German gender forms (Referent*innen,
 * Referent:innen) reduced, so an organiser's own wording usually just works.
 * Each field has its usual names and a few looser variants: a usual name
 * beats a variant, and two columns that match a field equally well are an
 * error naming both, never a guess.
 */
import { FeedError } from './feed-error';
import type { FeedWarning } from '../programme/model';

export type CsvField =
  | 'title'
  | 'date'
  | 'start'
  | 'end'
  | 'endDate'
  | 'duration'
  | 'room'
  | 'roomUrl'
  | 'track'
  | 'type'
  | 'speakers'
  | 'abstract'
  | 'language'
  | 'id'
  | 'timeZone';

interface FieldNames {
  /** What the message calls the field. */
  label: string;
  usual: readonly string[];
  variants: readonly string[];
}

/** Normalized names (see normalizeHeader). Each name belongs to one field only. */
const FIELDS: Record<CsvField, FieldNames> = {
  title: { label: 'title (Title/Titel)', usual: ['title', 'titel'], variants: ['session', 'subject', 'betreff', 'session title', 'session name', 'talk', 'talk title', 'vortrag', 'vortragstitel', 'veranstaltung'] },
  date: { label: 'date (Date/Datum)', usual: ['date', 'datum'], variants: ['day', 'tag', 'session date', 'start date', 'startdatum', 'event date'] },
  start: {
    label: 'start (Start/Beginn)',
    usual: ['start', 'beginn'],
    variants: ['start time', 'starttime', 'startzeit', 'begin', 'beginnzeit', 'uhrzeit', 'time', 'zeit', 'from', 'von', 'starts'],
  },
  endDate: { label: 'end date (End date/Enddatum)', usual: ['end date', 'enddatum'], variants: ['date end', 'bis datum'] },
  end: { label: 'end (End/Ende)', usual: ['end', 'ende'], variants: ['end time', 'endtime', 'endzeit', 'until', 'bis', 'to', 'ends', 'finish'] },
  duration: {
    label: 'duration (Duration/Dauer)',
    usual: ['duration', 'dauer'],
    variants: ['length', 'lange', 'laenge', 'minutes', 'minuten', 'duration min', 'dauer min', 'duration minutes', 'dauer minuten'],
  },
  room: { label: 'room (Room/Raum)', usual: ['room', 'raum'], variants: ['room name', 'raumname', 'location', 'ort', 'venue', 'stage', 'saal'] },
  roomUrl: {
    label: 'room link (Room link/Raumlink)',
    usual: ['room link', 'raumlink', 'raum link', 'room url'],
    variants: ['link', 'url', 'bbb link', 'join link', 'meeting link', 'online link', 'bigbluebutton', 'bigbluebutton link'],
  },
  track: { label: 'track (Track)', usual: ['track'], variants: ['tracks', 'stream', 'themenbereich', 'category', 'kategorie', 'thema', 'topic', 'theme'] },
  type: { label: 'type (Type/Format)', usual: ['type', 'format'], variants: ['session type', 'typ', 'art', 'kind', 'veranstaltungsart'] },
  speakers: {
    label: 'speakers (Speakers/Vortragende)',
    usual: ['speakers', 'vortragende'],
    variants: ['speaker', 'vortragender', 'referent', 'referentin', 'referenten', 'referentinnen', 'presenter', 'presenters', 'persons', 'people', 'personen', 'sprecher', 'sprecherin'],
  },
  abstract: {
    label: 'abstract (Abstract/Beschreibung)',
    usual: ['abstract', 'beschreibung'],
    variants: ['description', 'summary', 'zusammenfassung', 'kurzbeschreibung', 'details', 'inhalt'],
  },
  language: { label: 'language (Language/Sprache)', usual: ['language', 'sprache'], variants: ['lang', 'languages', 'sprachen'] },
  id: { label: 'id (ID)', usual: ['id'], variants: ['session id', 'guid', 'uid', 'code'] },
  timeZone: { label: 'time zone (Time zone/Zeitzone)', usual: ['time zone', 'timezone', 'zeitzone'], variants: ['tz', 'zone'] },
};

const FIELD_OF_NAME = new Map<string, { field: CsvField; rank: number }>();
for (const [field, names] of Object.entries(FIELDS) as [CsvField, FieldNames][]) {
  for (const name of names.usual) FIELD_OF_NAME.set(name, { field, rank: 0 });
  for (const name of names.variants) FIELD_OF_NAME.set(name, { field, rank: 1 });
}

/** "  Referent*innen " -> "referent", "Startzeit (MEZ)" -> "startzeit mez", "Länge" -> "lange". */
export function normalizeHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[*:_/(]innen\)?/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A header cell as messages quote it: trimmed, short, with its column letter. */
export const describeColumn = (header: readonly string[], index: number): string =>
  `'${(header[index] ?? '').trim().slice(0, 40)}' (column ${columnLetter(index)})`;

export type CsvColumns = Partial<Record<CsvField, number>>;

interface Matches {
  columns: CsvColumns;
  /** Per field, the columns that matched its best rank, when more than one did. */
  clashes: [CsvField, number[]][];
  /** Columns that matched a field only loosely while another column matched it better. */
  outranked: [number, number][];
  unknown: number[];
}

function match(header: readonly string[]): Matches {
  const best = new Map<CsvField, { rank: number; indices: number[] }>();
  const loose: [CsvField, number][] = [];
  const unknown: number[] = [];
  header.forEach((cell, index) => {
    const name = normalizeHeader(cell);
    if (name === '') return;
    const hit = FIELD_OF_NAME.get(name);
    if (!hit) return void unknown.push(index);
    const current = best.get(hit.field);
    if (!current || hit.rank < current.rank) {
      if (current) for (const other of current.indices) loose.push([hit.field, other]);
      best.set(hit.field, { rank: hit.rank, indices: [index] });
    } else if (hit.rank === current.rank) current.indices.push(index);
    else loose.push([hit.field, index]);
  });
  const columns: CsvColumns = {};
  const clashes: [CsvField, number[]][] = [];
  for (const [field, { indices }] of best) {
    if (indices.length > 1) clashes.push([field, indices]);
    columns[field] = indices[0];
  }
  return { columns, clashes, outranked: loose.map(([field, index]) => [index, columns[field] as number]), unknown };
}

/** For format detection: does this row name a title and a date or start column? */
export function isProgrammeHeader(header: readonly string[]): boolean {
  const { columns } = match(header);
  return columns.title !== undefined && (columns.date !== undefined || columns.start !== undefined);
}

const MAX_LISTED = 12;

/** The columns of a header row; FeedError (at row 1 as the spreadsheet counts) when it cannot be read. */
export function matchColumns(header: readonly string[], headerRow: number, warnings: FeedWarning[]): CsvColumns {
  const at = `row ${headerRow}`;
  const { columns, clashes, outranked, unknown } = match(header);
  const [clash] = clashes;
  if (clash) {
    const [field, indices] = clash;
    throw new FeedError(`the columns ${indices.map((i) => describeColumn(header, i)).join(' and ')} both give the ${FIELDS[field].label}; keep one or rename the other`, at);
  }
  const missing = [
    ...(columns.title === undefined ? [FIELDS.title.label] : []),
    ...(columns.date === undefined && columns.start === undefined ? ['start (Start/Beginn, or Date/Datum holding date and time)'] : []),
  ];
  if (missing.length > 0) {
    const found = header.map((cell, index) => (cell.trim() ? describeColumn(header, index) : '')).filter(Boolean);
    const shown = found.length > MAX_LISTED ? [...found.slice(0, MAX_LISTED), `… ${found.length - MAX_LISTED} more`] : found;
    throw new FeedError(`the header row has no ${missing.join(' and no ')} column; found ${shown.join(', ') || 'no names'}`, at);
  }
  for (const [loose, winner] of outranked) {
    warnings.push({ message: `column ${describeColumn(header, loose)} not read: ${describeColumn(header, winner)} is used instead`, at });
  }
  if (unknown.length > 0) {
    const names = unknown.slice(0, MAX_LISTED).map((i) => describeColumn(header, i));
    warnings.push({ message: `columns not read: ${names.join(', ')}${unknown.length > MAX_LISTED ? ` and ${unknown.length - MAX_LISTED} more` : ''}`, at });
  }
  return columns;
}
