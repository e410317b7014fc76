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
  abstract: string;
  persons: string;
  /** Subtitle, room, track and format in one field: scoring costs time per field and term. */
  details: string;
}

export interface SearchHit {
  id: string;
  /** The query terms as they matched in the text, for highlighting. */
  terms: string[];
}

const FIELDS: (keyof Indexed)[] = ['title', 'abstract', 'persons', 'details'];

/** Searching starts at the second letter. */
export const MIN_QUERY_LENGTH = 2;
const SHORT_FIELDS = FIELDS.filter((field) => field !== 'abstract');

export class SessionSearch {
  private readonly index: MiniSearch<Indexed>;

  constructor(sessions: readonly Session[]) {
    this.index = new MiniSearch<Indexed>({
      fields: FIELDS,
      storeFields: [],
      // Folds accents so "Sao" finds "São" and "Muller" finds "Müller".
      processTerm: (term) => term.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase(),
      searchOptions: {
        boost: { title: 3, persons: 2, details: 1.3 },
        // Only the word being typed is a prefix; the words before it are complete.
        prefix: (_term, index, terms) => index === terms.length - 1,
        // One typo forgiven in words long enough to have one; a fixed distance keeps the search fast.
        // The word still being typed is fuzzy only once it is long: a fuzzy prefix is the costliest lookup.
        fuzzy: (term, index, terms) => (term.length >= (index === terms.length - 1 ? 7 : 5) ? 1 : false),
        combineWith: 'AND',
      },
    });
    this.index.addAll(
      sessions.map((s) => ({
        id: s.id,
        title: s.title,
        abstract: s.abstract,
        persons: s.persons.map((p) => p.name).join(' '),
        details: [s.subtitle, s.room.name, s.track, s.type].join(' '),
      })),
    );
  }

  /**
   * Hits in rank order. Queries shorter than MIN_QUERY_LENGTH match nothing (the
   * caller asks for more): a single letter as a prefix matches most of the
   * programme, slowly and uselessly.
   */
  search(query: string): SearchHit[] {
    const trimmed = query.trim();
    if ([...trimmed].length < MIN_QUERY_LENGTH) return [];
    // While the word being typed is short, its prefix matches a large part of every abstract's
    // vocabulary: look it up in the short fields only; abstracts join in from the fourth letter.
    const lastWord = trimmed.split(/\s+/).pop() ?? '';
    const options = lastWord.length < 4 ? { fields: SHORT_FIELDS } : {};
    return this.index.search(trimmed, options).map((result) => ({ id: String(result.id), terms: result.terms }));
  }
}
