/**
 * Indico's export API (export/event/N.json?detail=contributions): one event in
 * results[0], its contributions with {date, time, tz} start and end (often in
 * UTC) and a duration in minutes. The event's own timezone field is the zone
 * the programme is shown in. Rooms are often empty for online events.
 */
import { FeedError } from './feed-error';
import type { FeedParser } from './types';
import type { FeedWarning, Link, Person, Session } from '../programme/model';
import { finishProgramme } from './finish-programme';
import { dateInZone, toIsoInstant } from '../time/zoned';
import { indicoInstant, indicoPersonName, indicoRefusedDate } from './indico-fields';
import { arr, i18n, isObject, readJson, str } from './json-input';
import { chooseFeedZone } from './feed-zone';
import { roomsByName } from './feed-room';
import { oneLine, plainText } from './plain-text';
import { namedPersons } from './persons';
import { leftOut, spanProblem } from './session-span';

type DateKey = 'startDate' | 'endDate';

/** A contribution's (or, for null, the event's) date as a JSON path: built only for a warning (see native.ts on allocation). */
const datePath = (index: number | null, key: DateKey): string =>
  index === null ? `$.results[0].${key}` : `$.results[0].contributions[${index}].${key}`;

/** A start or end whose date is impossible: the contribution is left out rather than shifted. */
function refusedDate(value: unknown, key: DateKey): { reason: string; key: DateKey } | null {
  const reason = indicoRefusedDate(value);
  return reason === null ? null : { reason, key };
}

function personsOf(contribution: Record<string, unknown>): Person[] {
  const speakers = arr(contribution.speakers);
  return namedPersons(speakers.length > 0 ? speakers : arr(contribution.primaryauthors), indicoPersonName);
}

export const parseIndico: FeedParser = (text, options) => {
  const root = options.parsedJson ?? readJson(text);
  const event = isObject(root) ? arr(root.results)[0] : undefined;
  if (!isObject(event)) throw new FeedError('missing the event in results[0]', '$.results[0]');
  if (!Array.isArray(event.contributions)) throw new FeedError('missing the contributions list (export with detail=contributions)', '$.results[0].contributions');
  const warnings: FeedWarning[] = [];
  const zone = chooseFeedZone(str(event.timezone), options.defaultTimeZone, warnings, '$.results[0].timezone');

  const roomNamed = roomsByName();
  const sessions: Session[] = [];
  event.contributions.forEach((contribution, index) => {
    if (!isObject(contribution)) throw new FeedError('expected a contribution object', `$.results[0].contributions[${index}]`);
    const title = oneLine(i18n(contribution.title));
    const id = str(contribution.id) || str(contribution.db_id);
    const refused = refusedDate(contribution.startDate, 'startDate') ?? refusedDate(contribution.endDate, 'endDate');
    if (refused) {
      warnings.push(leftOut(title, id, refused.reason, datePath(index, refused.key)));
      return;
    }
    const start = indicoInstant(contribution.startDate, zone, warnings, () => datePath(index, 'startDate'));
    if (start === null) {
      warnings.push({ message: `"${title || '(untitled)'}" is not scheduled; left out`, at: datePath(index, 'startDate') });
      return;
    }
    let end = indicoInstant(contribution.endDate, zone, warnings, () => datePath(index, 'endDate'));
    if (end === null) {
      const minutes = durationMinutes(contribution.duration);
      if (minutes === null) {
        const shown = JSON.stringify(contribution.duration).slice(0, 40);
        warnings.push({ message: `"${title || '(untitled)'}" has an unreadable duration ${shown}; treated as zero length`, at: `$.results[0].contributions[${index}].duration` });
      }
      end = start + (minutes ?? 0) * 60_000;
    }
    const problem = spanProblem(start, end);
    if (problem) {
      warnings.push(leftOut(title, id, problem, `$.results[0].contributions[${index}]`));
      return;
    }
    const links: Link[] = str(contribution.url) ? [{ title: 'Contribution page', url: str(contribution.url) }] : [];
    sessions.push({
      id: id ? `contribution-${id}` : '',
      title,
      subtitle: '',
      abstract: plainText(str(contribution.description)),
      start: toIsoInstant(start),
      end: toIsoInstant(end),
      timeZone: zone,
      room: roomNamed(oneLine(str(contribution.roomFullname) || str(contribution.room) || str(contribution.location))),
      track: oneLine(str(contribution.track)),
      type: oneLine(str(contribution.type) || str(contribution.session)),
      language: '',
      persons: personsOf(contribution),
      links,
    });
  });

  const bound = (key: DateKey): string => {
    const ms = indicoInstant(event[key], zone, warnings, () => datePath(null, key));
    return ms === null ? '' : dateInZone(ms, zone);
  };
  return finishProgramme(
    'indico',
    {
      conference: { title: oneLine(str(event.title)), subtitle: '', timeZone: zone, start: bound('startDate'), end: bound('endDate'), url: str(event.url), isSample: false },
      version: oneLine(str(root && isObject(root) ? root.ts : '')),
      sessions,
    },
    warnings,
  );
};

/** Minutes as a number or numeric text; 0 when there is none; null when there is one that cannot be read. */
function durationMinutes(value: unknown): number | null {
  if (value === undefined || value === null || value === '') return 0;
  const minutes = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(minutes) ? minutes : null;
}
