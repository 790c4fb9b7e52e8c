// Events through the API: the department creates and publishes an event; members register their organisation to
// exhibit published listings and the department decides; exhibitors open meeting slots (inside the event, never
// overlapping); buyers ask for a slot and the exhibitor confirms, once per slot even when two confirmations race;
// both sides get the calendar file; the department's figures after the event.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { icsInstant, vevent } from '../support/ics.ts';

const ERR = `... on InputError { code message fieldErrors { field code message } }`;
const EVENT = `id slug title status registrationOpen startsAt`;
const CREATE = `mutation($input: EventInput!) { createEvent(input: $input) { __typename ... on Event { ${EVENT} } ${ERR} } }`;
const PUBLISH = `mutation($id: ID!) { publishEvent(id: $id) { __typename ... on Event { ${EVENT} } ${ERR} } }`;
const EVENTS = `query($when: EventWhen) { events(when: $when) { nodes { slug } pageInfo { hasNextPage } } }`;
const EVENT_PAGE = `query($slug: String!) { event(slug: $slug) { title exhibitors { nodes { id status organisation { name } listings { title } slots { id startsAt free requestedByMe } } } } }`;
const REGISTER = `mutation($e: ID!, $o: ID!, $l: [ID!]!) { registerExhibitor(eventId: $e, organisationId: $o, listingIds: $l) { __typename ... on EventExhibitor { id status } ${ERR} } }`;
const DECIDE = `mutation($id: ID!, $a: Boolean!) { decideExhibitor(exhibitorId: $id, approve: $a) { __typename ... on EventExhibitor { id status } ${ERR} } }`;
const OPEN = `mutation($id: ID!, $input: OpenSlotsInput!) { openSlots(exhibitorId: $id, input: $input) { __typename ... on EventExhibitor { slots { id startsAt endsAt } } ${ERR} } }`;
const REMOVE = `mutation($id: ID!) { removeSlot(slotId: $id) { __typename ... on EventExhibitor { slots { id } } ${ERR} } }`;
const MEETING = `id status mySide requesterName calendarPath slot { startsAt } exhibitor { organisation { name } }`;
const REQUEST = `mutation($slot: ID!, $m: String!) { requestMeeting(slotId: $slot, message: $m) { __typename ... on Meeting { ${MEETING} } ${ERR} } }`;
const CONFIRM = `mutation($id: ID!) { confirmMeeting(id: $id) { __typename ... on Meeting { ${MEETING} } ${ERR} } }`;
const CANCEL = `mutation($id: ID!) { cancelMeeting(id: $id) { __typename ... on Meeting { ${MEETING} } ${ERR} } }`;
const CALENDAR = `query($id: ID!) { meetingCalendar(id: $id) }`;
const FIGURES = `query($id: ID!) { eventFigures(eventId: $id) { exhibitors listingsShown meetingsRequested meetingsHeld inquiriesAfter dealsAfter } }`;

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** 00:00 in Vietnam (UTC+7), `days` from today. */
const vnDay = (days: number) => new Date(Math.floor((Date.now() + 7 * HOUR) / DAY) * DAY - 7 * HOUR + days * DAY);
const START = vnDay(10);

const INPUT = {
  titleVi: 'Chợ công nghệ và thiết bị Tây Ninh 2027',
  titleEn: 'Tây Ninh Techmart 2027',
  descriptionVi: 'Kết nối cung cầu công nghệ giữa doanh nghiệp, viện, trường và hợp tác xã. <script>alert(1)</script>',
  descriptionEn: null,
  startsAt: new Date(START.getTime() + 8 * HOUR).toISOString(),
  endsAt: new Date(START.getTime() + DAY + 17 * HOUR).toISOString(),
  online: false,
  place: 'Trung tâm Hội nghị tỉnh, Tân An',
  onlineUrl: null,
  registrationDeadline: vnDay(7).toISOString(),
};

let api: ApiApp;
const c = {} as Record<'moderator' | 'seller' | 'colleague' | 'buyer' | 'buyer2' | 'stranger' | 'visitor', GraphQLClient>;
const ids = {} as Record<'org' | 'otherOrg' | 'listing' | 'listing2' | 'draftListing' | 'otherListing' | 'event' | 'exhibitor' | 'buyer' | 'buyerOrg', string>;
let slug = '';

beforeAll(async () => {
  api = await startApi();
  const prisma = api.db.prisma;
  const org = await createOrganisation(prisma, { nameVi: 'Công ty Cổ phần Cơ khí Xây dựng Long An', email: 'lienhe@cokhi.example.vn' });
  const otherOrg = await createOrganisation(prisma);
  const buyerOrg = await createOrganisation(prisma, { nameVi: 'Hợp tác xã Thanh long Tầm Vu' });
  const u = {
    moderator: await createUser(prisma, { role: 'MODERATOR' }),
    seller: await createUser(prisma, { displayName: 'Trần Văn Minh' }),
    colleague: await createUser(prisma, { displayName: 'Lê Văn Tâm' }),
    buyer: await createUser(prisma, { displayName: 'Phạm Quốc Bảo', email: 'bao@example.vn' }),
    buyer2: await createUser(prisma, { displayName: 'Võ Thị Lan' }),
    stranger: await createUser(prisma),
  };
  await addMember(prisma, u.seller.id, org.id);
  await addMember(prisma, u.colleague.id, org.id, 'EDITOR');
  await addMember(prisma, u.buyer.id, buyerOrg.id);
  Object.assign(ids, {
    org: org.id, otherOrg: otherOrg.id, buyer: u.buyer.id, buyerOrg: buyerOrg.id,
    listing: (await createListing(prisma, org.id, { titleVi: 'Thanh giằng băng tải lắp ghép' })).id,
    listing2: (await createListing(prisma, org.id, { titleVi: 'Máy sấy nông sản' })).id,
    draftListing: (await createListing(prisma, org.id, { status: 'DRAFT', publishedAt: null })).id,
    otherListing: (await createListing(prisma, otherOrg.id)).id,
  });
  for (const [key, user] of Object.entries(u)) c[key as keyof typeof c] = await api.as(user.email);
  c.visitor = await api.as(null);
});
afterAll(() => api.close());

describe('events', () => {
  it('are created by the department only, with field-level messages, and stay hidden until published', async () => {
    expect((await c.buyer.request(CREATE, { input: INPUT })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await c.visitor.request(CREATE, { input: INPUT })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = (await c.moderator.request(CREATE, { input: { ...INPUT, titleVi: ' ', endsAt: INPUT.startsAt, place: null } })).data.createEvent;
    expect(bad.fieldErrors).toEqual([{ field: 'titleVi', code: 'REQUIRED', message: 'Vui lòng nhập tiêu đề (tiếng Việt).' }]);
    const order = (await c.moderator.request(CREATE, { input: { ...INPUT, endsAt: INPUT.startsAt, registrationDeadline: vnDay(20).toISOString(), place: null } })).data.createEvent;
    expect(order.fieldErrors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'endsAt:ENDS_BEFORE_START', 'registrationDeadline:DEADLINE_AFTER_START', 'place:PLACE_OR_ONLINE',
    ]);
    expect(await api.db.prisma.event.count()).toBe(0);

    const created = (await c.moderator.request(CREATE, { input: INPUT })).data.createEvent;
    expect(created).toMatchObject({ __typename: 'Event', slug: 'cho-cong-nghe-va-thiet-bi-tay-ninh-2027', status: 'DRAFT' });
    ids.event = created.id;
    slug = created.slug;
    expect((await c.visitor.request(EVENT_PAGE, { slug })).data.event).toBeNull();
    expect((await c.buyer.request(PUBLISH, { id: ids.event })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await c.moderator.request(PUBLISH, { id: ids.event })).data.publishEvent).toMatchObject({ status: 'PUBLISHED', registrationOpen: true });
    expect((await c.moderator.request(PUBLISH, { id: ids.event })).data.publishEvent.code).toBe('INVALID_TRANSITION');
    expect((await c.visitor.request(EVENTS, { when: 'UPCOMING' })).data.events.nodes).toEqual([{ slug }]);
    expect((await c.visitor.request(EVENTS, { when: 'PAST' })).data.events.nodes).toEqual([]);
    // The description is Markdown shown inert: the script is text.
    const html = (await c.visitor.request(`query($s: String!) { event(slug: $s) { descriptionHtml } }`, { s: slug })).data.event.descriptionHtml;
    expect(html).toContain('&lt;script&gt;');
  });

  it('take exhibitors registered by their members with published listings, approved by the department', async () => {
    const reg = (client: GraphQLClient, org: string, listings: string[]) => client.request(REGISTER, { e: ids.event, o: org, l: listings });
    expect((await reg(c.stranger, ids.org, [ids.listing])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await reg(c.seller, ids.org, [ids.otherListing])).data.registerExhibitor.fieldErrors[0]).toMatchObject({ field: 'listingIds', code: 'LISTING_NOT_SHOWABLE' });
    expect((await reg(c.seller, ids.org, [ids.draftListing])).data.registerExhibitor.fieldErrors[0]).toMatchObject({ field: 'listingIds', code: 'LISTING_NOT_SHOWABLE' });
    expect((await reg(c.seller, ids.org, [])).data.registerExhibitor.fieldErrors[0]).toMatchObject({ field: 'listingIds', code: 'REQUIRED' });
    const registered = (await reg(c.seller, ids.org, [ids.listing, ids.listing2])).data.registerExhibitor;
    expect(registered).toMatchObject({ __typename: 'EventExhibitor', status: 'PENDING' });
    ids.exhibitor = registered.id;
    expect((await reg(c.colleague, ids.org, [ids.listing])).data.registerExhibitor.fieldErrors[0]).toMatchObject({ field: 'organisationId', code: 'ALREADY_REGISTERED' });
    // Pending exhibitors are not shown to the public.
    expect((await c.visitor.request(EVENT_PAGE, { slug })).data.event.exhibitors.nodes).toEqual([]);

    expect((await c.seller.request(DECIDE, { id: ids.exhibitor, a: true })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await c.moderator.request(DECIDE, { id: ids.exhibitor, a: true })).data.decideExhibitor.status).toBe('APPROVED');
    const told = await api.db.prisma.notification.findMany({ where: { type: 'exhibitor.decided' } });
    expect(told.map((n) => n.userId).sort()).toHaveLength(2);
    const page = (await c.visitor.request(EVENT_PAGE, { slug })).data.event;
    expect(page.exhibitors.nodes).toMatchObject([{ status: 'APPROVED', organisation: { name: 'Công ty Cổ phần Cơ khí Xây dựng Long An' } }]);
    expect(page.exhibitors.nodes[0].listings.map((l: { title: string }) => l.title).sort()).toEqual(['Máy sấy nông sản', 'Thanh giằng băng tải lắp ghép']);
  });

  it('let exhibitors open slots inside the event that never overlap', async () => {
    const at = (h: number) => new Date(START.getTime() + h * HOUR).toISOString();
    expect((await c.buyer.request(OPEN, { id: ids.exhibitor, input: { startsAt: at(9), endsAt: at(10), minutes: 30 } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const outside = (await c.seller.request(OPEN, { id: ids.exhibitor, input: { startsAt: at(6), endsAt: at(9), minutes: 30 } })).data.openSlots;
    expect(outside.fieldErrors[0]).toMatchObject({ field: 'startsAt', code: 'SLOT_OUTSIDE_EVENT' });
    const tooShort = (await c.seller.request(OPEN, { id: ids.exhibitor, input: { startsAt: at(9), endsAt: at(10), minutes: 5 } })).data.openSlots;
    expect(tooShort.fieldErrors[0]).toMatchObject({ field: 'minutes', code: 'TOO_SMALL' });
    const opened = (await c.seller.request(OPEN, { id: ids.exhibitor, input: { startsAt: at(9), endsAt: at(11), minutes: 30 } })).data.openSlots;
    expect(opened.slots.map((s: { startsAt: string }) => s.startsAt)).toEqual([at(9), at(9.5), at(10), at(10.5)]);
    const overlap = (await c.colleague.request(OPEN, { id: ids.exhibitor, input: { startsAt: at(10.75), endsAt: at(11.75), minutes: 60 } })).data.openSlots;
    expect(overlap.fieldErrors[0]).toMatchObject({ field: 'startsAt', code: 'SLOT_OVERLAP', message: 'Khung giờ trùng với một khung giờ đã mở.' });
    // Two overlapping openings at once: the exhibitor's row lock lets one in.
    const race = await Promise.all([
      c.seller.request(OPEN, { id: ids.exhibitor, input: { startsAt: at(13), endsAt: at(14), minutes: 60 } }),
      c.colleague.request(OPEN, { id: ids.exhibitor, input: { startsAt: at(13.5), endsAt: at(14.5), minutes: 60 } }),
    ]);
    expect(race.map((r) => r.data.openSlots.__typename).sort()).toEqual(['EventExhibitor', 'InputError']);
    // Touching ends do not overlap.
    const after = (await c.colleague.request(OPEN, { id: ids.exhibitor, input: { startsAt: at(11), endsAt: at(12), minutes: 60 } })).data.openSlots;
    expect(after.slots).toHaveLength(6);
    const last = after.slots.at(-1).id;
    expect((await c.buyer.request(REMOVE, { id: last })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await c.seller.request(REMOVE, { id: last })).data.removeSlot.slots).toHaveLength(5);
  });
});

describe('B2B meetings', () => {
  const slots = async () => (await c.buyer.request(EVENT_PAGE, { slug })).data.event.exhibitors.nodes[0].slots as { id: string; free: boolean; requestedByMe: boolean }[];
  const MESSAGE = 'Chúng tôi muốn xem thanh giằng cho 3 tuyến băng tải.';

  it('are asked for by signed-in buyers outside the exhibitor, and the exhibitor is told', async () => {
    const [slot] = await slots();
    expect((await c.visitor.request(REQUEST, { slot: slot!.id, m: MESSAGE })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await c.colleague.request(REQUEST, { slot: slot!.id, m: MESSAGE })).data.requestMeeting.code).toBe('OWN_EXHIBITOR');
    expect((await c.buyer.request(REQUEST, { slot: slot!.id, m: 'ngắn' })).data.requestMeeting.fieldErrors[0]).toMatchObject({ field: 'message', code: 'TOO_SHORT' });
    const askedRes = await c.buyer.request(REQUEST, { slot: slot!.id, m: MESSAGE });
    const asked = askedRes.data.requestMeeting;
    expect(asked).toMatchObject({ __typename: 'Meeting', status: 'REQUESTED', mySide: 'REQUESTER', calendarPath: null });
    expect((await c.buyer.request(REQUEST, { slot: slot!.id, m: MESSAGE })).data.requestMeeting.fieldErrors[0].code).toBe('ALREADY_REQUESTED');
    expect((await slots())[0]).toMatchObject({ free: true, requestedByMe: true });
    const told = await api.db.prisma.notification.findMany({ where: { type: 'meeting.requested' } });
    expect(told).toHaveLength(2); // the seller and the colleague
    // The buyer cannot confirm their own request: it is the exhibitor's turn.
    expect((await c.buyer.request(CONFIRM, { id: asked.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await c.stranger.request(CANCEL, { id: asked.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('hold one confirmed meeting per slot even when two confirmations race; both sides get the calendar file', async () => {
    const slot = (await slots())[1]!;
    const first = (await c.buyer.request(REQUEST, { slot: slot.id, m: MESSAGE })).data.requestMeeting;
    const second = (await c.buyer2.request(REQUEST, { slot: slot.id, m: 'Hợp tác xã cần máy sấy cho 20 tấn mỗi ngày.' })).data.requestMeeting;
    const race = await Promise.all([c.seller.request(CONFIRM, { id: first.id }), c.colleague.request(CONFIRM, { id: second.id })]);
    const answers = race.map((r) => r.data.confirmMeeting);
    expect(answers.map((a) => a.__typename).sort()).toEqual(['InputError', 'Meeting']);
    expect(answers.find((a) => a.__typename === 'InputError').code).toBe('SLOT_TAKEN');
    const rows = await api.db.prisma.meeting.findMany({ where: { slotId: slot.id } });
    expect(rows.filter((m) => m.status === 'CONFIRMED')).toHaveLength(1);
    expect(rows.filter((m) => m.status === 'DECLINED')).toHaveLength(1);
    // The database itself refuses a second confirmed meeting in the slot.
    const declined = rows.find((m) => m.status === 'DECLINED')!;
    await expect(api.db.prisma.meeting.update({ where: { id: declined.id }, data: { status: 'CONFIRMED' } })).rejects.toThrow(/Unique constraint/);
    expect((await slots())[1]!.free).toBe(false);

    const confirmed = answers.find((a) => a.__typename === 'Meeting');
    expect(confirmed.calendarPath).toBe(`/meetings/${confirmed.id}.ics`);
    const requester = confirmed.requesterName === 'Phạm Quốc Bảo' ? c.buyer : c.buyer2;
    const ics = (await requester.request(CALENDAR, { id: confirmed.id })).data.meetingCalendar as string;
    const vev = vevent(ics);
    expect(vev.get('UID')).toBe(`meeting-${confirmed.id}@tech-exchange`);
    expect(vev.get('DTSTART')).toBe(icsInstant(new Date(START.getTime() + 9.5 * HOUR))); // 09:30 in Vietnam
    expect(vev.get('SUMMARY')).toBe('Gặp B2B với Công ty Cổ phần Cơ khí Xây dựng Long An – Chợ công nghệ và thiết bị Tây Ninh 2027');
    expect(vev.get('LOCATION')).toBe(INPUT.place);
    expect((await c.seller.request(CALENDAR, { id: confirmed.id })).data.meetingCalendar).toContain('BEGIN:VCALENDAR');
    expect((await c.stranger.request(CALENDAR, { id: confirmed.id })).data.meetingCalendar).toBeNull();
    // Each side's e-mail carries it: the requester and both members of the exhibitor.
    const mails = await api.db.prisma.emailOutbox.findMany({ where: { attachments: { not: { equals: null } } } });
    expect(mails).toHaveLength(3);
    for (const mail of mails) expect((mail.attachments as { filename: string }[])[0]!.filename).toBe(`meeting-${confirmed.id}.ics`);
    // A slot with a confirmed meeting cannot be removed.
    expect((await c.seller.request(REMOVE, { id: slot.id })).data.removeSlot.fieldErrors[0].code).toBe('SLOT_IN_USE');
    // Either side may call it off; the slot is free again.
    expect((await c.seller.request(CANCEL, { id: confirmed.id })).data.cancelMeeting.status).toBe('CANCELLED');
    expect((await slots())[1]!.free).toBe(true);
    expect((await requester.request(CALENDAR, { id: confirmed.id })).data.meetingCalendar).toBeNull();
  });
});

describe('a cancelled event', () => {
  it('calls off its live meetings and tells both sides', async () => {
    const live = await api.db.prisma.meeting.findMany({ where: { status: { in: ['REQUESTED', 'CONFIRMED'] } } });
    expect(live.length).toBeGreaterThan(0);
    const before = await api.db.prisma.notification.count({ where: { type: 'meeting.declined', userId: ids.buyer } });
    const cancelled = (await c.moderator.request(`mutation($id: ID!) { cancelEvent(id: $id) { __typename ... on Event { status } } }`, { id: ids.event })).data.cancelEvent;
    expect(cancelled).toEqual({ __typename: 'Event', status: 'CANCELLED' });
    const after = await api.db.prisma.meeting.findMany({ where: { id: { in: live.map((m) => m.id) } } });
    expect(after.every((m) => m.status === 'CANCELLED')).toBe(true);
    expect(await api.db.prisma.notification.count({ where: { type: 'meeting.declined', userId: ids.buyer } })).toBe(before + live.filter((m) => m.requesterId === ids.buyer).length);
    // Gone from the public lists, and no new request can be made.
    expect((await c.visitor.request(EVENTS, { when: 'UPCOMING' })).data.events.nodes).toEqual([]);
    const slot = await api.db.prisma.meetingSlot.findFirstOrThrow({ where: { exhibitorId: ids.exhibitor }, orderBy: { startsAt: 'desc' } });
    expect((await c.buyer2.request(REQUEST, { slot: slot.id, m: 'Hợp tác xã cần máy sấy cho 20 tấn mỗi ngày.' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the figures of an event', () => {
  it('count exhibitors, listings, meetings and what followed between the parties after each held meeting (staff only)', async () => {
    const prisma = api.db.prisma;
    const ago = (days: number) => new Date(Date.now() - days * DAY);
    const event = await prisma.event.create({
      data: { slug: 'techfest-long-an-2023', titleVi: 'Techfest Long An 2023', descriptionVi: 'Ngày hội khởi nghiệp', startsAt: ago(30), endsAt: ago(29), place: 'Tân An', registrationDeadline: ago(40), status: 'PUBLISHED' },
    });
    const approved = await prisma.eventExhibitor.create({ data: { eventId: event.id, organisationId: ids.org, status: 'APPROVED', listings: { create: [{ listingId: ids.listing }, { listingId: ids.listing2 }] } } });
    await prisma.eventExhibitor.create({ data: { eventId: event.id, organisationId: ids.otherOrg, status: 'REJECTED', listings: { create: [{ listingId: ids.otherListing }] } } });
    const slot = (h: number) => prisma.meetingSlot.create({ data: { exhibitorId: approved.id, startsAt: new Date(ago(30).getTime() + h * HOUR), endsAt: new Date(ago(30).getTime() + (h + 1) * HOUR) } });
    const [s1, s2, s3] = [await slot(1), await slot(2), await slot(3)];
    const meeting = (slotId: string, requesterId: string, status: 'CONFIRMED' | 'REQUESTED' | 'DECLINED', requesterOrganisationId: string | null = null) =>
      prisma.meeting.create({ data: { slotId, exhibitorId: approved.id, requesterId, requesterOrganisationId, message: 'Gặp tại gian hàng', status } });
    await meeting(s1.id, ids.buyer, 'CONFIRMED', ids.buyerOrg);
    const buyer2 = await prisma.user.findFirstOrThrow({ where: { displayName: 'Võ Thị Lan' } });
    await meeting(s2.id, buyer2.id, 'DECLINED');
    await meeting(s3.id, buyer2.id, 'REQUESTED');
    const inquiry = (requesterId: string, createdAt: Date) =>
      prisma.inquiry.create({ data: { direction: 'INQUIRY', listingId: ids.listing, ownerOrganisationId: ids.org, requesterId, message: 'Xin báo giá', createdAt } });
    const after = await inquiry(ids.buyer, ago(20));
    await inquiry(ids.buyer, ago(31)); // before the meeting: not what followed it
    await inquiry(buyer2.id, ago(20)); // buyer2 held no meeting
    await prisma.deal.create({
      data: { inquiryId: after.id, listingId: ids.listing, sellerOrganisationId: ids.org, buyerUserId: ids.buyer, transferForm: 'STANDALONE_CONTRACT', valueVnd: 100_000_000n, signedOn: ago(10), recordedById: ids.buyer, surveyDueAt: ago(-100), createdAt: ago(10) },
    });

    expect((await c.seller.request(FIGURES, { id: event.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await c.moderator.request(FIGURES, { id: event.id })).data.eventFigures).toEqual({
      exhibitors: 1, listingsShown: 2, meetingsRequested: 3, meetingsHeld: 1, inquiriesAfter: 1, dealsAfter: 1,
    });
    expect((await c.visitor.request(EVENTS, { when: 'PAST' })).data.events.nodes).toEqual([{ slug: 'techfest-long-an-2023' }]);
  });
});
