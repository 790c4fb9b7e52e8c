// The department manages its people through the API: only admins may; every change carries a reason into the audit
// log; the last admin cannot be removed, not even by two admins acting at once; a suspension ends every session at
// once and refuses sign-in until the account is reinstated; an admin can hand an organisation to a new owner.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addMember, createOrganisation, createUser } from '../support/factories.ts';
import { PASSWORD, startApi, type ApiApp } from '../support/api-app.ts';
import { GraphQLClient } from '../support/graphql-client.ts';

const PEOPLE = `query($q: String, $role: UserRole, $status: AccountStatus, $first: Int, $after: String) {
  people(query: $q, role: $role, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { email displayName role status } } }`;
const PERSON = `query($id: ID!) { person(id: $id) {
  email displayName role status createdAt lastSignInAt emailVerifiedAt activeSessions
  memberships { role organisation { id name } } } }`;
const HISTORY = `query($id: ID!, $first: Int, $after: String) {
  personHistory(id: $id, first: $first, after: $after) { pageInfo { hasNextPage endCursor } nodes { action actorName data } } }`;
const RESULT = `__typename ... on Person { id role status } ... on InputError { code message fieldErrors { field code message } }`;
const SET_ROLE = `mutation($input: PersonRoleInput!) { setPersonRole(input: $input) { ${RESULT} } }`;
const SUSPEND = `mutation($input: PersonStatusInput!) { suspendPerson(input: $input) { ${RESULT} } }`;
const REINSTATE = `mutation($input: PersonStatusInput!) { reinstatePerson(input: $input) { ${RESULT} } }`;
const TRANSFER = `mutation($input: OwnershipTransferInput!) { transferOrganisationOwnership(input: $input) {
  __typename ... on Organisation { id } ... on InputError { code fieldErrors { field code message } } } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) {
  __typename ... on InputError { code message fieldErrors { field code } } } }`;
const ME = `{ me { email } }`;

let api: ApiApp;
let admin: GraphQLClient;
let adminId: string;

beforeAll(async () => {
  api = await startApi();
  adminId = (await createUser(api.db.prisma, { email: 'quan-tri@so-khcn.vn', displayName: 'Trần Quản Trị', role: 'ADMIN' })).id;
  admin = await api.as('quan-tri@so-khcn.vn');
});
afterAll(() => api?.close());

// Each test starts with one active admin (the one above) and whatever people it makes itself.
beforeEach(async () => {
  await api.db.prisma.user.updateMany({ where: { role: 'ADMIN', NOT: { id: adminId } }, data: { role: 'BUYER' } });
});

let serial = 0;
const person = (data: Parameters<typeof createUser>[1] = {}) => createUser(api.db.prisma, { email: `nguoi-${++serial}@example.vn`, ...data });
const reason = 'Theo quyết định phân công số 12/QĐ-SKHCN';

describe('who may manage people', () => {
  const operations = (targetId: string, orgId: string) => [
    { name: 'people', query: PEOPLE, variables: {} },
    { name: 'person', query: PERSON, variables: { id: targetId } },
    { name: 'personHistory', query: HISTORY, variables: { id: targetId } },
    { name: 'setPersonRole', query: SET_ROLE, variables: { input: { userId: targetId, role: 'ADMIN', reason } } },
    { name: 'suspendPerson', query: SUSPEND, variables: { input: { userId: targetId, reason } } },
    { name: 'reinstatePerson', query: REINSTATE, variables: { input: { userId: targetId, reason } } },
    { name: 'transferOrganisationOwnership', query: TRANSFER, variables: { input: { organisationId: orgId, newOwnerEmail: 'quan-tri@so-khcn.vn', reason } } },
  ];

  it('refuses visitors (UNAUTHENTICATED), buyers and moderators (FORBIDDEN), and changes nothing', async () => {
    const target = await person();
    const org = await createOrganisation(api.db.prisma);
    const moderator = await person({ role: 'MODERATOR' });
    const buyer = await person();
    const callers = [
      { who: 'visitor', client: await api.as(null), code: 'UNAUTHENTICATED' },
      { who: 'buyer', client: await api.as(buyer.email), code: 'FORBIDDEN' },
      { who: 'moderator', client: await api.as(moderator.email), code: 'FORBIDDEN' },
    ];
    const auditBefore = await api.db.prisma.auditEvent.count({ where: { action: { startsWith: 'user.' } } });
    for (const { who, client, code } of callers) {
      for (const op of operations(target.id, org.id)) {
        const res = await client.request(op.query, op.variables);
        expect(res.errors?.[0]?.extensions?.code, `${who} ${op.name}`).toBe(code);
      }
    }
    const after = await api.db.prisma.user.findUniqueOrThrow({ where: { id: target.id } });
    expect({ role: after.role, status: after.status }).toEqual({ role: 'BUYER', status: 'ACTIVE' });
    expect(await api.db.prisma.membership.count({ where: { organisationId: org.id } })).toBe(0);
    expect(await api.db.prisma.auditEvent.count({ where: { action: { startsWith: 'user.' } } })).toBe(auditBefore);
  });
});

describe('finding people', () => {
  it('finds by name without accents or case, by part of the e-mail, by role and status, a page at a time', async () => {
    await person({ email: 'duc.nguyen@htx-thanhlong.vn', displayName: 'Nguyễn Văn Đức' });
    await person({ email: 'ANH.le@vien-lua.vn'.toLowerCase(), displayName: 'Lê Thị Ánh', role: 'MODERATOR' });
    await person({ email: 'binh@example.vn', displayName: 'Đặng Bình', status: 'SUSPENDED' });
    // The same name typed on a keyboard that sends letters and marks apart (NFD).
    await person({ email: 'duc.tran@example.vn', displayName: 'Trần Minh Đức'.normalize('NFD') });

    const byName = await admin.request(PEOPLE, { q: 'nguyen van duc' });
    expect(byName.data.people).toEqual({
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      nodes: [{ email: 'duc.nguyen@htx-thanhlong.vn', displayName: 'Nguyễn Văn Đức', role: 'BUYER', status: 'ACTIVE' }],
    });
    // Newest accounts first.
    expect((await admin.request(PEOPLE, { q: 'ĐỨC' })).data.people.nodes.map((p: { email: string }) => p.email)).toEqual([
      'duc.tran@example.vn',
      'duc.nguyen@htx-thanhlong.vn',
    ]);
    expect((await admin.request(PEOPLE, { q: 'Vien-Lua' })).data.people.nodes.map((p: { email: string }) => p.email)).toEqual(['anh.le@vien-lua.vn']);
    // Wildcards and regular-expression characters typed into the box are characters, not "anything".
    for (const q of ['%', '_', '.*', '(a+)+[', 'x'.repeat(200)]) {
      const res = await admin.request(PEOPLE, { q });
      expect(res.errors, q).toBeUndefined();
      expect(res.data.people.totalCount, q).toBe(0);
    }
    expect((await admin.request(PEOPLE, { q: 'x'.repeat(201) })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const moderators = (await admin.request(PEOPLE, { role: 'MODERATOR' })).data.people;
    expect(moderators.nodes.every((p: { role: string }) => p.role === 'MODERATOR')).toBe(true);
    expect(moderators.nodes.map((p: { email: string }) => p.email)).toContain('anh.le@vien-lua.vn');
    const suspended = (await admin.request(PEOPLE, { status: 'SUSPENDED' })).data.people;
    expect(suspended.nodes.map((p: { email: string }) => p.email)).toEqual(['binh@example.vn']);

    const all = (await admin.request(PEOPLE, {})).data.people;
    const pageOne = (await admin.request(PEOPLE, { first: 2 })).data.people;
    const pageTwo = (await admin.request(PEOPLE, { first: 2, after: pageOne.pageInfo.endCursor })).data.people;
    expect(pageOne.pageInfo.hasNextPage).toBe(true);
    expect(pageOne.totalCount).toBe(all.totalCount);
    expect(pageTwo.totalCount).toBe(all.totalCount);
    expect([...pageOne.nodes, ...pageTwo.nodes]).toEqual(all.nodes.slice(0, 4));
    const forged = await admin.request(PEOPLE, { after: 'WyJwZW9wbGUiXQ' });
    expect(forged.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });

    const tooMany = await admin.request(PEOPLE, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows a person’s organisations and roles, platform role, status, sign-up, last sign-in and verified e-mail', async () => {
    const someone = await person({ displayName: 'Phạm Thị Hoa', emailVerifiedAt: new Date('2026-03-02T03:00:00Z') });
    const org = await createOrganisation(api.db.prisma);
    await addMember(api.db.prisma, someone.id, org.id, 'EDITOR');
    await api.as(someone.email);
    const lastSignInAt = new Date('2026-11-30T01:02:03Z');
    await api.db.prisma.user.update({ where: { id: someone.id }, data: { lastSignInAt } });

    const { person: shown } = (await admin.request(PERSON, { id: someone.id })).data;
    expect(shown).toMatchObject({
      email: someone.email,
      displayName: 'Phạm Thị Hoa',
      role: 'BUYER',
      status: 'ACTIVE',
      createdAt: someone.createdAt.toISOString(),
      lastSignInAt: lastSignInAt.toISOString(),
      emailVerifiedAt: '2026-03-02T03:00:00.000Z',
      activeSessions: 1,
      memberships: [{ role: 'EDITOR', organisation: { id: org.id, name: org.nameVi } }],
    });
    expect((await admin.request(PERSON, { id: '00000000-0000-4000-8000-000000000000' })).data.person).toBeNull();
    expect((await admin.request(PERSON, { id: 'not-a-uuid' })).data.person).toBeNull();
  });
});

describe('roles', () => {
  it('grants and withdraws the moderator role with a reason, each change audited with who and why', async () => {
    const staff = await person({ displayName: 'Võ Minh Tâm' });
    const granted = await admin.request(SET_ROLE, { input: { userId: staff.id, role: 'MODERATOR', reason } });
    expect(granted.data.setPersonRole).toEqual({ __typename: 'Person', id: staff.id, role: 'MODERATOR', status: 'ACTIVE' });
    // The new moderator reaches the review queue on their next request.
    const asStaff = await api.as(staff.email);
    expect((await asStaff.request(`{ reviewQueue { nodes { entityType } } }`)).errors).toBeUndefined();

    const withdrawn = await admin.request(SET_ROLE, { input: { userId: staff.id, role: 'BUYER', reason: 'Chuyển công tác sang đơn vị khác' } });
    expect(withdrawn.data.setPersonRole.role).toBe('BUYER');
    expect((await asStaff.request(`{ reviewQueue { nodes { entityType } } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const events = await api.db.prisma.auditEvent.findMany({ where: { entityType: 'user', entityId: staff.id, action: 'user.setRole' }, orderBy: { id: 'asc' } });
    expect(events.map((e) => ({ actorId: e.actorId, data: e.data }))).toEqual([
      { actorId: adminId, data: { from: 'BUYER', to: 'MODERATOR', reason } },
      { actorId: adminId, data: { from: 'MODERATOR', to: 'BUYER', reason: 'Chuyển công tác sang đơn vị khác' } },
    ]);
    const history = (await admin.request(HISTORY, { id: staff.id })).data.personHistory.nodes;
    const firstEvent = (await admin.request(HISTORY, { id: staff.id, first: 1 })).data.personHistory;
    const secondEvent = (await admin.request(HISTORY, { id: staff.id, first: 1, after: firstEvent.pageInfo.endCursor })).data.personHistory;
    expect([...firstEvent.nodes, ...secondEvent.nodes]).toEqual(history.slice(0, 2));
    expect(history.slice(0, 2).map((e: { action: string; actorName: string; data: string }) => ({ ...e, data: JSON.parse(e.data) }))).toEqual([
      { action: 'user.setRole', actorName: 'Trần Quản Trị', data: { from: 'MODERATOR', to: 'BUYER', reason: 'Chuyển công tác sang đơn vị khác' } },
      { action: 'user.setRole', actorName: 'Trần Quản Trị', data: { from: 'BUYER', to: 'MODERATOR', reason } },
    ]);
  });

  it('refuses a change without a reason, field by field in the caller’s language, and changes nothing', async () => {
    const someone = await person();
    const vi = await admin.request(SET_ROLE, { input: { userId: someone.id, role: 'ADMIN', reason: '  ' } });
    expect(vi.data.setPersonRole).toMatchObject({ __typename: 'InputError', fieldErrors: [{ field: 'reason', code: 'REQUIRED', message: 'Vui lòng nhập lý do.' }] });
    // The language cookie outranks the account's stored language, as the language switch sets it.
    admin.cookies.set('lang', 'en');
    try {
      const en = await admin.request(SUSPEND, { input: { userId: someone.id, reason: 'no' } });
      expect(en.data.suspendPerson.fieldErrors).toEqual([{ field: 'reason', code: 'TOO_SHORT', message: 'Reason needs at least 5 characters.' }]);
      const same = await admin.request(SET_ROLE, { input: { userId: someone.id, role: 'BUYER', reason } });
      expect(same.data.setPersonRole.fieldErrors).toEqual([{ field: 'role', code: 'ROLE_UNCHANGED', message: 'This person already has that role.' }]);
    } finally {
      admin.cookies.delete('lang');
    }
    const after = await api.db.prisma.user.findUniqueOrThrow({ where: { id: someone.id } });
    expect({ role: after.role, status: after.status }).toEqual({ role: 'BUYER', status: 'ACTIVE' });
    expect(await api.db.prisma.auditEvent.count({ where: { entityId: someone.id, action: { startsWith: 'user.' } } })).toBe(0);
  });

  it('keeps the last admin: the only admin can neither withdraw their own role nor suspend themselves', async () => {
    const own = await admin.request(SET_ROLE, { input: { userId: adminId, role: 'MODERATOR', reason } });
    expect(own.data.setPersonRole).toMatchObject({ __typename: 'InputError', code: 'LAST_ADMIN', message: 'Không thể thực hiện: sàn phải còn ít nhất một quản trị viên đang hoạt động.' });
    const self = await admin.request(SUSPEND, { input: { userId: adminId, reason } });
    expect(self.data.suspendPerson).toMatchObject({ __typename: 'InputError', code: 'SELF_SUSPEND' });
    expect(await api.db.prisma.user.findUniqueOrThrow({ where: { id: adminId } })).toMatchObject({ role: 'ADMIN', status: 'ACTIVE' });

    // With a second admin, one may step down; then the other is the last one again.
    const second = await person({ role: 'ADMIN' });
    const stepDown = await (await api.as(second.email)).request(SET_ROLE, { input: { userId: second.id, role: 'BUYER', reason } });
    expect(stepDown.data.setPersonRole.role).toBe('BUYER');
    expect((await admin.request(SET_ROLE, { input: { userId: adminId, role: 'BUYER', reason } })).data.setPersonRole.code).toBe('LAST_ADMIN');
  });

  it('keeps one admin when two admins withdraw each other’s role at the same moment', async () => {
    for (let round = 0; round < 4; round++) {
      const a = await person({ role: 'ADMIN' });
      const b = await person({ role: 'ADMIN' });
      // The seeded admin steps aside for the round so that a and b are the only active admins.
      await api.db.prisma.user.update({ where: { id: adminId }, data: { role: 'BUYER' } });
      const [asA, asB] = await Promise.all([api.as(a.email), api.as(b.email)]);
      const [byA, byB] = await Promise.all([
        asA.request(SET_ROLE, { input: { userId: b.id, role: 'BUYER', reason } }),
        asB.request(SET_ROLE, { input: { userId: a.id, role: 'BUYER', reason } }),
      ]);
      await api.db.prisma.user.update({ where: { id: adminId }, data: { role: 'ADMIN' } });
      const outcomes = [byA, byB].map((r) => r.data?.setPersonRole?.__typename ?? r.errors?.[0]?.extensions?.code);
      expect(outcomes.filter((o) => o === 'Person')).toHaveLength(1);
      // The loser is refused: either as the last admin or because it is no admin any more.
      expect(outcomes.filter((o) => o === 'InputError' || o === 'FORBIDDEN')).toHaveLength(1);
      const left = await api.db.prisma.user.count({ where: { id: { in: [a.id, b.id] }, role: 'ADMIN' } });
      expect(left).toBe(1);
      await api.db.prisma.user.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { role: 'BUYER' } });
    }
  });

  it('keeps one active admin when two admins suspend each other at the same moment', async () => {
    for (let round = 0; round < 4; round++) {
      const a = await person({ role: 'ADMIN' });
      const b = await person({ role: 'ADMIN' });
      await api.db.prisma.user.update({ where: { id: adminId }, data: { role: 'BUYER' } });
      const [asA, asB] = await Promise.all([api.as(a.email), api.as(b.email)]);
      await Promise.all([
        asA.request(SUSPEND, { input: { userId: b.id, reason } }),
        asB.request(SUSPEND, { input: { userId: a.id, reason } }),
      ]);
      await api.db.prisma.user.update({ where: { id: adminId }, data: { role: 'ADMIN' } });
      expect(await api.db.prisma.user.count({ where: { id: { in: [a.id, b.id] }, role: 'ADMIN', status: 'ACTIVE' } })).toBe(1);
      await api.db.prisma.user.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { role: 'BUYER', status: 'ACTIVE' } });
    }
  });
});

describe('suspension', () => {
  it('ends every session at once, refuses sign-in with a clear message, and reinstating lets the person in again', async () => {
    const someone = await person({ displayName: 'Huỳnh Văn Lợi' });
    const phone = await api.as(someone.email);
    const laptop = await api.as(someone.email);
    expect((await phone.request(ME)).data.me.email).toBe(someone.email);

    const suspended = await admin.request(SUSPEND, { input: { userId: someone.id, reason: 'Đăng tin giả mạo nhiều lần' } });
    expect(suspended.data.suspendPerson).toMatchObject({ __typename: 'Person', status: 'SUSPENDED' });
    // The very next request of each open session is a visitor's, and the cookie is dropped.
    for (const client of [phone, laptop]) {
      expect((await client.request(ME)).data.me).toBeNull();
      expect(client.cookies.has('sid')).toBe(false);
    }
    expect(await api.db.prisma.session.count({ where: { userId: someone.id } })).toBe(0);
    const event = await api.db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: someone.id, action: 'user.suspend' } });
    expect(event).toMatchObject({ actorId: adminId, data: { reason: 'Đăng tin giả mạo nhiều lần', sessionsEnded: 2 } });

    const refused = await new GraphQLClient(api.app).request(SIGN_IN, { e: someone.email, p: PASSWORD });
    expect(refused.data.signIn).toEqual({
      __typename: 'InputError',
      code: 'ACCOUNT_SUSPENDED',
      message: 'Tài khoản này đang bị Sở tạm khóa nên không thể đăng nhập. Vui lòng liên hệ Sở Khoa học và Công nghệ.',
      fieldErrors: [],
    });
    expect(refused.setCookies.some((c) => c.startsWith('sid=') && !c.startsWith('sid=;'))).toBe(false);
    // Whoever does not know the password learns nothing about the account.
    const guess = await new GraphQLClient(api.app).request(SIGN_IN, { e: someone.email, p: 'wrong password!' });
    expect(guess.data.signIn.code).toBe('INVALID_CREDENTIALS');
    expect((await admin.request(SUSPEND, { input: { userId: someone.id, reason } })).data.suspendPerson.code).toBe('ALREADY_SUSPENDED');

    const reinstated = await admin.request(REINSTATE, { input: { userId: someone.id, reason: 'Đã cam kết không tái phạm' } });
    expect(reinstated.data.reinstatePerson).toMatchObject({ __typename: 'Person', status: 'ACTIVE' });
    const back = await api.as(someone.email);
    expect((await back.request(ME)).data.me.email).toBe(someone.email);
    const history = (await admin.request(HISTORY, { id: someone.id })).data.personHistory.nodes;
    expect(history.slice(0, 2).map((e: { action: string; data: string }) => [e.action, JSON.parse(e.data).reason])).toEqual([
      ['user.reinstate', 'Đã cam kết không tái phạm'],
      ['user.suspend', 'Đăng tin giả mạo nhiều lần'],
    ]);
    expect((await admin.request(REINSTATE, { input: { userId: someone.id, reason } })).data.reinstatePerson.code).toBe('NOT_SUSPENDED');
  });

  it('refuses a suspended account’s cookie even when a session row outlived the suspension', async () => {
    const someone = await person();
    const client = await api.as(someone.email);
    // As if the account had been suspended by another path that left its sessions in place.
    await api.db.prisma.user.update({ where: { id: someone.id }, data: { status: 'SUSPENDED' } });
    expect(await api.db.prisma.session.count({ where: { userId: someone.id } })).toBe(1);
    expect((await client.request(ME)).data.me).toBeNull();
  });
});

describe('organisation ownership', () => {
  it('makes a person owner of an organisation whose people have left, with a reason, audited', async () => {
    const org = await createOrganisation(api.db.prisma);
    const leaver = await person({ displayName: 'Người đã nghỉ việc' });
    const editor = await person({ displayName: 'Kỹ sư ở lại' });
    await addMember(api.db.prisma, leaver.id, org.id, 'OWNER');
    await addMember(api.db.prisma, editor.id, org.id, 'EDITOR');
    const newcomer = await person({ email: 'giam-doc-moi@htx.vn', displayName: 'Giám đốc mới' });

    // An editor who stayed becomes an owner; the owner who left keeps their place unless told otherwise.
    const promoted = await admin.request(TRANSFER, { input: { organisationId: org.id, newOwnerEmail: editor.email, reason } });
    expect(promoted.data.transferOrganisationOwnership).toEqual({ __typename: 'Organisation', id: org.id });
    // A newcomer becomes owner, and the owners who left are taken out.
    const handed = await admin.request(TRANSFER, {
      input: { organisationId: org.id, newOwnerEmail: ' Giam-Doc-Moi@htx.vn ', reason: 'Chủ cũ đã nghỉ việc, theo công văn 45/HTX', removePreviousOwners: true },
    });
    expect(handed.data.transferOrganisationOwnership.__typename).toBe('Organisation');
    const members = await api.db.prisma.membership.findMany({ where: { organisationId: org.id } });
    expect(Object.fromEntries(members.map((m) => [m.userId, m.role]))).toEqual({ [newcomer.id]: 'OWNER' });

    const events = await api.db.prisma.auditEvent.findMany({ where: { entityId: org.id, action: 'organisation.transferOwnership' }, orderBy: { id: 'asc' } });
    expect(events.map((e) => ({ actorId: e.actorId, data: e.data }))).toEqual([
      { actorId: adminId, data: { userId: editor.id, email: editor.email, previousRole: 'EDITOR', removedOwnerIds: [], reason } },
      {
        actorId: adminId,
        data: { userId: newcomer.id, email: 'giam-doc-moi@htx.vn', previousRole: null, removedOwnerIds: [leaver.id, editor.id], reason: 'Chủ cũ đã nghỉ việc, theo công văn 45/HTX' },
      },
    ]);
    // The new owner manages the profile now; both the new owner's and the leaver's histories tell what happened.
    const asNewcomer = await api.as(newcomer.email);
    const canEdit = await asNewcomer.request(`query($s: String!) { organisation(slug: $s) { canEdit } }`, { s: org.slug });
    expect(canEdit.data.organisation.canEdit).toBe(true);
    for (const id of [newcomer.id, leaver.id]) {
      const history = (await admin.request(HISTORY, { id })).data.personHistory.nodes;
      expect(history[0]).toMatchObject({ action: 'organisation.transferOwnership', actorName: 'Trần Quản Trị' });
    }
  });

  it('refuses an unknown or suspended new owner and an unknown organisation', async () => {
    const org = await createOrganisation(api.db.prisma);
    const unknown = await admin.request(TRANSFER, { input: { organisationId: org.id, newOwnerEmail: 'khong-co@example.vn', reason } });
    expect(unknown.data.transferOrganisationOwnership.fieldErrors).toEqual([
      { field: 'newOwnerEmail', code: 'NO_ACCOUNT', message: 'Không có tài khoản nào với địa chỉ email này.' },
    ]);
    const blocked = await person({ status: 'SUSPENDED' });
    const suspended = await admin.request(TRANSFER, { input: { organisationId: org.id, newOwnerEmail: blocked.email, reason } });
    expect(suspended.data.transferOrganisationOwnership.fieldErrors[0].code).toBe('ACCOUNT_NOT_ACTIVE');
    expect(await api.db.prisma.membership.count({ where: { organisationId: org.id } })).toBe(0);
    const missing = await admin.request(TRANSFER, {
      input: { organisationId: '00000000-0000-4000-8000-000000000000', newOwnerEmail: blocked.email, reason },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
