// The demo data's negotiation and deal, used through the API as a visitor of a fresh install would: the demo buyer's
// inquiry waits for the seller to accept the NDA, which then opens the dossier to the buyer; the recorded deal of the
// replicated Mù U technology must be registered as a state-funded domestic transfer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../prisma/seed/demo/common.ts';
import { seedDemo } from '../../prisma/seed/demo.ts';
import { hashPassword } from '../../server/modules/account/password.ts';
import { startApi, PASSWORD, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { systemContext } from '../../server/lib/request-context.ts';

let api: ApiApp;
let buyer: GraphQLClient;
let seller: GraphQLClient;
let editor: GraphQLClient;

beforeAll(async () => {
  api = await startApi();
  await seedDemo(api.db.prisma);
  // api.as() signs in with the test password; the demo accounts keep theirs otherwise.
  await api.db.prisma.user.updateMany({ where: { email: { endsWith: '@demo.sangiaodich.vn' } }, data: { passwordHash: await hashPassword(PASSWORD) } });
  [buyer, seller, editor] = await Promise.all([
    api.as('buyer@demo.sangiaodich.vn'), api.as('seller@demo.sangiaodich.vn'), api.as('editor@demo.sangiaodich.vn'),
  ]);
  expect(DEMO_PASSWORD).not.toBe(PASSWORD);
});
afterAll(() => api.close());

const MINE = `{ myInquiries { nodes { id status listingTitle ownerOrganisation { name } messages { nodes { side authorName } } nda { version } ndaAcceptances { side }
  listing { id } deal { id valueVnd registrationRequired registrationReason transferForm signedOn surveyDueAt surveys { side sentAt } } } } }`;

describe('demo inquiries and deal', () => {
  it('let the demo seller accept the NDA the demo buyer asked for, which opens the dossier to the buyer', async () => {
    const mine = (await buyer.request(MINE)).data.myInquiries.nodes;
    expect(mine).toHaveLength(2);
    const talk = mine.find((i: { status: string }) => i.status === 'NDA_REQUESTED');
    // The demo buyer reads the exchange in English.
    expect(talk).toMatchObject({ ownerOrganisation: { name: 'Long An Construction Mechanical Joint Stock Company' }, ndaAcceptances: [{ side: 'REQUESTER' }] });
    expect(talk.messages.nodes.map((m: { side: string }) => m.side)).toEqual(['OWNER', 'REQUESTER']);
    const DOSSIER = `query($id: ID!) { listingById(id: $id) { dossier } }`;
    expect((await buyer.request(DOSSIER, { id: talk.listing.id })).data.listingById.dossier).toBeNull();
    const incoming = (await seller.request(`query($id: ID!) { inquiry(id: $id) { mySide actions } }`, { id: talk.id })).data.inquiry;
    expect(incoming).toEqual({ mySide: 'OWNER', actions: ['REPLY', 'ACCEPT_NDA', 'DECLINE'] });
    const accepted = await seller.request(`mutation($id: ID!, $v: Int!) { acceptNda(id: $id, version: $v) { ... on Inquiry { status } } }`, { id: talk.id, v: talk.nda.version });
    expect(accepted.data.acceptNda.status).toBe('NDA_ACCEPTED');
    expect((await buyer.request(DOSSIER, { id: talk.listing.id })).data.listingById.dossier).toContain('TCVN 5408:2007');
  });

  it('record the replicated Mù U technology as a state-funded transfer that must be registered, followed up in six months', async () => {
    const agreed = (await buyer.request(MINE)).data.myInquiries.nodes.find((i: { status: string }) => i.status === 'AGREED');
    expect(agreed.listingTitle).toContain('Mù U');
    expect(agreed.deal).toMatchObject({
      valueVnd: 420_000_000, registrationRequired: true, registrationReason: 'STATE_FUNDED', transferForm: 'MACHINERY_SALE_WITH_KNOW_HOW',
    });
    expect(agreed.deal.surveys.map((s: { side: string; sentAt: string | null }) => [s.side, s.sentAt]).sort()).toEqual([['OWNER', null], ['REQUESTER', null]]);
    const signed = new Date(`${agreed.deal.signedOn}T00:00:00Z`);
    expect(signed.getTime()).toBeLessThanOrEqual(Date.now());
    const due = new Date(agreed.deal.surveyDueAt);
    expect((due.getUTCFullYear() - signed.getUTCFullYear()) * 12 + due.getUTCMonth() - signed.getUTCMonth()).toBe(6);
    const ORG_DEALS = `query($org: ID!) { organisationDeals(organisationId: $org) { nodes { id mySide } } }`;
    const centre = await api.db.prisma.organisation.findFirstOrThrow({ where: { nameVi: { startsWith: 'Trung tâm Ứng dụng' } } });
    expect((await editor.request(ORG_DEALS, { org: centre.id })).data.organisationDeals.nodes).toEqual([{ id: agreed.deal.id, mySide: 'OWNER' }]);
    // The demo is no different from a deal recorded on the exchange: the survey goes out once when due.
    expect(await api.app.services.deal.sendDueSurveys(systemContext(), new Date(due.getTime() + 1))).toBe(2);
    expect(await api.app.services.deal.sendDueSurveys(systemContext(), new Date(due.getTime() + 2))).toBe(0);
  });
});
