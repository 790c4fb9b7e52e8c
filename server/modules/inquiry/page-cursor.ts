// Keyset pages over (timestamp, id) descending: the cursor is the last row's pair, opaque to clients.
import { isUuid } from '../../lib/validation.ts';

export interface PageCursor {
  at: Date;
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
}

/** A cursor a client sent back; anything unreadable starts from the first page. */
export function decodeCursor(cursor: string | null | undefined): PageCursor | null {
  if (!cursor) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    if (Number.isNaN(date.getTime()) || !isUuid(id)) return null;
    return { at: date, id };
  } catch {
    return null;
  }
}

/** Rows fetched with one extra tell whether a next page exists. */
export function toPage<T>(rows: T[], first: number, key: (row: T) => [Date, string]) {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return { nodes, cursor: rows.length > first && last ? encodeCursor(...key(last)) : null };
}
