// Backups proven by restoring them: the demo data and real uploaded files are backed up, brought back into an empty
// database (DATABASE_URL) and into an empty embedded PostgreSQL data directory, and compared table by table and file
// by file; a restore over data is refused unless forced; a backup taken while people write restores to a consistent
// state; retention deletes exactly the archives past it; a failed backup reaches every admin.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../prisma/embedded-postgres.ts';
import { seedDemo } from '../../prisma/seed/demo.ts';
import { loadConfig } from '../../server/config.ts';
import { createBackup, type BackupResult } from '../../server/modules/operations/backup-archive.ts';
import { restoreBackup } from '../../server/modules/operations/backup-restore.ts';
import { backupFileName } from '../../server/modules/operations/backup-retention.ts';
import { createBackupService } from '../../server/modules/operations/backup.module.ts';
import { BackupRepository } from '../../server/modules/operations/backup.repository.ts';
import { BackupService } from '../../server/modules/operations/backup.service.ts';
import { runRestoreCommand } from '../../server/operations/restore.ts';
import { databaseToRestoreInto } from '../../server/operations/tool-database.ts';
import { DOCX, JPEG, PDF, PNG } from '../api/inquiry-files.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import { fileDigests, tableDigests } from '../support/data-digest.ts';
import { emptyDatabase } from '../support/database.ts';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';

const SLOW = 180_000;
const silent = { info: () => {}, error: () => {} };

let api: ApiApp;
let base: string;
let work: string;
let uploadDir: string;
let backupDir: string;
let inquiryId: string;
let ownerCookie: string;
const cleanup: (() => Promise<unknown>)[] = [];

/** Posts a message with files through the platform's own upload route (file written first, then its row). */
async function postMessage(body: string, files: [Buffer, string][]) {
  const form = new FormData();
  form.append('body', body);
  for (const [data, name] of files) form.append('file', new Blob([new Uint8Array(data)]), name);
  const res = await fetch(`${base}/api/inquiries/${inquiryId}/messages`, { method: 'POST', body: form, headers: { cookie: ownerCookie } });
  expect(res.status).toBe(201);
}

/** A listing photo as the upload leaves it: the file under listing-images, then its row. */
async function addPhoto(listingId: string, position: number) {
  const data = Buffer.concat([JPEG, randomBytes(2000)]);
  const fileName = `${randomBytes(16).toString('hex')}.jpg`;
  await mkdir(path.join(uploadDir, 'listing-images'), { recursive: true });
  await writeFile(path.join(uploadDir, 'listing-images', fileName), data);
  await api.db.prisma.listingImage.create({ data: { listingId, fileName, originalName: `anh-${position}.jpg`, mimeType: 'image/jpeg', bytes: data.length, position } });
}

// Readable by others: as root, the embedded PostgreSQL runs as user postgres and must reach its data directory here.
const scratchDir = async (name: string) => {
  const dir = await mkdtemp(path.join(work, `${name}-`));
  await chmod(dir, 0o755);
  return dir;
};

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'exchange-backup-test-'));
  await chmod(work, 0o755);
  backupDir = path.join(work, 'backups');
  api = await startApi({ BACKUP_DIR: backupDir, RATE_LIMIT_ENABLED: 'false' });
  uploadDir = api.app.services.inquiry.attachmentLimits.dir.replace(/\/inquiry-attachments$/, '');
  base = await api.app.listen({ host: '127.0.0.1', port: 0 });
  await seedDemo(api.db.prisma);
  const prisma = api.db.prisma;
  const org = await createOrganisation(prisma);
  const owner = await createUser(prisma);
  const buyer = await createUser(prisma);
  await addMember(prisma, owner.id, org.id);
  const listing = await createListing(prisma, org.id);
  const buyerClient = await api.as(buyer.email);
  ownerCookie = `sid=${(await api.as(owner.email)).cookies.get('sid')}`;
  const opened = await buyerClient.request(`mutation($input: OpenInquiryInput!) { openInquiry(input: $input) { ... on Inquiry { id } } }`, {
    input: { listingId: listing.id, message: 'Xin gửi bảng thông số kỹ thuật.', intendedUse: 'Nâng cấp dây chuyền sấy', organisationName: 'HTX Dương Xuân' },
  });
  inquiryId = opened.data.openInquiry.id;
  await postMessage('Gửi anh báo giá và sơ đồ.', [[PDF, 'Báo giá.pdf'], [DOCX, 'Thông số.docx'], [PNG, 'so-do.png']]);
  const demoListings = await prisma.listing.findMany({ where: { status: 'PUBLISHED' }, take: 3, orderBy: { slug: 'asc' } });
  for (const [i, l] of demoListings.entries()) await addPhoto(l.id, i);
}, SLOW);

afterAll(async () => {
  for (const fn of cleanup.reverse()) await fn().catch(() => {});
  await api?.close();
  await rm(work, { recursive: true, force: true });
});

describe('a backup of the demo data and its files', () => {
  let backup: BackupResult;
  let before: Awaited<ReturnType<typeof tableDigests>>;
  let beforeFiles: Record<string, string>;

  beforeAll(async () => {
    before = await tableDigests(api.db.url);
    beforeFiles = await fileDigests(uploadDir);
    backup = await createBackup({ databaseUrl: api.db.url, uploadDir, backupDir });
  }, SLOW);

  it('is one timestamped .tar.gz whose manifest counts every row and file, with the schema migration and app version', async () => {
    expect(backup.fileName).toMatch(/^exchange-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.tar\.gz$/);
    expect((await stat(backup.path)).size).toBe(backup.sizeBytes);
    const m = backup.manifest;
    expect(m.tables).toEqual(Object.fromEntries(Object.entries(before).map(([t, d]) => [t, d.rows])));
    expect(m.tables['public.Listing']).toBeGreaterThanOrEqual(30);
    expect(m.fileCount).toBe(6);
    expect(Object.fromEntries(m.files.map((f) => [f.path, f.sha256]))).toEqual(beforeFiles);
    const migrations = (await readdir(path.join(import.meta.dirname, '../../prisma/migrations'))).filter((n) => /^\d/.test(n)).sort();
    expect(m.schemaMigration).toBe(migrations.at(-1));
    expect(m.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    // Nothing half-made is left beside it.
    expect(await readdir(backupDir)).toEqual([backup.fileName]);
  });

  it('restores into an empty DATABASE_URL database and upload folder, table for table and file for file', async () => {
    const target = await emptyDatabase();
    cleanup.push(target.drop);
    const uploads = path.join(await scratchDir('restored'), 'uploads');
    const out: string[] = [];
    const code = await runRestoreCommand([backup.path], { DATABASE_URL: target.url, UPLOAD_DIR: uploads }, (l) => out.push(l));
    expect(code, out.join('\n')).toBe(0);
    expect(out.join('\n')).toMatch(/every count and checksum matches the manifest/);
    expect(await tableDigests(target.url)).toEqual(before);
    expect(await fileDigests(uploads)).toEqual(beforeFiles);
  }, SLOW);

  it('restores into an empty data directory of the embedded PostgreSQL', async () => {
    const dataDir = await scratchDir('data');
    const config = loadConfig({ DATA_DIR: dataDir, UPLOAD_DIR: path.join(dataDir, 'uploads'), EMBEDDED_PG_PORT: String(await freePort()) });
    const db = await databaseToRestoreInto(config);
    try {
      expect(db.embedded).toBe(true);
      await restoreBackup({ archive: backup.path, databaseUrl: db.url, uploadDir: config.UPLOAD_DIR, force: false });
      expect(await tableDigests(db.url)).toEqual(before);
      expect(await fileDigests(config.UPLOAD_DIR)).toEqual(beforeFiles);
    } finally {
      await db.stop();
    }
  }, SLOW);

  it('refuses to restore over a database that holds data, changing nothing, unless --force', async () => {
    const target = await emptyDatabase();
    cleanup.push(target.drop);
    const uploads = path.join(await scratchDir('over'), 'uploads');
    const env = { DATABASE_URL: target.url, UPLOAD_DIR: uploads };
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    cleanup.push(() => client.end());
    await client.query(`CREATE TABLE keep_me (note text); INSERT INTO keep_me VALUES ('written after the backup')`);
    const out: string[] = [];
    expect(await runRestoreCommand([backup.path], env, (l) => out.push(l))).toBe(2);
    expect(out.join('\n')).toMatch(/Refused: The target is not empty \(1 tables.*--force/);
    expect((await client.query('SELECT note FROM keep_me')).rows).toEqual([{ note: 'written after the backup' }]);
    expect(await readdir(uploads).catch(() => [])).toEqual([]);

    expect(await runRestoreCommand([backup.path, '--force'], env, (l) => out.push(l)), out.join('\n')).toBe(0);
    expect((await client.query(`SELECT to_regclass('keep_me') AS t`)).rows).toEqual([{ t: null }]);
    expect(await tableDigests(target.url)).toEqual(before);
    expect(await fileDigests(uploads)).toEqual(beforeFiles);
  }, SLOW);

  it('refuses a damaged archive before touching the target', async () => {
    const damaged = path.join(work, 'damaged.tar.gz');
    const bytes = await readFile(backup.path);
    await writeFile(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const target = await emptyDatabase();
    cleanup.push(target.drop);
    const out: string[] = [];
    expect(await runRestoreCommand([damaged], { DATABASE_URL: target.url, UPLOAD_DIR: path.join(work, 'never') }, (l) => out.push(l))).toBe(2);
    expect(out.join('\n')).toMatch(/Refused: .*not a readable backup archive/);
    expect(Object.keys(await tableDigests(target.url))).toEqual([]);
  }, SLOW);
});

describe('a backup taken while people write', () => {
  it('restores to a consistent state: every attachment row has its file, every deal its inquiry', async () => {
    const prisma = api.db.prisma;
    const count = () => prisma.inquiryMessage.count({ where: { inquiryId } });
    let stop = false;
    let written = 0;
    let failed: unknown = null;
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        await postMessage(`Tin nhắn ${i} kèm tệp.`, [[PDF, `tai-lieu-${i}.pdf`], [Buffer.concat([JPEG, randomBytes(50_000)]), `anh-${i}.jpg`]]);
        written++;
      }
    })().catch((err) => (failed = err));
    const until = async (n: number) => {
      while (written < n && !failed) await new Promise((r) => setTimeout(r, 20));
      if (failed) throw failed;
    };
    // Many files make the copy before the snapshot take a while, so uploads land between the copy and the snapshot.
    const old = path.join(uploadDir, 'listing-images');
    await Promise.all(Array.from({ length: 5000 }, (_, i) => writeFile(path.join(old, `${String(i).padStart(32, '0')}.jpg`), JPEG)));
    await until(3);
    const atStart = await count();
    const backup = await createBackup({ databaseUrl: api.db.url, uploadDir, backupDir });
    const after = written;
    await until(after + 3);
    stop = true;
    await writer;

    const target = await emptyDatabase();
    cleanup.push(target.drop);
    const uploads = path.join(await scratchDir('concurrent'), 'uploads');
    await restoreBackup({ archive: backup.path, databaseUrl: target.url, uploadDir: uploads, force: false });
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      const restored = Number((await client.query(`SELECT count(*) AS n FROM "InquiryMessage" WHERE "inquiryId" = $1`, [inquiryId])).rows[0].n);
      // The writer was running on both sides of the backup: the archive holds some of its messages, not all.
      expect(restored).toBeGreaterThanOrEqual(atStart);
      expect(restored).toBeLessThan(await count());
      const attachments = (await client.query<{ fileName: string; bytes: number }>(`SELECT "fileName", bytes FROM "InquiryAttachment"`)).rows;
      expect(attachments.length).toBeGreaterThan(3);
      for (const a of attachments) expect((await stat(path.join(uploads, 'inquiry-attachments', a.fileName))).size, a.fileName).toBe(a.bytes);
      const photos = (await client.query<{ fileName: string; bytes: number }>(`SELECT "fileName", bytes FROM "ListingImage"`)).rows;
      for (const p of photos) expect((await stat(path.join(uploads, 'listing-images', p.fileName))).size).toBe(p.bytes);
      const orphanDeals = await client.query(`SELECT d.id FROM "Deal" d LEFT JOIN "Inquiry" i ON i.id = d."inquiryId" WHERE d."inquiryId" IS NOT NULL AND i.id IS NULL`);
      expect(orphanDeals.rows).toEqual([]);
    } finally {
      await client.end();
    }
  }, SLOW);
});

describe('the backup service', () => {
  it('prunes by retention: the newest of each of the last 14 days and of each of the last 8 weeks stay', async () => {
    const dir = await scratchDir('retention');
    const now = new Date('2026-12-06T02:00:00.000Z'); // a Sunday
    const service = new BackupService(new BackupRepository(api.db.prisma), { databaseUrl: api.db.url, uploadDir, backupDir: dir, retention: { daily: 14, weekly: 8 } }, () => now);
    // Two archives a day for 100 days, each with its run.
    const names: string[] = [];
    for (let d = 0; d < 100; d++) {
      for (const hour of [2, 14]) {
        const at = new Date(now.getTime() - d * 86_400_000);
        at.setUTCHours(hour);
        if (at > now) continue;
        names.push(backupFileName(at));
      }
    }
    for (const name of names) await writeFile(path.join(dir, name), '');
    await writeFile(path.join(dir, 'notes.txt'), 'not an archive');
    await api.db.prisma.backupRun.createMany({ data: names.map((fileName) => ({ fileName, status: 'OK' as const, sizeBytes: 0n })) });

    const pruned = await service.prune();
    const left = (await readdir(dir)).sort();
    const days = left.filter((n) => n.startsWith('exchange-backup-')).map((n) => n.slice(16, 29));
    // 14 daily (today 02:00 and the 14:00 of the 13 days before), plus the Sundays' 14:00 of the 7 weeks before those.
    expect(days.filter((d) => d >= '2026-11-23')).toHaveLength(14);
    expect(days.filter((d) => d < '2026-11-23')).toEqual(['2026-10-18T14', '2026-10-25T14', '2026-11-01T14', '2026-11-08T14', '2026-11-15T14', '2026-11-22T14']);
    expect(left).toContain('notes.txt');
    expect(left).toContain(backupFileName(now));
    expect(pruned.length + left.length - 1).toBe(names.length);
    const marked = await api.db.prisma.backupRun.findMany({ where: { fileName: { in: names } } });
    expect(marked.filter((r) => r.prunedAt).map((r) => r.fileName).sort()).toEqual([...pruned].sort());
    await api.db.prisma.backupRun.deleteMany({ where: { fileName: { in: names } } });
  });

  it('records a failed backup, tells every admin (bell and e-mail) and writes no archive', async () => {
    const prisma = api.db.prisma;
    const dir = await scratchDir('failing');
    const gone = new URL(api.db.url);
    gone.pathname = '/no_such_database';
    const service = createBackupService(prisma, loadConfig({ UPLOAD_DIR: uploadDir, BACKUP_DIR: dir }), gone.toString());
    const errors: string[] = [];
    const run = await service.run({ info: () => {}, error: (_, msg) => errors.push(msg) });
    expect(run).toMatchObject({ status: 'FAILED', fileName: null });
    expect(run!.error).toMatch(/no_such_database/);
    expect(run!.finishedAt).not.toBeNull();
    expect(errors).toEqual(['backup failed']);
    expect((await readdir(dir)).filter((n) => !n.startsWith('.'))).toEqual([]);
    const admins = await prisma.user.findMany({ where: { role: 'ADMIN', status: 'ACTIVE' } });
    expect(admins.length).toBeGreaterThan(0);
    const notes = await prisma.notification.findMany({ where: { type: 'backup.failed' } });
    expect(notes.map((n) => n.userId).sort()).toEqual(admins.map((a) => a.id).sort());
    const mails = await prisma.emailOutbox.findMany({ where: { notificationId: { in: notes.map((n) => n.id) } } });
    expect(mails.map((m) => m.to).sort()).toEqual(admins.map((a) => a.email).sort());
  });

  it('runs one backup at a time and records the scheduled run with its archive', async () => {
    const dir = await scratchDir('scheduled');
    const service = createBackupService(api.db.prisma, loadConfig({ UPLOAD_DIR: uploadDir, BACKUP_DIR: dir }), api.db.url);
    const [first, second] = await Promise.all([service.run(silent), service.run(silent)]);
    const done = [first, second].filter((r) => r !== null);
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ status: 'OK', startedById: null });
    expect(Number(done[0]!.sizeBytes)).toBe((await stat(path.join(dir, done[0]!.fileName!))).size);
  }, SLOW);
});
