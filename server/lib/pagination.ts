// One page shape for every list that can grow: `{ nodes, pageInfo { hasNextPage, endCursor } }`, asked for with
// `first` (default 20, at most 100) and `after` (the endCursor of the previous page). Pages are keyset pages: the
// cursor holds the sort values of the last row (ties broken by id), so a page costs an index range scan however
// deep it is, and rows written meanwhile neither repeat nor vanish between pages.
//
// The cursor is opaque to clients (base64url of a small JSON array naming its list). It is not signed: a client
// that edits one only moves its own position inside a list it may already read, because every query keeps its
// filters and access checks. What matters is that a cursor that is not one of ours, or belongs to another list,
// is refused as BAD_USER_INPUT naming `after`, and never reaches the database as a malformed value.
//
// `first` above MAX_PAGE_SIZE is refused before execution (server/graphql/limits/list-caps.ts); the clamp here is
// the second line for callers that are not GraphQL requests.
import type { Locale } from '../i18n/messages.ts';
import { badUserInput, isStorableDate, isStorableText, isUuid } from './validation.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Longer than any cursor we hand out; anything longer is refused unread. */
const MAX_CURSOR_LENGTH = 2048;

/**
 * What one sort value of a keyset is: a timestamp (`date?`: or null, sorted last; `?date`: or null, sorted first), a
 * uuid row id, a bigint row id (`serial`, carried as its decimal text), an integer, a short text or a finite
 * floating-point number (`number`: a score).
 */
export type KeyPart = 'date' | 'date?' | '?date' | 'id' | 'serial' | 'int' | 'text' | 'number';
type Direction = 'asc' | 'desc';
type ValueOf<P extends KeyPart> = P extends 'date' ? Date : P extends 'date?' | '?date' ? Date | null : P extends 'int' | 'number' ? number : string;
/** One sort column: its Prisma field name, the kind of its values and its direction. */
export type KeyColumn = readonly [column: string, part: KeyPart, direction: Direction];
export type KeyValues<C extends readonly KeyColumn[]> = { -readonly [I in keyof C]: C[I] extends readonly [string, infer P extends KeyPart, Direction] ? ValueOf<P> : never };

/**
 * The order of one list, ending with a unique column (the id) so that no two rows tie; its name goes into its
 * cursors, so a cursor of another list is refused.
 */
export interface Keyset<C extends readonly KeyColumn[]> {
  name: string;
  columns: C;
}

export function keyset<const C extends readonly KeyColumn[]>(name: string, ...columns: C): Keyset<C> {
  return { name, columns };
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** A page request, checked: how many rows to show, how many to read (one more tells whether a next page exists). */
export interface PageRequest<C extends readonly KeyColumn[]> {
  first: number;
  take: number;
  after: KeyValues<C> | null;
}

export function encodeCursor<C extends readonly KeyColumn[]>(set: Keyset<C>, values: KeyValues<C>): string {
  const parts = (values as readonly unknown[]).map((v) => (v instanceof Date ? v.toISOString() : v));
  return Buffer.from(JSON.stringify([set.name, ...parts])).toString('base64url');
}

/** The sort values a cursor holds, or null when it is not a cursor of this list. */
export function decodeCursor<C extends readonly KeyColumn[]>(set: Keyset<C>, cursor: string): KeyValues<C> | null {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || decoded.length !== set.columns.length + 1 || decoded[0] !== set.name) return null;
  const values: unknown[] = [];
  for (const [i, [, part]] of set.columns.entries()) {
    const value = readPart(part, decoded[i + 1]);
    if (value === undefined) return null;
    values.push(value);
  }
  return values as KeyValues<C>;
}

function readPart(part: KeyPart, raw: unknown): Date | number | string | null | undefined {
  switch (part) {
    case 'date?':
    case '?date':
      return raw === null ? null : readPart('date', raw);
    case 'date': {
      if (typeof raw !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(raw)) return undefined;
      const date = new Date(raw);
      return Number.isNaN(date.getTime()) || !isStorableDate(date) ? undefined : date;
    }
    case 'id':
      return isUuid(raw) ? raw : undefined;
    case 'serial':
      return typeof raw === 'string' && /^[1-9]\d{0,17}$/.test(raw) ? raw : undefined;
    case 'int':
      // PostgreSQL's integer: anything outside it would be refused by the database itself.
      return Number.isInteger(raw) && Math.abs(raw as number) <= 2_147_483_647 ? (raw as number) : undefined;
    case 'text':
      return typeof raw === 'string' && raw.length <= 500 && isStorableText(raw) ? raw : undefined;
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
  }
}

/** `first` within 0…MAX_PAGE_SIZE (default DEFAULT_PAGE_SIZE) and `after` decoded; a foreign cursor is BAD_USER_INPUT. */
export function pageRequest<C extends readonly KeyColumn[]>(locale: Locale, set: Keyset<C>, args: PageArgs): PageRequest<C> {
  const first = Math.min(Math.max(Math.trunc(args.first ?? DEFAULT_PAGE_SIZE), 0), MAX_PAGE_SIZE);
  const after = args.after ? decodeCursor(set, args.after) : null;
  if (args.after && !after) throw badUserInput(locale, 'after', 'INVALID_CURSOR');
  return { first, take: first + 1, after };
}

/** The page of rows read with `take` (one extra): the extra row only says that a next page exists. */
export function toConnection<T, C extends readonly KeyColumn[]>(
  set: Keyset<C>,
  rows: readonly T[],
  page: Pick<PageRequest<C>, 'first'>,
  keyOf: (row: T) => KeyValues<C>,
): Connection<T> {
  const nodes = rows.slice(0, page.first);
  const last = nodes[nodes.length - 1];
  const hasNextPage = rows.length > page.first && last !== undefined;
  return { nodes, pageInfo: { hasNextPage, endCursor: last !== undefined ? encodeCursor(set, keyOf(last)) : null } };
}

/** An empty page, for callers who may see nothing. */
export function emptyConnection<T>(): Connection<T> {
  return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
}

/**
 * The Prisma `where` of the rows after a cursor: for (a desc, id desc) after (x, y) that is
 * `a < x OR (a = x AND id < y)`. A nullable column sorting its nulls last (`date?`): after x come the smaller values
 * and the nulls; after null, only nulls (with the following columns deciding). Sorting them first (`?date`): after x
 * only the smaller values; after null, every value (and the nulls the following columns put after).
 */
export function keysetWhere<C extends readonly KeyColumn[]>(set: Keyset<C>, after: KeyValues<C> | null): { OR?: Record<string, unknown>[] } {
  if (!after) return {};
  const values = after as readonly unknown[];
  const branches = set.columns.flatMap(([column, part, direction], i) => {
    const equalBefore = Object.fromEntries(set.columns.slice(0, i).map(([c], j) => [c, values[j]]));
    if (values[i] === null) return part === '?date' ? [{ ...equalBefore, [column]: { not: null } }] : [];
    const beyond = { [column]: { [direction === 'desc' ? 'lt' : 'gt']: values[i] } };
    return part === 'date?' ? [{ ...equalBefore, OR: [beyond, { [column]: null }] }] : [{ ...equalBefore, ...beyond }];
  });
  return { OR: branches };
}

/** The Prisma `orderBy` of a keyset. */
export function keysetOrder(set: Keyset<readonly KeyColumn[]>): Record<string, Direction | { sort: Direction; nulls: 'first' | 'last' }>[] {
  const nulls = { 'date?': 'last', '?date': 'first' } as const;
  return set.columns.map(([column, part, direction]) => ({ [column]: part === 'date?' || part === '?date' ? { sort: direction, nulls: nulls[part] } : direction }));
}

/** One parent's nested list asked for in a Mercurius loader: the parent and the field's arguments. */
export interface NestedQuery<P> {
  obj: P;
  params: PageArgs;
}

/**
 * The nested connections of a loader's parents (an organisation's listings on each row of a page): the parents that
 * ask for the same page (nearly always all of them) are read together by `read`, one query for all, which answers
 * each parent's rows in the parents' order (`page.take` of them at most, by a window or lateral query).
 */
export async function nestedPages<P, T, C extends readonly KeyColumn[]>(
  locale: Locale,
  set: Keyset<C>,
  queries: readonly NestedQuery<P>[],
  read: (parents: P[], page: PageRequest<C>) => Promise<T[][]>,
  keyOf: (row: T) => KeyValues<C>,
): Promise<Connection<T>[]> {
  const groups = new Map<string, number[]>();
  for (const [i, q] of queries.entries()) {
    const key = JSON.stringify([q.params.first ?? null, q.params.after ?? null]);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  const pages: Connection<T>[] = [];
  for (const indexes of groups.values()) {
    const page = pageRequest(locale, set, queries[indexes[0]!]!.params);
    const rows = page.first ? await read(indexes.map((i) => queries[i]!.obj), page) : indexes.map(() => []);
    for (const [j, i] of indexes.entries()) pages[i] = toConnection(set, rows[j] ?? [], page, keyOf);
  }
  return pages;
}
