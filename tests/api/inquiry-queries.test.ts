// A page of inquiries (with their listing, parties, thread, files, NDA and deal) and a page of deals cost the same
// number of SQL statements whether they hold three rows or twelve: every parent→child lookup is batched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';

const INQUIRIES = `query($org: ID!, $first: Int) { organisationInquiries(organisationId: $org, first: $first) { pageInfo { hasNextPage } nodes {
  id status listingTitle mySide actions requesterName requesterOrganisationName
  listing { id title dossier canInquire } ownerOrganisation { name } requesterOrganisation { name }
  messages { nodes { authorName body attachments { name url } } } nda { version title } ndaAcceptances { side acceptedByName }
  deal { id listingTitle sellerOrganisation { name } buyerName mySurvey { side } surveys { side } } } } }`;
const DEALS = `query($org: ID!, $first: Int) { organisationDeals(organisationId: $org, first: $first) { nodes {
  id listingTitle buyerName sellerOrganisation { name } buyerOrganisation { name } mySide mySurvey { side } surveys { side }
  listing { id } inquiry { id status } } } }`;

let api: ApiApp;
let db: TestDatabase;
let queries = 0;
let owner: GraphQLClient;
let orgId: string;

beforeAll(async () => {
  api = await startApi({}, { onQuery: () => void queries++ });
  db = api.db;
  const prisma = db.prisma;
  const org = await createOrganisation(prisma);
  orgId = org.id;
  const ownerUser = await createUser(prisma);
  await addMember(prisma, ownerUser.id, org.id);
  await prisma.ndaVersion.create({ data: { version: 1, titleVi: 'Thỏa thuận', titleEn: 'Agreement', bodyVi: 'Nội dung', bodyEn: 'Text', textHash: 'h' } });
  // Twelve inquiries from twelve buyers on twelve listings, each with a thread, a file, accepted NDAs and a deal.
  for (let n = 0; n < 12; n++) {
    const buyer = await createUser(prisma);
    const buyerOrg = await createOrganisation(prisma);
    await addMember(prisma, buyer.id, buyerOrg.id);
    const listing = await createListing(prisma, org.id, { dossierVi: 'Hồ sơ' });
    const inquiry = await prisma.inquiry.create({
      data: {
        direction: 'INQUIRY', listingId: listing.id, ownerOrganisationId: org.id, requesterId: buyer.id, requesterOrganisationId: buyerOrg.id,
        message: 'Xin thông tin chuyển giao công nghệ bảo quản.', status: 'AGREED', ndaVersion: 1, ndaRequestedAt: new Date(),
        updatedAt: new Date(Date.now() - n * 1000),
      },
    });
    await prisma.inquiryMessage.create({
      data: {
        inquiryId: inquiry.id, authorId: ownerUser.id, side: 'OWNER', body: 'Gửi báo giá',
        attachments: { create: { fileName: `${n.toString(16).padStart(32, '0')}.pdf`, originalName: 'bao-gia.pdf', mimeType: 'application/pdf', bytes: 10 } },
      },
    });
    await prisma.ndaAcceptance.createMany({
      data: [
        { inquiryId: inquiry.id, side: 'REQUESTER', userId: buyer.id, version: 1, textHash: 'h' },
        { inquiryId: inquiry.id, side: 'OWNER', userId: ownerUser.id, version: 1, textHash: 'h' },
      ],
    });
    const deal = await prisma.deal.create({
      data: {
        inquiryId: inquiry.id, listingId: listing.id, sellerOrganisationId: org.id, buyerUserId: buyer.id, buyerOrganisationId: buyerOrg.id,
        transferForm: 'STANDALONE_CONTRACT', valueVnd: 100_000_000n, signedOn: new Date('2024-05-02'), surveyDueAt: new Date('2024-11-02'),
        recordedById: ownerUser.id, createdAt: new Date(Date.now() - n * 1000),
      },
    });
    await prisma.dealSurvey.createMany({ data: [{ dealId: deal.id, side: 'REQUESTER' }, { dealId: deal.id, side: 'OWNER' }] });
  }
  owner = await api.as(ownerUser.email);
});
afterAll(() => api?.close());

async function cost(query: string, first: number, field: string): Promise<number> {
  queries = 0;
  const res = await owner.request(query, { org: orgId, first });
  expect(res.errors).toBeUndefined();
  expect(res.data[field].nodes).toHaveLength(first);
  return queries;
}

describe('query cost', () => {
  it('stays the same for a page of inquiries of any length', async () => {
    const small = await cost(INQUIRIES, 3, 'organisationInquiries');
    expect(await cost(INQUIRIES, 12, 'organisationInquiries')).toBe(small);
  });

  it('stays the same for a page of deals of any length', async () => {
    const small = await cost(DEALS, 3, 'organisationDeals');
    expect(await cost(DEALS, 12, 'organisationDeals')).toBe(small);
  });
});

describe('a thread', () => {
  it('opens on its latest messages, oldest first within the page, each next page the ones written before', async () => {
    const inquiry = await db.prisma.inquiry.findFirstOrThrow({ where: { ownerOrganisationId: orgId }, include: { messages: true } });
    const first = inquiry.messages[0]!;
    const at = new Date(first.createdAt.getTime() + 60_000);
    for (const [i, side] of (['REQUESTER', 'OWNER', 'REQUESTER', 'OWNER'] as const).entries()) {
      await db.prisma.inquiryMessage.create({ data: { inquiryId: inquiry.id, side, body: `tin ${i}`, createdAt: i < 2 ? at : new Date(at.getTime() + i * 1000) } });
    }
    const THREAD = `query($id: ID!, $after: String) { inquiry(id: $id) { answeredAt
      messages(first: 2, after: $after) { nodes { id body } pageInfo { hasNextPage endCursor } totalCount } } }`;
    const stored = await db.prisma.inquiryMessage.findMany({ where: { inquiryId: inquiry.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    let thread: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: { answeredAt: string; messages: { nodes: { body: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string }; totalCount: number } } = (
        await owner.request(THREAD, { id: inquiry.id, after })
      ).data.inquiry;
      expect(res.messages.totalCount).toBe(5);
      expect(res.answeredAt).toBe(first.createdAt.toISOString());
      thread = [...res.messages.nodes.map((m) => m.body), ...thread];
      after = res.messages.pageInfo.hasNextPage ? res.messages.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(thread).toEqual(stored.map((m) => m.body));
  });
});
