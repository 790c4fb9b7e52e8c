// Consent and personal data (Law on Personal Data Protection 91/2025/QH15, Decree 356/2025/NĐ-CP) through the API:
// sign-up records the acceptance of both legal documents by version, a new version is pending until accepted, a
// person downloads what the platform holds about them (and nobody else's), and deleting an account erases the
// person while the deal and the audit trail the department keeps stay; requests carry due dates in working days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { PASSWORD, startApi, type ApiApp } from '../support/api-app.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { addWorkingDays } from '../../server/modules/privacy/working-days.ts';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) {
  __typename ... on AuthSuccess { user { id email } } ... on InputError { code fieldErrors { field code message } } } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename ... on InputError { code } } }`;
const ME = `{ me { id email pendingConsents { document version title changes current } consents { document version acceptedAt }
  dataRequests { nodes { kind status dueAt overdue note blockedBy } } } }`;
const ACCEPT = `mutation($input: AcceptLegalDocumentsInput!) { acceptLegalDocuments(input: $input) {
  __typename ... on LegalDocumentsAccepted { pendingConsents { document version } } ... on InputError { code fieldErrors { field code message } } } }`;
const EXPORT = `mutation { exportMyData { fileName json request { kind status completedAt } } }`;
const DELETE = `mutation($p: String!) { requestAccountDeletion(input: { password: $p }) {
  __typename ... on DataRequest { id kind status dueAt createdAt blockedBy } ... on InputError { code fieldErrors { field code message } } } }`;
const REQUESTS = `query($s: DataRequestStatus) { dataRequests(status: $s) { nodes { id kind status overdue dueAt note blockedBy person { email displayName deleted } } } }`;
const ANSWER = `mutation($input: AnswerDataRequestInput!) { answerDataRequest(input: $input) {
  __typename ... on DataRequest { status note completedAt } ... on InputError { code fieldErrors { field code message } } } }`;
const DOCUMENT = `query($d: LegalDocumentKind!, $v: String) { legalDocument(document: $d, version: $v) { version effectiveOn title html current } }`;
const OPEN = `mutation($input: OpenInquiryInput!) { openInquiry(input: $input) { __typename ... on Inquiry { id } ... on InputError { fieldErrors { field code } } } }`;
const REPLY = `mutation($id: ID!, $body: String!) { replyToInquiry(id: $id, body: $body) { __typename } }`;
const RECORD = `mutation($id: ID!, $input: DealInput!) { recordDeal(inquiryId: $id, input: $input) { __typename ... on Deal { id } ... on InputError { fieldErrors { field code } } } }`;
const DEAL = `query($id: ID!) { deal(id: $id) { id status valueVnd buyerName } }`;

const DEAL_TERMS = {
  transferObjects: ['KNOW_HOW'],
  transferForm: 'STANDALONE_CONTRACT',
  transferModes: ['DOCUMENTS'],
  rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Tây Ninh', sublicensing: false },
  valueVnd: 120_000_000,
  signedOn: '2026-11-20',
  crossBorder: false,
  stateFunded: false,
};
const WORKING_DAYS = 5;

let api: ApiApp;

beforeAll(async () => {
  api = await startApi({ PRIVACY_REQUEST_WORKING_DAYS: String(WORKING_DAYS) });
});
afterAll(() => api.close());

const newPerson = (email: string) => ({ email, password: PASSWORD, displayName: 'Lê Thị Hồng', locale: 'vi' });

describe('sign-up records consent', () => {
  it('refuses a sign-up without the acceptance, with a field error, and creates nothing', async () => {
    const before = await api.db.prisma.user.count();
    const res = await new GraphQLClient(api.app).request(SIGN_UP, { input: { ...newPerson('chua-dong-y@example.vn'), acceptTerms: false } });
    expect(res.data.signUp).toEqual({
      __typename: 'InputError',
      code: 'VALIDATION',
      fieldErrors: [{ field: 'acceptTerms', code: 'TERMS_NOT_ACCEPTED', message: 'Vui lòng đọc và đồng ý với Điều khoản sử dụng và Thông báo xử lý dữ liệu cá nhân.' }],
    });
    expect(res.setCookies.some((c) => c.startsWith('sid='))).toBe(false);
    expect(await api.db.prisma.user.count()).toBe(before);
  });

  it('records the accepted version of both documents with the account', async () => {
    const client = new GraphQLClient(api.app);
    const started = Date.now();
    const res = await client.request(SIGN_UP, { input: { ...newPerson('dong-y@example.vn'), acceptTerms: true } });
    expect(res.data.signUp.__typename).toBe('AuthSuccess');
    const rows = await api.db.prisma.consent.findMany({ where: { userId: res.data.signUp.user.id }, orderBy: { document: 'asc' } });
    expect(rows.map((r) => [r.document, r.version])).toEqual([['TERMS', '1'], ['PRIVACY', '1']]);
    for (const r of rows) expect(r.acceptedAt.getTime()).toBeGreaterThanOrEqual(started - 1000);
    const me = (await client.request(ME)).data.me;
    expect(me.pendingConsents).toEqual([]);
    expect(me.consents.map((c: { document: string }) => c.document).sort()).toEqual(['PRIVACY', 'TERMS']);
  });

  it('serves both documents by version, in the caller’s language, with the working days filled in', async () => {
    const client = new GraphQLClient(api.app);
    client.headers['accept-language'] = 'en';
    const privacy = (await client.request(DOCUMENT, { d: 'PRIVACY' })).data.legalDocument;
    expect(privacy).toMatchObject({ version: '1', effectiveOn: '2026-12-01', title: 'Privacy notice', current: true });
    expect(privacy.html).toContain(`${WORKING_DAYS} working days`);
    expect(privacy.html).not.toContain('{{');
    const terms = (await new GraphQLClient(api.app).request(DOCUMENT, { d: 'TERMS', v: '1' })).data.legalDocument;
    expect(terms.title).toBe('Điều khoản sử dụng');
    expect((await client.request(DOCUMENT, { d: 'TERMS', v: '99' })).data.legalDocument).toBeNull();
  });
});

describe('download of one’s data', () => {
  it('contains the person’s data and nobody else’s, and is recorded as a completed export request', async () => {
    const prisma = api.db.prisma;
    const org = await createOrganisation(prisma, { nameVi: 'Công ty TNHH Cơ khí Tân Phú' });
    const owner = await createUser(prisma, { displayName: 'Trần Văn Chủ', email: 'chu@example.vn' });
    await addMember(prisma, owner.id, org.id, 'OWNER');
    const listing = await createListing(prisma, org.id, { createdById: owner.id, titleVi: 'Máy sấy thanh long năng lượng mặt trời' });
    const me = await createUser(prisma, { displayName: 'Nguyễn Văn Xuất', email: 'xuat@example.vn', phone: '0912345678' });
    const other = await createUser(prisma, { displayName: 'Người Khác Hẳn', email: 'nguoi-khac@example.vn' });
    const mine = await api.as(me.email);
    const theirs = await api.as(other.email);
    await mine.request(OPEN, { input: { listingId: listing.id, message: 'Câu hỏi của tôi về máy sấy.', intendedUse: 'Sấy thanh long cho hợp tác xã', organisationName: 'HTX Xuất' } });
    await theirs.request(OPEN, { input: { listingId: listing.id, message: 'Câu hỏi bí mật của người khác.', intendedUse: 'Sấy thanh long cho hợp tác xã', organisationName: 'HTX Khác' } });
    await prisma.notification.create({ data: { userId: me.id, type: 'inquiry.reply', data: { title: 'thông báo của tôi' } } });
    await prisma.notification.create({ data: { userId: other.id, type: 'inquiry.reply', data: { title: 'thông báo của người khác' } } });

    const res = await mine.request(EXPORT);
    expect(res.errors).toBeUndefined();
    const out = res.data.exportMyData;
    expect(out.fileName).toMatch(/^du-lieu-ca-nhan-\d{4}-\d{2}-\d{2}\.json$/);
    expect(out.request).toMatchObject({ kind: 'EXPORT', status: 'COMPLETED' });
    const data = JSON.parse(out.json);
    expect(data.profile).toMatchObject({ id: me.id, email: 'xuat@example.vn', displayName: 'Nguyễn Văn Xuất', phone: '0912345678' });
    expect(data.profile.passwordHash).toBeUndefined();
    expect(data.consents.map((c: { document: string }) => c.document).sort()).toEqual(['PRIVACY', 'TERMS']);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.inquiries.map((i: { message: string }) => i.message)).toEqual(['Câu hỏi của tôi về máy sấy.']);
    expect(data.notifications).toHaveLength(1);
    expect(data.dataRequests).toEqual([expect.objectContaining({ kind: 'EXPORT', status: 'COMPLETED' })]);
    expect(data.auditEvents.some((e: { action: string }) => e.action === 'inquiry.open')).toBe(true);
    for (const foreign of ['nguoi-khac@example.vn', 'Người Khác Hẳn', 'bí mật của người khác', 'thông báo của người khác', other.id, 'chu@example.vn']) {
      expect(out.json).not.toContain(foreign);
    }
    expect(out.json).not.toContain('$argon2');
    const rows = await prisma.dataRequest.findMany({ where: { userId: me.id } });
    expect(rows).toEqual([expect.objectContaining({ kind: 'EXPORT', status: 'COMPLETED', completedAt: expect.any(Date) })]);

    // The owner's export lists the listing they created; a visitor has nothing to download.
    const ownerData = JSON.parse((await (await api.as(owner.email)).request(EXPORT)).data.exportMyData.json);
    expect(ownerData.listings.map((l: { titleVi: string }) => l.titleVi)).toEqual(['Máy sấy thanh long năng lượng mặt trời']);
    expect(ownerData.memberships).toEqual([expect.objectContaining({ role: 'OWNER', organisation: expect.objectContaining({ nameVi: 'Công ty TNHH Cơ khí Tân Phú' }) })]);
    const visitor = await new GraphQLClient(api.app).request(EXPORT);
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('account deletion', () => {
  it('erases the person, keeps the deal and the audit events, ends the session and frees the e-mail', async () => {
    const prisma = api.db.prisma;
    const org = await createOrganisation(prisma, { nameVi: 'Công ty Cổ phần Cơ khí Long An' });
    const seller = await createUser(prisma, { displayName: 'Trần Văn Bán' });
    await addMember(prisma, seller.id, org.id, 'OWNER');
    const listing = await createListing(prisma, org.id);
    const buyer = await createUser(prisma, { displayName: 'Phạm Văn Mua', email: 'mua@example.vn', phone: '0987654321' });
    const b = await api.as(buyer.email);
    const s = await api.as(seller.email);
    const opened = (await b.request(OPEN, { input: { listingId: listing.id, message: 'Xin báo giá chuyển giao công nghệ.', intendedUse: 'Áp dụng tại xưởng của hợp tác xã', organisationName: 'HTX Mua' } })).data.openInquiry;
    expect(opened.__typename).toBe('Inquiry');
    const inquiryId = opened.id;
    await s.request(REPLY, { id: inquiryId, body: 'Chúng tôi gửi báo giá.' });
    const recorded = await s.request(RECORD, { id: inquiryId, input: DEAL_TERMS });
    expect(recorded.errors).toBeUndefined();
    const dealId = recorded.data.recordDeal.id;
    expect(dealId).toBeTruthy();
    await prisma.notification.create({ data: { userId: buyer.id, type: 'inquiry.reply', data: {} } });
    const auditBefore = await prisma.auditEvent.count({ where: { actorId: buyer.id } });
    expect(auditBefore).toBeGreaterThan(0);

    const wrong = await b.request(DELETE, { p: 'not the password' });
    expect(wrong.data.requestAccountDeletion).toMatchObject({ __typename: 'InputError', fieldErrors: [{ field: 'password', code: 'WRONG_PASSWORD' }] });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: buyer.id } })).status).toBe('ACTIVE');

    const res = await b.request(DELETE, { p: PASSWORD });
    expect(res.data.requestAccountDeletion).toMatchObject({ __typename: 'DataRequest', kind: 'DELETION', status: 'COMPLETED', blockedBy: null });
    // The session ended with the account.
    expect((await b.request(ME)).data.me).toBeNull();

    const erased = await prisma.user.findUniqueOrThrow({ where: { id: buyer.id } });
    expect(erased).toMatchObject({ status: 'DELETED', displayName: 'Tài khoản đã xoá / Deleted account', phone: null, emailOptOut: [] });
    expect(erased.email).toBe(`deleted-${buyer.id}@deleted.invalid`);
    expect(erased.deletedAt).toBeInstanceOf(Date);
    expect(erased.passwordHash).not.toMatch(/argon2/);
    expect(await prisma.session.count({ where: { userId: buyer.id } })).toBe(0);
    expect(await prisma.notification.count({ where: { userId: buyer.id } })).toBe(0);

    // The deal and the audit trail stay, pointing at the anonymised account.
    const deal = (await s.request(DEAL, { id: dealId })).data.deal;
    expect(deal).toMatchObject({ id: dealId, status: 'RECORDED', buyerName: 'Tài khoản đã xoá / Deleted account' });
    expect(await prisma.auditEvent.count({ where: { actorId: buyer.id } })).toBeGreaterThan(auditBefore);
    expect(await prisma.auditEvent.count({ where: { action: 'account.delete', entityId: buyer.id } })).toBe(1);

    // Nobody can sign in to it again, and its address can be registered anew.
    expect((await new GraphQLClient(api.app).request(SIGN_IN, { e: 'mua@example.vn', p: PASSWORD })).data.signIn.__typename).toBe('InputError');
    expect((await new GraphQLClient(api.app).request(SIGN_IN, { e: erased.email, p: PASSWORD })).data.signIn.__typename).toBe('InputError');
    const again = await new GraphQLClient(api.app).request(SIGN_UP, { input: { ...newPerson('mua@example.vn'), acceptTerms: true } });
    expect(again.data.signUp.__typename).toBe('AuthSuccess');
    expect(again.data.signUp.user.id).not.toBe(buyer.id);
  });

  it('keeps a blocked request open with what to do, visible to the person and to admins, who can answer it', async () => {
    const prisma = api.db.prisma;
    const org = await createOrganisation(prisma, { nameVi: 'Hợp tác xã Rau sạch Đức Hòa' });
    const owner = await createUser(prisma, { email: 'chu-htx@example.vn' });
    const member = await createUser(prisma);
    await addMember(prisma, owner.id, org.id, 'OWNER');
    await addMember(prisma, member.id, org.id, 'EDITOR');
    const admin = await createUser(prisma, { role: 'ADMIN' });
    const o = await api.as(owner.email);
    const a = await api.as(admin.email);

    const res = (await o.request(DELETE, { p: PASSWORD })).data.requestAccountDeletion;
    expect(res).toMatchObject({ kind: 'DELETION', status: 'IN_PROGRESS' });
    expect(res.blockedBy).toContain('Hợp tác xã Rau sạch Đức Hòa');
    expect(res.blockedBy).toContain('chủ sở hữu');
    // Acknowledged at once, due after the set number of working days.
    expect(new Date(res.dueAt).toISOString()).toBe(addWorkingDays(new Date(res.createdAt), WORKING_DAYS).toISOString());
    expect((await prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).status).toBe('ACTIVE');
    expect((await o.request(ME)).data.me.dataRequests.nodes).toEqual([
      expect.objectContaining({ kind: 'DELETION', status: 'IN_PROGRESS', overdue: false, blockedBy: expect.stringContaining('Hợp tác xã Rau sạch Đức Hòa') }),
    ]);
    // Asking again takes up the same request.
    await o.request(DELETE, { p: PASSWORD });
    expect(await prisma.dataRequest.count({ where: { userId: owner.id, kind: 'DELETION' } })).toBe(1);

    // Only admins see the department's list.
    expect((await o.request(REQUESTS)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const listed = (await a.request(REQUESTS, { s: 'IN_PROGRESS' })).data.dataRequests.nodes.find((r: { person: { email: string } }) => r.person.email === 'chu-htx@example.vn');
    expect(listed).toMatchObject({ kind: 'DELETION', status: 'IN_PROGRESS', overdue: false, person: { deleted: false } });
    expect(listed.blockedBy).toContain('Hợp tác xã Rau sạch Đức Hòa');

    // Completing it while blocked changes nothing; a refusal needs a note.
    const blocked = (await a.request(ANSWER, { input: { id: listed.id, status: 'COMPLETED' } })).data.answerDataRequest;
    expect(blocked).toMatchObject({ __typename: 'InputError', code: 'DELETION_BLOCKED' });
    const noNote = (await a.request(ANSWER, { input: { id: listed.id, status: 'REFUSED' } })).data.answerDataRequest;
    expect(noNote.fieldErrors).toEqual([{ field: 'note', code: 'REQUIRED', message: 'Vui lòng nhập ghi chú.' }]);

    // Once another member owns the organisation, the admin completes it: the account is erased.
    await prisma.membership.update({ where: { userId_organisationId: { userId: member.id, organisationId: org.id } }, data: { role: 'OWNER' } });
    const done = (await a.request(ANSWER, { input: { id: listed.id, status: 'COMPLETED', note: 'Đã chuyển quyền chủ sở hữu.' } })).data.answerDataRequest;
    expect(done).toMatchObject({ __typename: 'DataRequest', status: 'COMPLETED', note: 'Đã chuyển quyền chủ sở hữu.' });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).status).toBe('DELETED');
    expect(await prisma.membership.count({ where: { organisationId: org.id } })).toBe(1);
    // An answered request stays answered.
    const again = (await a.request(ANSWER, { input: { id: listed.id, status: 'REFUSED', note: 'x' } })).data.answerDataRequest;
    expect(again).toMatchObject({ __typename: 'InputError', code: 'INVALID_TRANSITION' });
  });

  it('a refusal is shown to the person with its note', async () => {
    const prisma = api.db.prisma;
    const person = await createUser(prisma);
    const admin = await createUser(prisma, { role: 'ADMIN' });
    const request = await prisma.dataRequest.create({ data: { userId: person.id, kind: 'DELETION', dueAt: new Date(Date.now() - 86_400_000) } });
    const a = await api.as(admin.email);
    expect((await a.request(REQUESTS, { s: 'RECEIVED' })).data.dataRequests.nodes.find((r: { id: string }) => r.id === request.id)).toMatchObject({ overdue: true });
    await a.request(ANSWER, { input: { id: request.id, status: 'REFUSED', note: 'Yêu cầu trùng với một yêu cầu đã hoàn thành.' } });
    const mine = (await (await api.as(person.email)).request(ME)).data.me.dataRequests.nodes;
    expect(mine).toEqual([expect.objectContaining({ status: 'REFUSED', overdue: false, note: 'Yêu cầu trùng với một yêu cầu đã hoàn thành.' })]);
  });
});

describe('the department’s list of data requests', () => {
  it('pages open requests first (oldest due first), then answered ones (newest answer first), ties by id', async () => {
    const prisma = api.db.prisma;
    const admin = await createUser(prisma, { role: 'ADMIN' });
    const person = await createUser(prisma);
    const day = 86_400_000;
    const due = new Date(Date.now() + 3 * day);
    for (const [i, completedAt] of [null, null, null, new Date(Date.now() - day), new Date(Date.now() - day), new Date()].entries()) {
      await prisma.dataRequest.create({
        data: { userId: person.id, kind: 'EXPORT', status: completedAt ? 'COMPLETED' : 'RECEIVED', dueAt: i === 0 ? new Date(Date.now() + day) : due, completedAt },
      });
    }
    const stored = await prisma.dataRequest.findMany({
      orderBy: [{ completedAt: { sort: 'desc', nulls: 'first' } }, { dueAt: 'asc' }, { createdAt: 'desc' }, { id: 'asc' }],
    });
    const PAGE = `query($after: String) { dataRequests(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const a = await api.as(admin.email);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (await a.request(PAGE, { after })).data.dataRequests;
      seen.push(...page.nodes.map((r) => r.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(stored.map((r) => r.id));
    expect(stored.slice(0, 3).every((r) => r.completedAt === null)).toBe(true);
    // The person pages their own, newest first.
    const OWN = `query($after: String) { me { dataRequests(first: 4, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } } }`;
    const p = await api.as(person.email);
    const first = (await p.request(OWN, {})).data.me.dataRequests;
    const second = (await p.request(OWN, { after: first.pageInfo.endCursor })).data.me.dataRequests;
    expect([...first.nodes, ...second.nodes]).toHaveLength(6);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });
});

describe('due dates in Vietnamese working days', () => {
  it('skip weekends and public holidays (Tết, National Day), counted from the day after receipt', () => {
    const vn = (iso: string) => new Date(`${iso}+07:00`);
    const endOf = (day: string) => vn(`${day}T23:59:59.999`).toISOString();
    // Friday → the next Monday.
    expect(addWorkingDays(vn('2026-12-04T10:00:00'), 1).toISOString()).toBe(endOf('2026-12-07'));
    // 10 working days from Friday 4 December: two whole weeks.
    expect(addWorkingDays(vn('2026-12-04T10:00:00'), 10).toISOString()).toBe(endOf('2026-12-18'));
    // Tết 2026: 16–20 February are public holidays, so one working day after Friday 13 February is Monday 23 February.
    expect(addWorkingDays(vn('2026-02-13T09:00:00'), 1).toISOString()).toBe(endOf('2026-02-23'));
    // National Day, Wednesday 2 September 2026, is skipped.
    expect(addWorkingDays(vn('2026-09-01T09:00:00'), 1).toISOString()).toBe(endOf('2026-09-03'));
    // Late on a Vietnamese evening is already the next day in Vietnam (UTC+7).
    expect(addWorkingDays(new Date('2026-12-07T18:00:00Z'), 1).toISOString()).toBe(endOf('2026-12-09'));
  });
});

// Last: it publishes a new privacy notice in this application, which every later sign-in would meet.
describe('a new version of a document', () => {
  it('is pending for everyone until accepted, and only the current version can be accepted', async () => {
    const user = await createUser(api.db.prisma);
    const client = await api.as(user.email);
    expect((await client.request(ME)).data.me.pendingConsents).toEqual([]);
    const current = api.app.services.privacy.documents.current('PRIVACY');
    api.app.services.privacy.documents.publish({
      ...current,
      version: '2',
      effectiveOn: '2026-12-10',
      changesVi: 'Bổ sung dịch vụ gửi email mới.',
      changesEn: 'A new e-mail delivery service.',
    });
    const me = (await client.request(ME)).data.me;
    expect(me.pendingConsents).toEqual([{ document: 'PRIVACY', version: '2', title: 'Thông báo xử lý dữ liệu cá nhân', changes: 'Bổ sung dịch vụ gửi email mới.', current: true }]);

    const stale = (await client.request(ACCEPT, { input: { documents: [{ document: 'PRIVACY', version: '1' }] } })).data.acceptLegalDocuments;
    expect(stale).toMatchObject({ __typename: 'InputError', fieldErrors: [{ field: 'documents', code: 'LEGAL_VERSION_CHANGED' }] });
    const ok = (await client.request(ACCEPT, { input: { documents: [{ document: 'PRIVACY', version: '2' }] } })).data.acceptLegalDocuments;
    expect(ok).toEqual({ __typename: 'LegalDocumentsAccepted', pendingConsents: [] });
    const rows = await api.db.prisma.consent.findMany({ where: { userId: user.id, document: 'PRIVACY' }, orderBy: { version: 'asc' } });
    expect(rows.map((r) => r.version)).toEqual(['1', '2']);
    expect((await client.request(ME)).data.me.pendingConsents).toEqual([]);
    // New accounts accept the new version.
    const fresh = await new GraphQLClient(api.app).request(SIGN_UP, { input: { ...newPerson('moi@example.vn'), acceptTerms: true } });
    const freshRows = await api.db.prisma.consent.findMany({ where: { userId: fresh.data.signUp.user.id, document: 'PRIVACY' } });
    expect(freshRows.map((r) => r.version)).toEqual(['2']);
  });
});
