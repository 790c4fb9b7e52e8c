// Search re-checks its hits with a plain pg read of whole listing and organisation rows (cheaper than Prisma's
// mapping); those rows must be exactly what Prisma gives, or a field of a search result would come out wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListingRepository } from '../../server/modules/listing/listing.repository.ts';
import { OrganisationRepository } from '../../server/modules/organisation/organisation.repository.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';
import { createListing, createOrganisation } from '../support/factories.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(() => db.drop());

const byId = <T extends { id: string }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.id, r]));

/** The pg rows are Prisma's rows, column by column, and exactly those of the published ids. */
function expectSameRows<T extends { id: string }>(viaPg: T[], viaPrisma: T[], published: string[]) {
  expect(Object.keys(byId(viaPg)).sort()).toEqual([...published].sort());
  expect(byId(viaPg)).toEqual(byId(viaPrisma));
}

describe('published listings read for search hits', () => {
  it('are the rows Prisma reads, with every column typed alike, and only published ones', async () => {
    const org = await createOrganisation(db.prisma);
    const priced = await createListing(db.prisma, org.id, {
      priceType: 'RANGE', priceMin: 150_000_000n, priceMax: 9_000_000_000_000n, trl: 7, appraisalLevel: 'ADVANCED',
      keywords: ['thanh long', 'bảo quản'], details: { kind: 'technology', support: 'Đào tạo 2 tuần' },
      validUntil: new Date('2031-03-01T00:00:00Z'), featuredUntil: new Date('2030-01-01T00:00:00Z'), dossierVi: '# Hồ sơ',
    });
    const plain = await createListing(db.prisma, org.id);
    const draft = await createListing(db.prisma, org.id, { status: 'DRAFT', publishedAt: null });
    const ids = [priced.id, plain.id, draft.id];

    const viaPg = await new ListingRepository(db.prisma).publishedByIds(ids);
    const viaPrisma = await db.prisma.listing.findMany({ where: { id: { in: ids }, status: 'PUBLISHED' } });
    expectSameRows(viaPg, viaPrisma, [priced.id, plain.id]);
    expect(byId(viaPg)[priced.id].priceMax).toBe(9_000_000_000_000n);
  });

  it('are, for organisations, the rows Prisma reads, and only published ones', async () => {
    const full = await createOrganisation(db.prisma, {
      kind: 'ST_ENTERPRISE', shortName: 'LACOMEC', taxCode: `11${Date.now()}`, stCertificateNumber: '12/DNKHCN',
      descriptionVi: 'Chế tạo **băng tải**', website: 'https://lacomec.example', verifiedAt: new Date('2026-03-01T02:03:04.567Z'),
      publishedAt: new Date('2026-03-02T00:00:00Z'), submittedAt: new Date('2026-02-28T00:00:00Z'),
    });
    const plain = await createOrganisation(db.prisma, { nameEn: null });
    const draft = await createOrganisation(db.prisma, { status: 'PENDING_REVIEW' });
    const ids = [full.id, plain.id, draft.id];

    const viaPg = await new OrganisationRepository(db.prisma).publishedByIds(ids);
    const viaPrisma = await db.prisma.organisation.findMany({ where: { id: { in: ids }, status: 'PUBLISHED' } });
    expectSameRows(viaPg, viaPrisma, [full.id, plain.id]);
  });
});
