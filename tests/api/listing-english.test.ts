// The English versions of what a seller writes: each structured field's English text saved beside it, checked with
// the Vietnamese field's limits, carried through the review of an edit, published with it, and searchable.
import { describe, expect, it } from 'vitest';
import { COMPLETE_TECHNOLOGY_OFFER, useListingTeam } from '../support/listing-team.ts';
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

// Negotiable, so the English edits below are the only changes a review shows.
const COMPLETE = { ...COMPLETE_TECHNOLOGY_OFFER, price: { type: 'NEGOTIABLE' } };

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

const team = useListingTeam();

async function draft(kind = 'TECHNOLOGY_OFFER', input: object = {}): Promise<string> {
  const res = await team.seller.request(CREATE, { org: team.orgId, kind, input: { titleVi: 'Công nghệ chiết xuất tinh dầu Mù U', ...input } });
  expect(res.data.createListing.__typename).toBe('Listing');
  return res.data.createListing.id;
}

const errorsOf = (result: { fieldErrors: { field: string; code: string }[] }) => result.fieldErrors.map((e) => `${e.field}:${e.code}`);

describe('English versions of the structured fields', () => {
  it('are saved beside the Vietnamese ones and read back; a blank one clears and is not stored', async () => {
    const id = await draft('TECHNOLOGY_OFFER', COMPLETE);
    const saved = (await team.seller.request(UPDATE, { id, input: ENGLISH })).data.updateListing;
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

    const cleared = (await team.seller.request(UPDATE, { id, input: { technology: { problemSolvedEn: '  ', advantagesEn: [] } } })).data.updateListing;
    expect(cleared.technology).toMatchObject({ problemSolvedEn: null, advantagesEn: [], supportEn: 'Five days of operator training.' });
    const stored = await team.api.db.prisma.listing.findUniqueOrThrow({ where: { id } });
    expect(Object.keys(stored.details as object)).not.toContain('problemSolvedEn');
    expect(Object.keys(stored.details as object)).not.toContain('advantagesEn');
  });

  it('are optional: a listing without any submits and reads as empty English versions', async () => {
    const id = await draft('TECHNOLOGY_OFFER', COMPLETE);
    const listing = (await team.seller.request(SUBMIT, { id })).data.submitListing;
    expect(listing.status).toBe('PENDING_REVIEW');
    expect(listing.keywordsEn).toEqual([]);
    expect(listing.technology).toMatchObject({ problemSolvedEn: null, advantagesEn: [], rights: { territoryEn: null } });
  });

  it('keep the limits of their Vietnamese fields, answered field by field, and nothing is saved', async () => {
    const id = await draft();
    const tech = (await team.seller.request(UPDATE, {
      id,
      input: {
        keywordsEn: ['x'],
        technology: { problemSolvedEn: 'a'.repeat(2001), advantagesEn: Array.from({ length: 13 }, (_, i) => `advantage ${i}`), supportEn: 'ok' },
      },
    })).data.updateListing;
    expect(tech.code).toBe('VALIDATION');
    expect(errorsOf(tech)).toEqual(expect.arrayContaining(['keywordsEn.0:TOO_SHORT', 'technology.problemSolvedEn:TOO_LONG', 'technology.advantagesEn:TOO_MANY']));
    expect(tech.fieldErrors.find((e: { field: string }) => e.field === 'technology.problemSolvedEn').message).toMatch(/2000/);
    const stored = await team.api.db.prisma.listing.findUniqueOrThrow({ where: { id } });
    expect(stored.keywordsEn).toEqual([]);
    expect(stored.details).toEqual({});

    const equipment = await draft('EQUIPMENT_OFFER');
    const eq = (await team.seller.request(UPDATE, {
      id: equipment,
      input: { equipment: { installationEn: 'b'.repeat(1001), specificationsEn: [{ name: 'c'.repeat(101), value: '1' }] } },
    })).data.updateListing;
    expect(errorsOf(eq)).toEqual(expect.arrayContaining(['equipment.installationEn:TOO_LONG', 'equipment.specificationsEn:INVALID_VALUE']));

    const request = await draft('TECHNOLOGY_REQUEST');
    const rq = (await team.seller.request(UPDATE, { id: request, input: { request: { currentSolutionEn: 'd'.repeat(2001) } } })).data.updateListing;
    expect(errorsOf(rq)).toEqual(['request.currentSolutionEn:TOO_LONG']);
  });

  it('of equipment and requests, and IP titles’ English names, are saved and read back', async () => {
    const equipment = await draft('EQUIPMENT_OFFER');
    const eq = (await team.seller.request(UPDATE, {
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
    const rq = (await team.seller.request(UPDATE, {
      id: request,
      input: { request: { problemEn: 'Drying dragon fruit costs too much.', requiredSpecsEn: ['1 tonne a day', 'Under 2 kWh per kg'] } },
    })).data.updateListing;
    expect(rq.request).toEqual({ problemEn: 'Drying dragon fruit costs too much.', currentSolutionEn: null, requiredSpecsEn: ['1 tonne a day', 'Under 2 kWh per kg'] });

    const id = await draft();
    const titles = [
      { type: 'PATENT', status: 'GRANTED', number: '28123', title: 'Quy trình chiết xuất dầu', titleEn: '  Oil extraction process ', ownerName: 'Viện A' },
      { type: 'TRADEMARK', status: 'GRANTED', title: 'Mù U Long An', ownerName: 'Viện A' },
    ];
    const ip = (await team.seller.request(IP, { id, t: titles })).data.setListingIpTitles;
    expect(ip.ipTitles).toEqual([
      { title: 'Quy trình chiết xuất dầu', titleEn: 'Oil extraction process' },
      { title: 'Mù U Long An', titleEn: null },
    ]);
    const bad = (await team.seller.request(IP, { id, t: [{ ...titles[0], titleEn: 'bad\u0000name' }] })).data.setListingIpTitles;
    expect(errorsOf(bad)).toEqual(['ipTitles.0:INVALID_VALUE']);
  });

  it('added to a published listing go through review as changes of their own, and publish with it', async () => {
    const id = await draft('TECHNOLOGY_OFFER', COMPLETE);
    await team.seller.request(IP, { id, t: [{ type: 'PATENT', status: 'GRANTED', number: '28123', title: 'Quy trình chiết xuất dầu', ownerName: 'Viện A' }] });
    await team.seller.request(SUBMIT, { id });
    const { slug } = (await team.moderator.request(REVIEW, { id })).data.reviewListing;

    const edit = (await team.seller.request(UPDATE, { id, input: { keywordsEn: ['calophyllum oil'], technology: { problemSolvedEn: 'Hand-pressed oil is acidic.' } } })).data.updateListing;
    expect(edit.status).toBe('PUBLISHED');
    await team.seller.request(IP, { id, t: [{ type: 'PATENT', status: 'GRANTED', number: '28123', title: 'Quy trình chiết xuất dầu', titleEn: 'Oil extraction process', ownerName: 'Viện A' }] });
    const mine = (await team.moderator.request(`query($id: ID!) { listingById(id: $id) { ${LISTING} } }`, { id })).data.listingById;
    const changes = mine.pendingRevision.changes;
    expect(changes.map((c: { field: string }) => c.field)).toEqual(['keywordsEn', 'details.problemSolvedEn', 'ipTitles']);
    expect(changes[0]).toEqual({ field: 'keywordsEn', before: '[]', after: expect.stringContaining('calophyllum oil') });
    expect(changes[1]).toEqual({ field: 'details.problemSolvedEn', before: null, after: 'Hand-pressed oil is acidic.' });
    expect(changes[2].after).toContain('Oil extraction process');

    // The public version stays Vietnamese-only until the department approves the edit.
    expect((await team.visitor.request(PUBLIC, { slug })).data.listing).toMatchObject({ keywordsEn: [], technology: { problemSolvedEn: null } });
    await team.seller.request(SUBMIT, { id });
    expect((await team.moderator.request(REVIEW, { id })).data.reviewListing.status).toBe('PUBLISHED');
    expect((await team.visitor.request(PUBLIC, { slug })).data.listing).toEqual({
      keywordsEn: ['calophyllum oil'],
      technology: { problemSolved: COMPLETE.technology.problemSolved, problemSolvedEn: 'Hand-pressed oil is acidic.' },
    });
    const ip = await team.api.db.prisma.ipTitle.findFirstOrThrow({ where: { listingId: id } });
    expect(ip.titleEn).toBe('Oil extraction process');

    // English keywords find the listing as the Vietnamese ones do.
    const { docs } = await new SearchSource(team.api.db.prisma).listings([id]);
    expect(docs[0]!.keywords).toEqual(['mù u', 'tinh dầu', 'calophyllum oil']);
  });
});
