import { describe, expect, it } from 'vitest';
import { SessionSearch } from '../../../core/search/session-search';
import { applyFilters, facetValues, isFiltering, NO_FILTERS } from '../../../core/search/filters';
import { highlight } from '../../../core/search/highlight';
import { abstractSnippet } from '../../../core/search/snippet';
import { layoutTimeline } from '../../../core/schedule/timeline-layout';
import { makeSession } from '../support/model';

const sessions = [
  makeSession({ id: 'a', title: 'Monitoring Human Rights Action Plans', start: '2024-02-05T10:30:00Z', end: '2024-02-05T11:00:00Z', track: 'Monitoring', persons: [{ name: 'Élodie Marchessault' }] }),
  makeSession({ id: 'b', title: 'Participation That Works', start: '2024-02-05T11:00:00Z', end: '2024-02-05T12:00:00Z', track: 'Participation', abstract: 'Residents co-design the accountability framework with the council.', room: { name: 'Room B', url: null, kind: 'bbb' } }),
  makeSession({ id: 'c', title: 'Closing', start: '2024-02-05T15:00:00Z', end: '2024-02-05T15:10:00Z', type: 'Ceremony', language: 'de' }),
];

describe('SessionSearch', () => {
  const search = new SessionSearch(sessions);
  const ids = (query: string) => search.search(query).map((hit) => hit.id);

  it('finds sessions by a prefix of the word being typed, ranking titles first', () => {
    expect(ids('monit')).toEqual(['a']);
    expect(ids('mo')).toEqual(['a']);
  });

  it('finds speakers with or without accents, and abstracts from the fourth letter', () => {
    expect(ids('elodie')).toEqual(['a']);
    expect(ids('Élodie')).toEqual(['a']);
    expect(ids('acc')).toEqual([]);
    expect(ids('accountability')).toEqual(['b']);
  });

  it('forgives one typo in a finished word, and needs every word to match', () => {
    expect(ids('accountabilty framework')).toEqual(['b']);
    expect(ids('participation closing')).toEqual([]);
  });

  it('starts at the second letter', () => {
    expect(ids('m')).toEqual([]);
    expect(ids('  ')).toEqual([]);
  });

  it('reports the matched terms for highlighting', () => {
    expect(search.search('monit')[0]?.terms).toEqual(['monitoring']);
  });
});

describe('filters', () => {
  it('lists only facet values that occur, sorted', () => {
    expect(facetValues(sessions)).toEqual({ track: ['Monitoring', 'Participation'], room: ['Room A', 'Room B'], type: ['Ceremony'], language: ['de', 'en'] });
  });

  it('combines facets and the bookmarked-only switch', () => {
    expect(applyFilters(sessions, { ...NO_FILTERS, room: 'Room A' }, new Set()).map((s) => s.id)).toEqual(['a', 'c']);
    expect(applyFilters(sessions, { ...NO_FILTERS, room: 'Room A', language: 'de' }, new Set()).map((s) => s.id)).toEqual(['c']);
    expect(applyFilters(sessions, { ...NO_FILTERS, bookmarkedOnly: true }, new Set(['b'])).map((s) => s.id)).toEqual(['b']);
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, track: 'Monitoring' })).toBe(true);
  });
});

describe('highlighting', () => {
  it('marks matches at word starts, folding case and accents', () => {
    expect(highlight('Élodie and Elodie restart', ['elodie', 'art'])).toEqual([
      { text: 'Élodie', match: true },
      { text: ' and ', match: false },
      { text: 'Elodie', match: true },
      { text: ' restart', match: false },
    ]);
    expect(highlight('Plain', [])).toEqual([{ text: 'Plain', match: false }]);
  });

  it('shows the abstract around the first match', () => {
    const abstract = `${'Lorem ipsum dolor sit amet. '.repeat(10)}The accountability framework is co-designed. ${'More text follows here. '.repeat(10)}`;
    const snippet = abstractSnippet(abstract, ['accountability'], 30);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet).toContain('accountability framework');
    expect(snippet.endsWith('…')).toBe(true);
    expect(abstractSnippet(abstract, ['nothing'])).toBe('');
  });
});

describe('timeline layout', () => {
  it('puts each room in a column, blocks by minutes from the first full hour', () => {
    const layout = layoutTimeline(sessions, 'Europe/Vienna');
    expect(layout.startMs).toBe(Date.parse('2024-02-05T10:00:00Z'));
    expect(layout.minutes).toBe(6 * 60);
    expect(layout.columns.map((c) => [c.room, c.blocks.map((b) => [b.session.id, b.top, b.height])])).toEqual([
      ['Room A', [['a', 30, 30], ['c', 300, 15]]],
      ['Room B', [['b', 60, 60]]],
    ]);
    expect(layout.hours[1]).toEqual({ top: 60, instant: Date.parse('2024-02-05T11:00:00Z') });
  });

  it('starts at the hour in zones with half- and quarter-hour offsets', () => {
    // 10:30Z is 16:15 in Kathmandu: the timeline starts at 16:00 there, 10:15Z.
    expect(layoutTimeline(sessions, 'Asia/Kathmandu').startMs).toBe(Date.parse('2024-02-05T10:15:00Z'));
  });
});

describe('work the views share', () => {
  it('filtering with no filter set hands back the same list, and grouping a list twice reuses the first result', async () => {
    expect(applyFilters(sessions, NO_FILTERS, new Set())).toBe(sessions);
    const { groupByDay } = await import('../../../core/time/days');
    const first = groupByDay(sessions, 'Europe/Vienna');
    expect(groupByDay(sessions, 'Europe/Vienna')).toBe(first);
    expect(groupByDay(sessions, 'Asia/Tokyo')).not.toBe(first);
    expect(groupByDay([...sessions], 'Europe/Vienna')).toEqual(first);
  });
});
