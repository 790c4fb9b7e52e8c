// The statements of the PostgreSQL engine. Tables:
//   search_term      every word, head word ('^word') and facet value ('=facet:value') the index knows, with an id
//   search_bits      (term, chunk) → bit string: which document slots (ordinals) hold the term
//   search_bits_gone bitmaps dropped when they became empty
//   search_document  one narrow row per document (ordinal, sort keys, featured-until, its counted facet terms)
//   search_payload   the document itself and the term ids its bitmaps hold (to clear them when it changes)
//   search_free_ord  slots of removed documents, reused once no search in flight can still name them
//   search_meta      the layout version, the generation of the last write ('gen') and of the last emptying ('cleared')
// Every write takes the next generation and stamps the rows it changes with it, so that a reader's copy in
// memory (postgres-view.ts) catches up by reading the rows stamped after its own generation.

export const LAYOUT_VERSION = '5';

export const OLD_TABLES = [
  'search_document', 'search_payload', 'search_word', 'search_term', 'search_bits', 'search_bits_gone', 'search_free_ord', 'search_facet_chunk',
];

export const DDL = [
  `CREATE TABLE search_term (id serial PRIMARY KEY, term text COLLATE "C" NOT NULL UNIQUE)`,
  `CREATE TABLE search_document (
     ord int PRIMARY KEY, id text NOT NULL UNIQUE, published_at timestamptz NOT NULL, price_min bigint,
     featured_until timestamptz, facets int[] NOT NULL, gen bigint NOT NULL)`,
  `CREATE INDEX search_document_gen ON search_document (gen)`,
  `CREATE SEQUENCE search_ord_seq MINVALUE 0 START 0 OWNED BY search_document.ord`,
  `CREATE TABLE search_payload (ord int PRIMARY KEY, terms int[] NOT NULL, doc jsonb NOT NULL)`,
  `CREATE TABLE search_bits (term int NOT NULL, chunk int NOT NULL, bits bit varying NOT NULL, gen bigint NOT NULL, PRIMARY KEY (term, chunk))`,
  `CREATE INDEX search_bits_gen ON search_bits (gen)`,
  `CREATE TABLE search_bits_gone (term int NOT NULL, chunk int NOT NULL, gen bigint NOT NULL)`,
  `CREATE INDEX search_bits_gone_gen ON search_bits_gone (gen)`,
  `CREATE TABLE search_free_ord (ord int PRIMARY KEY, freed_at timestamptz NOT NULL DEFAULT now())`,
];

export const META_TABLE = `CREATE TABLE IF NOT EXISTS search_meta (key text PRIMARY KEY, value text NOT NULL)`;

/** The generation of a write, taken under the write lock. */
export const NEXT_GEN = `
  INSERT INTO search_meta (key, value) VALUES ('gen', '1')
  ON CONFLICT (key) DO UPDATE SET value = (search_meta.value::bigint + 1)::text RETURNING value::float8 AS gen`;

/** The index was emptied (or laid out anew) at generation $1: readers start again from nothing. */
export const MARK_CLEARED = `
  INSERT INTO search_meta (key, value) VALUES ('cleared', $1::bigint::text) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`;

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
  UPDATE search_bits b SET bits = b.bits & ~x.mask::varbit, gen = $4
  FROM unnest($1::int[], $2::int[], $3::text[]) AS x(term, chunk, mask) WHERE b.term = x.term AND b.chunk = x.chunk`;

/** Bitmaps left empty are dropped (rare words of removed documents cost nothing), and noted for readers. */
export const DROP_EMPTY_BITS = `
  WITH gone AS (
    DELETE FROM search_bits b USING unnest($1::int[], $2::int[]) AS x(term, chunk)
    WHERE b.term = x.term AND b.chunk = x.chunk AND bit_count(b.bits) = 0
    RETURNING b.term, b.chunk)
  INSERT INTO search_bits_gone (term, chunk, gen) SELECT term, chunk, $3 FROM gone`;

export const SET_BITS = `
  INSERT INTO search_bits (term, chunk, bits, gen)
  SELECT term, chunk, mask::varbit, $4 FROM unnest($1::int[], $2::int[], $3::text[]) AS x(term, chunk, mask)
  ON CONFLICT (term, chunk) DO UPDATE SET bits = search_bits.bits | EXCLUDED.bits, gen = EXCLUDED.gen`;

export const WRITE_ROWS = `
  WITH x AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(ord int, id text, published_at timestamptz, price_min bigint,
      featured_until timestamptz, facets int[], terms int[], doc jsonb)),
  rows AS (
    INSERT INTO search_document (ord, id, published_at, price_min, featured_until, facets, gen)
    SELECT ord, id, published_at, price_min, featured_until, facets, $2 FROM x
    ON CONFLICT (ord) DO UPDATE SET id = EXCLUDED.id, published_at = EXCLUDED.published_at,
      price_min = EXCLUDED.price_min, featured_until = EXCLUDED.featured_until, facets = EXCLUDED.facets, gen = EXCLUDED.gen)
  INSERT INTO search_payload (ord, terms, doc) SELECT ord, terms, doc FROM x
  ON CONFLICT (ord) DO UPDATE SET terms = EXCLUDED.terms, doc = EXCLUDED.doc`;

export const DELETE_ROWS = `
  WITH gone AS (DELETE FROM search_document WHERE ord = ANY($1::int[]) RETURNING ord),
  payload AS (DELETE FROM search_payload WHERE ord = ANY($1::int[]))
  INSERT INTO search_free_ord (ord) SELECT ord FROM gone`;

// ─── Reading ────────────────────────────────────────────────────────────────────────────────────────────────

export const META = `
  SELECT coalesce(max(value::float8) FILTER (WHERE key = 'gen'), 0) AS gen,
         coalesce(max(value::float8) FILTER (WHERE key = 'cleared'), 0) AS cleared
  FROM search_meta`;

/** What a hit needs of its document (ids, and the texts its highlights come from). */
export const HIT_FIELDS = ['id', 'entityType', 'entityId', 'kind', 'slug', 'title', 'summary', 'keywords'] as const;
const HIT_DOC = `json_build_object(${HIT_FIELDS.map((f) => `'${f}', p.doc->'${f}'`).join(', ')})`;

/**
 * The rows stamped after generation $1 (terms: with ids above $2). Times in microseconds since 1970; a
 * document's hit fields as JSON text (kept as text in memory: one string per document, parsed for the page only).
 */
export const LOAD = {
  terms: `SELECT id, term FROM search_term WHERE id > $1`,
  bits: `SELECT term, chunk, varbit_send(bits) AS bits FROM search_bits WHERE gen > $1`,
  gone: `SELECT term, chunk FROM search_bits_gone WHERE gen > $1`,
  docs: `
    SELECT d.ord, (extract(epoch FROM d.published_at) * 1000000)::float8 AS published, d.price_min::float8 AS price,
      (extract(epoch FROM d.featured_until) * 1000000)::float8 AS featured, d.facets, ${HIT_DOC}::text AS hit
    FROM search_document d JOIN search_payload p USING (ord) WHERE d.gen > $1`,
};

/**
 * A full load a page at a time, in key order from after the last row of the page before: the rows of 100,000
 * documents at once (their hit fields as text, the bitmaps as hexadecimal) would take some hundreds of MB of the
 * reader's memory for a moment, and the heap grown for them stays.
 */
export const LOAD_PAGE = {
  size: { bits: 1000, docs: 4000 },
  bits: `SELECT term, chunk, varbit_send(bits) AS bits FROM search_bits WHERE (term, chunk) > ($1, $2) ORDER BY term, chunk LIMIT $3`,
  docs: `${LOAD.docs.replace('WHERE d.gen > $1', 'WHERE d.ord > $1')} ORDER BY d.ord LIMIT $2`,
};

/** The generation of the last write: a search first checks its mirror is as recent. */
export const GENERATION = `SELECT value::float8 AS gen FROM search_meta WHERE key = 'gen'`;
