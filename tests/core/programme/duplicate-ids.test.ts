import { describe, expect, it } from 'vitest';
import { finishProgramme } from '../../../core/feeds/finish-programme';
import type { Session } from '../../../core/programme/model';
import { makeProgramme, makeSession } from '../support/model';

/** A broken feed: three sessions share the id "dup", one of them also with a neighbour's title. */
const FEED: Session[] = [
  makeSession({ id: 'dup', title: 'Workshop', start: '2024-02-05T10:00:00Z', end: '2024-02-05T11:00:00Z' }),
  makeSession({ id: 'solo', title: 'Keynote', start: '2024-02-05T09:00:00Z', end: '2024-02-05T10:00:00Z' }),
  makeSession({ id: 'dup', title: 'Panel', start: '2024-02-05T12:00:00Z', end: '2024-02-05T13:00:00Z' }),
  makeSession({ id: 'dup', title: 'Workshop', start: '2024-02-06T10:00:00Z', end: '2024-02-06T11:00:00Z' }),
  makeSession({ id: 'other', title: 'Closing', start: '2024-02-06T15:00:00Z', end: '2024-02-06T16:00:00Z' }),
];

/** Every order of the feed's sessions (5! = 120). */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

const idsByContent = (sessions: Session[]): Record<string, string> =>
  Object.fromEntries(finishProgramme('native', makeProgramme(sessions), []).programme.sessions.map((s) => [`${s.title} ${s.start}`, s.id]));

describe('ids for sessions that share a feed id', () => {
  const reference = idsByContent(FEED);

  it('gives each its own id, the earliest keeping the feed’s', () => {
    expect(new Set(Object.values(reference)).size).toBe(FEED.length);
    expect(reference['Workshop 2024-02-05T10:00:00Z']).toBe('dup');
    expect(reference['Panel 2024-02-05T12:00:00Z']).toMatch(/^dup~[0-9a-z]+$/);
    expect(reference['Keynote 2024-02-05T09:00:00Z']).toBe('solo');
  });

  it('derives them from each session’s title and start, so a reordered feed keeps every id on its session', () => {
    for (const order of permutations(FEED)) expect(idsByContent(order)).toEqual(reference);
  });

  it('keeps an id when another duplicate is added to the feed', () => {
    const more = [...FEED, makeSession({ id: 'dup', title: 'Late addition', start: '2024-02-07T10:00:00Z', end: '2024-02-07T11:00:00Z' })];
    const ids = idsByContent(more);
    for (const [content, id] of Object.entries(reference)) expect(ids[content]).toBe(id);
  });

  it('never renames onto an id the feed uses', () => {
    const panelId = reference['Panel 2024-02-05T12:00:00Z'] as string;
    const squatter = makeSession({ id: panelId, title: 'Squatter', start: '2024-02-08T10:00:00Z', end: '2024-02-08T11:00:00Z' });
    const ids = idsByContent([...FEED, squatter]);
    expect(ids['Squatter 2024-02-08T10:00:00Z']).toBe(panelId);
    expect(new Set(Object.values(ids)).size).toBe(FEED.length + 1);
  });
});
