/**
 * The inverted index behind SessionSearch, in flat typed arrays: every distinct folded term in sorted
 * order (see sorted-terms.ts), and per term the documents that contain it, in document order, each with
 * its BM25 score already summed over the boosted fields. Scores are fixed when the index is built, so a
 * search only adds numbers: no maps, no per-field work.
 */
import { foldTerm, splitWords } from './terms';

export interface IndexField {
  boost: number;
  /**
   * False for long prose (abstracts): a short prefix of the word being typed matches too much of it to
   * be useful, so the index also keeps postings without these fields.
   */
  short: boolean;
}

/** Per term t, the documents holding it at positions start[t] up to start[t + 1], in document order. */
export interface Postings {
  readonly start: Int32Array;
  readonly docs: Int32Array;
  /** The term's boosted BM25 score in the document, summed over the fields. */
  readonly scores: Float32Array;
}

export interface TermIndex {
  /** Distinct folded terms, sorted by code unit. */
  readonly terms: readonly string[];
  /** Over all fields. */
  readonly all: Postings;
  /** Over the short fields only: a document whose long fields alone hold the term is not listed. */
  readonly short: Postings;
}

// BM25+ parameters, as MiniSearch uses them: saturation k, length normalisation b, lower bound d.
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** Builds the index of documents given as one text per field, in the order of `fields`. */
export function buildTermIndex(documents: readonly (readonly string[])[], fields: readonly IndexField[]): TermIndex {
  const fieldCount = fields.length;
  const docCount = documents.length;
  const counts = countTerms(documents, fieldCount);
  const { termOfId, recordTerm, recordFreq, recordsOfDoc, docFreq, fieldLength } = counts;

  // Sorted terms, and each term id's place among them.
  const termCount = termOfId.length;
  const sorted = Array.from({ length: termCount }, (_, id) => id).sort((a, b) => (termOfId[a]! < termOfId[b]! ? -1 : 1));
  const place = new Int32Array(termCount);
  sorted.forEach((id, at) => (place[id] = at));

  // Where each term's postings start, over all fields and over the short ones.
  const isShort = fields.map((f) => f.short);
  const start = new Int32Array(termCount + 1);
  const shortStart = new Int32Array(termCount + 1);
  for (let r = 0; r < counts.records; r++) {
    const at = place[recordTerm[r]!]! + 1;
    start[at]!++;
    if (isShort.some((short, field) => short && recordFreq[r * fieldCount + field]! > 0)) shortStart[at]!++;
  }
  for (let t = 0; t < termCount; t++) {
    start[t + 1]! += start[t]!;
    shortStart[t + 1]! += shortStart[t]!;
  }

  // BM25 parts that depend only on the term and field (idf) or only on the document and field (length).
  const idf = Float64Array.from(docFreq.subarray(0, termCount * fieldCount), (n) => Math.log(1 + (docCount - n + 0.5) / (n + 0.5)));
  const averageLength = fields.map((_, field) => {
    let sum = 0;
    for (let doc = 0; doc < docCount; doc++) sum += fieldLength[doc * fieldCount + field]!;
    return sum / docCount || 1;
  });
  const norm = fieldLength.map((length, i) => K * (1 - B + (B * length) / averageLength[i % fieldCount]!));
  const boosts = Float64Array.from(fields, (f) => f.boost);

  const all = { start, docs: new Int32Array(start[termCount]!), scores: new Float32Array(start[termCount]!) };
  const short = { start: shortStart, docs: new Int32Array(shortStart[termCount]!), scores: new Float32Array(shortStart[termCount]!) };
  const next = start.slice(0, termCount);
  const shortNext = shortStart.slice(0, termCount);
  for (let doc = 0; doc < docCount; doc++) {
    for (let r = recordsOfDoc[doc]!; r < recordsOfDoc[doc + 1]!; r++) {
      const id = recordTerm[r]!;
      let allScore = 0;
      let shortScore = 0;
      let inShort = false;
      for (let field = 0; field < fieldCount; field++) {
        const freq = recordFreq[r * fieldCount + field]!;
        if (freq === 0) continue;
        const value = boosts[field]! * idf[id * fieldCount + field]! * (D + (freq * (K + 1)) / (freq + norm[doc * fieldCount + field]!));
        allScore += value;
        if (isShort[field]) {
          shortScore += value;
          inShort = true;
        }
      }
      const at = next[place[id]!]!++;
      all.docs[at] = doc;
      all.scores[at] = allScore;
      if (inShort) {
        const shortAt = shortNext[place[id]!]!++;
        short.docs[shortAt] = doc;
        short.scores[shortAt] = shortScore;
      }
    }
  }

  return { terms: sorted.map((id) => termOfId[id]!), all, short };
}

/** One pass over the text: which terms each document holds, how often per field, and field lengths. */
interface TermCounts {
  /** Folded terms by id, in order of first appearance. */
  termOfId: string[];
  /** One record per (document, term), documents in order: the term id, and its frequency per field. */
  recordTerm: Int32Array;
  recordFreq: Uint16Array;
  records: number;
  /** The records of document d are recordsOfDoc[d] up to recordsOfDoc[d + 1]. */
  recordsOfDoc: Int32Array;
  /** Per term id and field, how many documents hold the term there. */
  docFreq: Int32Array;
  /** Distinct terms per document and field: the field length BM25 normalises by, as MiniSearch counts it. */
  fieldLength: Float64Array;
}

function countTerms(documents: readonly (readonly string[])[], fieldCount: number): TermCounts {
  const docCount = documents.length;
  // Written words repeat a lot (names, rooms, tracks, common words): fold each distinct one once.
  const idOfWord = new Map<string, number>();
  const idOfTerm = new Map<string, number>();
  const termOfId: string[] = [];
  let docFreq = new Int32Array(1024 * fieldCount);
  // Per term id: the document it was last seen in, and its record there.
  let lastDoc = new Int32Array(1024).fill(-1);
  let recordAt = new Int32Array(1024);
  // Room for about as many distinct terms per document as programmes with abstracts have.
  const capacity = Math.max(1024, docCount * 48);
  let recordTerm = new Int32Array(capacity);
  let recordFreq = new Uint16Array(capacity * fieldCount);
  let records = 0;
  const recordsOfDoc = new Int32Array(docCount + 1);
  const fieldLength = new Float64Array(docCount * fieldCount);

  for (let doc = 0; doc < docCount; doc++) {
    recordsOfDoc[doc] = records;
    const texts = documents[doc]!;
    for (let field = 0; field < fieldCount; field++) {
      const text = texts[field] ?? '';
      if (text === '') continue;
      let length = 0;
      for (const word of splitWords(text)) {
        if (word === '') continue;
        let id = idOfWord.get(word);
        if (id === undefined) {
          const term = foldTerm(word);
          id = term === '' ? -1 : idOfTerm.get(term);
          if (id === undefined) {
            id = termOfId.length;
            termOfId.push(term);
            idOfTerm.set(term, id);
            if (id === lastDoc.length) {
              docFreq = grow(docFreq, docFreq.length * 2);
              lastDoc = grow(lastDoc, lastDoc.length * 2).fill(-1, id);
              recordAt = grow(recordAt, recordAt.length * 2);
            }
          }
          idOfWord.set(word, id);
        }
        if (id < 0) continue;
        if (lastDoc[id] !== doc) {
          lastDoc[id] = doc;
          if (records === recordTerm.length) {
            recordTerm = grow(recordTerm, records * 2);
            recordFreq = grow(recordFreq, records * 2 * fieldCount);
          }
          recordAt[id] = records;
          recordTerm[records++] = id;
        }
        const at = recordAt[id]! * fieldCount + field;
        if (recordFreq[at] === 0) {
          docFreq[id * fieldCount + field]!++;
          length++;
        }
        // Saturates rather than wraps: a term 65,535 times in one field scores as that.
        if (recordFreq[at]! < 0xffff) recordFreq[at]!++;
      }
      fieldLength[doc * fieldCount + field] = length;
    }
  }
  recordsOfDoc[docCount] = records;
  return { termOfId, recordTerm, recordFreq, records, recordsOfDoc, docFreq, fieldLength };
}

function grow<T extends Int32Array | Uint16Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}
