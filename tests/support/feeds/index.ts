/**
 * One writer per feed format the app reads, all from one programme model
 * (model.ts). The benchmark's generator and the hostile tests' builders both
 * write their feeds through these.
 */
import type { FeedFormat } from '../../../core/feeds/types';
import { writeCsv } from './csv';
import { writeFrabXml } from './frab-xml';
import { writeICal } from './ical';
import { writeIndico, writeIndicoTimetable } from './indico';
import type { FeedProgramme } from './model';
import { writeNative } from './native';
import { writePretalx } from './pretalx';
import { writeScheduleJson } from './schedule-json';

export * from './model';

export const FEED_WRITERS: Record<FeedFormat, (programme: FeedProgramme) => string> = {
  native: writeNative,
  'frab-xml': writeFrabXml,
  'schedule-json': writeScheduleJson,
  pretalx: writePretalx,
  ical: writeICal,
  indico: writeIndico,
  'indico-timetable': writeIndicoTimetable,
  csv: writeCsv,
};

export function writeFeed(programme: FeedProgramme, format: FeedFormat): string {
  return FEED_WRITERS[format](programme);
}
