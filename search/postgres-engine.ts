// The embedded default engine, in the application's PostgreSQL, fed by the same documents as Meilisearch.
// Vietnamese-aware through folding (done in JS). Each document gets a slot number; every word, head word and
// facet value keeps a bitmap of the slots that hold it, in PostgreSQL (the index survives restarts and is shared
// by every process) and mirrored in each reader's memory (postgres-view.ts). A query is cut into units (a word, or
// a phrase with its synonyms) and stop words (query-analysis.ts); a search ORs the bitmaps of each unit's
// spellings, ANDs the units and the filters, and when no document holds every unit, scores the documents holding
// some by the weight of what they hold (partial matching). It counts facets over the matches and picks the page in
// order, in memory, once one short statement has shown the mirror is current (if not, it catches up first).
// Relevance: the units held (all, or the most weight), every unit in the head first, then featured documents, then
// newest. Word proximity is not ranked: the bitmaps hold no positions.
import pg from 'pg';
import { highlighter, highlightsOf } from './fold.ts';
import { masks } from './postgres-bitmaps.ts';
import {
  ALLOCATE,
  CLEAR_BITS,
  DDL,
  DELETE_ROWS,
  DROP_EMPTY_BITS,
  EXISTING,
  GENERATION,
  HIT_FIELDS,
  LAYOUT_VERSION,
  LOAD,
  LOAD_PAGE,
  MARK_CLEARED,
  META,
  META_TABLE,
  NEXT_GEN,
  OLD_TABLES,
  SET_BITS,
  TERM_IDS,
  WRITE_LOCK,
  WRITE_ROWS,
} from './postgres-sql.ts';
import { analyseQuery, type QueryUnit } from './query-analysis.ts';
import { ALL_TERM, documentTerms, filterGroups } from './postgres-terms.ts';
import { DEFAULT_PATHS, IndexView, type Plan, type SearchPaths, type ViewDelta } from './postgres-view.ts';
import type { SearchDocument, SearchEngine, SearchQuery, SearchResponse, Suggestion } from './types.ts';
import { inTransaction } from '../server/lib/pg-client.ts';

type HitDocument = Pick<SearchDocument, (typeof HIT_FIELDS)[number]>;

export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  private readonly pool: pg.Pool;
  /** Replaced by a new one on a full load, so that searches meanwhile still answer from the whole old one. */
  private view: IndexView;
  private readonly paths: SearchPaths;
  private catchingUp: Promise<void> | null = null;

  constructor(databaseUrl: string, poolSize = 8, paths: SearchPaths = DEFAULT_PATHS) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: '-c jit=off' });
    // An idle connection dropped by the server (restart, shutdown) is replaced on next use; it must not crash.
    this.pool.on('error', () => {});
    this.view = new IndexView(paths);
    this.paths = paths;
  }

  async prepare(): Promise<void> {
    await this.write(async (client) => {
      await client.query(META_TABLE);
      const { rows } = await client.query<{ value: string }>(`SELECT value FROM search_meta WHERE key = 'layout'`);
      if (rows[0]?.value === LAYOUT_VERSION) return;
      // The index is derived data: a new layout starts empty and is refilled by a rebuild.
      await client.query(`DROP TABLE IF EXISTS ${OLD_TABLES.join(', ')} CASCADE`);
      for (const sql of DDL) await client.query(sql);
      await client.query(
        `INSERT INTO search_meta (key, value) VALUES ('layout', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [LAYOUT_VERSION],
      );
      const { rows: next } = await client.query<{ gen: number }>(NEXT_GEN);
      await client.query(MARK_CLEARED, [next[0].gen]);
    }, false);
  }

  async size(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM search_document`);
    return rows[0].n;
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    const byId = new Map(docs.map((d) => [d.id, d]));
    if (!byId.size) return;
    const terms = new Map([...byId.values()].map((d) => [d.id, documentTerms(d)]));
    await this.write(async (client, gen) => {
      const existing = await client.query<{ id: string; ord: number; terms: number[] }>(EXISTING, [[...byId.keys()]]);
      const ords = new Map(existing.rows.map((r) => [r.id, r.ord]));
      const before = new Map(existing.rows.map((r) => [r.ord, r.terms]));
      const fresh = [...byId.keys()].filter((id) => !ords.has(id));
      if (fresh.length) {
        const { rows } = await client.query<{ ord: number }>(ALLOCATE, [fresh.length]);
        fresh.forEach((id, i) => ords.set(id, rows[i].ord));
      }
      const wanted = [...new Set([...terms.values()].flatMap((t) => t.all))];
      const { rows: known } = await client.query<{ id: number; term: string }>(TERM_IDS, [wanted]);
      const termId = new Map(known.map((r) => [r.term, r.id]));
      const set = new Map<number, number[]>();
      const clear = new Map<number, number[]>();
      const rows = [...byId.values()].map((d) => {
        const ord = ords.get(d.id)!;
        const { all, facets } = terms.get(d.id)!;
        const now = new Set(all.map((t) => termId.get(t)!));
        const was = new Set(before.get(ord) ?? []);
        for (const t of now) if (!was.has(t)) addTo(set, t, ord);
        for (const t of was) if (!now.has(t)) addTo(clear, t, ord);
        return {
          ord, id: d.id, published_at: d.publishedAt, price_min: d.priceMin, featured_until: d.featuredUntil,
          facets: facets.map((t) => termId.get(t)!), terms: [...now].sort((a, b) => a - b), doc: d,
        };
      });
      await this.clearBits(client, clear, gen);
      await client.query(SET_BITS, [...bitRows(set), gen]);
      await client.query(WRITE_ROWS, [JSON.stringify(rows), gen]);
    });
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.write(async (client, gen) => {
      const { rows } = await client.query<{ ord: number; terms: number[] }>(EXISTING, [ids]);
      if (!rows.length) return;
      const clear = new Map<number, number[]>();
      for (const r of rows) for (const t of r.terms) addTo(clear, t, r.ord);
      await this.clearBits(client, clear, gen);
      await client.query(DELETE_ROWS, [rows.map((r) => r.ord)]);
    });
  }

  async clear(): Promise<void> {
    await this.write(async (client, gen) => {
      await client.query(
        `TRUNCATE search_document, search_payload, search_bits, search_bits_gone, search_term, search_free_ord RESTART IDENTITY`,
      );
      await client.query(MARK_CLEARED, [gen]);
    });
  }

  /** Statistics for the planner after a rebuild. */
  async optimize(): Promise<void> {
    await this.pool.query(`VACUUM (ANALYZE) search_document, search_bits, search_term, search_payload`);
  }

  async warm(): Promise<void> {
    await this.catchUp();
    this.view.warm();
  }

  /** What the in-memory mirror holds, by part, in bytes. */
  footprint(): Record<string, number> {
    return this.view.footprint();
  }

  async search(q: SearchQuery): Promise<SearchResponse> {
    const { units, stopWords } = analyseQuery(q.text);
    const { plan, view } = await this.find(units, q, true);
    const last = units.at(-1);
    const prefix = last?.last && last.alternatives[0].length === 1 ? last.alternatives[0][0] : undefined;
    const mark = highlighter([...units.flatMap((u) => u.alternatives.flat()), ...plan.near], prefix);
    const hits = plan.hits.map(({ ord, score }) => {
      const doc = JSON.parse(view.hitOf(ord)) as HitDocument;
      return { id: doc.id, entityType: doc.entityType, entityId: doc.entityId, kind: doc.kind, score, highlights: highlightsOf(doc, mark) };
    });
    const ignoredWords = [...stopWords, ...plan.missing];
    return { total: plan.total, hits, facets: plan.facets!, matching: { complete: plan.complete, ignoredWords } };
  }

  /** The search planned on the mirror, once the mirror is as recent as the last write committed. */
  private async find(units: QueryUnit[], q: SearchQuery, withFacets: boolean): Promise<{ plan: Plan; view: IndexView }> {
    const groups = filterGroups(q.filters, q.kinds);
    if (!units.length && !groups.length) groups.push([ALL_TERM]);
    const { rows } = await this.pool.query<{ gen: number }>({ name: 'search-generation', text: GENERATION });
    const gen = rows[0]?.gen ?? 0;
    for (let attempt = 0; this.view.gen !== gen && attempt < 3; attempt++) await this.catchUp();
    // The hits are read from the view that planned them, whatever a catching up puts in its place meanwhile.
    const { view } = this;
    return { plan: view.find(units, groups, q.sort, q.limit, q.offset, withFacets, Date.now() * 1000), view };
  }

  /** Brings the mirror to the current generation: one catching up at a time (a failed one is tried again next time). */
  private catchUp(): Promise<void> {
    this.catchingUp ??= this.readChanges().finally(() => (this.catchingUp = null));
    return this.catchingUp;
  }

  /** The rows changed since the mirror's generation (all of them after the index was emptied), in one snapshot. */
  private async readChanges(): Promise<void> {
    await inTransaction(
      this.pool,
      async (client) => {
        const { rows } = await client.query<{ gen: number; cleared: number }>(META);
        const { gen, cleared } = rows[0];
        // Emptied since, or the generation went back (the database restored from a backup): everything again.
        const full = cleared > this.view.gen || gen < this.view.gen;
        if (!full && gen === this.view.gen) return;
        const read = <T extends pg.QueryResultRow>(sql: string, ...params: number[]) => client.query<T>(sql, params).then((r) => r.rows);
        if (!full) {
          const since = this.view.gen;
          this.view.apply({
            gen,
            full,
            terms: await read(LOAD.terms, this.view.termsKnown),
            bits: await read(LOAD.bits, since),
            gone: await read(LOAD.gone, since),
            docs: await read(LOAD.docs, since),
          });
          return;
        }
        // Everything, a page at a time, into a new view that takes the old one's place when complete.
        const next = new IndexView(this.paths);
        next.apply({ gen, full: true, terms: await read(LOAD.terms, 0), bits: [], gone: [], docs: [] });
        for (let after = { term: -1, chunk: -1 }; ; ) {
          const bits = await read<ViewDelta['bits'][number]>(LOAD_PAGE.bits, after.term, after.chunk, LOAD_PAGE.size.bits);
          next.apply({ gen, full: false, terms: [], bits, gone: [], docs: [] });
          if (bits.length < LOAD_PAGE.size.bits) break;
          after = bits.at(-1)!;
        }
        for (let after = -1; ; ) {
          const docs = await read<ViewDelta['docs'][number]>(LOAD_PAGE.docs, after, LOAD_PAGE.size.docs);
          next.apply({ gen, full: false, terms: [], bits: [], gone: [], docs });
          if (docs.length < LOAD_PAGE.size.docs) break;
          after = docs.at(-1)!.ord;
        }
        next.settle();
        this.view = next;
      },
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    const { units } = analyseQuery(prefix);
    if (!units.length) return [];
    const { plan, view } = await this.find(units, { text: prefix, kinds: [], filters: {}, sort: 'RELEVANCE', limit, offset: 0 }, false);
    return plan.hits.map(({ ord }) => {
      const doc = JSON.parse(view.hitOf(ord)) as HitDocument;
      return { text: doc.title, kind: doc.kind, entityType: doc.entityType, slug: doc.slug };
    });
  }

  async dump(): Promise<SearchDocument[]> {
    const { rows } = await this.pool.query<{ doc: SearchDocument }>(
      `SELECT p.doc FROM search_payload p JOIN search_document d USING (ord) ORDER BY d.id`,
    );
    return rows.map((r) => r.doc);
  }

  async health() {
    try {
      await this.pool.query(`SELECT 1 FROM search_document LIMIT 1`);
      return { ok: true };
    } catch (err) {
      return { ok: false, detail: (err as Error).message };
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async clearBits(client: pg.PoolClient, byTerm: Map<number, number[]>, gen: number): Promise<void> {
    const rows = bitRows(byTerm);
    if (!rows[0].length) return;
    await client.query(CLEAR_BITS, [...rows, gen]);
    await client.query(DROP_EMPTY_BITS, [rows[0], rows[1], gen]);
  }

  /** One writer at a time (documents share bitmap rows, and slots are handed out here), each with its generation. */
  private write<T>(fn: (client: pg.PoolClient, gen: number) => Promise<T>, stamped = true): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      await client.query(WRITE_LOCK);
      const gen = stamped ? (await client.query<{ gen: number }>(NEXT_GEN)).rows[0].gen : 0;
      return fn(client, gen);
    });
  }
}

function addTo(into: Map<number, number[]>, term: number, ord: number): void {
  const list = into.get(term);
  if (list) list.push(ord);
  else into.set(term, [ord]);
}

/** Term → slots as the three arrays the bitmap statements take: one mask per term and chunk. */
function bitRows(byTerm: Map<number, number[]>): [number[], number[], string[]] {
  const terms: number[] = [];
  const chunks: number[] = [];
  const bits: string[] = [];
  for (const [term, ords] of [...byTerm].sort((a, b) => a[0] - b[0])) {
    for (const [chunk, mask] of [...masks(ords)].sort((a, b) => a[0] - b[0])) {
      terms.push(term);
      chunks.push(chunk);
      bits.push(mask);
    }
  }
  return [terms, chunks, bits];
}
