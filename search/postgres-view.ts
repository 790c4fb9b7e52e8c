// The PostgreSQL engine's index as the server reads it: the terms, bitmaps and sort keys of the search tables,
// mirrored in memory and kept in step by generation (every write to the tables takes the next generation and
// stamps the rows it changes; a mirror behind reads the rows stamped since). A search is then ORs and ANDs of
// 32-bit words, facet counts a pass over the matches, and the page a walk over slots kept in sort order; the only
// round trip left reads the generation of the last write, to catch up first when the mirror is behind.
import { forEachOrdinal, has, orPacked, packChunks, popcount, unpackChunks, wordsOf } from './postgres-bitmaps.ts';
import { parseFacetTerm } from './postgres-terms.ts';
import type { QueryUnit } from './query-analysis.ts';
import { nearSpellings } from './spelling.ts';
import { FACETS, type FacetCounts, type FacetName, type SearchSort } from './types.ts';

/** Rows stamped after the mirror's generation (all rows after the index was emptied). */
export interface ViewDelta {
  gen: number;
  full: boolean;
  terms: { id: number; term: string }[];
  bits: { term: number; chunk: number; bits: Buffer }[];
  /** Bitmaps that became empty and were dropped. */
  gone: { term: number; chunk: number }[];
  /** Times in microseconds since 1970; facets are the document's counted facet term ids. */
  docs: { ord: number; published: number; price: number | null; featured: number | null; facets: number[]; hit: string }[];
}

export interface PlannedHit {
  ord: number;
  /** 1: every unit in the head; 0.5: every unit; below: the share of the query's weight held, halved. */
  score: number;
}

export interface Plan {
  total: number;
  hits: PlannedHit[];
  facets: FacetCounts | null;
  near: string[];
  /** Every unit held by every match (false: the matches hold some). */
  complete: boolean;
  /** What the best match does not hold, as typed (units, or words of a long phrase). */
  missing: string[];
}

interface Level {
  set: Int32Array;
  score: number;
}

/** What partial matching counts: the documents holding it, those holding it in the head, and what was typed. */
interface Atom {
  set: Int32Array;
  head: Int32Array;
  typed: string;
}

/** A phrase of this many words or more counts by its words in partial matching. */
const SPLIT_FROM = 3;
/** A slot's mark holds two bits per atom in 32 (a query keeps sixteen words, so never more). */
const MAX_ATOMS = 16;

type OrderName = 'newest' | 'priceAsc' | 'priceDesc';
const ORDER_OF: Record<SearchSort, OrderName> = { RELEVANCE: 'newest', NEWEST: 'newest', PRICE_ASC: 'priceAsc', PRICE_DESC: 'priceDesc' };

/**
 * When a level of c matches is listed (its slots sorted) rather than walked in sort order: c² × listFactor ≤
 * need × slots. Walking reads about need × slots / c slots, listing sorts c.
 */
export interface SearchPaths {
  listFactor: number;
}

export const DEFAULT_PATHS: SearchPaths = { listFactor: 4 };

const isWord = (term: string) => term[0] !== '^' && term[0] !== '=';

export class IndexView {
  /** -1 until loaded. */
  gen = -1;
  private terms = new Map<string, number>();
  private maxTermId = 0;
  private words: string[] = [];
  private wordsSorted = true;
  private byInitial = new Map<string, string[]>();
  /** Each term's bitmaps, packed (postgres-bitmaps.ts). */
  private bits = new Map<number, Int32Array>();
  /** The counted facet values, numbered from 1 in the order met (few: kinds, fields, levels, communes…). */
  private facetValues: { facet: FacetName; value: string }[] = [];
  private facetNumber = new Map<number, number>();
  private slots = 0;
  private published = new Float64Array(0);
  private price = new Float64Array(0);
  private featuredUntil = new Float64Array(0);
  /**
   * Each slot's counted facet values by number, `stride` places per slot (0: none), packed as small as they go:
   * counting reads one slot's places per match, all over the slots, so the fewer bytes the fewer cache misses.
   */
  private facetIds: Uint8Array | Uint16Array = new Uint8Array(0);
  private stride = 1;
  private featured = new Set<number>();
  /**
   * Each slot's hit fields as JSON in UTF-8, back to back in one buffer (the slot's bytes from hitAt, hitLength
   * long), decoded for the hits of a page only. As strings they took twice the bytes (Vietnamese text is two bytes a
   * character in V8) and an object each; a document written again leaves its old bytes behind until the next compaction.
   */
  private hitBytes = Buffer.alloc(0);
  private hitAt = new Uint32Array(0);
  private hitLength = new Uint32Array(0);
  private hitEnd = 0;
  private hitGarbage = 0;
  private scratch: Int32Array[] = [];
  private scratchUsed = 0;
  /** Partial matching's atoms held per slot (bit a) and held in the head (bit 16 + a), zero between searches. */
  private held = new Int32Array(0);
  private orders = new Map<OrderName, { order: Int32Array; rank: Int32Array }>();

  constructor(private readonly paths: SearchPaths = DEFAULT_PATHS) {}

  get termsKnown(): number {
    return this.maxTermId;
  }

  apply(delta: ViewDelta): void {
    // A province's facet values (kinds, fields, levels, communes, IP types…) number in the hundreds.
    const adding = delta.terms.filter((t) => t.term.startsWith('=')).length;
    if ((delta.full ? 0 : this.facetValues.length) + adding > 0xffff) throw new Error('More facet values than the search mirror can number');
    if (delta.full) this.reset();
    for (const { id, term } of delta.terms) {
      this.terms.set(term, id);
      this.maxTermId = Math.max(this.maxTermId, id);
      const facet = term === '=*' ? null : parseFacetTerm(term);
      if (facet) this.facetNumber.set(id, this.facetValues.push(facet));
      if (isWord(term)) {
        this.words.push(term);
        this.wordsSorted = false;
        const same = this.byInitial.get(term[0]);
        if (same) same.push(term);
        else this.byInitial.set(term[0], [term]);
      }
    }
    // Drops first: a bitmap dropped and set again since is in the delta's rows (they are what the table holds now).
    // The terms changed are unpacked, changed and packed again (a full load packs each term once).
    const changed = new Map<number, Map<number, Int32Array>>();
    const chunksOf = (term: number) => {
      let chunks = changed.get(term);
      if (!chunks) {
        const packed = this.bits.get(term);
        changed.set(term, (chunks = packed ? unpackChunks(packed) : new Map()));
      }
      return chunks;
    };
    for (const g of delta.gone) chunksOf(g.term).delete(g.chunk);
    for (const b of delta.bits) chunksOf(b.term).set(b.chunk, wordsOf(b.bits));
    for (const [term, chunks] of changed) {
      if (chunks.size) this.bits.set(term, packChunks(chunks));
      else this.bits.delete(term);
    }
    this.reserveHitBytes(delta.docs.reduce((n, d) => n + Buffer.byteLength(d.hit), 0));
    for (const d of delta.docs) this.setDocument(d);
    if (delta.docs.length) this.orders.clear();
    this.gen = delta.gen;
  }

  /**
   * The matches of the query's units (search/query-analysis.ts) and filter groups, their facet counts, and the slots
   * of the page in order. A unit is held through any of its alternatives, each word of which through its spellings
   * (the word; the words it begins when it ends the query; near spellings of an unknown word; synonyms exactly).
   * When some document (of all, before the filters) holds every unit, those are the matches (complete): with
   * relevance, every unit in the head first. Otherwise the matches are the documents holding some (partial), in
   * levels of the weight of what they hold (rarer weighs more), then of the weight held in the head. Within a level
   * featured documents first (relevance order only), then the sort order.
   */
  find(units: QueryUnit[], groups: string[][], sort: SearchSort, limit: number, offset: number, withFacets: boolean, now: number): Plan {
    this.scratchUsed = 0;
    const near = new Set<string>();
    const spellings = units.map((u) =>
      u.alternatives.map((words, a) => (a > 0 ? words.map((w) => [w]) : words.map((w, k) => this.spellingsOf(w, u.last && k === words.length - 1, near)))),
    );
    let filter: Int32Array | null = null;
    for (const group of groups) filter = this.and(filter, this.union(group));
    const sets = spellings.map((alternatives) => this.unitSet(alternatives, ''));
    // Whether some document holds every unit is decided over all documents, before the filters: the filters narrow
    // the answer to the query (and a facet's count is what choosing it shows), they do not change how it matches.
    let full = this.blank();
    full.fill(-1);
    for (const set of sets) this.and(set, full);
    const empty = { total: 0, hits: [], facets: withFacets ? emptyFacets() : null, near: [...near], complete: true, missing: [] };
    if (!units.length || full.some((word) => word !== 0)) {
      if (filter) full = units.length ? this.and(filter, full) : filter;
      const fullCount = popcount(full);
      if (fullCount === 0) return empty;
      let levels: Level[] = [{ set: full, score: units.length ? 0.5 : 0 }];
      if (sort === 'RELEVANCE' && units.length) {
        const top = this.blank();
        top.set(full);
        for (const alternatives of spellings) this.and(this.unitSet(alternatives, '^'), top);
        const rest = this.blank();
        for (let i = 0; i < rest.length; i++) rest[i] = full[i] & ~top[i];
        levels = [{ set: top, score: 1 }, { set: rest, score: 0.5 }];
      }
      const hits = this.page(levels, sort, offset + limit, now);
      return { total: fullCount, hits: hits.slice(offset), facets: withFacets ? this.count(full) : null, near: [...near], complete: true, missing: [] };
    }

    // Partial: what a document holds is counted by atoms, each unit (a phrase of three words or more, by its words:
    // one holding "vi sinh" holds part of "chế phẩm vi sinh"; a two-word phrase is one Vietnamese word), with
    // weights like inverse document frequencies, counted before the filters (how rare an atom is overall).
    const atoms = this.atoms(units, spellings, sets);
    const weights = atoms.map(({ set }) => Math.round(100 * Math.log(1 + this.slots / Math.max(1, popcount(set)))));
    const candidates = this.blank();
    for (const atom of atoms) {
      if (filter) this.and(filter, atom.set);
      for (let i = 0; i < candidates.length; i++) candidates[i] |= atom.set[i];
      this.and(atom.set, atom.head);
    }
    const total = popcount(candidates);
    if (total === 0) return { ...empty, complete: false };
    const need = offset + limit;
    const levels = this.partialLevels(atoms, weights, candidates, need);
    const hits = this.page(levels, sort, need, now);
    const best = hits[0]?.ord;
    const missing = best === undefined ? [] : [...new Set(atoms.filter(({ set }) => !has(set, best)).map((atom) => atom.typed))];
    return { total, hits: hits.slice(offset), facets: withFacets ? this.count(candidates) : null, near: [...near], complete: false, missing };
  }

  /**
   * The levels of the partial matches, best first, as far as the page needs: a document's level is the weight of the
   * atoms it holds, then the weight of those in its head. Documents are first counted by which atoms they hold and
   * which in the head (a key of two bits per atom; counted in an array when there are eight atoms or fewer).
   */
  private partialLevels(atoms: Atom[], weights: number[], candidates: Int32Array, need: number): Level[] {
    if (this.held.length < this.slots) this.held = new Int32Array(this.published.length);
    const { held } = this;
    atoms.forEach(({ set, head }, a) => {
      markSlots(held, set, 1 << a);
      markSlots(held, head, 1 << (16 + a));
    });
    const width = atoms.length;
    const low = (1 << width) - 1;
    const keyOf = (mark: number) => (mark & low) | ((mark >>> 16) << width);
    const inArray = width <= 8;
    const counts = new Int32Array(inArray ? 1 << (2 * width) : 0);
    const countOf = new Map<number, number>();
    for (let i = 0; i < candidates.length; i++) {
      for (let w = candidates[i]; w !== 0; ) {
        const lead = Math.clz32(w);
        w ^= 1 << (31 - lead);
        const key = keyOf(held[(i << 5) + lead]);
        if (inArray) counts[key]++;
        else countOf.set(key, (countOf.get(key) ?? 0) + 1);
      }
    }
    if (inArray) counts.forEach((n, key) => n && countOf.set(key, n));
    const weightOf = (bits: number) => weights.reduce((sum, weight, a) => (bits & (1 << a) ? sum + weight : sum), 0);
    const keys = [...countOf.keys()].map((key) => ({ key, held: weightOf(key & low), head: weightOf((key >>> width) & low) }));
    keys.sort((x, y) => y.held - x.held || y.head - x.head);
    const weightAll = weights.reduce((a, b) => a + b, 0);
    const levels: Level[] = [];
    const levelOf = new Map<number, Level>();
    let listed = 0;
    for (let k = 0; k < keys.length; k++) {
      const { key, held: weight, head } = keys[k];
      const previous = keys[k - 1];
      if (!previous || previous.held !== weight || previous.head !== head) {
        if (listed >= need) break;
        levels.push({ set: this.blank(), score: weight / weightAll / 2 });
      }
      levelOf.set(key, levels[levels.length - 1]);
      listed += countOf.get(key)!;
    }
    // Level numbers from 1 by key (0: not needed), in an array when the keys are small.
    const levelByKey = new Int32Array(counts.length);
    if (inArray) for (const [key, level] of levelOf) levelByKey[key] = levels.indexOf(level) + 1;
    for (let i = 0; i < candidates.length; i++) {
      for (let w = candidates[i]; w !== 0; ) {
        const lead = Math.clz32(w);
        w ^= 1 << (31 - lead);
        const ord = (i << 5) + lead;
        const key = keyOf(held[ord]);
        const level = inArray ? levels[levelByKey[key] - 1] : levelOf.get(key);
        if (level) level.set[i] |= 1 << (31 - lead);
        held[ord] = 0;
      }
    }
    return levels;
  }

  /**
   * What partial matching counts: each unit whole, but a phrase of three words or more by each of its words that is
   * no stop word (a document holding the phrase, or one of its synonyms, holds every one of them).
   */
  private atoms(units: QueryUnit[], spellings: string[][][][], sets: Int32Array[]): Atom[] {
    const atoms = units.flatMap((unit, u) => {
      const head = this.unitSet(spellings[u], '^');
      const words = unit.words.flatMap((word, k) => (word.stop ? [] : [{ typed: word.typed, spellings: spellings[u][0][k] }]));
      if (unit.words.length < SPLIT_FROM || !words.length) return [{ set: sets[u], head, typed: unit.typed }];
      return words.map((word) => {
        const set = this.union(word.spellings);
        const wordHead = this.union(word.spellings.map((w) => `^${w}`));
        for (let i = 0; i < set.length; i++) {
          set[i] |= sets[u][i];
          wordHead[i] |= head[i];
        }
        return { set, head: wordHead, typed: word.typed };
      });
    });
    return atoms.slice(0, MAX_ATOMS);
  }

  /** The first `need` slots of the levels, in their order: featured ones first in each (relevance), then the sort. */
  private page(levels: Level[], sort: SearchSort, need: number, now: number): PlannedHit[] {
    const hits: PlannedHit[] = [];
    for (const { set, score } of levels) {
      if (hits.length >= need) break;
      let count = popcount(set);
      let skip: Set<number> | null = null;
      if (sort === 'RELEVANCE') {
        const first = [...this.featured].filter((ord) => this.featuredUntil[ord] > now && has(set, ord));
        const newest = this.order('newest').rank;
        first.sort((a, b) => newest[a] - newest[b]);
        for (const ord of first.slice(0, need - hits.length)) hits.push({ ord, score });
        skip = new Set(first);
        count -= first.length;
      }
      for (const ord of this.take(set, count, ORDER_OF[sort], need - hits.length, skip)) hits.push({ ord, score });
    }
    return hits;
  }

  /** A word's spellings: itself when known, the words it begins when it may be unfinished, else near spellings. */
  private spellingsOf(word: string, unfinished: boolean, near: Set<string>): string[] {
    const found = this.terms.has(word) ? [word] : [];
    if (unfinished) found.push(...this.wordsStartingWith(word));
    if (!found.length) for (const w of nearSpellings(word, this.byInitial.get(word[0]) ?? [])) found.push(w), near.add(w);
    return found;
  }

  /** The slots holding a unit: every word (each through any of its spellings) of one of its alternatives. */
  private unitSet(alternatives: string[][][], mark: '' | '^'): Int32Array {
    const out = this.blank();
    for (const words of alternatives) {
      let all: Int32Array | null = null;
      for (const spellings of words) all = this.and(all, this.union(mark ? spellings.map((s) => mark + s) : spellings));
      if (all) for (let i = 0; i < out.length; i++) out[i] |= all[i];
    }
    return out;
  }

  /** Sorts what searches would otherwise sort on first use. */
  warm(): void {
    for (const name of new Set(Object.values(ORDER_OF))) this.order(name);
    this.wordsStartingWith('');
  }

  /** Bytes held by the mirror's parts (typed arrays' contents; strings at one or two bytes a character). */
  footprint(): Record<string, number> {
    const text = (t: string) => t.length * (/[^\u0000-\u00ff]/.test(t) ? 2 : 1);
    let bitmaps = 0;
    let chunks = 0;
    for (const packed of this.bits.values()) (bitmaps += packed.byteLength), (chunks += packed[0]!);
    let orders = 0;
    for (const o of this.orders.values()) orders += o.order.byteLength + o.rank.byteLength;
    return {
      [`bitmaps (${chunks} chunks)`]: bitmaps,
      [`hits (${this.slots}), UTF-8`]: this.hitBytes.length + this.hitAt.byteLength + this.hitLength.byteLength,
      [`terms (${this.terms.size})`]: [...this.terms.keys()].reduce((n, t) => n + text(t), 0),
      'sort keys and facets': this.published.byteLength * 3 + this.facetIds.byteLength,
      orders,
    };
  }

  /** The hit fields of the document in a slot (as JSON text). */
  hitOf(ord: number): string {
    return this.hitBytes.toString('utf8', this.hitAt[ord], this.hitAt[ord] + this.hitLength[ord]);
  }

  /** After a load a page at a time: the hit bytes in a buffer of their size, without the room grown for more. */
  settle(): void {
    this.hitBytes = Buffer.from(this.hitBytes.subarray(0, this.hitEnd));
  }

  /** Room for `bytes` more hit bytes: the live hits copied into a larger buffer, leaving out replaced ones. */
  private reserveHitBytes(bytes: number): void {
    if (this.hitEnd + bytes <= this.hitBytes.length) return;
    const live = this.hitEnd - this.hitGarbage;
    const to = Buffer.allocUnsafeSlow(Math.max(live + bytes, Math.ceil(live * 1.5) + 65_536));
    let end = 0;
    for (let ord = 0; ord < this.slots; ord++) {
      const at = this.hitAt[ord];
      const n = this.hitLength[ord];
      this.hitBytes.copy(to, end, at, at + n);
      this.hitAt[ord] = end;
      end += n;
    }
    this.hitBytes = to;
    this.hitEnd = end;
    this.hitGarbage = 0;
  }

  /** The first k slots of the set in the order, leaving out `skip`. */
  private take(set: Int32Array, count: number, name: OrderName, k: number, skip: Set<number> | null): number[] {
    const out: number[] = [];
    if (k <= 0 || count <= 0) return out;
    const { order, rank } = this.order(name);
    if (count * count * this.paths.listFactor <= k * this.slots) {
      forEachOrdinal(set, (ord) => {
        if (!skip?.has(ord)) out.push(ord);
      });
      return out.sort((a, b) => rank[a] - rank[b]).slice(0, k);
    }
    for (let i = 0; i < order.length && out.length < k; i++) {
      const ord = order[i];
      if (has(set, ord) && !skip?.has(ord)) out.push(ord);
    }
    return out;
  }

  // The hottest loop of a search with many matches: written out, without a callback per match.
  private count(matches: Int32Array): FacetCounts {
    const counts = new Int32Array(this.facetValues.length + 1);
    const { facetIds, stride } = this;
    for (let i = 0; i < matches.length; i++) {
      for (let w = matches[i]; w !== 0; ) {
        const lead = Math.clz32(w);
        w ^= 1 << (31 - lead);
        const from = ((i << 5) + lead) * stride;
        for (let k = from; k < from + stride && facetIds[k] !== 0; k++) counts[facetIds[k]]++;
      }
    }
    const facets = emptyFacets();
    this.facetValues.forEach((f, i) => {
      if (counts[i + 1] > 0) facets[f.facet].push({ value: f.value, count: counts[i + 1] });
    });
    for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return facets;
  }

  /** The slots holding any of the terms (none known: an empty set). */
  private union(terms: string[]): Int32Array {
    const set = this.blank();
    for (const term of terms) {
      const id = this.terms.get(term);
      const packed = id === undefined ? undefined : this.bits.get(id);
      if (packed) orPacked(packed, set);
    }
    return set;
  }

  /**
   * An empty set over all slots. A search is synchronous, so its sets come from buffers reused by the next one
   * rather than from new arrays (some ten of 12 kB each per search over 100,000 documents, for the collector).
   */
  private blank(): Int32Array {
    const words = Math.ceil(this.slots / 32);
    let set = this.scratch[this.scratchUsed];
    if (!set || set.length !== words) set = this.scratch[this.scratchUsed] = new Int32Array(words);
    else set.fill(0);
    this.scratchUsed++;
    return set;
  }

  private and(a: Int32Array | null, b: Int32Array): Int32Array {
    if (!a) return b;
    for (let i = 0; i < b.length; i++) b[i] &= a[i];
    return b;
  }

  private wordsStartingWith(prefix: string): string[] {
    if (!this.wordsSorted) {
      this.words.sort();
      this.wordsSorted = true;
    }
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid] <= prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.words.length && this.words[i].startsWith(prefix); i++) out.push(this.words[i]);
    return out;
  }

  /** Slots in a sort order (newest first among equals, then the later slot), built again after documents change. */
  private order(name: OrderName): { order: Int32Array; rank: Int32Array } {
    let built = this.orders.get(name);
    if (built) return built;
    const { published, price } = this;
    const newest = (a: number, b: number) => published[b] - published[a] || b - a;
    // Documents without a price come last in both price orders.
    const byPrice = (dir: number) => (a: number, b: number) => {
      const pa = price[a];
      const pb = price[b];
      if (Number.isNaN(pa) || Number.isNaN(pb)) return Number.isNaN(pa) === Number.isNaN(pb) ? newest(a, b) : Number.isNaN(pa) ? 1 : -1;
      return (pa - pb) * dir || newest(a, b);
    };
    const order = Int32Array.from({ length: this.slots }, (_, i) => i).sort(name === 'newest' ? newest : byPrice(name === 'priceAsc' ? 1 : -1));
    const rank = new Int32Array(this.slots);
    order.forEach((ord, i) => (rank[ord] = i));
    this.orders.set(name, (built = { order, rank }));
    return built;
  }

  private setDocument(d: ViewDelta['docs'][number]): void {
    const capacity = this.published.length;
    const wide = this.facetValues.length > 0xff;
    if (d.ord >= capacity || d.facets.length > this.stride || (wide && this.facetIds instanceof Uint8Array)) {
      const size = d.ord >= capacity ? Math.max(1024, d.ord + 1, capacity * 2) : capacity;
      // Slots never written (gaps) sort as the oldest documents without a price; no set holds them.
      const grow = <T extends Float64Array | Uint32Array>(from: T, empty: number): T => {
        const to = new (from.constructor as new (n: number) => T)(size);
        to.fill(empty);
        to.set(from);
        return to;
      };
      this.published = grow(this.published, 0);
      this.price = grow(this.price, Number.NaN);
      this.featuredUntil = grow(this.featuredUntil, Number.NaN);
      this.hitAt = grow(this.hitAt, 0);
      this.hitLength = grow(this.hitLength, 0);
      const stride = Math.max(this.stride, d.facets.length);
      const facetIds = wide ? new Uint16Array(size * stride) : new Uint8Array(size * stride);
      for (let ord = 0; ord < capacity; ord++) facetIds.set(this.facetIds.subarray(ord * this.stride, (ord + 1) * this.stride), ord * stride);
      this.facetIds = facetIds;
      this.stride = stride;
    }
    this.slots = Math.max(this.slots, d.ord + 1);
    this.published[d.ord] = d.published;
    this.price[d.ord] = d.price ?? Number.NaN;
    this.featuredUntil[d.ord] = d.featured ?? Number.NaN;
    if (d.featured === null) this.featured.delete(d.ord);
    else this.featured.add(d.ord);
    this.hitGarbage += this.hitLength[d.ord];
    this.hitLength[d.ord] = 0;
    // apply() made room for the whole delta's hit bytes before its documents are set.
    this.hitAt[d.ord] = this.hitEnd;
    this.hitLength[d.ord] = this.hitBytes.write(d.hit, this.hitEnd, 'utf8');
    this.hitEnd += this.hitLength[d.ord];
    const at = d.ord * this.stride;
    this.facetIds.fill(0, at, at + this.stride);
    d.facets.forEach((id, i) => (this.facetIds[at + i] = this.facetNumber.get(id)!));
  }

  private reset(): void {
    Object.assign(this, new IndexView(this.paths));
  }
}

/** Sets `bit` in the mark of every slot in the set. */
function markSlots(marks: Int32Array, set: Int32Array, bit: number): void {
  for (let i = 0; i < set.length; i++) {
    for (let w = set[i]; w !== 0; ) {
      const lead = Math.clz32(w);
      w ^= 1 << (31 - lead);
      marks[(i << 5) + lead] |= bit;
    }
  }
}

function emptyFacets(): FacetCounts {
  return Object.fromEntries(FACETS.map((name) => [name, []])) as unknown as FacetCounts;
}
