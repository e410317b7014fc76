/**
 * What Indico's two JSON exports (the event export and the timetable export)
 * write the same way: times as {date, time, tz} and people with a name.
 */
import type { FeedWarning } from '../programme/model';
import { isKnownTimeZone } from '../settings';
import { instantOf } from '../time/zoned';
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
