// The demo data and the bulk generator against a real PostgreSQL: what a visitor of a fresh install would see,
// and that seeding twice changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBulkSeed } from '../../prisma/seed/bulk.ts';
import { DEMO_PASSWORD } from '../../prisma/seed/demo/common.ts';
import { seedDemo, type SeedDemoResult } from '../../prisma/seed/demo.ts';
import { slugify } from '../../server/lib/slug.ts';
import type { PrismaClient } from '../../server/generated/prisma/client.ts';
import { verifyPassword } from '../../server/modules/account/password.ts';
import { renderNotification } from '../../server/modules/notification/notification-templates.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

async function tableCounts(prisma: PrismaClient) {
  const [users, organisations, organisationFields, memberships, listings, ipTitles, auditEvents, outbox, fields, inquiries, deals, ndaVersions] =
    await Promise.all([
      prisma.user.count(),
      prisma.organisation.count(),
      prisma.organisationField.count(),
      prisma.membership.count(),
      prisma.listing.count(),
      prisma.ipTitle.count(),
      prisma.auditEvent.count(),
      prisma.outbox.count(),
      prisma.fieldOfScience.count(),
      prisma.inquiry.count(),
      prisma.deal.count(),
      prisma.ndaVersion.count(),
    ]);
  const [decisions, notifications] = await Promise.all([prisma.moderationDecision.count(), prisma.notification.count()]);
  return { users, organisations, organisationFields, memberships, listings, ipTitles, auditEvents, outbox, fields, inquiries, deals, ndaVersions, decisions, notifications };
}

describe('demo seed', () => {
  let db: TestDatabase;
  let first: SeedDemoResult;

  beforeAll(async () => {
    db = await freshDatabase();
    first = await seedDemo(db.prisma);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('loads at least 30 listings of all three kinds, mostly published, in several moderation states', async () => {
    expect(first.seeded).toBe(true);
    const listings = await db.prisma.listing.findMany({ select: { kind: true, status: true } });
    expect(listings.length).toBeGreaterThanOrEqual(30);
    expect(new Set(listings.map((l) => l.kind))).toEqual(new Set(['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER', 'TECHNOLOGY_REQUEST']));
    const statuses = new Set(listings.map((l) => l.status));
    expect(statuses.size).toBeGreaterThanOrEqual(3);
    for (const s of ['PUBLISHED', 'DRAFT', 'PENDING_REVIEW', 'CHANGES_REQUESTED', 'REJECTED'] as const) expect(statuses).toContain(s);
    const published = listings.filter((l) => l.status === 'PUBLISHED').length;
    expect(published / listings.length).toBeGreaterThan(0.5);
  });

  it('shows published listings as current: published in the past, valid in the future, owned by a published organisation', async () => {
    const now = new Date();
    const published = await db.prisma.listing.findMany({ where: { status: 'PUBLISHED' }, include: { organisation: true } });
    for (const l of published) {
      expect(l.publishedAt!.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(l.validUntil!.getTime()).toBeGreaterThan(now.getTime());
      expect(l.organisation.status).toBe('PUBLISHED');
      expect(l.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(l.province).toBe('Tây Ninh');
    }
    // "spread over recent weeks": not all on one day
    expect(new Set(published.map((l) => l.publishedAt!.toISOString().slice(0, 10))).size).toBeGreaterThan(10);
  });

  it('creates one account per demo role, with the seller owning Long An Construction Mechanical JSC', async () => {
    expect(first.accounts.map((a) => a.email)).toEqual([
      'admin@demo.sangiaodich.vn',
      'moderator@demo.sangiaodich.vn',
      'seller@demo.sangiaodich.vn',
      'editor@demo.sangiaodich.vn',
      'buyer@demo.sangiaodich.vn',
    ]);
    const users = await db.prisma.user.findMany({ include: { memberships: { include: { organisation: true } } } });
    const byEmail = new Map(users.map((u) => [u.email, u]));
    expect(byEmail.get('admin@demo.sangiaodich.vn')?.role).toBe('ADMIN');
    expect(byEmail.get('moderator@demo.sangiaodich.vn')?.role).toBe('MODERATOR');
    expect(byEmail.get('buyer@demo.sangiaodich.vn')?.role).toBe('BUYER');
    const seller = byEmail.get('seller@demo.sangiaodich.vn')!;
    expect(seller.role).toBe('BUYER');
    expect(seller.memberships.map((m) => [m.role, m.organisation.nameVi])).toEqual([
      ['OWNER', 'Công ty Cổ phần Cơ khí Xây dựng Long An'],
    ]);
    expect(byEmail.get('editor@demo.sangiaodich.vn')?.memberships.map((m) => m.role)).toEqual(['EDITOR']);
  });

  it('lets every demo account sign in with the documented password', async () => {
    for (const account of first.accounts) {
      expect(account.password).toBe(DEMO_PASSWORD);
      const user = await db.prisma.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(await verifyPassword(user.passwordHash, account.password)).toBe(true);
      expect(await verifyPassword(user.passwordHash, 'wrong-password')).toBe(false);
    }
  });

  it('keeps the report’s Vietnamese names with their diacritics', async () => {
    const muU = await db.prisma.listing.findFirstOrThrow({ where: { titleVi: { contains: 'Mù U' }, kind: 'TECHNOLOGY_OFFER' } });
    expect(muU.titleVi).toBe('Công nghệ chiết xuất và sản xuất tinh dầu từ cây Mù U');
    expect(muU.slug).toBe(slugify(muU.titleVi));
    expect(muU.status).toBe('PUBLISHED');

    const benKe = await db.prisma.ipTitle.findFirstOrThrow({ where: { titleVi: 'Khoai mỡ Bến Kè' } });
    expect(benKe).toMatchObject({ type: 'GEOGRAPHICAL_INDICATION', status: 'GRANTED' });
    const pendingGis = await db.prisma.ipTitle.findMany({
      where: { type: 'GEOGRAPHICAL_INDICATION', status: 'APPLICATION_FILED' },
      orderBy: { titleVi: 'asc' },
    });
    expect(pendingGis.map((t) => t.titleVi)).toEqual(['Chanh không hạt Bến Lức', 'Gạo Nàng Thơm Chợ Đào']);

    const brace = await db.prisma.ipTitle.findMany({ where: { titleVi: 'Thanh giằng băng tải' }, include: { listing: true } });
    expect(brace.map((t) => [t.type, t.status]).sort()).toEqual([
      ['INDUSTRIAL_DESIGN', 'GRANTED'],
      ['PATENT', 'APPLICATION_ACCEPTED'],
    ]);
    expect(brace.every((t) => t.listing?.status === 'PUBLISHED')).toBe(true);

    const units = await db.prisma.organisation.findMany({ where: { kind: 'DEPARTMENT_UNIT' }, select: { nameVi: true } });
    expect(units.map((u) => u.nameVi)).toContain('Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Long An');
    expect(await db.prisma.organisation.count({ where: { status: 'PENDING_REVIEW' } })).toBe(1);
    expect(await db.prisma.organisation.count({ where: { verifiedAt: { not: null } } })).toBeGreaterThan(0);
  });

  it('posts one technology request without the organisation’s name', async () => {
    const hidden = await db.prisma.listing.findMany({ where: { hideOrganisation: true } });
    expect(hidden).toHaveLength(1);
    expect(hidden[0].kind).toBe('TECHNOLOGY_REQUEST');
    expect(hidden[0].titleVi).toContain('bún tươi');
  });

  it('loads the national classification of fields of science and uses only its sub-fields', async () => {
    const fields = await db.prisma.fieldOfScience.findMany();
    expect(fields.filter((f) => f.parentCode === null).map((f) => f.code).sort()).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(fields.length).toBeGreaterThanOrEqual(46);
    const byCode = new Map(fields.map((f) => [f.code, f]));
    expect(byCode.get('5')?.reportField).toBe('SOCIAL_HUMANITIES');
    expect(byCode.get('6')?.reportField).toBe('SOCIAL_HUMANITIES');
    expect(byCode.get('102')?.nameVi).toBe('Khoa học máy tính và thông tin');
    const used = await db.prisma.listing.findMany({ select: { fieldCode: true }, distinct: ['fieldCode'] });
    for (const { fieldCode } of used) expect(byCode.get(fieldCode ?? "")?.parentCode).toBeTruthy();
  });

  it('records an audit event for every created entity and an outbox row for everything published', async () => {
    const c = await tableCounts(db.prisma);
    const approvals = await db.prisma.moderationDecision.count({ where: { action: 'APPROVE' } });
    // Every decision answers a submission, and what waits for review was submitted (the report's backlog reads them).
    const decisions = await db.prisma.moderationDecision.count();
    const waiting =
      (await db.prisma.listing.count({ where: { status: 'PENDING_REVIEW' } })) + (await db.prisma.organisation.count({ where: { status: 'PENDING_REVIEW' } }));
    expect(waiting).toBeGreaterThan(0);
    expect(c.auditEvents).toBe(c.users + c.organisations + c.memberships + c.listings + c.ipTitles + c.inquiries + c.deals + approvals + decisions + waiting);
    // Besides the creations, only the sellers' submissions and the moderator's approvals, as real ones record them.
    const others = await db.prisma.auditEvent.findMany({ where: { action: { not: 'seed.create' } }, include: { actor: true } });
    expect(new Set(others.map((e) => e.action))).toEqual(new Set(['listing.submit', 'organisation.submit', 'listing.approve', 'organisation.approve']));
    expect(new Set(others.filter((e) => e.action.endsWith('.approve')).map((e) => e.actor?.role))).toEqual(new Set(['MODERATOR']));
    expect(others.filter((e) => e.action.endsWith('.submit')).some((e) => e.actor?.role === 'MODERATOR')).toBe(false);
    // What the seed created is the platform's doing, named as such in the audit trail; the approvals are the moderator's.
    const created = await db.prisma.auditEvent.groupBy({ by: ['actorKind'], where: { action: 'seed.create' }, _count: true });
    expect(created.map((g) => [g.actorKind, g._count])).toEqual([['PLATFORM', c.auditEvents - others.length]]);
    expect(new Set(others.filter((e) => e.action.endsWith('.approve')).map((e) => e.actorKind))).toEqual(new Set(['USER']));
    const publishedListings = await db.prisma.listing.count({ where: { status: 'PUBLISHED' } });
    const publishedOrgs = await db.prisma.organisation.count({ where: { status: 'PUBLISHED' } });
    expect(await db.prisma.outbox.count({ where: { entityType: 'listing', op: 'UPSERT' } })).toBe(publishedListings);
    expect(await db.prisma.outbox.count({ where: { entityType: 'organisation', op: 'UPSERT' } })).toBe(publishedOrgs);
  });

  it('records the department’s approval of everything that went public, when it went public', async () => {
    const decisions = await db.prisma.moderationDecision.findMany({ where: { action: 'APPROVE' } });
    const approvedAt = new Map(decisions.map((d) => [`${d.entityType}:${d.entityId}`, d.createdAt.getTime()]));
    const listings = await db.prisma.listing.findMany({ where: { publishedAt: { not: null } }, include: { organisation: true } });
    const organisations = await db.prisma.organisation.findMany({ where: { status: 'PUBLISHED' } });
    expect(listings.length).toBeGreaterThan(20);
    for (const l of listings) {
      expect(approvedAt.get(`listing:${l.id}`), l.titleVi).toBe(l.publishedAt!.getTime());
      expect(l.organisation.publishedAt!.getTime(), l.titleVi).toBeLessThanOrEqual(l.publishedAt!.getTime());
    }
    for (const o of organisations) expect(approvedAt.get(`organisation:${o.id}`), o.nameVi).toBe(o.publishedAt!.getTime());
    expect(decisions).toHaveLength(listings.length + organisations.length);
    const moderator = await db.prisma.user.findUniqueOrThrow({ where: { email: 'moderator@demo.sangiaodich.vn' } });
    expect(new Set(decisions.map((d) => d.moderatorId))).toEqual(new Set([moderator.id]));
    // Nothing that never went public carries an approval.
    const unpublished = await db.prisma.listing.findMany({ where: { publishedAt: null }, select: { id: true } });
    for (const l of unpublished) expect(approvedAt.has(`listing:${l.id}`)).toBe(false);
  });

  it('puts the NDA version in force before anyone accepted it', async () => {
    const acceptances = await db.prisma.ndaAcceptance.findMany({ include: { inquiry: true } });
    expect(acceptances.length).toBeGreaterThan(0);
    const versions = new Map((await db.prisma.ndaVersion.findMany()).map((v) => [v.version, v.effectiveAt.getTime()]));
    for (const a of acceptances) expect(versions.get(a.version)!).toBeLessThanOrEqual(a.acceptedAt.getTime());
  });

  it('gives the demo accounts the notifications their history sent, some unread, in each reader’s language', async () => {
    const users = await db.prisma.user.findMany({ include: { memberships: true } });
    const notifications = await db.prisma.notification.findMany({ orderBy: { createdAt: 'asc' } });
    const account = (name: string) => users.find((u) => u.email === `${name}@demo.sangiaodich.vn`)!;
    const of = (name: string) => notifications.filter((n) => n.userId === account(name).id);
    for (const who of ['seller', 'editor', 'buyer']) {
      expect(of(who).length, who).toBeGreaterThan(0);
      expect(of(who).some((n) => n.readAt === null), `${who} has something new in the bell`).toBe(true);
    }
    for (const n of notifications) expect(n.createdAt.getTime()).toBeLessThanOrEqual(Date.now());
    // Staff are told nothing of their own decisions.
    expect(of('moderator')).toEqual([]);

    // Every inquiry told the members of the listing's organisation, and nobody else.
    const inquiries = await db.prisma.inquiry.findMany({ include: { listing: true } });
    expect(inquiries.length).toBeGreaterThan(0);
    for (const inquiry of inquiries) {
      const told = notifications.filter((n) => n.type === 'inquiry.new' && n.link === `/inquiries/${inquiry.id}`).map((n) => n.userId);
      const members = users.filter((u) => u.memberships.some((m) => m.organisationId === inquiry.listing.organisationId)).map((u) => u.id);
      expect(told.sort()).toEqual(members.sort());
    }

    // The buyer reads English: replies and the recorded deal come in English, with the listing's English title.
    expect(account('buyer').locale).toBe('en');
    const deal = await db.prisma.deal.findFirstOrThrow({ include: { inquiry: { include: { listing: true } } } });
    const dealNote = of('buyer').find((n) => n.type === 'deal.recorded')!;
    expect(dealNote.link).toBe(`/deals/${deal.id}`);
    expect(JSON.stringify(renderNotification('en', dealNote.type, dealNote.data))).toContain(deal.inquiry!.listing.titleEn!);
    expect(of('buyer').filter((n) => n.type === 'inquiry.reply').length).toBeGreaterThanOrEqual(2);

    // The seller hears of the department's decisions on the company's listings, in Vietnamese.
    const decisions = of('seller').filter((n) => n.type === 'listing.decision');
    expect(decisions.length).toBeGreaterThan(0);
    expect(renderNotification('vi', decisions[0]!.type, decisions[0]!.data).title).toMatch(/đã được duyệt/);
  });

  it('changes nothing when run again', async () => {
    const before = await tableCounts(db.prisma);
    const second = await seedDemo(db.prisma);
    expect(second.seeded).toBe(false);
    expect(second.accounts).toEqual(first.accounts);
    expect(await tableCounts(db.prisma)).toEqual(before);
  });

  it('seeds once when two processes race', async () => {
    const other = await freshDatabase();
    try {
      const results = await Promise.all([seedDemo(other.prisma), seedDemo(other.prisma)]);
      expect(results.filter((r) => r.seeded)).toHaveLength(1);
      expect(await other.prisma.user.count()).toBe(first.accounts.length);
    } finally {
      await other.drop();
    }
  });
});

describe('bulk seed', () => {
  const dbs: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(dbs.map((d) => d.drop()));
  });

  async function bulkLoaded(seed: number) {
    const db = await freshDatabase();
    dbs.push(db);
    const silent = { progress: { write: () => true }, log: () => {} };
    await runBulkSeed({ listings: 3000, organisations: 400, seed, batchSize: 700, databaseUrl: db.url }, silent);
    return db;
  }

  it('adds the requested rows, four in five published, with published listings owned by published organisations', async () => {
    const { prisma } = await bulkLoaded(7);
    expect(await prisma.organisation.count()).toBe(400);
    expect(await prisma.listing.count()).toBe(3000);
    const published = await prisma.listing.count({ where: { status: 'PUBLISHED' } });
    expect(published / 3000).toBeGreaterThan(0.75);
    expect(published / 3000).toBeLessThan(0.85);
    expect(await prisma.listing.count({ where: { status: 'PUBLISHED', organisation: { status: { not: 'PUBLISHED' } } } })).toBe(0);
    expect(await prisma.listing.count({ where: { status: 'PUBLISHED', validUntil: { lte: new Date() } } })).toBe(0);
    const kinds = await prisma.listing.groupBy({ by: ['kind'], _count: true });
    expect(kinds).toHaveLength(3);
    const sample = await prisma.listing.findFirstOrThrow({ where: { kind: 'TECHNOLOGY_OFFER' } });
    expect(sample.titleVi).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i);
    expect(sample.keywords.length).toBeGreaterThan(0);
    expect(await prisma.outbox.count()).toBe(0);
  });

  it('produces the same data for the same seed', async () => {
    const [a, b] = await Promise.all([bulkLoaded(42), bulkLoaded(42)]);
    const titles = (p: PrismaClient) =>
      p.listing.findMany({ orderBy: { slug: 'asc' }, select: { slug: true, titleVi: true, status: true, priceMin: true } });
    expect(await titles(a.prisma)).toEqual(await titles(b.prisma));
  });
});
