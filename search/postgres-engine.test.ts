import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../tests/support/database.ts';
import { CONTRACT_DOCS, engineContract } from './engine-contract.ts';
import { PostgresSearchEngine } from './postgres-engine.ts';
import { DEFAULT_PATHS, type SearchPaths } from './postgres-view.ts';

const dbs: TestDatabase[] = [];
afterAll(() => Promise.all(dbs.map((db) => db.drop())));

const engine = (paths: SearchPaths) => async () => {
  const db = await freshDatabase();
  dbs.push(db);
  return new PostgresSearchEngine(db.url, 2, paths);
};

engineContract('PostgreSQL', engine(DEFAULT_PATHS));
// The contract's handful of documents take one path or the other by size; the same answers must come from both:
// pages walked over the slots in sort order, and pages of the matches listed and sorted.
engineContract('PostgreSQL, pages walked in sort order', engine({ listFactor: Number.POSITIVE_INFINITY }));
engineContract('PostgreSQL, pages listed and sorted', engine({ listFactor: 0 }));

describe('PostgreSQL engine storage', () => {
  it('keeps no bitmap of removed documents, and reports an updated document under its new words only', async () => {
    const db = await freshDatabase();
    dbs.push(db);
    const engine = new PostgresSearchEngine(db.url, 2);
    await engine.prepare();
    const [a, b] = CONTRACT_DOCS;
    await engine.upsert([a, b]);
    await engine.upsert([{ ...a, title: 'Quy trình sấy lạnh', keywords: [] }]);
    const total = async (text: string) => (await engine.search({ text, kinds: [], filters: {}, sort: 'RELEVANCE', limit: 5, offset: 0 })).total;
    expect([await total('bot'), await total('say lanh')]).toEqual([0, 1]);
    await engine.remove([a.id, b.id]);
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      const { rows } = await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM search_bits');
      expect(rows[0].n).toBe(0);
    } finally {
      await pg.end();
    }
    await engine.close();
  });

  it('answers from what another process wrote a moment ago, removals and a whole rebuild included', async () => {
    const db = await freshDatabase();
    dbs.push(db);
    const writer = new PostgresSearchEngine(db.url, 2);
    const reader = new PostgresSearchEngine(db.url, 2);
    await writer.prepare();
    const [a, b] = CONTRACT_DOCS;
    const found = async (text: string) => (await reader.search({ text, kinds: [], filters: {}, sort: 'RELEVANCE', limit: 5, offset: 0 })).hits.map((h) => h.id);
    await writer.upsert([a]);
    expect(await found('khoai mo')).toEqual([a.id]);
    await writer.upsert([b, { ...a, title: 'Quy trình sấy lạnh', keywords: [] }]);
    expect([await found('bot'), await found('say lanh'), await found('mu u')]).toEqual([[], [a.id], [b.id]]);
    await writer.remove([b.id]);
    expect(await found('mu u')).toEqual([]);
    await writer.clear();
    await writer.upsert([b]);
    expect([await found('say lanh'), await found('mu u')]).toEqual([[], [b.id]]);
    await Promise.all([writer.close(), reader.close()]);
  });

  it('answers again once the index can be read, after a search that could not read it failed', async () => {
    const db = await freshDatabase();
    dbs.push(db);
    const engine = new PostgresSearchEngine(db.url, 2);
    await engine.prepare();
    await engine.upsert([CONTRACT_DOCS[0]]);
    const total = async () => (await engine.search({ text: 'khoai', kinds: [], filters: {}, sort: 'RELEVANCE', limit: 5, offset: 0 })).total;
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      await pg.query('ALTER TABLE search_bits RENAME TO search_bits_away');
      await expect(total()).rejects.toThrow(/search_bits/);
      await pg.query('ALTER TABLE search_bits_away RENAME TO search_bits');
      expect(await total()).toBe(1);
    } finally {
      await pg.end();
    }
    await engine.close();
  });

  it('starts again from the index as it is when the database went back to an earlier state (a restored backup)', async () => {
    const db = await freshDatabase();
    dbs.push(db);
    const engine = new PostgresSearchEngine(db.url, 2);
    await engine.prepare();
    const [a, b] = CONTRACT_DOCS;
    await engine.upsert([a]);
    const found = async (text: string) => (await engine.search({ text, kinds: [], filters: {}, sort: 'RELEVANCE', limit: 5, offset: 0 })).hits.map((h) => h.id);
    expect(await found('khoai mo')).toEqual([a.id]);
    const pg = new Client({ connectionString: db.url });
    await pg.connect();
    try {
      // As a restore would leave it: other contents, written at a generation before the one this engine has seen.
      await engine.clear();
      await engine.upsert([b]);
      await pg.query(`UPDATE search_meta SET value = '1' WHERE key IN ('gen', 'cleared')`);
      await pg.query(`UPDATE search_bits SET gen = 1`);
      await pg.query(`UPDATE search_document SET gen = 1`);
    } finally {
      await pg.end();
    }
    expect([await found('khoai mo'), await found('mu u')]).toEqual([[], [b.id]]);
    await engine.close();
  });
});
