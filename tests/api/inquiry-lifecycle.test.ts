// An inquiry's life through the API: opening with field-level errors in both languages, the owner's first answer,
// the NDA both sides accept (and the confidential dossier it opens to that buyer only), decline with a reason,
// withdrawal, every refused move (wrong person, wrong side, wrong state) changing nothing, and the notifications
// each move sends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';
import { CURRENT_NDA, ndaHash } from '../../server/modules/inquiry/nda-texts.ts';

const INQUIRY = `id status direction mySide actions listingTitle message intendedUse requesterName requesterOrganisationName
  ownerOrganisation { name } requesterOrganisation { name }
  messages { nodes { side authorName body attachments { name } } }
  nda { version title textHash } ndaRequestedAt ndaAcceptances { side acceptedByName version textHash }
  decline { reason note side } closedAt`;
const RESULT = `__typename ... on Inquiry { ${INQUIRY} } ... on InputError { code message fieldErrors { field code message } }`;
const OPEN = `mutation($input: OpenInquiryInput!) { openInquiry(input: $input) { ${RESULT} } }`;
const REPLY = `mutation($id: ID!, $body: String!) { replyToInquiry(id: $id, body: $body) { ${RESULT} } }`;
const REQUEST_NDA = `mutation($id: ID!) { requestNda(id: $id) { ${RESULT} } }`;
const ACCEPT_NDA = `mutation($id: ID!, $v: Int!) { acceptNda(id: $id, version: $v) { ${RESULT} } }`;
const DECLINE = `mutation($id: ID!, $input: DeclineInput!) { declineInquiry(id: $id, input: $input) { ${RESULT} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawInquiry(id: $id) { ${RESULT} } }`;
const GET = `query($id: ID!) { inquiry(id: $id) { ${INQUIRY} } }`;
const LISTING = `query($id: ID!) { listingById(id: $id) { dossier dossierVi canInquire myInquiry { id status } } }`;
const RECORD = `mutation($id: ID!, $input: DealInput!) { recordDeal(inquiryId: $id, input: $input) { __typename ... on InputError { code } } }`;

const DEAL = {
  transferObjects: ['KNOW_HOW'], transferForm: 'STANDALONE_CONTRACT', transferModes: ['DOCUMENTS'],
  rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Tỉnh Tây Ninh', sublicensing: false },
  valueVnd: 150_000_000, signedOn: '2024-05-02', crossBorder: false, stateFunded: false,
};
const ASK = {
  message: 'Chúng tôi muốn tìm hiểu quy trình bảo quản thanh long cho kho lạnh 20 tấn của hợp tác xã.',
  intendedUse: 'Bảo quản thanh long xuất khẩu đường biển',
  organisationName: 'Hợp tác xã Nông nghiệp Châu Thành',
};

let api: ApiApp;
let owner: GraphQLClient;
let editor: GraphQLClient;
let buyer: GraphQLClient;
let otherBuyer: GraphQLClient;
let moderator: GraphQLClient;
let visitor: GraphQLClient;
const ids = {} as Record<'org' | 'listing' | 'draft' | 'owner' | 'editor' | 'buyer' | 'otherBuyer' | 'buyerOrg', string>;

beforeAll(async () => {
  api = await startApi();
  const prisma = api.db.prisma;
  const org = await createOrganisation(prisma, { nameVi: 'Công ty Cơ khí Long An' });
  const buyerOrg = await createOrganisation(prisma, { nameVi: 'Hợp tác xã Thanh long Tầm Vu' });
  const users = {
    owner: await createUser(prisma, { displayName: 'Trần Văn Minh' }),
    editor: await createUser(prisma, { displayName: 'Lê Thị Hân' }),
    buyer: await createUser(prisma, { displayName: 'Phạm Quốc Bảo' }),
    otherBuyer: await createUser(prisma, { displayName: 'Nguyễn Văn Tư' }),
    moderator: await createUser(prisma, { role: 'MODERATOR' }),
  };
  await addMember(prisma, users.owner.id, org.id, 'OWNER');
  await addMember(prisma, users.editor.id, org.id, 'EDITOR');
  await addMember(prisma, users.buyer.id, buyerOrg.id, 'OWNER');
  Object.assign(ids, {
    org: org.id, buyerOrg: buyerOrg.id, owner: users.owner.id, editor: users.editor.id, buyer: users.buyer.id, otherBuyer: users.otherBuyer.id,
    listing: (await createListing(prisma, org.id, { dossierVi: 'Bản vẽ **chi tiết** <script>alert(1)</script>', dossierEn: 'Detailed drawings' })).id,
    draft: (await createListing(prisma, org.id, { status: 'DRAFT', publishedAt: null })).id,
  });
  [owner, editor, buyer, otherBuyer, moderator, visitor] = await Promise.all([
    api.as(users.owner.email), api.as(users.editor.email), api.as(users.buyer.email), api.as(users.otherBuyer.email), api.as(users.moderator.email), api.as(null),
  ]);
});
afterAll(() => api.close());

async function open(client: GraphQLClient, input: Record<string, unknown> = {}) {
  const res = await client.request(OPEN, { input: { listingId: ids.listing, ...ASK, ...input } });
  expect(res.errors).toBeUndefined();
  return res.data.openInquiry;
}

async function opened(client = buyer, input: Record<string, unknown> = {}): Promise<string> {
  const inquiry = await open(client, input);
  expect(inquiry).toMatchObject({ __typename: 'Inquiry', status: 'OPEN' });
  return inquiry.id;
}

async function inDiscussion(): Promise<string> {
  const id = await opened();
  expect((await owner.request(REPLY, { id, body: 'Chào anh, công ty có thể chuyển giao.' })).data.replyToInquiry.status).toBe('IN_DISCUSSION');
  return id;
}

async function status(id: string) {
  return (await api.db.prisma.inquiry.findUniqueOrThrow({ where: { id } })).status;
}

/** Everything a refused move could have touched. */
async function snapshot(id: string) {
  const p = api.db.prisma;
  return JSON.stringify(
    await Promise.all([
      p.inquiry.findUnique({ where: { id } }),
      p.inquiryMessage.count({ where: { inquiryId: id } }),
      p.ndaAcceptance.count({ where: { inquiryId: id } }),
      p.deal.count({ where: { inquiryId: id } }),
      p.auditEvent.count({ where: { entityId: id } }),
      p.notification.count(),
    ]),
  );
}

async function notificationsOf(userId: string, type: string) {
  return api.db.prisma.notification.findMany({ where: { userId, type }, orderBy: { createdAt: 'asc' } });
}

function english(client: GraphQLClient) {
  client.cookies.set('lang', 'en');
  return client;
}

describe('opening an inquiry', () => {
  it('says what is missing, field by field, in Vietnamese and in English', async () => {
    const input = { listingId: ids.listing, message: 'Ngắn quá', intendedUse: ' ', organisationName: '' };
    const vi = (await buyer.request(OPEN, { input })).data.openInquiry;
    expect(vi.code).toBe('VALIDATION');
    expect(vi.fieldErrors).toEqual([
      { field: 'message', code: 'TOO_SHORT', message: 'Nội dung yêu cầu cần ít nhất 20 ký tự.' },
      { field: 'intendedUse', code: 'REQUIRED', message: 'Vui lòng nhập mục đích sử dụng.' },
      { field: 'organisationName', code: 'REQUIRED', message: 'Vui lòng nhập tên tổ chức.' },
    ]);
    const en = english(await api.as((await api.db.prisma.user.findUniqueOrThrow({ where: { id: ids.otherBuyer } })).email));
    const res = (await en.request(OPEN, { input })).data.openInquiry;
    expect(res.message).toBe('Please check the highlighted fields.');
    expect(res.fieldErrors.map((e: { message: string }) => e.message)).toEqual([
      'Message needs at least 20 characters.',
      'Please enter intended use.',
      'Please enter organisation name.',
    ]);
    expect(await api.db.prisma.inquiry.count()).toBe(0);
  });

  it('refuses visitors, the listing’s own organisation, invisible listings and organisations the buyer is not in', async () => {
    const input = { listingId: ids.listing, ...ASK };
    expect((await visitor.request(OPEN, { input })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await editor.request(OPEN, { input })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await buyer.request(OPEN, { input: { ...input, listingId: ids.draft } })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const notMine = (await otherBuyer.request(OPEN, { input: { ...input, organisationId: ids.buyerOrg } })).data.openInquiry;
    expect(notMine.fieldErrors).toEqual([{ field: 'organisationId', code: 'NOT_A_MEMBER', message: 'Bạn không phải là thành viên của tổ chức này.' }]);
    expect(await api.db.prisma.inquiry.count()).toBe(0);
  });

  it('opens on a published offer, tells every member of the organisation, and allows one ongoing inquiry at a time', async () => {
    const inquiry = await open(buyer, { organisationId: ids.buyerOrg, organisationName: 'ignored' });
    expect(inquiry).toMatchObject({
      status: 'OPEN', direction: 'INQUIRY', mySide: 'REQUESTER', actions: ['REPLY', 'WITHDRAW'], requesterName: 'Phạm Quốc Bảo',
      requesterOrganisation: { name: 'Hợp tác xã Thanh long Tầm Vu' }, requesterOrganisationName: null, ownerOrganisation: { name: 'Công ty Cơ khí Long An' },
    });
    for (const member of [ids.owner, ids.editor]) {
      const [note] = await notificationsOf(member, 'inquiry.new');
      expect(note.link).toBe(`/inquiries/${inquiry.id}`);
      expect(note.data).toMatchObject({ inquiryId: inquiry.id, fromName: 'Phạm Quốc Bảo', fromOrganisation: 'Hợp tác xã Thanh long Tầm Vu', kind: 'inquiry' });
      expect((note.data as { listingTitle: string }).listingTitle).toMatch(/^Công nghệ bảo quản thanh long/);
    }
    expect(await notificationsOf(ids.buyer, 'inquiry.new')).toHaveLength(0);
    const again = await open(buyer);
    expect(again).toMatchObject({ __typename: 'InputError', code: 'INQUIRY_EXISTS' });
    const listing = (await buyer.request(LISTING, { id: ids.listing })).data.listingById;
    expect(listing).toMatchObject({ canInquire: false, myInquiry: { id: inquiry.id, status: 'OPEN' } });
    expect((await owner.request(LISTING, { id: ids.listing })).data.listingById.canInquire).toBe(false);
    expect((await buyer.request(WITHDRAW, { id: inquiry.id })).data.withdrawInquiry.status).toBe('WITHDRAWN');
    expect((await buyer.request(LISTING, { id: ids.listing })).data.listingById.canInquire).toBe(true);
  });

  it('shows an inquiry to its two sides and the department only', async () => {
    const id = await opened();
    expect((await owner.request(GET, { id })).data.inquiry).toMatchObject({ mySide: 'OWNER', actions: ['REPLY', 'DECLINE'] });
    expect((await moderator.request(GET, { id })).data.inquiry).toMatchObject({ mySide: null, actions: [] });
    expect((await otherBuyer.request(GET, { id })).data.inquiry).toBeNull();
    expect((await visitor.request(GET, { id })).data.inquiry).toBeNull();
    await buyer.request(WITHDRAW, { id });
  });
});

describe('moves', () => {
  it('keeps a requester’s own message OPEN; the owner side’s first answer opens the discussion and tells the buyer', async () => {
    const id = await opened();
    const own = (await buyer.request(REPLY, { id, body: 'Bổ sung: kho lạnh ở Châu Thành.' })).data.replyToInquiry;
    expect(own.status).toBe('OPEN');
    expect((await notificationsOf(ids.owner, 'inquiry.reply')).at(-1)?.data).toMatchObject({ inquiryId: id, excerpt: 'Bổ sung: kho lạnh ở Châu Thành.' });
    const answered = (await editor.request(REPLY, { id, body: 'Chào anh, chúng tôi gửi báo giá sơ bộ.' })).data.replyToInquiry;
    expect(answered.status).toBe('IN_DISCUSSION');
    expect(answered.messages.nodes).toEqual([
      { side: 'REQUESTER', authorName: 'Phạm Quốc Bảo', body: 'Bổ sung: kho lạnh ở Châu Thành.', attachments: [] },
      { side: 'OWNER', authorName: 'Lê Thị Hân', body: 'Chào anh, chúng tôi gửi báo giá sơ bộ.', attachments: [] },
    ]);
    expect((await notificationsOf(ids.buyer, 'inquiry.reply')).at(-1)?.data).toMatchObject({ fromName: 'Lê Thị Hân' });
    // the author is not told about their own message
    expect((await notificationsOf(ids.editor, 'inquiry.reply')).some((n) => (n.data as { excerpt: string }).excerpt.startsWith('Chào anh'))).toBe(false);
    const actions = await api.db.prisma.auditEvent.findMany({ where: { entityId: id }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(['inquiry.open', 'inquiry.reply', 'inquiry.discuss']);
    expect((await buyer.request(REPLY, { id, body: '   ' })).data.replyToInquiry.fieldErrors).toEqual([
      { field: 'body', code: 'REQUIRED', message: 'Vui lòng nhập nội dung tin nhắn.' },
    ]);
    await buyer.request(WITHDRAW, { id });
  });

  it('asks for the NDA, and opens the dossier to this buyer only once both sides accepted the version asked for', async () => {
    const id = await inDiscussion();
    const seeDossier = async (c: GraphQLClient) => (await c.request(LISTING, { id: ids.listing })).data.listingById?.dossier ?? null;
    expect(await seeDossier(buyer)).toBeNull();
    expect(await seeDossier(owner)).toContain('<strong>chi tiết</strong>');
    expect(await seeDossier(owner)).not.toContain('<script>');
    expect((await buyer.request(LISTING, { id: ids.listing })).data.listingById.dossierVi).toBeNull();

    const asked = (await buyer.request(REQUEST_NDA, { id })).data.requestNda;
    expect(asked).toMatchObject({ status: 'NDA_REQUESTED', nda: { version: CURRENT_NDA.version, textHash: ndaHash(CURRENT_NDA) }, actions: ['REPLY', 'ACCEPT_NDA', 'WITHDRAW'] });
    expect((await notificationsOf(ids.owner, 'inquiry.ndaRequested')).map((n) => (n.data as { inquiryId: string }).inquiryId)).toContain(id);
    expect((await owner.request(REQUEST_NDA, { id })).data.requestNda.code).toBe('INVALID_TRANSITION');

    const stale = (await buyer.request(ACCEPT_NDA, { id, v: CURRENT_NDA.version + 1 })).data.acceptNda;
    expect(stale.fieldErrors[0]).toMatchObject({ field: 'version', code: 'NDA_VERSION_CHANGED' });
    const half = (await buyer.request(ACCEPT_NDA, { id, v: CURRENT_NDA.version })).data.acceptNda;
    expect(half).toMatchObject({ status: 'NDA_REQUESTED', actions: ['REPLY', 'WITHDRAW'] });
    expect((await buyer.request(ACCEPT_NDA, { id, v: CURRENT_NDA.version })).data.acceptNda.code).toBe('INVALID_TRANSITION');
    expect(await seeDossier(buyer)).toBeNull();

    const both = (await owner.request(ACCEPT_NDA, { id, v: CURRENT_NDA.version })).data.acceptNda;
    expect(both.status).toBe('NDA_ACCEPTED');
    expect(both.ndaAcceptances).toEqual([
      { side: 'REQUESTER', acceptedByName: 'Phạm Quốc Bảo', version: CURRENT_NDA.version, textHash: ndaHash(CURRENT_NDA) },
      { side: 'OWNER', acceptedByName: 'Trần Văn Minh', version: CURRENT_NDA.version, textHash: ndaHash(CURRENT_NDA) },
    ]);
    const rows = await api.db.prisma.ndaAcceptance.findMany({ where: { inquiryId: id } });
    expect(rows.map((r) => [r.side, r.userId]).sort()).toEqual([['OWNER', ids.owner], ['REQUESTER', ids.buyer]].sort());
    expect(rows.every((r) => r.acceptedAt instanceof Date)).toBe(true);
    for (const user of [ids.buyer, ids.editor]) {
      expect((await notificationsOf(user, 'inquiry.statusChanged')).at(-1)?.data).toMatchObject({ inquiryId: id, status: 'NDA_ACCEPTED' });
    }

    expect(await seeDossier(buyer)).toContain('<strong>chi tiết</strong>');
    expect(await seeDossier(english(await api.as((await api.db.prisma.user.findUniqueOrThrow({ where: { id: ids.buyer } })).email)))).toContain('Detailed drawings');
    expect(await seeDossier(otherBuyer)).toBeNull();
    expect(await seeDossier(visitor)).toBeNull();
    expect(await seeDossier(moderator)).toContain('chi tiết');
    // The dossier is the organisation's to edit, not the buyer's to read as source.
    expect((await buyer.request(LISTING, { id: ids.listing })).data.listingById.dossierVi).toBeNull();
    await buyer.request(WITHDRAW, { id });
  });

  it('lets the owner side decline with a reason the requester sees; OTHER needs a note', async () => {
    const id = await inDiscussion();
    const noNote = (await owner.request(DECLINE, { id, input: { reason: 'OTHER' } })).data.declineInquiry;
    expect(noNote.fieldErrors).toEqual([{ field: 'note', code: 'REQUIRED', message: 'Vui lòng nhập ghi chú.' }]);
    const noNoteEn = (await english(owner).request(DECLINE, { id, input: { reason: 'OTHER', note: '  ' } })).data.declineInquiry;
    owner.cookies.delete('lang');
    expect(noNoteEn.fieldErrors[0].message).toBe('Please enter note.');
    expect(await status(id)).toBe('IN_DISCUSSION');
    const declined = (await owner.request(DECLINE, { id, input: { reason: 'PRICE', note: 'Ngân sách thấp hơn giá chuyển giao.' } })).data.declineInquiry;
    expect(declined).toMatchObject({ status: 'DECLINED', decline: { reason: 'PRICE', note: 'Ngân sách thấp hơn giá chuyển giao.', side: 'OWNER' }, actions: [] });
    expect(declined.closedAt).not.toBeNull();
    expect((await buyer.request(GET, { id })).data.inquiry.decline).toEqual({ reason: 'PRICE', note: 'Ngân sách thấp hơn giá chuyển giao.', side: 'OWNER' });
    expect((await notificationsOf(ids.buyer, 'inquiry.statusChanged')).at(-1)?.data).toMatchObject({ inquiryId: id, status: 'DECLINED', reason: 'PRICE' });
  });

  it('lets the requester withdraw from every state that is not final, and tells the owner side', async () => {
    for (const reach of [opened, inDiscussion, async () => {
      const id = await inDiscussion();
      await owner.request(REQUEST_NDA, { id });
      return id;
    }, async () => {
      const id = await inDiscussion();
      await owner.request(REQUEST_NDA, { id });
      await owner.request(ACCEPT_NDA, { id, v: CURRENT_NDA.version });
      await buyer.request(ACCEPT_NDA, { id, v: CURRENT_NDA.version });
      expect(await status(id)).toBe('NDA_ACCEPTED');
      return id;
    }]) {
      const id = await reach();
      expect((await buyer.request(WITHDRAW, { id })).data.withdrawInquiry.status).toBe('WITHDRAWN');
      expect((await notificationsOf(ids.owner, 'inquiry.statusChanged')).at(-1)?.data).toMatchObject({ inquiryId: id, status: 'WITHDRAWN' });
    }
  });
});

describe('refused moves change nothing', () => {
  it('refuses people who are not a party (FORBIDDEN), staff included, and unknown inquiries (NOT_FOUND)', async () => {
    const id = await inDiscussion();
    const before = await snapshot(id);
    const calls: [string, Record<string, unknown>][] = [
      [REPLY, { id, body: 'Xin chào' }], [REQUEST_NDA, { id }], [ACCEPT_NDA, { id, v: 1 }],
      [DECLINE, { id, input: { reason: 'PRICE' } }], [WITHDRAW, { id }], [RECORD, { id, input: DEAL }],
    ];
    for (const [query, variables] of calls) {
      expect((await otherBuyer.request(query, variables)).errors?.[0].extensions?.code, query).toBe('FORBIDDEN');
      expect((await moderator.request(query, variables)).errors?.[0].extensions?.code, query).toBe('FORBIDDEN');
      expect((await visitor.request(query, variables)).errors?.[0].extensions?.code, query).toBe('UNAUTHENTICATED');
      const unknown = { ...variables, id: '00000000-0000-4000-8000-000000000000' };
      expect((await buyer.request(query, unknown)).errors?.[0].extensions?.code, query).toBe('NOT_FOUND');
    }
    expect(await snapshot(id)).toBe(before);
    await buyer.request(WITHDRAW, { id });
  });

  it('refuses a side the move is not for (FORBIDDEN): the requester agrees or declines, the owner withdraws', async () => {
    const id = await inDiscussion();
    const before = await snapshot(id);
    expect((await buyer.request(RECORD, { id, input: DEAL })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await buyer.request(DECLINE, { id, input: { reason: 'PRICE' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await owner.request(WITHDRAW, { id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await editor.request(WITHDRAW, { id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot(id)).toBe(before);
    await buyer.request(WITHDRAW, { id });
  });

  it('refuses moves the state does not allow (INVALID_TRANSITION)', async () => {
    const refusedIn = async (id: string, calls: [GraphQLClient, string, Record<string, unknown>, string][]) => {
      const before = await snapshot(id);
      for (const [client, query, variables, field] of calls) {
        const res = await client.request(query, variables);
        expect(res.data[field], `${field} in ${await status(id)}`).toMatchObject({ __typename: 'InputError', code: 'INVALID_TRANSITION' });
      }
      expect(await snapshot(id)).toBe(before);
    };
    const open = await opened();
    await refusedIn(open, [
      [buyer, REQUEST_NDA, { id: open }, 'requestNda'], [owner, REQUEST_NDA, { id: open }, 'requestNda'],
      [owner, ACCEPT_NDA, { id: open, v: 1 }, 'acceptNda'], [owner, RECORD, { id: open, input: DEAL }, 'recordDeal'],
    ]);
    await buyer.request(WITHDRAW, { id: open });

    const talking = await inDiscussion();
    await refusedIn(talking, [[buyer, ACCEPT_NDA, { id: talking, v: 1 }, 'acceptNda']]);
    await buyer.request(REQUEST_NDA, { id: talking });
    await refusedIn(talking, [[owner, RECORD, { id: talking, input: DEAL }, 'recordDeal'], [buyer, REQUEST_NDA, { id: talking }, 'requestNda']]);
    await buyer.request(WITHDRAW, { id: talking });

    for (const final of ['DECLINED', 'WITHDRAWN'] as const) {
      const id = await inDiscussion();
      if (final === 'DECLINED') await owner.request(DECLINE, { id, input: { reason: 'NOT_A_FIT' } });
      else await buyer.request(WITHDRAW, { id });
      expect(await status(id)).toBe(final);
      await refusedIn(id, [
        [buyer, REPLY, { id, body: 'Còn trao đổi được không?' }, 'replyToInquiry'], [owner, REPLY, { id, body: 'Có' }, 'replyToInquiry'],
        [buyer, REQUEST_NDA, { id }, 'requestNda'], [owner, ACCEPT_NDA, { id, v: 1 }, 'acceptNda'],
        [owner, DECLINE, { id, input: { reason: 'PRICE' } }, 'declineInquiry'], [buyer, WITHDRAW, { id }, 'withdrawInquiry'],
        [owner, RECORD, { id, input: DEAL }, 'recordDeal'],
      ]);
    }
  });

  it('lets only one of two simultaneous final moves win', async () => {
    const id = await inDiscussion();
    const [declined, withdrawn] = await Promise.all([
      owner.request(DECLINE, { id, input: { reason: 'TOO_EARLY' } }),
      buyer.request(WITHDRAW, { id }),
    ]);
    const outcomes = [declined.data.declineInquiry, withdrawn.data.withdrawInquiry];
    expect(outcomes.filter((o) => o.__typename === 'Inquiry')).toHaveLength(1);
    expect(outcomes.filter((o) => o.code === 'INVALID_TRANSITION')).toHaveLength(1);
    expect(await api.db.prisma.auditEvent.count({ where: { entityId: id, action: { in: ['inquiry.decline', 'inquiry.withdraw'] } } })).toBe(1);
  });

  it('moves to NDA_ACCEPTED once when both sides accept at the same moment', async () => {
    const id = await inDiscussion();
    await owner.request(REQUEST_NDA, { id });
    await Promise.all([owner.request(ACCEPT_NDA, { id, v: 1 }), buyer.request(ACCEPT_NDA, { id, v: 1 })]);
    expect(await status(id)).toBe('NDA_ACCEPTED');
    expect(await api.db.prisma.ndaAcceptance.count({ where: { inquiryId: id } })).toBe(2);
    expect(await api.db.prisma.auditEvent.count({ where: { entityId: id, action: 'inquiry.ndaAccepted' } })).toBe(1);
    await buyer.request(WITHDRAW, { id });
  });
});

describe('lists', () => {
  it('pages the caller’s inquiries and an organisation’s, for its members only', async () => {
    const MINE = `query($after: String, $status: InquiryStatus) { myInquiries(first: 2, after: $after, status: $status) { nodes { id status } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = (await buyer.request(MINE, { after })).data.myInquiries;
      seen.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const all = await api.db.prisma.inquiry.findMany({ where: { requesterId: ids.buyer }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }] });
    expect(seen).toEqual(all.map((i) => i.id));
    const declined = (await buyer.request(MINE, { status: 'DECLINED' })).data.myInquiries.nodes;
    expect(declined.length).toBeGreaterThan(0);
    expect(declined.every((n: { status: string }) => n.status === 'DECLINED')).toBe(true);

    const ORG = `query($org: ID!) { organisationInquiries(organisationId: $org, first: 100) { nodes { id } pageInfo { hasNextPage } } }`;
    expect((await editor.request(ORG, { org: ids.org })).data.organisationInquiries.nodes).toHaveLength(all.length);
    expect((await moderator.request(ORG, { org: ids.org })).data.organisationInquiries.nodes).toHaveLength(all.length);
    expect((await otherBuyer.request(ORG, { org: ids.org })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await buyer.request(ORG, { org: ids.org })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asRequester = `query($org: ID!) { organisationInquiries(organisationId: $org, side: REQUESTER, first: 100) { nodes { id } } }`;
    expect((await buyer.request(asRequester, { org: ids.buyerOrg })).data.organisationInquiries.nodes.length).toBeGreaterThan(0);
  });

  it('serves the current NDA text in the caller’s language', async () => {
    const Q = `{ ndaVersion { version title bodyHtml textHash } }`;
    const vi = (await visitor.request(Q)).data.ndaVersion;
    expect(vi).toMatchObject({ version: CURRENT_NDA.version, title: CURRENT_NDA.titleVi, textHash: ndaHash(CURRENT_NDA) });
    expect(vi.bodyHtml).toContain('Luật Chuyển giao công nghệ năm 2017');
    expect((await english(await api.as(null)).request(Q)).data.ndaVersion.title).toBe('Mutual non-disclosure agreement');
  });
});
