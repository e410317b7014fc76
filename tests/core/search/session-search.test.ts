/** SessionSearch's contract: ranking, prefix and typo rules, folding, AND, matched terms, hostile input. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SessionSearch } from '../../../core/search/session-search';
import type { Session } from '../../../core/programme/model';
import { makeSession } from '../support/model';
import { levenshtein } from '../support/levenshtein';

interface Texts {
  title?: string;
  persons?: string[];
  subtitle?: string;
  room?: string;
  track?: string;
  type?: string;
  abstract?: string;
}

/**
 * Sessions of the same shape (as many words per field), so that field lengths do not move scores and
 * rankings show the boosts and match kinds alone.
 */
function session(id: string, texts: Texts = {}): Session {
  return makeSession({
    id,
    start: '2024-02-05T10:00:00Z',
    end: '2024-02-05T11:00:00Z',
    title: texts.title ?? 'Alpha beta gamma',
    persons: (texts.persons ?? ['Ann Bee']).map((name) => ({ name })),
    subtitle: texts.subtitle ?? '',
    room: { name: texts.room ?? 'Room A', url: null, kind: 'bbb' },
    track: texts.track ?? 'Track',
    type: texts.type ?? 'talk',
    abstract: texts.abstract ?? 'One two three four five six',
  });
}

const idsOf = (search: SessionSearch, query: string): string[] => search.search(query).map((hit) => hit.id);
const termsOf = (search: SessionSearch, query: string, id: string): string[] | undefined => search.search(query).find((hit) => hit.id === id)?.terms;

describe('SessionSearch ranking', () => {
  it('ranks a title match above a speaker, a speaker above details, details above the abstract', () => {
    const search = new SessionSearch([
      session('abstract', { abstract: 'One two lantern four five six' }),
      session('details', { track: 'Lantern' }),
      session('persons', { persons: ['Ann Lantern'] }),
      session('title', { title: 'Alpha lantern gamma' }),
      session('none'),
    ]);
    expect(idsOf(search, 'lantern')).toEqual(['title', 'persons', 'details', 'abstract']);
    expect(idsOf(search, 'lant')).toEqual(['title', 'persons', 'details', 'abstract']);
  });

  it('ranks more matches higher, and an exact word above a longer word it begins', () => {
    const search = new SessionSearch([
      session('prefix', { title: 'Alpha lanterns gamma' }),
      session('title', { title: 'Alpha lantern gamma' }),
      session('both', { title: 'Alpha lantern gamma', abstract: 'One two lantern four five six' }),
    ]);
    expect(idsOf(search, 'lantern')).toEqual(['both', 'title', 'prefix']);
  });

  it('ranks an exact word above a one-typo match', () => {
    const search = new SessionSearch([session('typo', { title: 'Alpha lantern gamma' }), session('exact', { title: 'Alpha lanterm gamma' })]);
    expect(idsOf(search, 'lanterm')).toEqual(['exact', 'typo']);
  });

  it('keeps equal scores in programme order', () => {
    const twins = ['t1', 't2', 't3'].map((id) => session(id, { title: 'Alpha lantern gamma' }));
    expect(idsOf(new SessionSearch(twins), 'lantern')).toEqual(['t1', 't2', 't3']);
    expect(idsOf(new SessionSearch([...twins].reverse()), 'lantern')).toEqual(['t3', 't2', 't1']);
  });
});

describe('SessionSearch matching', () => {
  it('matches only the last word as a prefix; earlier words are whole words', () => {
    const search = new SessionSearch([session('work', { title: 'Work lantern gamma' }), session('workshop', { title: 'Workshop lantern gamma' })]);
    expect(idsOf(search, 'work lantern')).toEqual(['work']);
    expect(idsOf(search, 'lantern work')).toEqual(['work', 'workshop']);
    expect(idsOf(search, 'lantern workshop')).toEqual(['workshop']);
  });

  it('forgives one typo in finished words of five letters, and in the word being typed from seven', () => {
    const search = new SessionSearch([session('a', { title: 'Lantern lamp archive' })]);
    expect(idsOf(search, 'lanterm')).toEqual(['a']); // typed, 7 letters: fuzzy
    expect(idsOf(search, 'lantrn')).toEqual([]); // typed, 6 letters: prefix only, and no term starts so
    expect(idsOf(search, 'lantrn archive')).toEqual(['a']); // finished, 6 letters: fuzzy
    expect(idsOf(search, 'archiv lamp')).toEqual(['a']); // a letter missing
    expect(idsOf(search, 'archivee lamp')).toEqual(['a']); // a letter too many
    expect(idsOf(search, 'lamp archive')).toEqual(['a']);
    expect(idsOf(search, 'lump archive')).toEqual([]); // finished, 4 letters: exact only
    expect(idsOf(search, 'lamtenr archive')).toEqual([]); // two edits
    expect(idsOf(search, 'lantenr archive')).toEqual([]); // a swap is two edits
  });

  it('folds accents and case on both sides', () => {
    const search = new SessionSearch([session('a', { persons: ['José Müller'], room: 'São Paulo' }), session('b')]);
    for (const query of ['muller', 'Müller', 'MÜLLER', 'mull', 'jose', 'Sao', 'sao paulo', 'SÃO']) expect(idsOf(search, query)).toEqual(['a']);
    expect(termsOf(search, 'MÜLLER', 'a')).toEqual(['muller']);
  });

  it('needs every word to match', () => {
    const search = new SessionSearch([session('a', { title: 'Alpha lantern gamma' }), session('b', { title: 'Alpha zebra gamma' })]);
    expect(idsOf(search, 'alpha')).toEqual(['a', 'b']);
    expect(idsOf(search, 'alpha lantern')).toEqual(['a']);
    expect(idsOf(search, 'lantern zebra')).toEqual([]);
    expect(idsOf(search, 'lantern unknown')).toEqual([]);
    expect(idsOf(search, 'unknown lantern')).toEqual([]);
  });

  it('splits words on whitespace, tabs and punctuation', () => {
    const search = new SessionSearch([session('a', { title: 'Co-design:\tthe\u00a0archive' })]);
    for (const query of ['design', 'co design', 'the archive', 'archive, co-design!']) expect(idsOf(search, query)).toEqual(['a']);
  });

  it('looks up short prefixes outside abstracts only, but whole short words and earlier words everywhere', () => {
    const search = new SessionSearch([session('a', { title: 'Lantern night', abstract: 'We use ai to aid the archive' })]);
    expect(idsOf(search, 'ar')).toEqual([]); // "ar" of "archive", abstract only
    expect(idsOf(search, 'arc')).toEqual([]);
    expect(idsOf(search, 'arch')).toEqual(['a']);
    expect(idsOf(search, 'ai')).toEqual(['a']); // a whole word
    expect(idsOf(search, 'archive la')).toEqual(['a']); // "archive" in the abstract, "la" in the title
    expect(idsOf(search, 'archive ar')).toEqual([]);
  });

  it('starts at the second code point', () => {
    const search = new SessionSearch([session('a', { title: 'Ö 😀 lantern' })]);
    expect(idsOf(search, 'l')).toEqual([]);
    expect(idsOf(search, ' l ')).toEqual([]);
    expect(idsOf(search, '😀')).toEqual([]); // one code point, two UTF-16 units
    expect(idsOf(search, '😀😀')).toEqual([]);
    expect(idsOf(search, 'la')).toEqual(['a']);
  });

  it('finds nothing in an empty programme', () => {
    expect(new SessionSearch([]).search('lantern')).toEqual([]);
  });
});

describe('SessionSearch matched terms', () => {
  it('lists the indexed terms each query word matched, once each', () => {
    const search = new SessionSearch([session('a', { title: 'Lantern language lantern', abstract: 'The archive of lanterns' })]);
    expect(termsOf(search, 'la', 'a')?.sort()).toEqual(['language', 'lantern']);
    expect(termsOf(search, 'lan', 'a')?.sort()).toEqual(['language', 'lantern']);
    expect(termsOf(search, 'lant', 'a')?.sort()).toEqual(['lantern', 'lanterns']);
    expect(termsOf(search, 'archive lanterm', 'a')?.sort()).toEqual(['archive', 'lantern']);
    expect(termsOf(search, 'lantern lantern', 'a')).toEqual(['lantern', 'lanterns']);
  });
});

describe('SessionSearch state between searches', () => {
  const sessions = [
    session('a', { title: 'Alpha lantern gamma' }),
    session('b', { title: 'Alpha zebra gamma', abstract: 'One two lantern four five six' }),
    session('c', { persons: ['Ann Lantern'] }),
  ];
  const queries = ['lantern', 'alpha z', 'alpha', 'zebra lantern', 'gamma alpha lan', 'nothing here', 'lantern'];

  it('answers each query as a fresh index would, whatever came before', () => {
    const reused = new SessionSearch(sessions);
    for (const query of [...queries, ...queries.reverse()]) expect(reused.search(query)).toEqual(new SessionSearch(sessions).search(query));
  });

  it('keeps working when its per-search counter wraps', () => {
    const search = new SessionSearch(sessions);
    const expected = queries.map((query) => search.search(query));
    search['generation'] = 0x7fff0000 - 3;
    for (let round = 0; round < 3; round++) expect(queries.map((query) => search.search(query))).toEqual(expected);
  });
});

describe('SessionSearch on hostile queries', () => {
  const search = new SessionSearch([session('a', { title: 'C++ and (regex) [groups] $100 50%', abstract: 'Ünïcödé İstanbul ﬁne' }), session('b')]);

  it('never throws, and returns hits', () => {
    const queries = [
      '.*+?^${}()|[]\\',
      '((((',
      '\\',
      '[a-z]+',
      'c++',
      '$100',
      '😀😀',
      '\ud800\ud800',
      'a\udc00b',
      '\udbff',
      '\u0000\u0000',
      'x'.repeat(100_000),
      'lantern '.repeat(5_000),
      Array.from({ length: 3_000 }, (_, i) => `w${i}x`).join(' '),
      'e\u0301\u0301\u0301',
      'İstanbul',
      ' \t\n ',
      '\u200b\u200b',
    ];
    for (const query of queries) expect(Array.isArray(search.search(query))).toBe(true);
    expect(idsOf(search, 'c++')).toEqual(['a']);
    expect(idsOf(search, 'regex groups')).toEqual(['a']);
    expect(idsOf(search, 'unicode')).toEqual(['a']);
  });

  it('never throws on arbitrary UTF-16, lone surrogates included', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (query) => {
        expect(Array.isArray(search.search(query))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

// A straightforward reading of the rules, to check the index against on random programmes.
const fold = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
const termsIn = (text: string): string[] => text.split(/[\s\p{Z}\p{P}]+/u).map(fold).filter((t) => t !== '');

/** Per matching session id, the terms it matched. */
function reference(sessions: readonly Session[], query: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  if ([...query.trim()].length < 2) return out;
  const words = termsIn(query.trim());
  if (words.length === 0) return out;
  for (const s of sessions) {
    const fields = [s.title, s.persons.map((p) => p.name).join(' '), [s.subtitle, s.room.name, s.track, s.type].join(' '), s.abstract].map(termsIn);
    const matched = new Set<string>();
    const all = words.every((word, i) => {
      const typing = i === words.length - 1;
      let found = false;
      fields.forEach((terms, field) => {
        for (const term of terms) {
          const exact = term === word;
          const prefix = !exact && typing && term.startsWith(word);
          if (prefix && word.length < 4 && field === 3) continue;
          const fuzzy = !exact && !prefix && word.length >= (typing ? 7 : 5) && levenshtein(word, term) === 1;
          if (exact || prefix || fuzzy) {
            found = true;
            matched.add(term);
          }
        }
      });
      return found;
    });
    if (all) out.set(s.id, matched);
  }
  return out;
}

describe('SessionSearch against a plain reading of the rules', () => {
  // Few letters, so prefixes, typos and accents collide often.
  const WORDS = ['ab', 'abc', 'abd', 'abcd', 'abcde', 'abcdf', 'abcdef', 'abcdefg', 'abcdefh', 'abdcefg', 'bcdefga', 'ábcde', 'ÁBCD', 'ba', 'bac', 'bacde', 'cab', 'cabde', 'x', 'xyz'];
  const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).chain((words) => fc.constantFrom(' ', ', ', '-', '. ').map((sep) => words.join(sep)));
  const sessionArb = fc.record({ title: text, persons: fc.array(text, { maxLength: 2 }), subtitle: text, room: text, track: text, type: text, abstract: text });
  const queryWord = fc.constantFrom(...WORDS).chain((word) => fc.nat({ max: word.length }).map((cut) => word.slice(0, Math.max(1, word.length - cut))));
  const query = fc.array(queryWord, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

  it('finds exactly the sessions and terms the rules say', () => {
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 12 }), fc.array(query, { minLength: 1, maxLength: 6 }), (texts, queries) => {
        const sessions = texts.map((t, i) => session(`s${i}`, t));
        const search = new SessionSearch(sessions);
        for (const q of queries) {
          const hits = search.search(q);
          const expected = reference(sessions, q);
          expect(new Set(hits.map((h) => h.id)).size).toBe(hits.length);
          expect(hits.map((h) => h.id).sort()).toEqual([...expected.keys()].sort());
          for (const hit of hits) expect([...hit.terms].sort()).toEqual([...(expected.get(hit.id) ?? [])].sort());
        }
      }),
      { numRuns: 300 },
    );
  });
});
