// Every operation that takes an id answers a malformed one ("1", "not-a-uuid", "%00", a NUL...) as it answers an id
// that names nothing, or with NOT_FOUND / BAD_USER_INPUT: never with the database's complaint about the uuid type.
// Bad loose arguments (a NUL in a filter, a date PostgreSQL cannot store) are refused with BAD_USER_INPUT and the field.
import { buildSchema, getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSdl } from '../../server/graphql/sdl.ts';
import { judge } from '../fuzz/fuzz-verdict.ts';
import { startFuzzWorld, type FuzzWorld } from '../fuzz/fuzz-world.ts';

const MALFORMED = ['1', 'not-a-uuid', '%00', '\u0000', '', ' ', "' OR '1'='1", '------------------------------------', 'a'.repeat(1000)];
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const REVIEW = '{ action: REJECT, reason: OTHER, comment: "Không phù hợp." }';
const DEAL = `{ transferObjects: [KNOW_HOW], transferForm: STANDALONE_CONTRACT, transferModes: [DOCUMENTS], valueVnd: 100000000, signedOn: "2024-05-02",
  rights: { kind: RIGHT_OF_USE, exclusive: false, territory: "Tây Ninh", sublicensing: false }, crossBorder: false, stateFunded: false }`;

let world: FuzzWorld;
beforeAll(async () => {
  world = await startFuzzWorld();
});
afterAll(() => world?.close());

/** Each operation with `$id` where an id goes; `org` stands for a real organisation where a second id is needed. */
const OPERATIONS: [string, (org: string) => string][] = [
  ['deal', () => 'query($id: ID!) { deal(id: $id) { id } }'],
  ['organisationDeals', () => 'query($id: ID!) { organisationDeals(organisationId: $id) { nodes { id } } }'],
  ['inquiry', () => 'query($id: ID!) { inquiry(id: $id) { id } }'],
  ['organisationInquiries', () => 'query($id: ID!) { organisationInquiries(organisationId: $id) { nodes { id } } }'],
  ['listingById', () => 'query($id: ID!) { listingById(id: $id) { id } }'],
  ['myListings', () => 'query($id: ID!) { myListings(organisationId: $id) { nodes { id } } }'],
  ['order', () => 'query($id: ID!) { order(id: $id) { id } }'],
  ['organisationOrders', () => 'query($id: ID!) { organisationOrders(organisationId: $id) { nodes { id } } }'],
  ['recordDeal', () => `mutation($id: ID!) { recordDeal(inquiryId: $id, input: ${DEAL}) { __typename } }`],
  ['answerDealSurvey', () => 'mutation($id: ID!) { answerDealSurvey(dealId: $id, input: { implemented: true, satisfaction: 4 }) { __typename } }'],
  ['openInquiry', () => 'mutation($id: ID!) { openInquiry(input: { listingId: $id, message: "Xin thông tin chuyển giao và giá." }) { __typename } }'],
  ['replyToInquiry', () => 'mutation($id: ID!) { replyToInquiry(id: $id, body: "Xin chào") { __typename } }'],
  ['requestNda', () => 'mutation($id: ID!) { requestNda(id: $id) { __typename } }'],
  ['acceptNda', () => 'mutation($id: ID!) { acceptNda(id: $id, version: 1) { __typename } }'],
  ['declineInquiry', () => 'mutation($id: ID!) { declineInquiry(id: $id, input: { reason: PRICE }) { __typename } }'],
  ['withdrawInquiry', () => 'mutation($id: ID!) { withdrawInquiry(id: $id) { __typename } }'],
  ['createListing', () => 'mutation($id: ID!) { createListing(organisationId: $id, kind: EQUIPMENT_OFFER, input: { titleVi: "Máy sấy thanh long" }) { __typename } }'],
  ['updateListing', () => 'mutation($id: ID!) { updateListing(id: $id, input: { trl: 5 }) { __typename } }'],
  ['setListingIpTitles', () => 'mutation($id: ID!) { setListingIpTitles(id: $id, ipTitles: []) { __typename } }'],
  ['submitListing', () => 'mutation($id: ID!) { submitListing(id: $id) { __typename } }'],
  ['withdrawListing', () => 'mutation($id: ID!) { withdrawListing(id: $id) { __typename } }'],
  ['archiveListing', () => 'mutation($id: ID!) { archiveListing(id: $id) { __typename } }'],
  ['deleteListingImage', () => 'mutation($id: ID!) { deleteListingImage(id: $id) { __typename } }'],
  ['renewListing', () => 'mutation($id: ID!) { renewListing(id: $id, validUntil: "2030-01-01T00:00:00Z") { __typename } }'],
  ['reviewListing', () => `mutation($id: ID!) { reviewListing(id: $id, review: ${REVIEW}) { __typename } }`],
  ['unpublishListing', () => `mutation($id: ID!) { unpublishListing(id: $id, review: ${REVIEW}) { __typename } }`],
  ['reviewOrganisation', () => `mutation($id: ID!) { reviewOrganisation(id: $id, review: ${REVIEW}) { __typename } }`],
  ['verifyClaim', () => 'mutation($id: ID!) { verifyClaim(entityType: "organisation", entityId: $id, claim: TRL_EVIDENCE) { __typename } }'],
  ['unverifyClaim', () => 'mutation($id: ID!) { unverifyClaim(entityType: "organisation", entityId: $id, claim: TRL_EVIDENCE) }'],
  ['markNotificationsRead', () => 'mutation($id: ID!) { markNotificationsRead(ids: [$id]) { __typename } }'],
  ['updateOrganisation', () => 'mutation($id: ID!) { updateOrganisation(id: $id, input: { phone: "0272 3826 000" }) { __typename } }'],
  ['submitOrganisation', () => 'mutation($id: ID!) { submitOrganisation(id: $id) { __typename } }'],
  ['withdrawOrganisation', () => 'mutation($id: ID!) { withdrawOrganisation(id: $id) { __typename } }'],
  ['inviteMember', () => 'mutation($id: ID!) { inviteMember(organisationId: $id, email: "moi@example.vn", role: EDITOR) { __typename } }'],
  ['removeMember', () => 'mutation($id: ID!) { removeMember(organisationId: $id, userId: "00000000-0000-4000-8000-000000000001") { __typename } }'],
  ['removeMember', (org) => `mutation($id: ID!) { removeMember(organisationId: "${org}", userId: $id) { __typename } }`],
  ['startFeaturedPlacement', () => 'mutation($id: ID!) { startFeaturedPlacement(listingId: $id) { __typename } }'],
  ['startEquipmentDeposit', () => 'mutation($id: ID!) { startEquipmentDeposit(listingId: $id) { __typename } }'],
  ['confirmReservation', () => 'mutation($id: ID!) { confirmReservation(orderId: $id) { __typename } }'],
  ['declineReservation', () => 'mutation($id: ID!) { declineReservation(orderId: $id, note: "Không bán") { __typename } }'],
  ['signOutSession', () => 'mutation($id: ID!) { signOutSession(id: $id) }'],
  ['answerDataRequest', () => 'mutation($id: ID!) { answerDataRequest(input: { id: $id, status: REFUSED, note: "Trùng yêu cầu" }) { __typename } }'],
  // The department manages its people (admins).
  ['person', () => 'query($id: ID!) { person(id: $id) { id } }'],
  ['personHistory', () => 'query($id: ID!) { personHistory(id: $id) { nodes { action } } }'],
  ['setPersonRole', () => 'mutation($id: ID!) { setPersonRole(input: { userId: $id, role: MODERATOR, reason: "Theo quyết định số 12" }) { __typename } }'],
  ['suspendPerson', () => 'mutation($id: ID!) { suspendPerson(input: { userId: $id, reason: "Theo biên bản số 7" }) { __typename } }'],
  ['reinstatePerson', () => 'mutation($id: ID!) { reinstatePerson(input: { userId: $id, reason: "Theo biên bản số 8" }) { __typename } }'],
  ['transferOrganisationOwnership', () => 'mutation($id: ID!) { transferOrganisationOwnership(input: { organisationId: $id, newOwnerEmail: "moi@example.vn", reason: "Chủ cũ đã nghỉ" }) { __typename } }'],
  // Failed background work (admins); these ids are the queue's numbers, not uuids.
  ['retryJob', () => 'mutation($id: ID!) { retryJob(id: $id) { id } }'],
  ['retryEmail', () => 'mutation($id: ID!) { retryEmail(id: $id) { id } }'],
  // Brokered introductions.
  ['introduction', () => 'query($id: ID!) { introduction(id: $id) { id } }'],
  ['answerIntroduction', () => 'mutation($id: ID!) { answerIntroduction(id: $id, body: "Xin chào") { __typename } }'],
  ['declineIntroduction', () => 'mutation($id: ID!) { declineIntroduction(id: $id) { __typename } }'],
  // Bookmarks (a malformed id is a typed refusal naming the argument).
  ['bookmark', () => 'mutation($id: ID!) { bookmark(listingId: $id) { __typename } }'],
  ['removeBookmark', () => 'mutation($id: ID!) { removeBookmark(organisationId: $id) { __typename } }'],
  // Saved searches and matches.
  ['updateSavedSearch', () => 'mutation($id: ID!) { updateSavedSearch(id: $id, input: { name: "Máy sấy" }) { __typename } }'],
  ['deleteSavedSearch', () => 'mutation($id: ID!) { deleteSavedSearch(id: $id) { id } }'],
  ['matchesForMyOffers', () => 'query($id: ID!) { matchesForMyOffers(organisationId: $id) { nodes { id } } }'],
  // Events and B2B meetings.
  ['exhibitorMeetings', () => 'query($id: ID!) { exhibitorMeetings(exhibitorId: $id) { nodes { id } } }'],
  ['eventFigures', () => 'query($id: ID!) { eventFigures(eventId: $id) { exhibitors } }'],
  ['meetingCalendar', () => 'query($id: ID!) { meetingCalendar(id: $id) }'],
  ['updateEvent', () => 'mutation($id: ID!) { updateEvent(id: $id, input: { titleVi: "Chợ công nghệ", descriptionVi: "Chợ công nghệ và thiết bị", startsAt: "2031-03-02T01:00:00Z", endsAt: "2031-03-03T09:00:00Z", online: true, onlineUrl: "https://example.vn/meet", registrationDeadline: "2031-02-20T00:00:00Z" }) { __typename } }'],
  ['publishEvent', () => 'mutation($id: ID!) { publishEvent(id: $id) { __typename } }'],
  ['cancelEvent', () => 'mutation($id: ID!) { cancelEvent(id: $id) { __typename } }'],
  ['registerExhibitor', (org) => `mutation($id: ID!) { registerExhibitor(eventId: $id, organisationId: "${org}", listingIds: []) { __typename } }`],
  ['decideExhibitor', () => 'mutation($id: ID!) { decideExhibitor(exhibitorId: $id, approve: true) { __typename } }'],
  ['openSlots', () => 'mutation($id: ID!) { openSlots(exhibitorId: $id, input: { startsAt: "2031-03-02T02:00:00Z", endsAt: "2031-03-02T03:00:00Z", minutes: 30 }) { __typename } }'],
  ['removeSlot', () => 'mutation($id: ID!) { removeSlot(slotId: $id) { __typename } }'],
  ['requestMeeting', () => 'mutation($id: ID!) { requestMeeting(slotId: $id, message: "Xin gặp để trao đổi") { __typename } }'],
  ['confirmMeeting', () => 'mutation($id: ID!) { confirmMeeting(id: $id) { __typename } }'],
  ['declineMeeting', () => 'mutation($id: ID!) { declineMeeting(id: $id) { __typename } }'],
  ['cancelMeeting', () => 'mutation($id: ID!) { cancelMeeting(id: $id) { __typename } }'],
];

/** Root fields that take an ID, directly or inside an input object: the list above must name each. */
function operationsTakingIds(): string[] {
  const schema = buildSchema(loadSdl());
  const takesId = (type: GraphQLInputType, seen = new Set<string>()): boolean => {
    const named = getNamedType(type);
    if (named.name === 'ID') return true;
    if (!isInputObjectType(named) || seen.has(named.name)) return false;
    seen.add(named.name);
    return Object.values(named.getFields()).some((f) => takesId(f.type, seen));
  };
  return [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) =>
    Object.values(t.getFields()).filter((f) => f.args.some((a) => takesId(a.type))).map((f) => f.name),
  );
}

async function call(role: 'owner' | 'admin', query: string, variables: Record<string, unknown>) {
  const res = await world.api.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', cookie: world.cookies[role] },
    payload: JSON.stringify({ query, variables }),
  });
  const body = JSON.parse(res.body) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { status: res.statusCode, raw: res.body, data: body.data ?? null, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
}

describe('malformed ids', () => {
  it('the list below names every operation that takes an id', () => {
    expect(new Set(OPERATIONS.map(([name]) => name))).toEqual(new Set(operationsTakingIds()));
  });

  for (const [name, query] of OPERATIONS) {
    it(`${name}: a malformed id is answered like an unknown one, or NOT_FOUND / BAD_USER_INPUT`, async () => {
      for (const role of ['owner', 'admin'] as const) {
        const text = query(world.ids.org);
        const unknown = await call(role, text, { id: UNKNOWN });
        for (const id of MALFORMED) {
          const answer = await call(role, text, { id });
          const what = `${role}, id ${JSON.stringify(id.slice(0, 20))}: ${answer.raw.slice(0, 300)}`;
          expect(judge({ status: answer.status, body: answer.raw }), what).toEqual({ ok: true });
          const sameAsUnknown = answer.status === unknown.status && JSON.stringify([answer.data, answer.codes]) === JSON.stringify([unknown.data, unknown.codes]);
          const refused = answer.codes.length === 1 && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(answer.codes[0]!);
          const typedRefusal = answer.codes.length === 0 && JSON.stringify(answer.data).includes('"InputError"');
          expect(sameAsUnknown || refused || typedRefusal, what).toBe(true);
        }
      }
    });
  }

  it('the upload routes answer 404 for a malformed listing or inquiry id, even with a valid image', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f0e5bd0000000049454e44ae426082', 'hex');
    const boundary = '----fuzz';
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`),
      png,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    for (const id of ['1', 'not-a-uuid', '%00']) {
      for (const url of [`/api/listings/${id}/images`, `/api/inquiries/${id}/messages`]) {
        const res = await world.api.app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: world.cookies.owner },
          payload: body,
        });
        expect(res.statusCode, `${url}: ${res.body}`).toBe(404);
        expect(JSON.parse(res.body).code).toBe('NOT_FOUND');
      }
    }
  });
});

describe('loose arguments the database cannot store', () => {
  const CASES: [string, string, string][] = [
    ['organisations', 'province', '{ organisations(province: "\\u0000") { totalCount } }'],
    ['organisations', 'fieldCode', '{ organisations(fieldCode: "4\\u0000") { totalCount } }'],
    ['reviewQueue', 'fieldCode', '{ reviewQueue(fieldCode: "\\u0000") { nodes { entityType } } }'],
    ['dealStats', 'from', '{ dealStats(from: "-169899-11-20T14:58:47.444Z") { deals } }'],
    ['dealStats', 'to', '{ dealStats(to: "+275760-09-13T00:00:00.000Z") { deals } }'],
  ];
  for (const [operation, field, query] of CASES) {
    it(`${operation}: a bad ${field} is BAD_USER_INPUT naming the field`, async () => {
      const res = await call('admin', query, {});
      expect(judge({ status: res.status, body: res.raw }), res.raw).toEqual({ ok: true });
      const error = (JSON.parse(res.raw).errors ?? [])[0];
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  }

  it('a NUL in an input field or a slug is refused as a field error or names nothing', async () => {
    const slug = await call('admin', '{ listing(slug: "a\\u0000") { id } organisation(slug: "\\u0000") { id } }', {});
    expect(slug.raw).toBe('{"data":{"listing":null,"organisation":null}}');
    const created = await call('owner', 'mutation { createOrganisation(input: { nameVi: "Công ty\\u0000 TNHH", kind: ENTERPRISE }) { __typename ... on InputError { fieldErrors { field code } } } }', {});
    expect(created.data).toEqual({ createOrganisation: { __typename: 'InputError', fieldErrors: [{ field: 'nameVi', code: 'INVALID_VALUE' }] } });
    const titles = await call('owner', `mutation { setListingIpTitles(id: "${world.ids.draft}", ipTitles: [{ type: PATENT, status: GRANTED, title: "Bằng", ownerName: "Cty", grantedAt: "-002024-01-01T00:00:00Z" }]) { __typename ... on InputError { fieldErrors { field code } } } }`, {});
    expect(titles.data).toEqual({ setListingIpTitles: { __typename: 'InputError', fieldErrors: [{ field: 'ipTitles.0', code: 'INVALID_VALUE' }] } });
  });
});
