// A query as both engines match it: its words cut into units (a word, or a phrase of the lexicon's synonym groups,
// with every other member of its group as an alternative), and the stop words and phrases that were typed
// (search/lexicon.ts), which never decide a match. A query made only of stop words is searched as typed. The
// PostgreSQL engine matches the units' folded words; Meilisearch is sent their text (meilisearch-query.ts).
import { fold, sliceOf } from './fold.ts';
import { ACCENTED_ONLY_STOP_WORDS, STOP_WORDS, SYNONYM_GROUPS } from './lexicon.ts';

/** One thing the query asks for: a document holds it when it holds every word of one of its alternatives. */
export interface QueryUnit {
  /** As typed (the original characters, accents and all), for telling a person which words were ignored. */
  typed: string;
  /** Folded words; the first alternative is what was typed, the others its synonyms. */
  alternatives: string[][];
  /** The lexicon's synonym group the unit is a member of, as written there; null for a plain word. */
  group: readonly string[] | null;
  /** It ends the query: its last typed word may be a word still being typed (a prefix). */
  last: boolean;
  /**
   * Each word of the first alternative as typed, and whether it is a stop word on its own: a phrase a document holds
   * only in part counts, in partial matching, by the words it holds.
   */
  words: { typed: string; stop: boolean }[];
}

export interface AnalysedQuery {
  units: QueryUnit[];
  /** Stop words and phrases, as typed, that did not take part in the matching. */
  stopWords: string[];
}

const MAX_WORDS = 16;
const MAX_UNITS = 12;

const foldedWords = (text: string) => fold(text).split(/[^a-z0-9]+/).filter((w) => w.length > 0);
const lower = (text: string) => text.normalize('NFC').toLowerCase();

// Stop phrases by their folded words, each as written (lower case).
const STOP = new Map<string, string>();
for (const phrase of STOP_WORDS) STOP.set(foldedWords(phrase).join(' '), lower(phrase));
// Synonym members by their folded words, each with the folded words of every member of its group, and the group.
const SYNONYMS = new Map<string, { members: string[][]; group: readonly string[] }>();
for (const group of SYNONYM_GROUPS) {
  const members = group.map(foldedWords).filter((m) => m.length > 0);
  for (const member of members) SYNONYMS.set(member.join(' '), { members, group });
}
const LONGEST = Math.max(...[...STOP.keys(), ...SYNONYMS.keys()].map((k) => k.split(' ').length));

interface Word {
  folded: string;
  typed: string;
  start: number;
  end: number;
}

/** The query's words with where they stand in the text (folding keeps positions, counted in code points). */
function wordsOf(text: string): { words: Word[]; source: string | string[] } {
  const plain = fold(text);
  const source = plain.length === text.length ? text : [...text];
  const words: Word[] = [];
  for (const m of plain.matchAll(/[a-z0-9]+/g)) {
    if (words.length === MAX_WORDS) break;
    const end = m.index + m[0].length;
    words.push({ folded: m[0], typed: sliceOf(source, m.index, end), start: m.index, end });
  }
  return { words, source };
}

/**
 * Typed without accents, a stop word counts unless it is one only with them (`accentedOnly`, as written in the
 * lexicon); typed with accents, only as written.
 */
function isStop(words: Word[], accentedOnly: ReadonlySet<string>): boolean {
  const stop = STOP.get(words.map((w) => w.folded).join(' '));
  if (!stop) return false;
  const accented = stop.split(/\s+/);
  return words.every((w, i) => {
    const typed = lower(w.typed);
    return typed === accented[i] || (!accentedOnly.has(stop) && typed === w.folded);
  });
}

export function analyseQuery(query: string, accentedOnly: readonly string[] = ACCENTED_ONLY_STOP_WORDS): AnalysedQuery {
  // NFC first: a word typed with combining accents is the same word, and is reported as it would be typed.
  const text = query.normalize('NFC');
  const accentedOnlySet = new Set(accentedOnly.map(lower));
  const { words, source } = wordsOf(text);
  const units: QueryUnit[] = [];
  const stopWords: string[] = [];
  const seen = new Set<string>();
  const typedOf = (from: number, n: number) => sliceOf(source, words[from].start, words[from + n - 1].end);
  for (let i = 0; i < words.length; ) {
    // The longest phrase starting here wins; a synonym phrase over a stop phrase as long (it means something).
    let synonyms: { members: string[][]; group: readonly string[] } | undefined;
    let n = Math.min(LONGEST, words.length - i);
    for (; n > 0; n--) {
      const span = words.slice(i, i + n);
      synonyms = SYNONYMS.get(span.map((w) => w.folded).join(' '));
      if (synonyms || isStop(span, accentedOnlySet)) break;
    }
    if (n === 0) n = 1;
    const typedWords = words.slice(i, i + n).map((w) => w.folded);
    if (!synonyms && isStop(words.slice(i, i + n), accentedOnlySet)) stopWords.push(typedOf(i, n));
    else {
      const alternatives = [typedWords, ...(synonyms?.members ?? []).filter((m) => m.join(' ') !== typedWords.join(' '))];
      const key = alternatives.map((a) => a.join(' ')).sort().join('|');
      if (!seen.has(key) && units.length < MAX_UNITS) {
        seen.add(key);
        const span = words.slice(i, i + n).map((w) => ({ typed: w.typed, stop: isStop([w], accentedOnlySet) }));
        units.push({ typed: typedOf(i, n), alternatives, group: synonyms?.group ?? null, last: i + n === words.length, words: span });
      }
    }
    i += n;
  }
  if (units.length || !words.length) return { units, stopWords };
  // Only stop words: searched as typed, word by word.
  const asTyped = [
    ...new Map(words.map((w, i) => [w.folded, { typed: w.typed, alternatives: [[w.folded]], group: null, last: i === words.length - 1, words: [{ typed: w.typed, stop: false }] }])).values(),
  ];
  return { units: asTyped.slice(0, MAX_UNITS), stopWords: [] };
}
