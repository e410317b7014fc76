/**
 * Ids for spreadsheet rows without an id cell. The id comes from the title and
 * the wall date and time of the start, so it survives reordered rows, a
 * changed room or abstract, and a date rewritten in another form. Two such rows
 * with the same title and start (a "Lunch" in each room) get a suffix from the
 * rest of their content instead of from their order, so reordering keeps it too.
 */
import type { Session } from '../programme/model';
import { stableHash } from '../programme/ids';
import type { RowSession } from './csv-row';

const baseId = ({ session, date, clock }: RowSession): string => `csv-${stableHash(`${session.title}\u0000${date}\u0000${clock}`)}`;

const contentOf = (s: Session): string =>
  [s.room.name, s.room.url ?? '', s.end, s.timeZone, s.track, s.type, s.language, s.persons.map((p) => p.name).join('\u0001'), s.abstract].join('\u0000');

/** Sessions with their ids: the row's own, else derived. Rows identical in content keep one id, and finishProgramme numbers them. */
export function withCsvIds(rows: readonly RowSession[]): Session[] {
  const base = rows.map((row) => (row.session.id ? null : baseId(row)));
  const uses = new Map<string, number>();
  for (const id of base) if (id) uses.set(id, (uses.get(id) ?? 0) + 1);
  return rows.map((row, index) => {
    const id = base[index];
    if (!id) return row.session;
    return { ...row.session, id: (uses.get(id) ?? 0) > 1 ? `${id}-${stableHash(contentOf(row.session))}` : id };
  });
}
