// What a database and an upload folder hold, reduced to comparable digests: per table its row count and the md5 of
// its rows in a fixed order; per file its sha256. Two equal digests mean the same data, row for row, byte for byte.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { quoteTable, sha256File, userTables } from '../../server/modules/operations/backup-manifest.ts';

export type TableDigests = Record<string, { rows: number; md5: string | null }>;

export async function tableDigests(databaseUrl: string): Promise<TableDigests> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const out: TableDigests = {};
    for (const table of await userTables(client)) {
      const { rows } = await client.query<{ n: string; md5: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM ${quoteTable(table)} t`,
      );
      out[table] = { rows: Number(rows[0]!.n), md5: rows[0]!.md5 };
    }
    return out;
  } finally {
    await client.end();
  }
}

/** sha256 of every file under `dir`, by its path relative to `dir`. */
export async function fileDigests(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const out: Record<string, string> = {};
  for (const e of entries.filter((x) => x.isFile()).sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    const file = path.join(e.parentPath, e.name);
    out[path.relative(dir, file)] = await sha256File(file);
  }
  return out;
}
