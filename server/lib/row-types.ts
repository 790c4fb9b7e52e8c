// Type parsers for the hot reads done with pg directly (search hits: 20 whole rows, eight timestamps each). pg's
// own timestamp parser is general (any zone, BC years, infinity) and costs about 1 µs a value; a timestamptz as
// PostgreSQL prints it in a UTC session is read here field by field, anything else goes to pg's parser.
import pg from 'pg';

const TIMESTAMPTZ = 1184;
const general = pg.types.getTypeParser(TIMESTAMPTZ, 'text') as (value: string) => Date;

const digits = (s: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (s.charCodeAt(i) - 48);
  return n;
};

/** 'YYYY-MM-DD HH:MM:SS[.ffffff]+00' → Date (to the millisecond, as pg's parser); other shapes as pg reads them. */
export function parseTimestamptz(value: string): Date {
  const n = value.length;
  if (n < 22 || value[4] !== '-' || value[10] !== ' ' || !value.endsWith('+00') || (n > 22 && value[19] !== '.')) return general(value);
  const fraction = n > 22 ? value.slice(20, n - 3) : '';
  const ms = fraction ? digits((fraction + '00').slice(0, 3), 0, 3) : 0;
  return new Date(
    Date.UTC(digits(value, 0, 4), digits(value, 5, 7) - 1, digits(value, 8, 10), digits(value, 11, 13), digits(value, 14, 16), digits(value, 17, 19), ms),
  );
}

/** Per-query `types` for pg: the fast timestamptz parser, pg's parsers for every other type. */
const rowTypes = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === TIMESTAMPTZ && format !== 'binary' ? parseTimestamptz : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** The published rows of `table` among `ids`, whole, as pg reads them with these parsers (search hits). */
export async function publishedRows<T extends pg.QueryResultRow>(pool: pg.Pool, table: 'Listing' | 'Organisation', ids: readonly string[]): Promise<T[]> {
  const { rows } = await pool.query<T>({
    text: `SELECT * FROM "${table}" WHERE id = ANY($1::uuid[]) AND status = 'PUBLISHED'`,
    values: [ids],
    types: rowTypes,
  });
  return rows;
}
