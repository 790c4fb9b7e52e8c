// The System page's backups over GraphQL: admins alone see the runs (newest first, paged) and start one; a second
// start while one runs is refused with BACKUP_RUNNING; the started run ends OK with its archive in BACKUP_DIR.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';

const RUN = `mutation { runBackup { __typename ... on BackupRun { id status manual } ... on InputError { code message } } }`;
const LIST = `query($first: Int, $after: String) { lastBackup { id status fileName sizeBytes error manual } backups(first: $first, after: $after) { nodes { id startedAt status } pageInfo { hasNextPage endCursor } } }`;

let api: ApiApp;
let backupDir: string;
let emails: Record<'buyer' | 'moderator' | 'admin', string>;

beforeAll(async () => {
  backupDir = await mkdtemp(path.join(tmpdir(), 'exchange-backups-'));
  api = await startApi({ BACKUP_DIR: backupDir });
  const prisma = api.db.prisma;
  emails = {
    buyer: (await createUser(prisma)).email,
    moderator: (await createUser(prisma, { role: 'MODERATOR' })).email,
    admin: (await createUser(prisma, { role: 'ADMIN' })).email,
  };
});
afterAll(async () => {
  await api?.close();
  await rm(backupDir, { recursive: true, force: true });
});

describe('backups (GraphQL)', () => {
  it('refuses visitors (UNAUTHENTICATED), buyers and moderators (FORBIDDEN), and starts nothing', async () => {
    for (const [who, code] of [[null, 'UNAUTHENTICATED'], [emails.buyer, 'FORBIDDEN'], [emails.moderator, 'FORBIDDEN']] as const) {
      const client = await api.as(who);
      for (const query of [RUN, LIST, `{ lastBackup { id } }`]) {
        const res = await client.request(query, { first: 5 });
        expect(res.errors?.[0]?.extensions?.code, `${who} ${query}`).toBe(code);
      }
    }
    expect(await api.db.prisma.backupRun.count()).toBe(0);
  });

  it('lets an admin start a backup that ends OK with its archive, and refuses a second while one runs', async () => {
    const admin = await api.as(emails.admin);
    const started = (await admin.request(RUN)).data.runBackup;
    expect(started).toMatchObject({ __typename: 'BackupRun', status: 'RUNNING', manual: true });
    const again = (await admin.request(RUN)).data.runBackup;
    expect(again).toMatchObject({ __typename: 'InputError', code: 'BACKUP_RUNNING', message: 'Một lần sao lưu đang chạy; vui lòng chờ nó xong.' });
    let last;
    for (let i = 0; i < 300; i++) {
      last = (await admin.request(LIST, { first: 5 })).data.lastBackup;
      if (last.status !== 'RUNNING') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(last).toMatchObject({ id: started.id, status: 'OK', error: null, manual: true });
    expect(await readdir(backupDir)).toEqual([last.fileName]);
    expect(last.sizeBytes).toBeGreaterThan(1000);
  });

  it('lists runs newest first in pages of at most 100, each run once', async () => {
    const base = Date.now() - 86_400_000;
    await api.db.prisma.backupRun.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ startedAt: new Date(base - i * 60_000), finishedAt: new Date(base - i * 60_000 + 5000), status: 'OK' as const, fileName: `b${i}.tar.gz`, sizeBytes: 10n })),
    });
    const admin = await api.as(emails.admin);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res = await admin.request(LIST, { first: 100, after });
      expect(res.errors).toBeUndefined();
      const page: { nodes: { id: string; startedAt: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = res.data.backups;
      expect(page.nodes.length).toBeLessThanOrEqual(100);
      const times = page.nodes.map((n) => n.startedAt);
      expect(times).toEqual([...times].sort().reverse());
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(2);
    expect(seen).toHaveLength(121);
    expect(new Set(seen).size).toBe(121);
  });
});
