// The embedded default engine: one table in the application's PostgreSQL, fed by the same documents as
// Meilisearch. Vietnamese-aware through folding (done in JS, so the index needs no unaccent at query time):
// full-text on folded words (prefix on the last word, for autocomplete); a word the index does not know is
// widened to the known words one or two letters away (a vocabulary table and fuzzystrmatch), so typos still
// find the item; facet counts and the page of hits come back in one statement.
import pg from 'pg';
import { fold, highlight, queryTokens } from './fold.ts';
import {
  FACETS,
  type FacetCounts,
  type SearchDocument,
  type SearchEngine,
  type SearchHighlight,
  type SearchQuery,
  type SearchResponse,
  type Suggestion,
} from './types.ts';

export const SEARCH_TABLE = 'search_document';

export const WORD_TABLE = 'search_word';
// Documents live apart from the narrow table that queries scan, so a broad query reads few pages.
export const PAYLOAD_TABLE = 'search_payload';
// The index is derived data: when its layout changes, the tables are recreated (and refilled by a rebuild).
const LAYOUT_VERSION = '3';

const DDL = [
  `CREATE TABLE IF NOT EXISTS search_meta (key text PRIMARY KEY, value text NOT NULL)`,
  `CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`,
  `CREATE TABLE IF NOT EXISTS ${WORD_TABLE} (word text PRIMARY KEY)`,
  `CREATE INDEX IF NOT EXISTS ${WORD_TABLE}_shape ON ${WORD_TABLE} (left(word, 1), length(word))`,
  `CREATE TABLE IF NOT EXISTS ${SEARCH_TABLE} (
    id text PRIMARY KEY,
    entity_type text NOT NULL,
    kind text NOT NULL,
    tsv tsvector NOT NULL,
    field_code text, field_top text, trl int, price_band text, price_min bigint, commune text,
    ip_types text[] NOT NULL DEFAULT '{}', appraisal_level text, verified boolean NOT NULL DEFAULT false,
    published_at timestamptz NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS ${PAYLOAD_TABLE} (id text PRIMARY KEY, doc jsonb NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS ${SEARCH_TABLE}_tsv ON ${SEARCH_TABLE} USING gin (tsv)`,
  `CREATE INDEX IF NOT EXISTS ${SEARCH_TABLE}_kind_published ON ${SEARCH_TABLE} (kind, published_at DESC)`,
  `CREATE INDEX IF NOT EXISTS ${SEARCH_TABLE}_published ON ${SEARCH_TABLE} (published_at DESC)`,
];

// Words as the index holds them: title, keywords and owner weigh more than the summary.
function texts(d: SearchDocument) {
  const head = fold([d.title, d.titleEn ?? '', ...d.keywords, d.organisationName ?? ''].join(' '));
  const body = fold([d.summary, d.summaryEn ?? '', d.commune ?? ''].join(' '));
  return { head, body };
}

/** Every word must appear, or one of its near spellings; the last may be a prefix (it is still being typed). */
function tsquery(tokens: string[], near: Map<string, string[]> = new Map()): string {
  return tokens
    .map((t, i) => [i === tokens.length - 1 ? `${t}:*` : t, ...(near.get(t) ?? [])].join(' | '))
    .map((alternatives) => `(${alternatives})`)
    .join(' & ');
}

// Only words of four letters or more are widened: shorter Vietnamese words are too many one letter apart.
const NEAR_WORDS = `
  SELECT t.token, array_agg(w.word ORDER BY levenshtein(w.word, t.token), w.word) AS words
  FROM unnest($1::text[]) AS t(token)
  JOIN LATERAL (
    SELECT word FROM ${WORD_TABLE}
    WHERE left(word, 1) = left(t.token, 1) AND length(word) BETWEEN length(t.token) - 2 AND length(t.token) + 2
      AND levenshtein_less_equal(word, t.token, CASE WHEN length(t.token) >= 5 THEN 2 ELSE 1 END)
          <= CASE WHEN length(t.token) >= 5 THEN 2 ELSE 1 END
    ORDER BY levenshtein(word, t.token) LIMIT 4
  ) w ON true
  WHERE length(t.token) >= 4
    AND NOT EXISTS (SELECT 1 FROM ${WORD_TABLE} k WHERE k.word = t.token OR (t.token = $2 AND k.word LIKE t.token || '%'))
  GROUP BY t.token`;

interface Row {
  id: string;
  entity_type: 'listing' | 'organisation';
  kind: SearchDocument['kind'];
  doc: SearchDocument;
  score: number;
}

export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  private readonly pool: pg.Pool;

  constructor(databaseUrl: string, poolSize = 8) {
    // JIT compilation costs more than it saves on these short aggregations.
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: '-c jit=off' });
    // An idle connection dropped by the server (restart, shutdown) is replaced on next use; it must not crash.
    this.pool.on('error', () => {});
  }

  async prepare(): Promise<void> {
    await this.pool.query(DDL[0]);
    const { rows } = await this.pool.query<{ value: string }>(`SELECT value FROM search_meta WHERE key = 'layout'`);
    if (rows[0]?.value !== LAYOUT_VERSION) await this.pool.query(`DROP TABLE IF EXISTS ${SEARCH_TABLE}, ${PAYLOAD_TABLE}, ${WORD_TABLE}`);
    for (const sql of DDL.slice(1)) await this.pool.query(sql);
    await this.pool.query(
      `INSERT INTO search_meta (key, value) VALUES ('layout', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
      [LAYOUT_VERSION],
    );
  }

  async size(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${SEARCH_TABLE}`);
    return rows[0].n;
  }

  async upsert(docs: SearchDocument[]): Promise<void> {
    if (!docs.length) return;
    const rows = docs.map((d) => ({ d, ...texts(d) }));
    const words = new Set(rows.flatMap(({ head, body }) => `${head} ${body}`.split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && w.length <= 30)));
    await this.pool.query(`INSERT INTO ${WORD_TABLE} (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING`, [[...words]]);
    const records = JSON.stringify(
      rows.map(({ d, head, body }) => ({
        id: d.id, entity_type: d.entityType, kind: d.kind, doc: d, head, body, field_code: d.fieldCode,
        field_top: d.fieldTop, trl: d.trl, price_band: d.priceBand, price_min: d.priceMin, commune: d.commune,
        ip_types: d.ipTypes, appraisal_level: d.appraisalLevel, verified: d.verified, published_at: d.publishedAt,
      })),
    );
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO ${SEARCH_TABLE} (id, entity_type, kind, tsv, field_code, field_top, trl, price_band,
           price_min, commune, ip_types, appraisal_level, verified, published_at)
         SELECT x.id, x.entity_type, x.kind,
                setweight(to_tsvector('simple', x.head), 'A') || setweight(to_tsvector('simple', x.body), 'B'),
                x.field_code, x.field_top, x.trl, x.price_band, x.price_min, x.commune, x.ip_types, x.appraisal_level,
                x.verified, x.published_at
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, entity_type text, kind text, head text, body text,
           field_code text, field_top text, trl int, price_band text, price_min bigint, commune text, ip_types text[],
           appraisal_level text, verified boolean, published_at timestamptz)
         ON CONFLICT (id) DO UPDATE SET entity_type = EXCLUDED.entity_type, kind = EXCLUDED.kind,
           tsv = EXCLUDED.tsv, field_code = EXCLUDED.field_code,
           field_top = EXCLUDED.field_top, trl = EXCLUDED.trl, price_band = EXCLUDED.price_band,
           price_min = EXCLUDED.price_min, commune = EXCLUDED.commune, ip_types = EXCLUDED.ip_types,
           appraisal_level = EXCLUDED.appraisal_level, verified = EXCLUDED.verified, published_at = EXCLUDED.published_at`,
        [records],
      );
      await client.query(
        `INSERT INTO ${PAYLOAD_TABLE} (id, doc) SELECT x.id, x.doc FROM jsonb_to_recordset($1::jsonb) AS x(id text, doc jsonb)
         ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc`,
        [records],
      );
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    } finally {
      client.release();
    }
  }

  async remove(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.pool.query(
      `WITH gone AS (DELETE FROM ${SEARCH_TABLE} WHERE id = ANY($1)) DELETE FROM ${PAYLOAD_TABLE} WHERE id = ANY($1)`,
      [ids],
    );
  }

  async clear(): Promise<void> {
    await this.pool.query(`TRUNCATE ${SEARCH_TABLE}, ${PAYLOAD_TABLE}, ${WORD_TABLE}`);
  }

  async search(q: SearchQuery): Promise<SearchResponse> {
    const tokens = queryTokens(q.text);
    const params: unknown[] = [];
    const p = (v: unknown) => `$${params.push(v)}`;
    const where: string[] = [];
    let score = '0::real';
    const near = tokens.length ? await this.nearWords(tokens) : new Map<string, string[]>();
    if (tokens.length) {
      const tsq = p(tsquery(tokens, near));
      where.push(`tsv @@ to_tsquery('simple', ${tsq})`);
      score = `ts_rank(tsv, to_tsquery('simple', ${tsq}))::real`;
    }
    if (q.kinds.length) where.push(`kind = ANY(${p(q.kinds)})`);
    const f = q.filters;
    if (f.fieldCodes?.length) where.push(`(field_code = ANY(${p(f.fieldCodes)}) OR field_top = ANY(${p(f.fieldCodes)}))`);
    if (f.trlMin != null) where.push(`trl >= ${p(f.trlMin)}`);
    if (f.trlMax != null) where.push(`trl <= ${p(f.trlMax)}`);
    if (f.priceBands?.length) where.push(`price_band = ANY(${p(f.priceBands)})`);
    if (f.communes?.length) where.push(`commune = ANY(${p(f.communes)})`);
    if (f.ipTypes?.length) where.push(`ip_types && ${p(f.ipTypes)}::text[]`);
    if (f.appraisalLevels?.length) where.push(`appraisal_level = ANY(${p(f.appraisalLevels)})`);
    if (f.verified != null) where.push(`verified = ${p(f.verified)}`);
    const order = {
      RELEVANCE: tokens.length ? 'score DESC, published_at DESC, id' : 'published_at DESC, id',
      NEWEST: 'published_at DESC, id',
      PRICE_ASC: 'price_min ASC NULLS LAST, published_at DESC, id',
      PRICE_DESC: 'price_min DESC NULLS LAST, published_at DESC, id',
    }[q.sort];
    // The matched set keeps only narrow columns (no document), facets are counted in one pass with grouping
    // sets, and documents are read for the page of hits alone.
    const sql = `
      WITH matched AS MATERIALIZED (
        SELECT id, published_at, price_min, kind, field_top, trl, price_band, commune, ip_types, appraisal_level,
               verified, ${score} AS score
        FROM ${SEARCH_TABLE} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ),
      page AS (
        SELECT id, score, row_number() OVER (ORDER BY ${order}) AS ord FROM matched
        ORDER BY ${order} LIMIT ${p(q.limit)} OFFSET ${p(q.offset)}
      )
      SELECT
        (SELECT count(*)::int FROM matched) AS total,
        (SELECT coalesce(json_agg(h ORDER BY h.ord), '[]') FROM (
           SELECT d.id, d.entity_type, d.kind, ${PAYLOAD_TABLE}.doc, page.score, page.ord
           FROM page JOIN ${SEARCH_TABLE} d USING (id) JOIN ${PAYLOAD_TABLE} USING (id)
         ) h) AS hits,
        (SELECT coalesce(json_agg(f), '[]') FROM (
           SELECT CASE WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING(field_top) = 0 THEN 'field'
                       WHEN GROUPING(trl) = 0 THEN 'trl' WHEN GROUPING(price_band) = 0 THEN 'priceBand'
                       WHEN GROUPING(commune) = 0 THEN 'commune' WHEN GROUPING(appraisal_level) = 0 THEN 'appraisalLevel'
                       ELSE 'verified' END AS facet,
                  coalesce(kind, field_top, trl::text, price_band, commune, appraisal_level, verified::text) AS value,
                  count(*)::int AS count
           FROM matched
           GROUP BY GROUPING SETS ((kind), (field_top), (trl), (price_band), (commune), (appraisal_level), (verified))
           UNION ALL SELECT 'ipType', t, count(*)::int FROM matched, unnest(ip_types) t GROUP BY 2
         ) f WHERE value IS NOT NULL) AS facets`;
    const { rows } = await this.pool.query<{ total: number; hits: Row[]; facets: { facet: string; value: string; count: number }[] }>(sql, params);
    const [row] = rows;
    const facets = Object.fromEntries(FACETS.map((name) => [name, [] as { value: string; count: number }[]])) as FacetCounts;
    for (const f of row.facets) facets[f.facet as keyof FacetCounts].push({ value: f.value, count: f.count });
    for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return {
      total: row.total,
      hits: row.hits.map((h) => ({
        id: h.id,
        entityType: h.entity_type,
        entityId: h.doc.entityId,
        kind: h.kind,
        score: Number(h.score),
        highlights: highlightsOf(h.doc, tokens, [...near.values()].flat()),
      })),
      facets,
    };
  }

  private async nearWords(tokens: string[]): Promise<Map<string, string[]>> {
    const { rows } = await this.pool.query<{ token: string; words: string[] }>(NEAR_WORDS, [tokens, tokens[tokens.length - 1]]);
    return new Map(rows.map((r) => [r.token, r.words]));
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    const tokens = queryTokens(prefix);
    if (!tokens.length) return [];
    const { rows } = await this.pool.query<{ doc: SearchDocument }>(
      `SELECT p.doc FROM ${SEARCH_TABLE} d JOIN ${PAYLOAD_TABLE} p USING (id) WHERE d.tsv @@ to_tsquery('simple', $1)
       ORDER BY ts_rank(d.tsv, to_tsquery('simple', $1)) DESC, d.published_at DESC LIMIT $2`,
      [tsquery(tokens), limit],
    );
    return rows.map(({ doc }) => ({ text: doc.title, kind: doc.kind, entityType: doc.entityType, slug: doc.slug }));
  }

  async dump(): Promise<SearchDocument[]> {
    const { rows } = await this.pool.query<{ doc: SearchDocument }>(`SELECT doc FROM ${PAYLOAD_TABLE} ORDER BY id`);
    return rows.map((r) => r.doc);
  }

  async health() {
    try {
      await this.pool.query(`SELECT 1 FROM ${SEARCH_TABLE} LIMIT 1`);
      return { ok: true };
    } catch (err) {
      return { ok: false, detail: (err as Error).message };
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Marks the query's words (the last one also as a prefix, as the search matched it) and the near spellings. */
export function highlightsOf(doc: SearchDocument, tokens: string[], near: string[] = []): SearchHighlight[] {
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
