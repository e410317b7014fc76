/**
 * What Indico's two JSON exports (the event export and the timetable export)
 * write the same way: times as {date, time, tz} and people with a name.
 */
import type { FeedWarning } from '../programme/model';
import { isKnownTimeZone } from '../settings';
import { instantOf } from '../time/zoned';
import { datePrefixProblem } from '../time/calendar-date';
import { isObject, str } from './json-input';
import { oneLine } from './plain-text';

/**
 * {date: "2021-09-17", time: "14:10:00", tz: "UTC"} -> instant ms; null when absent or unreadable.
 * `path` names the value for a warning; it is called only then (paths are not built for every entry).
 */
export function indicoInstant(value: unknown, eventZone: string, warnings: FeedWarning[], path: () => string): number | null {
  if (!isObject(value)) return null;
  let zone = str(value.tz) || eventZone;
  if (!isKnownTimeZone(zone)) {
    warnings.push({ message: `unknown time zone "${zone}"; read in ${eventZone}`, at: `${path()}.tz` });
    zone = eventZone;
  }
  return instantOf(str(value.date), str(value.time), zone);
}

/** Why a {date, time, tz} value names an impossible date (30 February, year 0050); null when it does not. */
export function indicoRefusedDate(value: unknown): string | null {
  if (!isObject(value)) return null;
  const problem = datePrefixProblem(str(value.date));
  return problem ? `has a date ${JSON.stringify(str(value.date).slice(0, 40))} that ${problem}` : null;
}

/**
 * A person as either export names them: first_name/last_name (event export),
 * firstName/familyName (timetable), else fullName or name. Never the e-mail.
 */
export function indicoPersonName(person: unknown): string {
  if (!isObject(person)) return '';
  const first = str(person.first_name) || str(person.firstName);
  const last = str(person.last_name) || str(person.familyName);
  return oneLine(`${first} ${last}`) || oneLine(str(person.fullName) || str(person.name));
}
