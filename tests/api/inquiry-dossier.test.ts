// The confidential dossier of a listing as its sellers keep it: saved through updateListing in any state, at once
// even on a published listing (it is never public, so nothing goes to review or to the search index), rendered
// inert, and readable only by the organisation, the department and NDA-covered requesters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

const UPDATE = `mutation($id: ID!, $input: ListingInput!) { updateListing(id: $id, input: $input) {
  __typename ... on Listing { status summaryVi dossier dossierVi dossierEn pendingRevision { status changes { field } } }
  ... on InputError { code fieldErrors { field code message } } } }`;
const READ = `query($id: ID!) { listingById(id: $id) { dossier dossierVi dossierEn } }`;

let api: ApiApp;
let member: GraphQLClient;
let moderator: GraphQLClient;
let outsider: GraphQLClient;
let orgId: string;

beforeAll(async () => {
  api = await startApi();
  const org = await createOrganisation(api.db.prisma);
  orgId = org.id;
  const m = await createUser(api.db.prisma);
  const o = await createUser(api.db.prisma);
  const mod = await createUser(api.db.prisma, { role: 'MODERATOR' });
  await addMember(api.db.prisma, m.id, org.id, 'EDITOR');
  [member, outsider, moderator] = await Promise.all([api.as(m.email), api.as(o.email), api.as(mod.email)]);
});
afterAll(() => api.close());

describe('the confidential dossier', () => {
  it('is saved at once on a published listing, with no review, no search update and an audit record', async () => {
    const listing = await createListing(api.db.prisma, orgId, { validUntil: new Date(Date.now() + 90 * 86_400_000) });
    const outboxBefore = await api.db.prisma.outbox.count();
    const dossier = '## Quy trình\n\nNhiệt độ sấy **55 °C** trong 18 giờ.\n\n<img src=x onerror=alert(1)> [xem](javascript:alert(1))';
    const saved = (await member.request(UPDATE, { id: listing.id, input: { dossierVi: dossier, dossierEn: 'Drying at 55 °C for 18 hours.' } })).data.updateListing;
    expect(saved).toMatchObject({ __typename: 'Listing', status: 'PUBLISHED', pendingRevision: null, dossierVi: dossier, dossierEn: 'Drying at 55 °C for 18 hours.' });
    expect(saved.dossier).toContain('<strong>55 °C</strong>');
    expect(saved.dossier).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(saved.dossier).not.toMatch(/<img|href="javascript/);
    expect(await api.db.prisma.outbox.count()).toBe(outboxBefore);
    expect(await api.db.prisma.revision.count({ where: { entityId: listing.id } })).toBe(0);
    expect(await api.db.prisma.auditEvent.findFirst({ where: { entityId: listing.id, action: 'listing.setDossier' } })).not.toBeNull();

    // With other edits the content goes to review as always while the dossier is saved at once.
    const both = (await member.request(UPDATE, { id: listing.id, input: { summaryVi: 'Tóm tắt mới về quy trình sấy dẻo thanh long cho hợp tác xã.', dossierVi: 'Bản 2' } })).data.updateListing;
    expect(both).toMatchObject({ status: 'PUBLISHED', dossierVi: 'Bản 2', pendingRevision: { status: 'DRAFT', changes: [{ field: 'summaryVi' }] } });
    expect(both.summaryVi).not.toContain('Tóm tắt mới');
    expect(await api.db.prisma.outbox.count()).toBe(outboxBefore);
  });

  it('is saved with a draft, cleared by a blank, and checked for length', async () => {
    const draft = await createListing(api.db.prisma, orgId, { status: 'DRAFT', publishedAt: null });
    expect((await member.request(UPDATE, { id: draft.id, input: { trl: 6, dossierVi: 'Sổ tay vận hành' } })).data.updateListing.dossierVi).toBe('Sổ tay vận hành');
    expect((await member.request(UPDATE, { id: draft.id, input: { dossierVi: '  ' } })).data.updateListing.dossierVi).toBeNull();
    const long = (await member.request(UPDATE, { id: draft.id, input: { dossierVi: 'x'.repeat(50_001) } })).data.updateListing;
    expect(long.fieldErrors).toEqual([{ field: 'dossierVi', code: 'TOO_LONG', message: 'Hồ sơ mật (tiếng Việt) tối đa 50000 ký tự.' }]);
  });

  it('is kept from people outside the organisation, who cannot set it either', async () => {
    const listing = await createListing(api.db.prisma, orgId, { dossierVi: 'Bí quyết phối trộn', dossierEn: 'Blend recipe' });
    expect((await outsider.request(READ, { id: listing.id })).data.listingById).toEqual({ dossier: null, dossierVi: null, dossierEn: null });
    expect((await (await api.as(null)).request(READ, { id: listing.id })).data.listingById).toEqual({ dossier: null, dossierVi: null, dossierEn: null });
    expect((await moderator.request(READ, { id: listing.id })).data.listingById.dossier).toContain('Bí quyết phối trộn');
    expect((await outsider.request(UPDATE, { id: listing.id, input: { dossierVi: 'Đè lên' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.db.prisma.listing.findUniqueOrThrow({ where: { id: listing.id } })).dossierVi).toBe('Bí quyết phối trộn');
  });
});
