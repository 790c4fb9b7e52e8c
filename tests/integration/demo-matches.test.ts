// The demo data comes with its matches (seeded rows queue no publication job): a fresh start shows offers on the
// requests' pages and needs in the seller's workspace, and they make sense for the department's 2023 listings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../prisma/seed/demo.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await freshDatabase();
  await seedDemo(db.prisma);
});
afterAll(() => db.drop());

const matches = () =>
  db.prisma.listingMatch.findMany({
    include: { request: { include: { organisation: true } }, offer: { include: { organisation: true } } },
    orderBy: [{ score: 'desc' }, { id: 'asc' }],
  });

describe('the demo matches', () => {
  it('pair published listings of two organisations only', async () => {
    const rows = await matches();
    expect(rows.length).toBeGreaterThan(5);
    for (const m of rows) {
      expect(m.request.kind).toBe('TECHNOLOGY_REQUEST');
      expect(m.offer.kind).not.toBe('TECHNOLOGY_REQUEST');
      expect([m.request.status, m.offer.status]).toEqual(['PUBLISHED', 'PUBLISHED']);
      expect(m.request.organisationId).not.toBe(m.offer.organisationId);
    }
  });

  it('answer the dragon fruit cooperative’s storage need first with the cold store, and the processing order with the heat-pump dryer', async () => {
    const rows = await matches();
    const offersFor = (title: RegExp) => rows.filter((m) => title.test(m.request.titleVi)).map((m) => m.offer.titleVi);
    expect(offersFor(/bảo quản thanh long tươi/)[0]).toMatch(/^Kho lạnh container/);
    expect(offersFor(/khoai mỡ Bến Kè/)).toContainEqual(expect.stringMatching(/^Máy sấy bơm nhiệt/));
  });

  it('give the demo seller a need that fits its offers', async () => {
    const seller = await db.prisma.user.findFirstOrThrow({ where: { email: 'seller@demo.sangiaodich.vn' }, include: { memberships: true } });
    const orgIds = seller.memberships.map((m) => m.organisationId);
    expect((await matches()).some((m) => orgIds.includes(m.offer.organisationId))).toBe(true);
  });
});
