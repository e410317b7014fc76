/**
 * Search as you type over the programme: prefix matching for the word being typed, one typo forgiven in
 * longer words, every word required, title matches ranked above speakers, details and abstracts.
 * A purpose-built index (term-index.ts) instead of a general library: with every score precomputed, a
 * keystroke costs one pass over the postings of the terms it matches, cheapest word first.
 */
import type { Session } from '../programme/model';
import { OneEditLookup } from './one-edit';
import { prefixRange, termAt } from './sorted-terms';
import { buildTermIndex, type IndexField, type Postings, type TermIndex } from './term-index';
import { terms as queryTerms } from './terms';

export interface SearchHit {
  id: string;
  /** The indexed terms (folded) the query matched in this session, for highlighting. */
  terms: string[];
}

/** Searching starts at the second letter. */
export const MIN_QUERY_LENGTH = 2;

// Title above speakers above subtitle, room, track and format above the abstract.
const FIELDS: readonly IndexField[] = [
  { boost: 3, short: true }, // title
  { boost: 2, short: true }, // persons
  { boost: 1.3, short: true }, // details
  { boost: 1, short: false }, // abstract
];
const fieldTexts = (s: Session): string[] => [s.title, s.persons.map((p) => p.name).join(' '), [s.subtitle, s.room.name, s.track, s.type].join(' '), s.abstract];

/** The word being typed matches abstracts from this many letters: a shorter prefix matches too much prose. */
const ABSTRACT_PREFIX_LENGTH = 4;
/** One typo is forgiven in finished words this long, and in the word being typed from the longer length. */
const FUZZY_LENGTH = 5;
const FUZZY_LENGTH_TYPING = 7;
// Relative weights of a prefix or one-typo match against an exact one (MiniSearch's defaults).
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** Which 32-bit half of a float64 holds the low mantissa bits, by platform byte order. */
const LOW_WORD = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0 : 1;

/** What one query word matches: term places in the index, and how many postings they hold. */
interface WordPlan {
  word: string;
  /** The place of the word itself among the index's terms, or -1. */
  exact: number;
  /** The word as a prefix (the word being typed): terms [from, to) of the index. */
  prefix: boolean;
  from: number;
  to: number;
  /** A prefix of the word being typed this short matches in the short fields only. */
  shortPrefix: boolean;
  fuzzy: number[];
  cost: number;
}

export class SessionSearch {
  private readonly ids: string[];
  private readonly index: TermIndex;
  private readonly oneEdit: OneEditLookup;
  // Scratch space per document, reused by every search. `stamp` says how far through the query's words
  // a document got in this search (the generation numbers make old stamps stale without clearing).
  private readonly score: Float64Array;
  private readonly stamp: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private generation = 0;
  /** How many documents matched the current word (and every word before it). */
  private advanced = 0;
  /** The stamp of the documents that matched every word. */
  private lastTag = 0;
  // The matched terms of each document, as linked lists in shared arrays: no allocation per match.
  private readonly head: Int32Array;
  private listTerm = new Int32Array(1 << 14);
  private listNext = new Int32Array(1 << 14);
  private listSize = 0;
  /** Scores of the hits with their document numbers in the low bits (see rank), and a view of those bits. */
  private readonly rankKeys: Float64Array;
  private readonly rankBits: Uint32Array;
  /** As many low bits as document numbers need (at most 32, the low half of a float64). */
  private readonly docMask: number;

  constructor(sessions: readonly Session[]) {
    const n = sessions.length;
    this.ids = sessions.map((s) => s.id);
    this.index = buildTermIndex(sessions.map(fieldTexts), FIELDS);
    this.oneEdit = new OneEditLookup(this.index.terms);
    this.score = new Float64Array(n);
    this.stamp = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.head = new Int32Array(n);
    this.rankKeys = new Float64Array(n);
    this.rankBits = new Uint32Array(this.rankKeys.buffer);
    this.docMask = 2 ** Math.min(32, Math.max(1, Math.ceil(Math.log2(n + 1)))) - 1;
  }

  /**
   * Hits in rank order. Queries shorter than MIN_QUERY_LENGTH match nothing (the
   * caller asks for more): a single letter as a prefix matches most of the
   * programme, slowly and uselessly.
   */
  search(query: string): SearchHit[] {
    const trimmed = query.trim();
    if (!hasCodePoints(trimmed, MIN_QUERY_LENGTH)) return [];
    const words = queryTerms(trimmed);
    const plans: WordPlan[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      const typing = i === words.length - 1;
      // A finished word repeated adds nothing but time.
      if (!typing) {
        if (seen.has(word)) continue;
        seen.add(word);
      }
      const plan = this.plan(word, typing);
      // Every word must match: one that matches nothing ends the search.
      if (plan.cost === 0) return [];
      plans.push(plan);
    }
    if (plans.length === 0) return [];
    // The rarest word first: the later words only confirm documents already found.
    plans.sort((a, b) => a.cost - b.cost);
    const found = this.match(plans);
    return this.rank(found);
  }

  private plan(word: string, typing: boolean): WordPlan {
    const { terms, all, short } = this.index;
    const exact = termAt(terms, word);
    const shortPrefix = typing && word.length < ABSTRACT_PREFIX_LENGTH;
    const count = (postings: Postings, from: number, to: number): number => postings.start[to]! - postings.start[from]!;
    let from = 0;
    let to = 0;
    let cost = exact >= 0 ? count(all, exact, exact + 1) : 0;
    if (typing) {
      [from, to] = prefixRange(terms, word);
      // The exact term, when there, is the first of the range and is looked up in every field.
      cost += count(shortPrefix ? short : all, exact >= 0 ? from + 1 : from, to);
    }
    let fuzzy: number[] = [];
    if (word.length >= (typing ? FUZZY_LENGTH_TYPING : FUZZY_LENGTH)) {
      // A term that is also a prefix match counts as one, as does the exact term.
      fuzzy = this.oneEdit.find(word).filter((place) => place !== exact && (place < from || place >= to));
      for (const place of fuzzy) cost += count(all, place, place + 1);
    }
    return { word, exact, prefix: typing, from, to, shortPrefix, fuzzy, cost };
  }

  /** Scores the documents that match every word; returns how many of `touched` to look at. */
  private match(plans: readonly WordPlan[]): number {
    const { terms, all, short } = this.index;
    if (this.generation > 0x7fff0000 - plans.length) {
      this.generation = 0;
      this.stamp.fill(0);
    }
    const base = this.generation + 1;
    this.generation += plans.length + 1;
    this.listSize = 0;
    this.touchedCount = 0;
    for (let k = 0; k < plans.length; k++) {
      const plan = plans[k]!;
      const tag = base + k;
      this.advanced = 0;
      if (plan.prefix) {
        const length = plan.word.length;
        for (let place = plan.from; place < plan.to; place++) {
          if (place === plan.exact) this.add(all, place, 1, tag, k === 0);
          else {
            const termLength = terms[place]!.length;
            const weight = (PREFIX_WEIGHT * termLength) / (termLength + 0.3 * (termLength - length));
            this.add(plan.shortPrefix ? short : all, place, weight, tag, k === 0);
          }
        }
      } else if (plan.exact >= 0) {
        this.add(all, plan.exact, 1, tag, k === 0);
      }
      for (const place of plan.fuzzy) {
        const termLength = terms[place]!.length;
        this.add(all, place, (FUZZY_WEIGHT * termLength) / (termLength + 1), tag, k === 0);
      }
      if (this.advanced === 0) return 0;
    }
    this.lastTag = base + plans.length - 1;
    return this.touchedCount;
  }

  /**
   * Adds one term's postings to the documents still in the running: on the first word every document
   * with the term joins; on later words only those that matched every word before (stamp tag - 1).
   */
  private add(postings: Postings, place: number, weight: number, tag: number, first: boolean): void {
    const { start, docs, scores } = postings;
    const from = start[place]!;
    const to = start[place + 1]!;
    this.reserve(to - from);
    const { stamp, score, head, touched, listTerm, listNext } = this;
    let size = this.listSize;
    let touchedCount = this.touchedCount;
    let advanced = this.advanced;
    for (let p = from; p < to; p++) {
      const doc = docs[p]!;
      const was = stamp[doc]!;
      if (was !== tag) {
        if (first) {
          touched[touchedCount++] = doc;
          score[doc] = 0;
          head[doc] = -1;
        } else if (was !== tag - 1) continue;
        stamp[doc] = tag;
        advanced++;
      }
      score[doc] = score[doc]! + weight * scores[p]!;
      listTerm[size] = place;
      listNext[size] = head[doc]!;
      head[doc] = size++;
    }
    this.listSize = size;
    this.touchedCount = touchedCount;
    this.advanced = advanced;
  }

  private reserve(more: number): void {
    const needed = this.listSize + more;
    if (needed <= this.listTerm.length) return;
    let capacity = this.listTerm.length;
    while (capacity < needed) capacity *= 2;
    const grow = (old: Int32Array): Int32Array<ArrayBuffer> => {
      const bigger = new Int32Array(capacity);
      bigger.set(old.subarray(0, this.listSize));
      return bigger;
    };
    this.listTerm = grow(this.listTerm);
    this.listNext = grow(this.listNext);
  }

  /** The hits among the first `touchedCount` touched documents, best score first, ties in programme order. */
  private rank(touchedCount: number): SearchHit[] {
    const { touched, stamp, score, rankKeys, rankBits, lastTag, docMask } = this;
    let found = 0;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      if (stamp[doc] !== lastTag) continue;
      rankKeys[found] = score[doc]!;
      // The document number replaces the lowest bits of the score's 52-bit mantissa (14 bits for 10,000
      // sessions), inverted so that an ascending sort read from the end lists ties in programme order.
      // Scores are sums of float32s: the bits replaced are below their precision.
      rankBits[2 * found + LOW_WORD] = (rankBits[2 * found + LOW_WORD]! & ~docMask) | (docMask - doc);
      found++;
    }
    // Plain numbers sort natively, several times faster than with a comparator.
    rankKeys.subarray(0, found).sort();
    const hits = new Array<SearchHit>(found);
    for (let i = 0; i < found; i++) {
      const doc = docMask - ((rankBits[2 * (found - 1 - i) + LOW_WORD]! & docMask) >>> 0);
      hits[i] = { id: this.ids[doc]!, terms: this.matchedTerms(doc) };
    }
    return hits;
  }

  /** The document's matched terms, each once, in the order they were matched. */
  private matchedTerms(doc: number): string[] {
    const { terms } = this.index;
    const { listTerm, listNext } = this;
    const out: string[] = [];
    for (let at = this.head[doc]!; at >= 0; at = listNext[at]!) {
      const term = terms[listTerm[at]!]!;
      if (!out.includes(term)) out.push(term);
    }
    // The list runs newest first.
    return out.reverse();
  }
}

/** True when `text` has at least `count` code points, without spreading a long text into an array. */
function hasCodePoints(text: string, count: number): boolean {
  let seen = 0;
  for (const _ of text) if (++seen >= count) return true;
  return seen >= count;
}
