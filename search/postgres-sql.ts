// The statements of the PostgreSQL engine. Tables:
//   search_term      every word, head word ('^word') and facet value ('=facet:value') the index knows, with an id
//   search_bits      (term, chunk) → bit string: which document slots (ordinals) hold the term
//   search_document  one narrow row per document (ordinal, sort keys, featured-until, its counted facet terms)
//   search_payload   the document itself and the term ids its bitmaps hold (to clear them when it changes)
//   search_free_ord  slots of removed documents, reused once no search in flight can still name them
import { CHUNK_BITS } from './postgres-bitmaps.ts';
import type { SearchSort } from './types.ts';

export const LAYOUT_VERSION = '4';

export const OLD_TABLES = ['search_document', 'search_payload', 'search_word', 'search_term', 'search_bits', 'search_free_ord', 'search_facet_chunk'];

export const DDL = [
  `CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`,
  // "C" order: the words starting with a prefix are one range of the primary index.
  `CREATE TABLE search_term (id serial PRIMARY KEY, term text COLLATE "C" NOT NULL UNIQUE)`,
  `CREATE INDEX search_term_shape ON search_term (left(term, 1), length(term))`,
  `CREATE TABLE search_document (
     ord int PRIMARY KEY, id text NOT NULL UNIQUE, published_at timestamptz NOT NULL, price_min bigint,
     featured_until timestamptz, facets int[] NOT NULL)`,
  `CREATE SEQUENCE search_ord_seq MINVALUE 0 START 0 OWNED BY search_document.ord`,
  // Walks in sort order read these indexes alone (index-only), testing each slot against a bitmap.
  `CREATE INDEX search_document_newest ON search_document (published_at DESC, ord DESC) INCLUDE (featured_until)`,
  `CREATE INDEX search_document_price_asc ON search_document (price_min ASC NULLS LAST, published_at DESC, ord DESC)`,
  `CREATE INDEX search_document_price_desc ON search_document (price_min DESC NULLS LAST, published_at DESC, ord DESC)`,
  `CREATE INDEX search_document_featured ON search_document (featured_until) WHERE featured_until IS NOT NULL`,
  `CREATE TABLE search_payload (ord int PRIMARY KEY, terms int[] NOT NULL, doc jsonb NOT NULL)`,
  // Bitmaps change in place: room on the page keeps those updates HOT.
  `CREATE TABLE search_bits (term int NOT NULL, chunk int NOT NULL, bits bit varying NOT NULL, PRIMARY KEY (term, chunk)) WITH (fillfactor = 70)`,
  `CREATE TABLE search_free_ord (ord int PRIMARY KEY, freed_at timestamptz NOT NULL DEFAULT now())`,
  // The bitmaps of every counted facet value of one chunk, side by side (kept from search_bits by the writers).
  `CREATE TABLE search_facet_chunk (chunk int PRIMARY KEY, terms int[] NOT NULL, bits bit varying[] NOT NULL)`,
  // Read whole at every search with many matches: stored out of line but uncompressed (decompressing costs more).
  `ALTER TABLE search_facet_chunk ALTER COLUMN bits SET STORAGE EXTERNAL`,
];

/** Writers of the index take this lock: bitmap rows are shared by many documents. */
export const WRITE_LOCK = `SELECT pg_advisory_xact_lock(7318220641)`;

// ─── Writing ────────────────────────────────────────────────────────────────────────────────────────────────

export const EXISTING = `
  SELECT d.id, d.ord, p.terms FROM search_document d JOIN search_payload p USING (ord) WHERE d.id = ANY($1::text[])`;

// A freed slot waits a minute: a search that found it a moment ago must not get another document in its place.
export const ALLOCATE = `
  WITH reused AS (
    DELETE FROM search_free_ord WHERE ord IN (
      SELECT ord FROM search_free_ord WHERE freed_at < now() - interval '1 minute' ORDER BY ord LIMIT $1)
    RETURNING ord)
  SELECT ord FROM reused
  UNION ALL
  SELECT nextval('search_ord_seq')::int FROM generate_series(1, $1 - (SELECT count(*) FROM reused))`;

export const TERM_IDS = `
  WITH wanted AS (SELECT DISTINCT t FROM unnest($1::text[]) AS t),
  added AS (
    INSERT INTO search_term (term) SELECT t FROM wanted WHERE NOT EXISTS (SELECT 1 FROM search_term s WHERE s.term = wanted.t)
    RETURNING id, term)
  SELECT id, term FROM added UNION ALL SELECT id, term FROM search_term WHERE term = ANY($1::text[])`;

export const CLEAR_BITS = `
  UPDATE search_bits b SET bits = b.bits & ~x.mask::varbit
  FROM unnest($1::int[], $2::int[], $3::text[]) AS x(term, chunk, mask) WHERE b.term = x.term AND b.chunk = x.chunk`;

/** Bitmaps left empty are dropped: rare words of removed documents cost nothing. */
export const DROP_EMPTY_BITS = `
  DELETE FROM search_bits b USING unnest($1::int[], $2::int[]) AS x(term, chunk)
  WHERE b.term = x.term AND b.chunk = x.chunk AND bit_count(b.bits) = 0`;

export const SET_BITS = `
  INSERT INTO search_bits (term, chunk, bits)
  SELECT term, chunk, mask::varbit FROM unnest($1::int[], $2::int[], $3::text[]) AS x(term, chunk, mask)
  ON CONFLICT (term, chunk) DO UPDATE SET bits = search_bits.bits | EXCLUDED.bits`;

/** Counted facet terms: what a search reports per facet (not the catch-all term, nor sub-fields). */
const COUNTED_FACET_TERMS = `SELECT id FROM search_term WHERE term >= '=' AND term < '>' AND term <> '=*' AND term NOT LIKE '=fieldCode:%'`;

export const REFRESH_FACET_CHUNKS = `
  WITH touched AS (SELECT DISTINCT unnest($1::int[]) AS chunk),
  agg AS (
    SELECT b.chunk, array_agg(b.term ORDER BY b.term) AS terms, array_agg(b.bits ORDER BY b.term) AS bits
    FROM (${COUNTED_FACET_TERMS}) f JOIN search_bits b ON b.term = f.id JOIN touched t ON t.chunk = b.chunk
    GROUP BY b.chunk),
  gone AS (DELETE FROM search_facet_chunk WHERE chunk IN (SELECT chunk FROM touched) AND chunk NOT IN (SELECT chunk FROM agg))
  INSERT INTO search_facet_chunk (chunk, terms, bits) SELECT chunk, terms, bits FROM agg
  ON CONFLICT (chunk) DO UPDATE SET terms = EXCLUDED.terms, bits = EXCLUDED.bits`;

export const WRITE_ROWS = `
  WITH x AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(ord int, id text, published_at timestamptz, price_min bigint,
      featured_until timestamptz, facets int[], terms int[], doc jsonb)),
  rows AS (
    INSERT INTO search_document (ord, id, published_at, price_min, featured_until, facets)
    SELECT ord, id, published_at, price_min, featured_until, facets FROM x
    ON CONFLICT (ord) DO UPDATE SET id = EXCLUDED.id, published_at = EXCLUDED.published_at,
      price_min = EXCLUDED.price_min, featured_until = EXCLUDED.featured_until, facets = EXCLUDED.facets)
  INSERT INTO search_payload (ord, terms, doc) SELECT ord, terms, doc FROM x
  ON CONFLICT (ord) DO UPDATE SET terms = EXCLUDED.terms, doc = EXCLUDED.doc`;

export const DELETE_ROWS = `
  WITH gone AS (DELETE FROM search_document WHERE ord = ANY($1::int[]) RETURNING ord),
  payload AS (DELETE FROM search_payload WHERE ord = ANY($1::int[]))
  INSERT INTO search_free_ord (ord) SELECT ord FROM gone`;

// ─── Searching ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * When a search takes which path. `fewMatches`: at most this many matches are listed whole and their facets
 * counted row by row (above, facets are popcounts). `listFactor`: a relevance level of c matches is listed rather
 * than walked when c² × listFactor ≤ need × slots — walking reads about need × slots / c index entries (matches
 * spread over the sort order), listing costs about listFactor index entries per match (its slots go to the
 * caller and come back to be looked up).
 */
export interface SearchPaths {
  fewMatches: number;
  listFactor: number;
}

export const DEFAULT_PATHS: SearchPaths = { fewMatches: 200, listFactor: 20 };

// Near spellings of a word the index does not know (no prefix of it either, for the last word): the known words
// one letter away (two from five letters on); only words of four letters or more, shorter Vietnamese words are
// too many one letter apart. Every lookup is a LATERAL subquery fenced with OFFSET 0, so that the plan, made once
// per connection without the values, stays a few index probes per word whatever their number.
const TERMS = `
  tok AS (SELECT t, i::int AS i FROM unnest($1::text[]) WITH ORDINALITY AS x(t, i)),
  exact AS (SELECT tok.i, w.id, w.term FROM tok JOIN LATERAL (SELECT id, term FROM search_term WHERE term = tok.t OFFSET 0) w ON true),
  prefix AS (
    SELECT tok.i, w.id, w.term FROM tok
    JOIN LATERAL (SELECT id, term FROM search_term WHERE term > tok.t AND term < tok.t || '{' OFFSET 0) w ON true
    WHERE tok.i = cardinality($1::text[])),
  near AS (
    SELECT tok.i, w.id, w.term FROM tok
    JOIN LATERAL (
      SELECT id, term FROM search_term
      WHERE left(term, 1) = left(tok.t, 1) AND length(term) BETWEEN length(tok.t) - 2 AND length(tok.t) + 2
        AND levenshtein_less_equal(term, tok.t, CASE WHEN length(tok.t) >= 5 THEN 2 ELSE 1 END)
            <= CASE WHEN length(tok.t) >= 5 THEN 2 ELSE 1 END
      ORDER BY levenshtein(term, tok.t), term LIMIT 4
    ) w ON true
    WHERE length(tok.t) >= 4 AND NOT EXISTS (SELECT 1 FROM exact e WHERE e.i = tok.i)
      AND NOT EXISTS (SELECT 1 FROM prefix p WHERE p.i = tok.i)),
  words AS (SELECT * FROM exact UNION ALL SELECT * FROM prefix UNION ALL SELECT * FROM near),
  groups AS (
    SELECT i AS g, id FROM words
    UNION ALL
    SELECT f.g + 1000, t.id FROM unnest($2::text[], $3::int[]) AS f(term, g)
    JOIN LATERAL (SELECT id FROM search_term WHERE term = f.term OFFSET 0) t ON true)`;

// Every group (a query word with its spellings, or a filter) must hold the document: OR within, AND across.
const MATCHES = `
  gb AS (
    SELECT g.g, b.chunk, bit_or(b.bits) AS bits
    FROM groups g JOIN LATERAL (SELECT chunk, bits FROM search_bits WHERE term = g.id OFFSET 0) b ON true GROUP BY g.g, b.chunk),
  m AS MATERIALIZED (
    SELECT chunk, bits FROM (SELECT chunk, bit_and(bits) AS bits, count(*) AS n FROM gb GROUP BY chunk) x
    WHERE n = $4 AND bit_count(bits) > 0)`;

// The better level: every query word (or one of its spellings) in the head (title, keywords).
const LEVELS = `
  hb AS (
    SELECT w.i AS g, b.chunk, bit_or(b.bits) AS bits
    FROM words w
    JOIN LATERAL (SELECT id FROM search_term WHERE term = '^' || w.term OFFSET 0) h ON true
    JOIN LATERAL (SELECT chunk, bits FROM search_bits WHERE term = h.id OFFSET 0) b ON true
    GROUP BY w.i, b.chunk),
  top AS MATERIALIZED (
    SELECT chunk, bits FROM (
      SELECT m.chunk, m.bits & x.bits AS bits
      FROM m JOIN (SELECT chunk, bit_and(bits) AS bits FROM hb GROUP BY chunk HAVING count(*) = cardinality($1::text[])) x USING (chunk)
    ) y WHERE bit_count(bits) > 0),
  rest AS MATERIALIZED (
    SELECT chunk, bits FROM (
      SELECT m.chunk, CASE WHEN t.bits IS NULL THEN m.bits ELSE m.bits & ~t.bits END AS bits FROM m LEFT JOIN top t USING (chunk)
    ) y WHERE bit_count(bits) > 0)`;

// Facet counts of many matches: per chunk of the matches, one row holds the bitmaps of every facet value.
const FACETS = `
  facet_counts AS (
    SELECT x.term, sum(x.n)::int AS n FROM (
      SELECT f.term, bit_count(m.bits & f.bits) AS n
      FROM m JOIN search_facet_chunk fc ON fc.chunk = m.chunk CROSS JOIN LATERAL unnest(fc.terms, fc.bits) AS f(term, bits)
      WHERE $9 AND (SELECT total FROM counts) > $7
      OFFSET 0) x
    GROUP BY x.term),
  facets AS (
    SELECT t.term, c.n FROM facet_counts c JOIN LATERAL (SELECT term FROM search_term WHERE id = c.term OFFSET 0) t ON true)`;

const WALK_ORDER: Record<SearchSort, string> = {
  RELEVANCE: 'd.published_at DESC, d.ord DESC',
  NEWEST: 'd.published_at DESC, d.ord DESC',
  PRICE_ASC: 'd.price_min ASC NULLS LAST, d.published_at DESC, d.ord DESC',
  PRICE_DESC: 'd.price_min DESC NULLS LAST, d.published_at DESC, d.ord DESC',
};

const PAGE_ORDER: Record<SearchSort, string> = {
  RELEVANCE: 'level DESC, featured DESC, published_at DESC, ord DESC',
  NEWEST: 'published_at DESC, ord DESC',
  PRICE_ASC: 'price_min ASC NULLS LAST, published_at DESC, ord DESC',
  PRICE_DESC: 'price_min DESC NULLS LAST, published_at DESC, ord DESC',
};

interface Level {
  name: string;
  value: number;
  count: string;
  need: string;
}

/**
 * How a level contributes to the first `need` hits. A small level is sent back as bitmaps (the caller lists its
 * slots: few); a large one is walked in sort order, an index-only scan testing each slot against the level's
 * bitmap until `need` are found, which is short exactly when the level is large. Featured documents (relevance
 * order only) are few and taken apart, all of them.
 */
function levelCtes({ name, count, need }: Level, sort: SearchSort, featured: boolean): string {
  const walking = (column: string) => `(SELECT ${column} FROM plan_${name})`;
  const hit = `get_bit(${name}_arr.a[d.ord / ${CHUNK_BITS} + 1], d.ord % ${CHUNK_BITS}) = 1`;
  return `
  plan_${name} AS MATERIALIZED (
    SELECT c, need, listed, need > 0 AND NOT listed AS walk FROM (
      SELECT c, need, c > 0 AND (total <= $7 OR (need > 0 AND c::float8 * c * $8::float8 <= need::float8 * (SELECT n FROM slots))) AS listed
      FROM (SELECT total, (${count}) AS c, (${need}) AS need FROM counts) x) y),
  ${name}_arr AS (
    SELECT array_agg(coalesce(x.bits, repeat('0', ${CHUNK_BITS})::varbit) ORDER BY c.c) AS a
    FROM generate_series(0, (SELECT max(chunk) FROM ${name})) c(c) LEFT JOIN ${name} x ON x.chunk = c.c
    WHERE ${walking('walk')}),
  ${name}_walk AS (
    SELECT d.ord FROM search_document d, ${name}_arr
    WHERE ${walking('walk')} AND ${hit}${featured ? ' AND NOT coalesce(d.featured_until > now(), false)' : ''}
    ORDER BY ${WALK_ORDER[sort]} LIMIT ${walking('need')})${
      featured
        ? `,
  ${name}_featured AS (SELECT d.ord FROM search_document d, ${name}_arr WHERE ${walking('walk')} AND d.featured_until > now() AND ${hit})`
        : ''
    }`;
}

/** What a hit needs of its document (ids, and the texts its highlights come from): a page parses fast. */
export const HIT_FIELDS = ['id', 'entityType', 'entityId', 'kind', 'slug', 'title', 'summary', 'keywords'] as const;
const HIT_DOC = `json_build_object(${HIT_FIELDS.map((f) => `'${f}', p.doc->'${f}'`).join(', ')})`;

/**
 * The page among candidate slots, with its documents. `candidates` yields (ord, level); when the candidates are
 * all the matches (few), their facet counts come along.
 */
function pageCtes(candidates: string, sort: SearchSort, countFacets: string): string {
  return `
  r AS MATERIALIZED (
    SELECT c.ord, c.level, d.published_at, d.price_min, coalesce(d.featured_until > now(), false) AS featured, d.facets
    FROM (${candidates}) c JOIN LATERAL (SELECT * FROM search_document WHERE ord = c.ord OFFSET 0) d ON true),
  page AS (
    SELECT ord, level, featured, row_number() OVER (ORDER BY ${PAGE_ORDER[sort]}) AS n FROM r
    ORDER BY ${PAGE_ORDER[sort]} LIMIT $LIMIT OFFSET $OFFSET),
  hits AS (
    SELECT coalesce(json_agg(json_build_object('level', page.level, 'featured', page.featured, 'doc', ${HIT_DOC}) ORDER BY page.n), '[]') AS hits
    FROM page JOIN LATERAL (SELECT doc FROM search_payload WHERE ord = page.ord OFFSET 0) p ON true),
  row_facets AS (
    SELECT json_agg(json_build_object('term', t.term, 'n', x.n)) AS facets FROM (
      SELECT f.id, count(*)::int AS n FROM r, unnest(r.facets) AS f(id) WHERE ${countFacets} GROUP BY f.id
    ) x JOIN LATERAL (SELECT term FROM search_term WHERE id = x.id OFFSET 0) t ON true)`;
}

const statements = new Map<string, string>();

/**
 * One statement: the query's words and their spellings, the matching bitmaps, the total, the facet counts (from
 * bitmaps when the matches are many) and, per relevance level, either its bitmaps (few: the caller lists them and
 * asks for the page) or the candidates found by walking; when no level is listed, the page itself.
 * $1 query words, $2/$3 filter terms and their group numbers, $4 number of groups, $5 limit, $6 offset,
 * $7/$8 the paths (SearchPaths), $9 count facets.
 */
export function matchStatement(sort: SearchSort, withLevels: boolean): string {
  const key = `${sort}-${withLevels}`;
  const cached = statements.get(key);
  if (cached) return cached;
  const featured = sort === 'RELEVANCE';
  const levels: Level[] = withLevels
    ? [
        { name: 'top', value: 1, count: 'c1', need: 'least(c1, $5::int + $6::int)' },
        { name: 'rest', value: 0, count: 'total - c1', need: 'least(total - c1, greatest(0, $5::int + $6::int - c1))' },
      ]
    : [{ name: 'm', value: 0, count: 'total', need: 'least(total, $5::int + $6::int)' }];
  const walked = levels
    .map((l) => `SELECT ord, ${l.value} AS level FROM ${l.name}_walk${featured ? ` UNION SELECT ord, ${l.value} FROM ${l.name}_featured` : ''}`)
    .join(' UNION ALL ');
  const noneListed = levels.map((l) => `NOT (SELECT listed FROM plan_${l.name})`).join(' AND ');
  const sql = `
  WITH ${TERMS},
  ${MATCHES},
  ${withLevels ? `${LEVELS},` : ''}
  slots AS (SELECT last_value + 1 AS n FROM search_ord_seq),
  counts AS MATERIALIZED (
    SELECT (SELECT coalesce(sum(bit_count(bits)), 0) FROM m)::int AS total,
           ${withLevels ? '(SELECT coalesce(sum(bit_count(bits)), 0) FROM top)::int' : '0'} AS c1),
  ${FACETS},
  ${levels.map((l) => levelCtes(l, sort, featured)).join(',')},
  walked AS MATERIALIZED (${walked}),
  ${pageCtes(`SELECT * FROM walked WHERE ${noneListed}`, sort, 'false').replace('$LIMIT', '$5').replace('$OFFSET', '$6')}
  SELECT c.total, c.c1,
    (SELECT coalesce(json_agg(DISTINCT term), '[]') FROM near) AS near,
    (SELECT json_agg(json_build_object('term', term, 'n', n)) FROM facets) AS facets,
    ${levels
      .map(
        (l) => `
    (SELECT json_agg(json_build_object('chunk', chunk, 'bits', encode(varbit_send(bits), 'base64'))) FROM ${l.name} WHERE (SELECT listed FROM plan_${l.name})) AS ${l.name}_list`,
      )
      .join(',')},
    (SELECT json_agg(json_build_array(ord, level)) FROM walked) AS walked,
    CASE WHEN c.total > 0 AND ${noneListed} THEN (SELECT hits FROM hits) END AS hits
  FROM counts c`;
  statements.set(key, sql);
  return sql;
}

/**
 * The page among the listed and walked candidates, with its documents; and, when the candidates are all the
 * matches (few), their facet counts. $1 slots, $2 their levels, $3 limit, $4 offset, $5 count facets.
 */
export function pageStatement(sort: SearchSort): string {
  const key = `page-${sort}`;
  const cached = statements.get(key);
  if (cached) return cached;
  const sql = `
  WITH ${pageCtes('SELECT * FROM unnest($1::int[], $2::int[]) AS c(ord, level)', sort, '$5').replace('$LIMIT', '$3').replace('$OFFSET', '$4')}
  SELECT (SELECT hits FROM hits) AS hits, (SELECT facets FROM row_facets) AS facets`;
  statements.set(key, sql);
  return sql;
}
