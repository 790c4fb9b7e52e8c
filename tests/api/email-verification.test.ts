// Verified e-mail: sign-up sends a link (queued with the account, in one transaction); until it is opened the account
// may not send inquiries, create or join an organisation, or pay, and is told how to fix it in its language; the link
// can be sent again a few times an hour. A change of address takes effect only once the link sent to the new address
// is opened (the old address is told at once), and only if the address is still free then.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { PASSWORD, startApi, type ApiApp } from '../support/api-app.ts';
import { GraphQLClient } from '../support/graphql-client.ts';
import { linkIn, SmtpInbox } from '../support/smtp-inbox.ts';

const PUBLIC_URL = 'https://san.example.vn';
const ERROR = `... on InputError { code message fieldErrors { field code message } }`;
const SIGN_UP = `mutation($e: String!, $l: Locale) { signUp(input: { email: $e, password: "${PASSWORD}", displayName: "Trần Văn Mới", locale: $l, acceptTerms: true }) { __typename } }`;
const SIGN_IN = `mutation($e: String!) { signIn(input: { email: $e, password: "${PASSWORD}" }) { __typename } }`;
const ME = `{ me { email emailVerified pendingEmail } }`;
const LINK = `query($t: String!) { emailVerificationLink(token: $t) { state email changesAddress } }`;
const VERIFY = `mutation($t: String!) { verifyEmail(token: $t) { __typename ... on EmailVerified { email } ${ERROR} } }`;
const RESEND = `mutation { resendEmailVerification { __typename ... on LinkSent { email } ${ERROR} } }`;
const CHANGE = `mutation($e: String!, $p: String!) { requestEmailChange(input: { newEmail: $e, currentPassword: $p }) { __typename ... on LinkSent { email } ${ERROR} } }`;
const OPEN = `mutation($input: OpenInquiryInput!) { openInquiry(input: $input) { __typename ... on Inquiry { id } ${ERROR} } }`;
const CREATE_ORG = `mutation { createOrganisation(input: { nameVi: "Hộ kinh doanh Nông sản Mới", kind: ENTERPRISE }) { __typename ... on Organisation { id } ${ERROR} } }`;
const INVITE = `mutation($id: ID!, $e: String!) { inviteMember(organisationId: $id, email: $e, role: EDITOR) { __typename ... on OrganisationInvitation { acceptPath } } }`;
const ACCEPT = `mutation($t: String!) { acceptInvitation(token: $t) { __typename ... on Organisation { id } ${ERROR} } }`;
const DEPOSIT = `mutation($id: ID!) { startEquipmentDeposit(listingId: $id) { __typename ${ERROR} } }`;

let inbox: SmtpInbox;
let api: ApiApp;
const deliver = () => api.app.mailWorker!.drain();

/** Signs up through the API as a person does; the client keeps the new session. */
async function signUp(email: string, lang: 'vi' | 'en' = 'vi'): Promise<GraphQLClient> {
  const client = new GraphQLClient(api.app);
  client.cookies.set('lang', lang);
  expect((await client.request(SIGN_UP, { e: email, l: lang })).data.signUp.__typename).toBe('AuthSuccess');
  return client;
}

const tokenOf = (url: URL) => url.pathname.split('/').pop()!;

beforeAll(async () => {
  inbox = await SmtpInbox.start();
  api = await startApi({ SMTP_URL: inbox.url, PUBLIC_URL });
});
afterAll(async () => {
  await api.close();
  await inbox.close();
});

describe('sign-up', () => {
  it('queues a verification link with the new account, and the link confirms the address', async () => {
    const email = 'nguoi-moi@example.vn';
    const client = await signUp(email);
    expect((await client.request(ME)).data.me).toEqual({ email, emailVerified: false, pendingEmail: null });
    const user = await api.db.prisma.user.findUniqueOrThrow({ where: { email } });
    // Written with the account (same transaction), before anything was sent.
    expect(await api.db.prisma.emailOutbox.count({ where: { to: email, sentAt: null } })).toBe(1);
    expect(await api.db.prisma.accountToken.count({ where: { userId: user.id, purpose: 'EMAIL_VERIFICATION', email } })).toBe(1);

    const mail = await inbox.waitFor(email, deliver);
    expect(mail.subject).toBe('Xác nhận địa chỉ email của bạn');
    expect(mail.text).toContain('Liên kết có hiệu lực trong 48 giờ.');
    const link = linkIn(mail, '/verify-email/');
    expect(link.origin).toBe(PUBLIC_URL);

    // Opening the page changes nothing; the button does.
    const visitor = new GraphQLClient(api.app);
    expect((await visitor.request(LINK, { t: tokenOf(link) })).data.emailVerificationLink).toEqual({ state: 'VALID', email, changesAddress: false });
    expect((await client.request(ME)).data.me.emailVerified).toBe(false);
    expect((await visitor.request(VERIFY, { t: tokenOf(link) })).data.verifyEmail).toEqual({ __typename: 'EmailVerified', email });
    expect((await client.request(ME)).data.me.emailVerified).toBe(true);
    expect((await visitor.request(VERIFY, { t: tokenOf(link) })).data.verifyEmail.code).toBe('LINK_USED');
  });

  it('refuses an expired verification link', async () => {
    const email = 'cham-tre@example.vn';
    const client = await signUp(email, 'en');
    const link = linkIn(await inbox.waitFor(email, deliver), '/verify-email/');
    await api.db.prisma.accountToken.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const res = (await client.request(VERIFY, { t: tokenOf(link) })).data.verifyEmail;
    expect(res).toMatchObject({ code: 'LINK_EXPIRED', message: 'This link has expired. Please ask for a new one.' });
    expect((await client.request(ME)).data.me.emailVerified).toBe(false);
  });
});

describe('what an unverified account may not do yet', () => {
  it('is refused for inquiries, organisations, invitations and payments with EMAIL_NOT_VERIFIED, changing nothing', async () => {
    const email = 'chua-xac-nhan@example.vn';
    const en = await signUp(email, 'en');
    const org = await createOrganisation(api.db.prisma);
    const offer = await createListing(api.db.prisma, org.id);
    const equipment = await createListing(api.db.prisma, org.id, { kind: 'EQUIPMENT_OFFER', priceType: 'FIXED', priceMin: 100_000_000n });
    const owner = await createUser(api.db.prisma);
    await addMember(api.db.prisma, owner.id, org.id, 'OWNER');
    const invited = (await (await api.as(owner.email)).request(INVITE, { id: org.id, e: email })).data.inviteMember;
    const inquiry = {
      listingId: offer.id,
      message: 'Chúng tôi muốn tìm hiểu quy trình bảo quản thanh long cho kho lạnh 20 tấn của hợp tác xã.',
      intendedUse: 'Bảo quản thanh long xuất khẩu đường biển',
      organisationName: 'Hợp tác xã Nông nghiệp Châu Thành',
    };

    const answers = {
      inquiry: (await en.request(OPEN, { input: inquiry })).data.openInquiry,
      organisation: (await en.request(CREATE_ORG)).data.createOrganisation,
      invitation: (await en.request(ACCEPT, { t: tokenOf(new URL(invited.acceptPath, PUBLIC_URL)) })).data.acceptInvitation,
      payment: (await en.request(DEPOSIT, { id: equipment.id })).data.startEquipmentDeposit,
    };
    for (const answer of Object.values(answers)) {
      expect(answer).toEqual({
        __typename: 'InputError',
        code: 'EMAIL_NOT_VERIFIED',
        message: `Please confirm your e-mail address ${email} first: open the link in the e-mail we sent you, or choose “Send the link again” in the notice at the top of the page (page /verify-email).`,
        fieldErrors: [],
      });
    }
    const vi = new GraphQLClient(api.app);
    vi.cookies.set('sid', en.cookies.get('sid')!);
    vi.cookies.set('lang', 'vi');
    expect((await vi.request(CREATE_ORG)).data.createOrganisation.message).toMatch(/^Vui lòng xác nhận địa chỉ email chua-xac-nhan@example\.vn trước/);

    const user = await api.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await api.db.prisma.inquiry.count({ where: { requesterId: user.id } })).toBe(0);
    expect(await api.db.prisma.membership.count({ where: { userId: user.id } })).toBe(0);
    expect(await api.db.prisma.order.count({ where: { userId: user.id } })).toBe(0);

    // Once the address is confirmed, the same inquiry and invitation go through.
    const link = linkIn(await inbox.waitFor(email, deliver), '/verify-email/');
    expect((await en.request(VERIFY, { t: tokenOf(link) })).data.verifyEmail.__typename).toBe('EmailVerified');
    expect((await en.request(OPEN, { input: inquiry })).data.openInquiry.__typename).toBe('Inquiry');
    expect((await en.request(ACCEPT, { t: tokenOf(new URL(invited.acceptPath, PUBLIC_URL)) })).data.acceptInvitation.__typename).toBe('Organisation');
  });
});

describe('sending the link again', () => {
  it('sends a fresh link a few times an hour, then says how long to wait; a verified account needs none', async () => {
    const email = 'gui-lai@example.vn';
    const client = await signUp(email);
    for (let i = 0; i < 3; i++) expect((await client.request(RESEND)).data.resendEmailVerification).toEqual({ __typename: 'LinkSent', email });
    const refused = (await client.request(RESEND)).data.resendEmailVerification;
    expect(refused.code).toBe('RATE_LIMITED');
    expect(refused.message).toMatch(/^Bạn đã yêu cầu gửi quá nhiều email xác nhận\. Vui lòng thử lại sau (\d+ phút|1 giờ)\.$/);
    await deliver();
    expect(inbox.to(email)).toHaveLength(4);

    // Any of the links works (the newest here); afterwards there is nothing to resend.
    expect((await client.request(VERIFY, { t: tokenOf(linkIn(inbox.to(email).at(-1)!, '/verify-email/')) })).data.verifyEmail.__typename).toBe('EmailVerified');
    expect((await (await api.as((await createUser(api.db.prisma)).email)).request(RESEND)).data.resendEmailVerification.code).toBe('ALREADY_VERIFIED');
    expect((await new GraphQLClient(api.app).request(RESEND)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('change of address', () => {
  it('takes effect only when the link sent to the new address is opened; the old address is told', async () => {
    const user = await createUser(api.db.prisma, { locale: 'en', displayName: 'Jane Buyer' });
    const client = await api.as(user.email);
    const newEmail = 'jane.new@example.vn';

    // Two refusals and the request itself: within the three e-mails an hour (a wrong password counts, to cap guessing).
    const wrong = (await client.request(CHANGE, { e: newEmail, p: 'not my password' })).data.requestEmailChange;
    expect(wrong.fieldErrors).toEqual([{ field: 'currentPassword', code: 'WRONG_PASSWORD', message: 'The current password is incorrect.' }]);
    const same = (await client.request(CHANGE, { e: user.email, p: PASSWORD })).data.requestEmailChange;
    expect(same.fieldErrors[0]).toMatchObject({ field: 'newEmail', code: 'SAME_EMAIL' });
    const other = await createUser(api.db.prisma);
    expect((await client.request(CHANGE, { e: other.email, p: PASSWORD })).data.requestEmailChange.fieldErrors[0]).toMatchObject({ field: 'newEmail', code: 'TAKEN' });

    expect((await client.request(CHANGE, { e: newEmail, p: PASSWORD })).data.requestEmailChange).toEqual({ __typename: 'LinkSent', email: newEmail });
    expect((await client.request(ME)).data.me).toEqual({ email: user.email, emailVerified: true, pendingEmail: newEmail });
    const notice = await inbox.waitFor(user.email, deliver);
    expect(notice.subject).toBe('A change of your account’s e-mail address was asked');
    expect(notice.text).toContain(`to ${newEmail}`);
    const mail = await inbox.waitFor(newEmail, deliver);
    expect(mail.subject).toBe('Confirm your new e-mail address');
    const token = tokenOf(linkIn(mail, '/verify-email/'));
    expect((await client.request(LINK, { t: token })).data.emailVerificationLink).toEqual({ state: 'VALID', email: newEmail, changesAddress: true });

    expect((await new GraphQLClient(api.app).request(VERIFY, { t: token })).data.verifyEmail).toEqual({ __typename: 'EmailVerified', email: newEmail });
    expect((await client.request(ME)).data.me).toEqual({ email: newEmail, emailVerified: true, pendingEmail: null });
    expect((await new GraphQLClient(api.app).request(SIGN_IN, { e: newEmail })).data.signIn.__typename).toBe('AuthSuccess');
    expect((await new GraphQLClient(api.app).request(SIGN_IN, { e: user.email })).data.signIn.__typename).toBe('InputError');
    const audit = await api.db.prisma.auditEvent.findMany({ where: { entityId: user.id, action: { startsWith: 'account.email' } }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['account.emailChangeRequested', 'account.emailChanged']);
  });

  it('is refused when the new address was taken since the link was sent', async () => {
    const user = await createUser(api.db.prisma);
    const client = await api.as(user.email);
    const wanted = 'duoc-nhieu-nguoi-muon@example.vn';
    expect((await client.request(CHANGE, { e: wanted, p: PASSWORD })).data.requestEmailChange.__typename).toBe('LinkSent');
    const token = tokenOf(linkIn(await inbox.waitFor(wanted, deliver), '/verify-email/'));
    await createUser(api.db.prisma, { email: wanted });
    const res = (await client.request(VERIFY, { t: token })).data.verifyEmail;
    expect(res).toMatchObject({ code: 'TAKEN', fieldErrors: [{ field: 'newEmail', code: 'TAKEN', message: 'Email này đã được đăng ký.' }] });
    expect((await client.request(ME)).data.me.email).toBe(user.email);
  });

  it('shows a pending address only to its owner', async () => {
    const user = await createUser(api.db.prisma);
    const client = await api.as(user.email);
    await client.request(CHANGE, { e: 'rieng-tu@example.vn', p: PASSWORD });
    const row = await api.db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    const pending = await api.app.services.accountLinks.pendingAddresses(
      { user: null, sessionId: null, locale: 'vi', cookies: { start() {}, end() {}, setLocale() {} }, userAgent: null, ip: '127.0.0.1' },
      [row],
    );
    expect(pending).toEqual([null]);
  });
});
