/**
 * Search as you type over the programme, with MiniSearch: prefix matching for
 * the word being typed, a little fuzziness for typos, and title matches ranked
 * above abstract matches. Built once per programme version.
 */
import MiniSearch from 'minisearch';
import type { Session } from '../programme/model';

interface Indexed {
  id: string;
  title: string;
  subtitle: string;
  abstract: string;
  persons: string;
  room: string;
  track: string;
  type: string;
}

export interface SearchHit {
  id: string;
  /** The query terms as they matched in the text, for highlighting. */
  terms: string[];
}

const FIELDS: (keyof Indexed)[] = ['title', 'subtitle', 'abstract', 'persons', 'room', 'track', 'type'];

export class SessionSearch {
  private readonly index: MiniSearch<Indexed>;

  constructor(sessions: readonly Session[]) {
    this.index = new MiniSearch<Indexed>({
      fields: FIELDS,
      storeFields: [],
      // Folds accents so "Sao" finds "São" and "Muller" finds "Müller".
      processTerm: (term) => term.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase(),
      searchOptions: {
        boost: { title: 3, persons: 2, subtitle: 1.5, track: 1.2, room: 1.2 },
        prefix: true,
        fuzzy: (term) => (term.length > 4 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    this.index.addAll(
      sessions.map((s) => ({
        id: s.id,
        title: s.title,
        subtitle: s.subtitle,
        abstract: s.abstract,
        persons: s.persons.map((p) => p.name).join(' '),
        room: s.room.name,
        track: s.track,
        type: s.type,
      })),
    );
  }

  /** Hits in rank order; an empty query matches nothing (the caller shows everything). */
  search(query: string): SearchHit[] {
    if (query.trim() === '') return [];
    return this.index.search(query).map((result) => ({ id: String(result.id), terms: result.terms }));
  }
}
