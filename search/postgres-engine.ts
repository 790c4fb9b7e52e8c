// The embedded default engine, in the application's PostgreSQL, fed by the same documents as Meilisearch.
// Vietnamese-aware through folding (done in JS). Each document gets a slot number; every word, head word and
// facet value keeps a bitmap of the slots that hold it. A search ORs the bitmaps of each query word's spellings
// (the word, the words it begins when it is the last one, near spellings of an unknown word), ANDs the words and
// the filters, and counts facets with popcounts: the work follows the number of bitmaps, not of matches. The page
// is then read in sort order from a narrow index, each slot tested against the result bitmap (or, for few
// matches, from the listed slots). Relevance: every query word in the head (title, keywords) first, then featured
// documents, then newest.
import pg from 'pg';
import { highlight, queryTokens } from './fold.ts';
import { chunkOf, masks, ordinals } from './postgres-bitmaps.ts';
import {
  CLEAR_BITS,
  DDL,
  DROP_EMPTY_BITS,
  HIT_FIELDS,
  DELETE_ROWS,
  EXISTING,
  DEFAULT_PATHS,
  LAYOUT_VERSION,
  matchStatement,
  OLD_TABLES,
  pageStatement,
  SET_BITS,
  TERM_IDS,
  WRITE_LOCK,
  WRITE_ROWS,
  ALLOCATE,
  REFRESH_FACET_CHUNKS,
  type SearchPaths,
} from './postgres-sql.ts';
import { ALL_TERM, documentTerms, filterGroups, parseFacetTerm } from './postgres-terms.ts';
import {
  FACETS,
  type FacetCounts,
  type SearchDocument,
  type SearchEngine,
  type SearchHighlight,
  type SearchQuery,
  type SearchResponse,
  type SearchSort,
  type Suggestion,
} from './types.ts';

interface Chunk {
  chunk: number;
  bits: string;
}

interface MatchRow {
  total: number;
  c1: number;
  near: string[];
  facets: { term: string; n: number }[] | null;
  walked: [number, number][] | null;
  hits: PageRow['hits'] | null;
  [column: string]: unknown;
}

type HitDocument = Pick<SearchDocument, (typeof HIT_FIELDS)[number]>;

interface PageRow {
  hits: { level: number; featured: boolean; doc: HitDocument }[];
  facets: { term: string; n: number }[] | null;
}

/** A page of a search, before highlights. */
interface Found {
  total: number;
  hits: { level: number; doc: HitDocument }[];
  facets: { term: string; n: number }[];
  near: string[];
}

export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  private readonly pool: pg.Pool;

  constructor(
    databaseUrl: string,
    poolSize = 8,
    private readonly paths: SearchPaths = DEFAULT_PATHS,
  ) {
    // Searches are prepared statements planned once per connection: their plans do not depend on the values
    // (joins to the bitmaps are index lookups whatever the words), and planning them costs more than running
    // them. JIT compilation costs more than it saves on these short statements.
    this.pool = new pg.Pool({
      connectionString: databaseUrl,
      max: poolSize,
      options: '-c jit=off -c plan_cache_mode=force_generic_plan',
    });
    // An idle connection dropped by the server (restart, shutdown) is replaced on next use; it must not crash.
    this.pool.on('error', () => {});
  }

  async prepare(): Promise<void> {
    await this.write(async (client) => {
      await client.query(`CREATE TABLE IF NOT EXISTS search_meta (key text PRIMARY KEY, value text NOT NULL)`);
      const { rows } = await client.query<{ value: string }>(`SELECT value FROM search_meta WHERE key = 'layout'`);
      if (rows[0]?.value === LAYOUT_VERSION) return;
      // The index is derived data: a new layout starts empty and is refilled by a rebuild.
      await client.query(`DROP TABLE IF EXISTS ${OLD_TABLES.join(', ')} CASCADE`);
      for (const sql of DDL) await client.query(sql);
      await client.query(
        `INSERT INTO search_meta (key, value) VALUES ('layout', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [LAYOUT_VERSION],
      );
    });
  }

  async size(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM search_document`);
    return rows[0].n;
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    const byId = new Map(docs.map((d) => [d.id, d]));
    if (!byId.size) return;
    const terms = new Map([...byId.values()].map((d) => [d.id, documentTerms(d)]));
    await this.write(async (client) => {
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
      const add = (into: Map<number, number[]>, term: number, ord: number) => {
        const list = into.get(term);
        if (list) list.push(ord);
        else into.set(term, [ord]);
      };
      const rows = [...byId.values()].map((d) => {
        const ord = ords.get(d.id)!;
        const { all, facets } = terms.get(d.id)!;
        const now = new Set(all.map((t) => termId.get(t)!));
        const was = new Set(before.get(ord) ?? []);
        for (const t of now) if (!was.has(t)) add(set, t, ord);
        for (const t of was) if (!now.has(t)) add(clear, t, ord);
        return {
          ord, id: d.id, published_at: d.publishedAt, price_min: d.priceMin, featured_until: d.featuredUntil,
          facets: facets.map((t) => termId.get(t)!), terms: [...now].sort((a, b) => a - b), doc: d,
        };
      });
      await this.clearBits(client, clear);
      await client.query(SET_BITS, bitRows(set));
      await client.query(REFRESH_FACET_CHUNKS, [[...new Set(rows.map((r) => chunkOf(r.ord)))]]);
      await client.query(WRITE_ROWS, [JSON.stringify(rows)]);
    });
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.write(async (client) => {
      const { rows } = await client.query<{ ord: number; terms: number[] }>(EXISTING, [ids]);
      if (!rows.length) return;
      const clear = new Map<number, number[]>();
      for (const r of rows) {
        for (const t of r.terms) {
          const list = clear.get(t);
          if (list) list.push(r.ord);
          else clear.set(t, [r.ord]);
        }
      }
      await this.clearBits(client, clear);
      await client.query(REFRESH_FACET_CHUNKS, [[...new Set(rows.map((r) => chunkOf(r.ord)))]]);
      await client.query(DELETE_ROWS, [rows.map((r) => r.ord)]);
    });
  }

  async clear(): Promise<void> {
    await this.write((client) =>
      client.query(`TRUNCATE search_document, search_payload, search_bits, search_term, search_free_ord, search_facet_chunk RESTART IDENTITY`),
    );
  }

  /** Statistics for the planner, and the visibility map that lets walks read the narrow indexes alone. */
  async optimize(): Promise<void> {
    await this.pool.query(`VACUUM (ANALYZE) search_document, search_bits, search_term, search_facet_chunk, search_payload`);
  }

  async search(q: SearchQuery): Promise<SearchResponse> {
    const tokens = queryTokens(q.text);
    const found = await this.find(tokens, q, true);
    const facets = Object.fromEntries(FACETS.map((name) => [name, [] as { value: string; count: number }[]])) as FacetCounts;
    for (const { term, n } of found.facets) {
      const f = parseFacetTerm(term);
      if (f && n > 0) facets[f.facet].push({ value: f.value, count: n });
    }
    for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      total: found.total,
      hits: found.hits.map(({ level, doc }) => ({
        id: doc.id,
        entityType: doc.entityType,
        entityId: doc.entityId,
        kind: doc.kind,
        score: tokens.length ? (level === 1 ? 1 : 0.5) : 0,
        highlights: highlightsOf(doc, tokens, found.near),
      })),
      facets,
    };
  }

  /**
   * The matches (total, facets) and the page: one statement when every relevance level is large (walked), a
   * second one for the page when a level is small and listed.
   */
  private async find(tokens: string[], q: SearchQuery, withFacets: boolean): Promise<Found> {
    const groups = filterGroups(q.filters, q.kinds);
    if (!tokens.length && !groups.length) groups.push([ALL_TERM]);
    const withLevels = q.sort === 'RELEVANCE' && tokens.length > 0;
    const { rows } = await this.pool.query<MatchRow>({
      name: `search-match-${q.sort}-${withLevels}`,
      text: matchStatement(q.sort, withLevels),
      values: [
        tokens, groups.flat(), groups.flatMap((g, i) => g.map(() => i)), tokens.length + groups.length, q.limit, q.offset,
        this.paths.fewMatches, this.paths.listFactor, withFacets,
      ],
    });
    const [match] = rows;
    const few = match.total <= this.paths.fewMatches;
    if (match.hits || !match.total) return { total: match.total, hits: match.hits ?? [], facets: match.facets ?? [], near: match.near };
    const ords: number[] = [];
    const levels: number[] = [];
    for (const [ord, level] of match.walked ?? []) {
      ords.push(ord);
      levels.push(level);
    }
    for (const [name, level] of withLevels ? ([['top', 1], ['rest', 0]] as const) : ([['m', 0]] as const)) {
      for (const ord of ordinals((match[`${name}_list`] as Chunk[] | null) ?? [])) {
        ords.push(ord);
        levels.push(level);
      }
    }
    const page = await this.pool.query<PageRow>({
      name: `search-page-${q.sort}`,
      text: pageStatement(q.sort),
      values: [ords, levels, q.limit, q.offset, few && withFacets],
    });
    return {
      total: match.total,
      hits: page.rows[0].hits,
      facets: (few ? page.rows[0].facets : match.facets) ?? [],
      near: match.near,
    };
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    const tokens = queryTokens(prefix);
    if (!tokens.length) return [];
    const found = await this.find(tokens, { text: prefix, kinds: [], filters: {}, sort: 'RELEVANCE', limit, offset: 0 }, false);
    return found.hits.map(({ doc }) => ({ text: doc.title, kind: doc.kind, entityType: doc.entityType, slug: doc.slug }));
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

  private async clearBits(client: pg.PoolClient, byTerm: Map<number, number[]>): Promise<void> {
    const rows = bitRows(byTerm);
    if (!rows[0].length) return;
    await client.query(CLEAR_BITS, rows);
    await client.query(DROP_EMPTY_BITS, [rows[0], rows[1]]);
  }

  /** One writer at a time: documents share bitmap rows, and slots are handed out here. */
  private async write<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(WRITE_LOCK);
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }
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

/** Marks the query's words (the last one also as a prefix, as the search matched it) and the near spellings. */
export function highlightsOf(doc: Pick<SearchDocument, 'title' | 'summary' | 'keywords'>, tokens: string[], near: string[] = []): SearchHighlight[] {
  const out: SearchHighlight[] = [];
  const words = [...tokens, ...near];
  const prefix = tokens[tokens.length - 1];
  const title = highlight(doc.title, words, prefix);
  if (title) out.push({ field: 'title', html: title });
  const summary = highlight(doc.summary, words, prefix);
  if (summary) out.push({ field: 'summary', html: summary });
  const keywords = highlight(doc.keywords.join(', '), words, prefix);
  if (keywords) out.push({ field: 'keywords', html: keywords });
  return out;
}
