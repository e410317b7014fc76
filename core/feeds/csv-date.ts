/**
 * A spreadsheet date cell -> YYYY-MM-DD. Read: ISO (2027-02-03), European
 * with dots (03.02.2027, 3.2.2027) and the month spelled out in English or
 * German, Austrian forms included (3 February 2027, February 3, 2027,
 * 3. Februar 2027, Feb 3 2027, 3. Jänner 2027), each optionally after a
 * weekday, which must then be right. Dates with slashes are refused, all of
 * them: 03/02/2027 is 3 February in Graz and 2 March in New York, and a
 * sheet whose unambiguous rows were read would hide that its other rows are not.
 */
export type Reading<T> = { ok: true; value: T } | { ok: false; problem: string };

export const ISO_HINT = 'use 2027-02-03';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januar: 1, janner: 1, jaenner: 1, jann: 1,
  feb: 2, febr: 2, february: 2, februar: 2, feber: 2,
  mar: 3, march: 3, marz: 3, maerz: 3, mrz: 3,
  apr: 4, april: 4,
  may: 5, mai: 5,
  jun: 6, june: 6, juni: 6,
  jul: 7, july: 7, juli: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, okt: 10, oktober: 10,
  nov: 11, november: 11,
  dec: 12, december: 12, dez: 12, dezember: 12,
};

/** Weekday names -> 0 (Sunday) to 6, English and German, long and short. */
const WEEKDAYS: Record<string, number> = {
  sun: 0, sunday: 0, so: 0, sonntag: 0,
  mon: 1, monday: 1, mo: 1, montag: 1,
  tue: 2, tues: 2, tuesday: 2, di: 2, dienstag: 2,
  wed: 3, wednesday: 3, mi: 3, mittwoch: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4, do: 4, donnerstag: 4,
  fri: 5, friday: 5, fr: 5, freitag: 5,
  sat: 6, saturday: 6, sa: 6, samstag: 6,
};
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DAY_NUMBER = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const YEAR = /^\d{4}$/;
const MAX_DATE_CHARS = 40;

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const pad = (n: number): string => String(n).padStart(2, '0');

/** A real calendar day (31.02. is not), in years a programme can plausibly have. */
function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Day, month name and year in either order, after punctuation is gone: ["3", "february", "2027"]. */
function spelledOut(tokens: readonly string[]): string | null {
  if (tokens.length !== 3) return null;
  const [a, b, year] = tokens as [string, string, string];
  if (!YEAR.test(year)) return null;
  const dayFirst = DAY_NUMBER.exec(a);
  const monthFirst = DAY_NUMBER.exec(b);
  if (dayFirst && MONTHS[b]) return calendarDate(Number(year), MONTHS[b], Number(dayFirst[1]));
  if (monthFirst && MONTHS[a]) return calendarDate(Number(year), MONTHS[a], Number(monthFirst[1]));
  return null;
}

function numeric(text: string): string | null {
  const iso = ISO.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dotted = DOTTED.exec(text);
  if (dotted) return calendarDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  return null;
}

function slashProblem(cell: string): string {
  const parts = /^(\d{1,2})\/(\d{1,2})\/\d{2,4}$/.exec(cell);
  const [first, second] = parts ? [Number(parts[1]), Number(parts[2])] : [0, 0];
  const example = first >= 1 && first <= 12 && second >= 1 && second <= 12
    ? `could be ${first} ${MONTH_NAMES[second - 1]} or ${second} ${MONTH_NAMES[first - 1]}`
    : 'uses slashes, which mean day/month in some countries and month/day in others';
  return `'${cell}' ${example}; ${ISO_HINT} (ISO) instead`;
}

export function readDate(raw: string): Reading<string> {
  const cell = raw.trim();
  const quoted = `'${cell.slice(0, MAX_DATE_CHARS)}'`;
  if (cell.length > MAX_DATE_CHARS) return { ok: false, problem: `${quoted}… is not a date; ${ISO_HINT}` };
  if (cell.includes('/')) return { ok: false, problem: slashProblem(cell) };
  // "Mi., 03.02.2027", "Wednesday, 3 February 2027": a weekday first is read, and checked below.
  const folded = fold(cell);
  const named = /^([a-z]+)\.?,?\s+/.exec(folded);
  const weekday = named ? WEEKDAYS[named[1] as string] : undefined;
  const rest = weekday === undefined ? folded : folded.slice((named as RegExpExecArray)[0].length);
  const date = numeric(rest) ?? spelledOut(rest.replace(/[.,]/g, ' ').trim().split(/[\s-]+/));
  if (date === null) return { ok: false, problem: `${quoted} is not a date; ${ISO_HINT}` };
  if (weekday !== undefined) {
    const actual = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (actual !== weekday) return { ok: false, problem: `${quoted}: ${date} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[weekday]}` };
  }
  return { ok: true, value: date };
}
