// The API over a fresh database with one row of each kind the operations take an id of, and a session for each
// role, so generated calls reach past the role checks into the services with real and malformed ids alike.
import type { LightMyRequestResponse } from 'fastify';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';

export type Role = 'visitor' | 'buyer' | 'editor' | 'owner' | 'moderator' | 'admin';
export const ROLES: Role[] = ['visitor', 'buyer', 'editor', 'owner', 'moderator', 'admin'];

export interface FuzzWorld {
  api: ApiApp;
  /** The session cookie header of each role ('' for the visitor). */
  cookies: Record<Role, string>;
  /** Ids of rows that exist: organisation, listings, inquiry, deal, order, users, notification. */
  realIds: string[];
  /** A listing the owner and editor may edit, for the upload routes. */
  ids: { org: string; draft: string; published: string; inquiry: string };
  close(): Promise<void>;
}

function sessionCookie(res: LightMyRequestResponse): string {
  return (res.cookies as { name: string; value: string }[]).map((c) => `${c.name}=${c.value}`).join('; ');
}

export async function startFuzzWorld(env: Record<string, string> = {}): Promise<FuzzWorld> {
  // Rate limits would answer most of a fuzz run RATE_LIMITED and hide what lies behind them.
  const api = await startApi({ RATE_LIMIT_ENABLED: 'false', ...env });
  const prisma = api.db.prisma;
  const org = await createOrganisation(prisma);
  const users = {
    buyer: await createUser(prisma),
    editor: await createUser(prisma),
    owner: await createUser(prisma),
    moderator: await createUser(prisma, { role: 'MODERATOR' }),
    admin: await createUser(prisma, { role: 'ADMIN' }),
  };
  await addMember(prisma, users.owner.id, org.id, 'OWNER');
  await addMember(prisma, users.editor.id, org.id, 'EDITOR');
  const draft = await createListing(prisma, org.id, { status: 'DRAFT', publishedAt: null });
  const published = await createListing(prisma, org.id, { validUntil: new Date(Date.now() + 30 * 86_400_000) });
  const equipment = await createListing(prisma, org.id, { kind: 'EQUIPMENT_OFFER', priceType: 'FIXED', priceMin: 90_000_000n });
  const asked = { direction: 'INQUIRY' as const, ownerOrganisationId: org.id, requesterId: users.buyer.id, message: 'Xin báo giá chuyển giao.' };
  const inquiry = await prisma.inquiry.create({ data: { ...asked, listingId: published.id, status: 'IN_DISCUSSION' } });
  const agreed = await prisma.inquiry.create({ data: { ...asked, listingId: equipment.id, status: 'AGREED' } });
  const deal = await prisma.deal.create({
    data: {
      inquiryId: agreed.id, listingId: equipment.id, sellerOrganisationId: org.id, buyerUserId: users.buyer.id, transferForm: 'STANDALONE_CONTRACT',
      valueVnd: 90_000_000n, signedOn: new Date('2024-05-02'), surveyDueAt: new Date('2024-11-02'), recordedById: users.owner.id,
      surveys: { create: [{ side: 'REQUESTER', sentAt: new Date() }, { side: 'OWNER', sentAt: new Date() }] },
    },
  });
  const order = await prisma.order.create({
    data: { kind: 'EQUIPMENT_DEPOSIT', status: 'PAID', listingId: equipment.id, userId: users.buyer.id, amountVnd: 9_000_000n, days: 14, startsAt: new Date(), endsAt: new Date(Date.now() + 86_400_000) },
  });

  const cookies = { visitor: '' } as Record<Role, string>;
  for (const role of ROLES.filter((r) => r !== 'visitor') as Exclude<Role, 'visitor'>[]) {
    const res = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename } }',
        variables: { e: users[role].email, p: 'a long enough password' },
      }),
    });
    if (!res.body.includes('AuthSuccess')) throw new Error(`could not sign in the ${role}: ${res.body}`);
    cookies[role] = sessionCookie(res);
  }
  return {
    api,
    cookies,
    realIds: [org.id, draft.id, published.id, equipment.id, inquiry.id, agreed.id, deal.id, order.id, ...Object.values(users).map((u) => u.id)],
    ids: { org: org.id, draft: draft.id, published: published.id, inquiry: inquiry.id },
    close: () => api.close(),
  };
}
