// The English versions of what a seller writes: each structured field's English text saved beside it, checked with
// the Vietnamese field's limits, carried through the review of an edit, published with it, and searchable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { SearchSource } from '../../search/source.ts';

const LISTING = `id slug status keywords keywordsEn
  technology { problemSolved problemSolvedEn advantagesEn applicationsEn trlEvidenceEn supportEn rights { territory territoryEn } }
  equipment { installation installationEn warrantyEn specificationsEn { name value } }
  request { problemEn currentSolutionEn requiredSpecsEn }
  ipTitles { title titleEn }
  pendingRevision { changes { field before after } }`;
const RESULT = `__typename ... on Listing { ${LISTING} } ... on InputError { code fieldErrors { field code message } }`;
const CREATE = `mutation($org: ID!, $kind: ListingKind!, $input: ListingInput!) { createListing(organisationId: $org, kind: $kind, input: $input) { ${RESULT} } }`;
const UPDATE = `mutation($id: ID!, $input: ListingInput!) { updateListing(id: $id, input: $input) { ${RESULT} } }`;
const IP = `mutation($id: ID!, $t: [IpTitleInput!]!) { setListingIpTitles(id: $id, ipTitles: $t) { ${RESULT} } }`;
const SUBMIT = `mutation($id: ID!) { submitListing(id: $id) { ${RESULT} } }`;
const REVIEW = `mutation($id: ID!) { reviewListing(id: $id, review: { action: APPROVE }) { ${RESULT} } }`;
const PUBLIC = `query($slug: String!) { listing(slug: $slug) { keywordsEn technology { problemSolved problemSolvedEn } } }`;

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();

const COMPLETE = {
  summaryVi: 'Quy trình chiết xuất dầu Mù U đạt hiệu suất 38–42%, chỉ số axit giảm 60% so với ép thủ công.',
  fieldCode: '401',
  keywords: ['mù u', 'tinh dầu'],
  trl: 7,
  price: { type: 'NEGOTIABLE' },
  validUntil: inDays(180),
  technology: {
    problemSolved: 'Dầu ép thủ công có độ chua cao, lẫn cặn.',
    advantages: ['Hiệu suất thu hồi dầu 38–42%'],
    applications: ['Cơ sở mỹ phẩm thiên nhiên'],
    trlEvidence: 'Sản xuất thử 3 lô, mỗi lô 200 kg nhân.',
    transferObjects: ['KNOW_HOW'],
    transferForms: ['STANDALONE_CONTRACT'],
    transferModes: ['TRAINING'],
    rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Đồng bằng sông Cửu Long', sublicensing: false },
    dealTypes: ['LICENSE'],
    support: 'Hướng dẫn vận hành 5 ngày.',
  },
};

const ENGLISH = {
  keywordsEn: ['calophyllum oil', 'essential oil'],
  technology: {
    problemSolvedEn: 'Hand-pressed oil is acidic and cloudy.',
    advantagesEn: ['Oil recovery of 38–42%'],
    applicationsEn: ['Natural cosmetics makers'],
    trlEvidenceEn: 'Three pilot batches of 200 kg of kernels each.',
    supportEn: 'Five days of operator training.',
    rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Đồng bằng sông Cửu Long', territoryEn: 'The Mekong Delta', sublicensing: false },
  },
};

let api: ApiApp;
let seller: GraphQLClient;
let moderator: GraphQLClient;
let visitor: GraphQLClient;
let orgId: string;

beforeAll(async () => {
  api = await startApi();
  const org = await createOrganisation(api.db.prisma);
  orgId = org.id;
  const s = await createUser(api.db.prisma);
  await addMember(api.db.prisma, s.id, org.id, 'EDITOR');
  const m = await createUser(api.db.prisma, { role: 'MODERATOR' });
  [seller, moderator, visitor] = await Promise.all([api.as(s.email), api.as(m.email), api.as(null)]);
});
afterAll(() => api.close());

async function draft(kind = 'TECHNOLOGY_OFFER', input: object = {}): Promise<string> {
  const res = await seller.request(CREATE, { org: orgId, kind, input: { titleVi: 'Công nghệ chiết xuất tinh dầu Mù U', ...input } });
  expect(res.data.createListing.__typename).toBe('Listing');
  return res.data.createListing.id;
}

const errorsOf = (result: { fieldErrors: { field: string; code: string }[] }) => result.fieldErrors.map((e) => `${e.field}:${e.code}`);

describe('English versions of the structured fields', () => {
  it('are saved beside the Vietnamese ones and read back; a blank one clears and is not stored', async () => {
    const id = await draft('TECHNOLOGY_OFFER', COMPLETE);
    const saved = (await seller.request(UPDATE, { id, input: ENGLISH })).data.updateListing;
    expect(saved.keywords).toEqual(['mù u', 'tinh dầu']);
    expect(saved.keywordsEn).toEqual(['calophyllum oil', 'essential oil']);
    expect(saved.technology).toEqual({
      problemSolved: COMPLETE.technology.problemSolved,
      problemSolvedEn: 'Hand-pressed oil is acidic and cloudy.',
      advantagesEn: ['Oil recovery of 38–42%'],
      applicationsEn: ['Natural cosmetics makers'],
      trlEvidenceEn: 'Three pilot batches of 200 kg of kernels each.',
      supportEn: 'Five days of operator training.',
      rights: { territory: 'Đồng bằng sông Cửu Long', territoryEn: 'The Mekong Delta' },
    });

    const cleared = (await seller.request(UPDATE, { id, input: { technology: { problemSolvedEn: '  ', advantagesEn: [] } } })).data.updateListing;
    expect(cleared.technology).toMatchObject({ problemSolvedEn: null, advantagesEn: [], supportEn: 'Five days of operator training.' });
    const stored = await api.db.prisma.listing.findUniqueOrThrow({ where: { id } });
    expect(Object.keys(stored.details as object)).not.toContain('problemSolvedEn');
    expect(Object.keys(stored.details as object)).not.toContain('advantagesEn');
  });

  it('are optional: a listing without any submits and reads as empty English versions', async () => {
    const id = await draft('TECHNOLOGY_OFFER', COMPLETE);
    const listing = (await seller.request(SUBMIT, { id })).data.submitListing;
    expect(listing.status).toBe('PENDING_REVIEW');
    expect(listing.keywordsEn).toEqual([]);
    expect(listing.technology).toMatchObject({ problemSolvedEn: null, advantagesEn: [], rights: { territoryEn: null } });
  });

  it('keep the limits of their Vietnamese fields, answered field by field, and nothing is saved', async () => {
    const id = await draft();
    const tech = (await seller.request(UPDATE, {
      id,
      input: {
        keywordsEn: ['x'],
        technology: { problemSolvedEn: 'a'.repeat(2001), advantagesEn: Array.from({ length: 13 }, (_, i) => `advantage ${i}`), supportEn: 'ok' },
      },
    })).data.updateListing;
    expect(tech.code).toBe('VALIDATION');
    expect(errorsOf(tech)).toEqual(expect.arrayContaining(['keywordsEn.0:TOO_SHORT', 'technology.problemSolvedEn:TOO_LONG', 'technology.advantagesEn:TOO_MANY']));
    expect(tech.fieldErrors.find((e: { field: string }) => e.field === 'technology.problemSolvedEn').message).toMatch(/2000/);
    const stored = await api.db.prisma.listing.findUniqueOrThrow({ where: { id } });
    expect(stored.keywordsEn).toEqual([]);
    expect(stored.details).toEqual({});

    const equipment = await draft('EQUIPMENT_OFFER');
    const eq = (await seller.request(UPDATE, {
      id: equipment,
      input: { equipment: { installationEn: 'b'.repeat(1001), specificationsEn: [{ name: 'c'.repeat(101), value: '1' }] } },
    })).data.updateListing;
    expect(errorsOf(eq)).toEqual(expect.arrayContaining(['equipment.installationEn:TOO_LONG', 'equipment.specificationsEn:INVALID_VALUE']));

    const request = await draft('TECHNOLOGY_REQUEST');
    const rq = (await seller.request(UPDATE, { id: request, input: { request: { currentSolutionEn: 'd'.repeat(2001) } } })).data.updateListing;
    expect(errorsOf(rq)).toEqual(['request.currentSolutionEn:TOO_LONG']);
  });

  it('of equipment and requests, and IP titles’ English names, are saved and read back', async () => {
    const equipment = await draft('EQUIPMENT_OFFER');
    const eq = (await seller.request(UPDATE, {
      id: equipment,
      input: {
        equipment: {
          installation: 'Lắp đặt trong 3 ngày.',
          installationEn: 'Installed in 3 days.',
          warrantyEn: '12 months.',
          specifications: [{ name: 'Công suất', value: '500 kg/giờ' }],
          specificationsEn: [{ name: 'Capacity', value: '500 kg/hour' }],
        },
      },
    })).data.updateListing;
    expect(eq.equipment).toEqual({
      installation: 'Lắp đặt trong 3 ngày.',
      installationEn: 'Installed in 3 days.',
      warrantyEn: '12 months.',
      specificationsEn: [{ name: 'Capacity', value: '500 kg/hour' }],
    });

    const request = await draft('TECHNOLOGY_REQUEST');
    const rq = (await seller.request(UPDATE, {
      id: request,
      input: { request: { problemEn: 'Drying dragon fruit costs too much.', requiredSpecsEn: ['1 tonne a day', 'Under 2 kWh per kg'] } },
    })).data.updateListing;
    expect(rq.request).toEqual({ problemEn: 'Drying dragon fruit costs too much.', currentSolutionEn: null, requiredSpecsEn: ['1 tonne a day', 'Under 2 kWh per kg'] });

    const id = await draft();
    const titles = [
      { type: 'PATENT', status: 'GRANTED', number: '28123', title: 'Quy trình chiết xuất dầu', titleEn: '  Oil extraction process ', ownerName: 'Viện A' },
      { type: 'TRADEMARK', status: 'GRANTED', title: 'Mù U Long An', ownerName: 'Viện A' },
    ];
    const ip = (await seller.request(IP, { id, t: titles })).data.setListingIpTitles;
    expect(ip.ipTitles).toEqual([
      { title: 'Quy trình chiết xuất dầu', titleEn: 'Oil extraction process' },
      { title: 'Mù U Long An', titleEn: null },
    ]);
    const bad = (await seller.request(IP, { id, t: [{ ...titles[0], titleEn: 'bad\u0000name' }] })).data.setListingIpTitles;
    expect(errorsOf(bad)).toEqual(['ipTitles.0:INVALID_VALUE']);
  });

  it('added to a published listing go through review as changes of their own, and publish with it', async () => {
    const id = await draft('TECHNOLOGY_OFFER', COMPLETE);
    await seller.request(IP, { id, t: [{ type: 'PATENT', status: 'GRANTED', number: '28123', title: 'Quy trình chiết xuất dầu', ownerName: 'Viện A' }] });
    await seller.request(SUBMIT, { id });
    const { slug } = (await moderator.request(REVIEW, { id })).data.reviewListing;

    const edit = (await seller.request(UPDATE, { id, input: { keywordsEn: ['calophyllum oil'], technology: { problemSolvedEn: 'Hand-pressed oil is acidic.' } } })).data.updateListing;
    expect(edit.status).toBe('PUBLISHED');
    await seller.request(IP, { id, t: [{ type: 'PATENT', status: 'GRANTED', number: '28123', title: 'Quy trình chiết xuất dầu', titleEn: 'Oil extraction process', ownerName: 'Viện A' }] });
    const mine = (await moderator.request(`query($id: ID!) { listingById(id: $id) { ${LISTING} } }`, { id })).data.listingById;
    const changes = mine.pendingRevision.changes;
    expect(changes.map((c: { field: string }) => c.field)).toEqual(['keywordsEn', 'details.problemSolvedEn', 'ipTitles']);
    expect(changes[0]).toEqual({ field: 'keywordsEn', before: '[]', after: expect.stringContaining('calophyllum oil') });
    expect(changes[1]).toEqual({ field: 'details.problemSolvedEn', before: null, after: 'Hand-pressed oil is acidic.' });
    expect(changes[2].after).toContain('Oil extraction process');

    // The public version stays Vietnamese-only until the department approves the edit.
    expect((await visitor.request(PUBLIC, { slug })).data.listing).toMatchObject({ keywordsEn: [], technology: { problemSolvedEn: null } });
    await seller.request(SUBMIT, { id });
    expect((await moderator.request(REVIEW, { id })).data.reviewListing.status).toBe('PUBLISHED');
    expect((await visitor.request(PUBLIC, { slug })).data.listing).toEqual({
      keywordsEn: ['calophyllum oil'],
      technology: { problemSolved: COMPLETE.technology.problemSolved, problemSolvedEn: 'Hand-pressed oil is acidic.' },
    });
    const ip = await api.db.prisma.ipTitle.findFirstOrThrow({ where: { listingId: id } });
    expect(ip.titleEn).toBe('Oil extraction process');

    // English keywords find the listing as the Vietnamese ones do.
    const { docs } = await new SearchSource(api.db.prisma).listings([id]);
    expect(docs[0]!.keywords).toEqual(['mù u', 'tinh dầu', 'calophyllum oil']);
  });
});
