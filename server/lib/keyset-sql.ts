// The keyset pages of server/lib/pagination.ts in raw SQL, for the reads Prisma cannot write: the nested pages of
// many parents in one query (a window per parent) and orders over computed values.
import { Prisma } from '../generated/prisma/client.ts';
import type { Tx } from './prisma.ts';
import type { KeyColumn, KeyPart, Keyset, KeyValues, PageRequest } from './pagination.ts';

const column = (alias: string, name: string) => Prisma.raw(`${alias}."${name.replace(/"/g, '')}"`);

/** A cursor value as a typed SQL parameter (ids are text to the driver; the column is a uuid or a bigint). */
function param(part: KeyPart, value: unknown): Prisma.Sql {
  if (part === 'id') return Prisma.sql`${value}::uuid`;
  if (part === 'serial') return Prisma.sql`${value}::bigint`;
  return Prisma.sql`${value}`;
}

/** The SQL condition `AND (…)` of the rows after a cursor, as keysetWhere (nulls last for `date?`, first for `?date`). */
export function keysetCondition<C extends readonly KeyColumn[]>(set: Keyset<C>, after: KeyValues<C> | null, alias = 't'): Prisma.Sql {
  if (!after) return Prisma.empty;
  const values = after as readonly unknown[];
  const branches = set.columns.flatMap(([name, part, direction], i) => {
    const equalBefore = set.columns
      .slice(0, i)
      .map(([c, p], j) => (values[j] === null ? Prisma.sql`${column(alias, c)} IS NULL` : Prisma.sql`${column(alias, c)} = ${param(p, values[j])}`));
    const col = column(alias, name);
    let beyond: Prisma.Sql | null;
    if (values[i] === null) beyond = part === '?date' ? Prisma.sql`${col} IS NOT NULL` : null;
    else {
      const compared = Prisma.sql`${col} ${Prisma.raw(direction === 'desc' ? '<' : '>')} ${param(part, values[i])}`;
      beyond = part === 'date?' ? Prisma.sql`(${compared} OR ${col} IS NULL)` : compared;
    }
    return beyond ? [Prisma.join([...equalBefore, beyond], ' AND ', '(', ')')] : [];
  });
  return branches.length ? Prisma.sql`AND ${Prisma.join(branches, ' OR ', '(', ')')}` : Prisma.sql`AND false`;
}

/** The SQL `ORDER BY` list of a keyset. */
export function keysetOrderSql(set: Keyset<readonly KeyColumn[]>, alias = 't'): Prisma.Sql {
  const nulls = { 'date?': ' NULLS LAST', '?date': ' NULLS FIRST' } as Partial<Record<KeyPart, string>>;
  return Prisma.join(set.columns.map(([name, part, direction]) => Prisma.sql`${column(alias, name)} ${Prisma.raw(direction.toUpperCase() + (nulls[part] ?? ''))}`));
}

/**
 * Each parent's page of one table in one query: the rows whose `parentColumn` (a uuid, or text) is one of `parentIds`
 * (and that pass `where`, SQL over the alias `t`), the first `page.take` of each parent after the cursor, in the
 * keyset's order.
 */
export async function pagesPerParent<T, C extends readonly KeyColumn[]>(
  db: Tx,
  query: {
    table: string;
    parentColumn: string;
    parentType?: 'uuid' | 'text';
    parentIds: readonly string[];
    where?: Prisma.Sql;
    set: Keyset<C>;
    page: PageRequest<C>;
  },
): Promise<T[]> {
  const { table, parentColumn, parentIds, set, page } = query;
  const rows = await db.$queryRaw<(T & { _rank: bigint })[]>`
    SELECT * FROM (
      SELECT t.*, row_number() OVER (PARTITION BY ${column('t', parentColumn)} ORDER BY ${keysetOrderSql(set)}) AS _rank
      FROM ${Prisma.raw(`"${table.replace(/"/g, '')}"`)} t
      WHERE ${column('t', parentColumn)} = ANY(${[...parentIds]}::${Prisma.raw(query.parentType === 'text' ? 'text' : 'uuid')}[]) ${query.where ?? Prisma.empty} ${keysetCondition(set, page.after)}
    ) t WHERE _rank <= ${page.take}
    ORDER BY ${keysetOrderSql(set)}`;
  return rows.map(({ _rank: _, ...row }) => row as T);
}
