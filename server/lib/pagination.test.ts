import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, keyset, keysetOrder, keysetWhere, pageRequest, toConnection } from './pagination.ts';

const NEWEST = keyset('things', ['createdAt', 'date', 'desc'], ['id', 'id', 'desc']);
const DIRECTORY = keyset('directory', ['verifiedAt', 'date?', 'desc'], ['name', 'text', 'asc'], ['id', 'id', 'asc']);
const ID = '0b9c7a4e-3f1d-4c2a-9e8b-5d6f7a8b9c0d';
const AT = new Date('2026-10-01T08:30:00.123Z');

const refused = (cursor: string) => () => pageRequest('en', NEWEST, { after: cursor });

describe('page cursors', () => {
  it('carry the sort values of the last row through a round trip', () => {
    expect(decodeCursor(NEWEST, encodeCursor(NEWEST, [AT, ID]))).toEqual([AT, ID]);
    expect(decodeCursor(DIRECTORY, encodeCursor(DIRECTORY, [null, 'Viện Lúa đồng bằng', ID]))).toEqual([null, 'Viện Lúa đồng bằng', ID]);
  });

  it('refuse what is not a cursor of the list with BAD_USER_INPUT naming `after`, in the caller’s language', () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const cursor of [
      'not a cursor!',
      'x'.repeat(3000),
      b64('things'),
      b64(['things', AT.toISOString()]),
      b64(['other', AT.toISOString(), ID]),
      b64(['things', 'yesterday', ID]),
      b64(['things', '+275760-09-13T00:00:00.000Z', ID]),
      b64(['things', AT.toISOString(), "1' OR 1=1"]),
      Buffer.from('{"a":').toString('base64url'),
      encodeCursor(DIRECTORY, [null, 'a', ID]),
    ]) {
      expect(refused(cursor), cursor).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }));
    }
    expect(refused('%%%')).toThrow('The page position is not valid');
  });

  it('clamp the page size to 0…100, 20 by default, and read one row more than shown', () => {
    expect(pageRequest('vi', NEWEST, {})).toEqual({ first: 20, take: 21, after: null });
    expect(pageRequest('vi', NEWEST, { first: 1000 }).first).toBe(100);
    expect(pageRequest('vi', NEWEST, { first: -5 }).first).toBe(0);
  });
});

describe('a page of rows', () => {
  const rows = [1, 2, 3].map((n) => ({ id: ID.replace(/.$/, String(n)), createdAt: new Date(AT.getTime() - n) }));

  it('has a next page only when the extra row came back, and ends at its last row', () => {
    const page = toConnection(NEWEST, rows, { first: 2 }, (r) => [r.createdAt, r.id]);
    expect(page.nodes).toEqual(rows.slice(0, 2));
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(NEWEST, page.pageInfo.endCursor!)).toEqual([rows[1]!.createdAt, rows[1]!.id]);
    expect(toConnection(NEWEST, rows, { first: 3 }, (r) => [r.createdAt, r.id]).pageInfo.hasNextPage).toBe(false);
    expect(toConnection(NEWEST, [], { first: 3 }, (r: (typeof rows)[number]) => [r.createdAt, r.id]).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('after a cursor are the rows past it in the keyset order, nulls last', () => {
    expect(keysetWhere(NEWEST, [AT, ID])).toEqual({ OR: [{ createdAt: { lt: AT } }, { createdAt: AT, id: { lt: ID } }] });
    expect(keysetWhere(DIRECTORY, [AT, 'B', ID])).toEqual({
      OR: [
        { OR: [{ verifiedAt: { lt: AT } }, { verifiedAt: null }] },
        { verifiedAt: AT, name: { gt: 'B' } },
        { verifiedAt: AT, name: 'B', id: { gt: ID } },
      ],
    });
    expect(keysetWhere(DIRECTORY, [null, 'B', ID])).toEqual({ OR: [{ verifiedAt: null, name: { gt: 'B' } }, { verifiedAt: null, name: 'B', id: { gt: ID } }] });
    expect(keysetWhere(NEWEST, null)).toEqual({});
    // Nulls first (open requests before answered ones): after null come every value and the nulls further on.
    const OPEN_FIRST = keyset('open-first', ['closedAt', '?date', 'desc'], ['id', 'id', 'asc']);
    expect(keysetWhere(OPEN_FIRST, [null, ID])).toEqual({ OR: [{ closedAt: { not: null } }, { closedAt: null, id: { gt: ID } }] });
    expect(keysetWhere(OPEN_FIRST, [AT, ID])).toEqual({ OR: [{ closedAt: { lt: AT } }, { closedAt: AT, id: { gt: ID } }] });
    expect(keysetOrder(OPEN_FIRST)).toEqual([{ closedAt: { sort: 'desc', nulls: 'first' } }, { id: 'asc' }]);
  });
});
