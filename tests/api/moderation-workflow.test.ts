// The one moderation workflow of listings and organisation profiles: `actions` lists exactly the moves its table
// allows the caller in each state (owner, editor, moderator, admin, stranger), and a move outside the table's
// `by` is refused with FORBIDDEN and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModerationStatus, RevisionStatus } from '../../server/generated/prisma/enums.ts';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import type { GraphQLClient } from '../support/graphql-client.ts';

type Role = 'owner' | 'editor' | 'moderator' | 'admin' | 'stranger';
const ROLES: Role[] = ['owner', 'editor', 'moderator', 'admin', 'stranger'];

/** A state: the item's status, and for a published one the status of its open edit. */
type State = `${ModerationStatus}` | `PUBLISHED+${'DRAFT' | 'PENDING_REVIEW' | 'CHANGES_REQUESTED'}`;

const REVIEW = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'];
const none = { owner: [], editor: [], moderator: [], admin: [], stranger: [] };
const members = (actions: string[]) => ({ owner: actions, editor: actions });
const staff = (actions: string[]) => ({ moderator: actions, admin: actions });

// Written out by hand from the rules, not computed from the table it checks.
const LISTING: Record<State, Partial<Record<Role, string[]>>> = {
  DRAFT: { ...none, ...members(['EDIT', 'SUBMIT']) },
  PENDING_REVIEW: { ...none, ...members(['WITHDRAW']), ...staff(REVIEW) },
  CHANGES_REQUESTED: { ...none, ...members(['EDIT', 'SUBMIT']) },
  PUBLISHED: { ...none, ...members(['EDIT', 'ARCHIVE', 'RENEW']), ...staff(['UNPUBLISH']) },
  'PUBLISHED+DRAFT': { ...none, ...members(['EDIT', 'SUBMIT', 'ARCHIVE', 'RENEW']), ...staff(['UNPUBLISH']) },
  'PUBLISHED+CHANGES_REQUESTED': { ...none, ...members(['EDIT', 'SUBMIT', 'ARCHIVE', 'RENEW']), ...staff(['UNPUBLISH']) },
  'PUBLISHED+PENDING_REVIEW': { ...none, ...members(['WITHDRAW', 'RENEW']), ...staff([...REVIEW, 'UNPUBLISH']) },
  REJECTED: none,
  UNPUBLISHED: { ...none, ...members(['EDIT', 'SUBMIT']) },
  ARCHIVED: { ...none, ...members(['EDIT', 'SUBMIT']) },
  EXPIRED: { ...none, ...members(['EDIT', 'SUBMIT', 'RENEW']) },
};

// Owners alone manage a profile (editors only edit listings); profiles are not archived, renewed or unpublished.
const ORGANISATION: Record<State, Partial<Record<Role, string[]>>> = {
  DRAFT: { ...none, owner: ['EDIT', 'SUBMIT'] },
  PENDING_REVIEW: { ...none, owner: ['WITHDRAW'], ...staff(REVIEW) },
  CHANGES_REQUESTED: { ...none, owner: ['EDIT', 'SUBMIT'] },
  PUBLISHED: { ...none, owner: ['EDIT'] },
  'PUBLISHED+DRAFT': { ...none, owner: ['EDIT', 'SUBMIT'] },
  'PUBLISHED+CHANGES_REQUESTED': { ...none, owner: ['EDIT', 'SUBMIT'] },
  'PUBLISHED+PENDING_REVIEW': { ...none, owner: ['WITHDRAW'], ...staff(REVIEW) },
  REJECTED: none,
  UNPUBLISHED: { ...none, owner: ['EDIT', 'SUBMIT'] },
  ARCHIVED: { ...none, owner: ['EDIT', 'SUBMIT'] },
  EXPIRED: { ...none, owner: ['EDIT', 'SUBMIT'] },
};

let api: ApiApp;
const clients = {} as Record<Role, GraphQLClient>;
const users = {} as Record<Role, { id: string; email: string }>;

beforeAll(async () => {
  api = await startApi();
  const prisma = api.db.prisma;
  users.owner = await createUser(prisma);
  users.editor = await createUser(prisma);
  users.moderator = await createUser(prisma, { role: 'MODERATOR' });
  users.admin = await createUser(prisma, { role: 'ADMIN' });
  // A seller of another organisation: signed in, with no part in these items.
  users.stranger = await createUser(prisma);
  await addMember(prisma, users.stranger.id, (await createOrganisation(prisma)).id, 'OWNER');
  for (const role of ROLES) clients[role] = await api.as(users[role].email);
});
afterAll(() => api.close());

function split(state: State): { status: ModerationStatus; edit: RevisionStatus | null } {
  const [status, edit] = state.split('+') as [ModerationStatus, RevisionStatus | undefined];
  return { status, edit: edit ?? null };
}

async function organisationIn(state: State) {
  const prisma = api.db.prisma;
  const { status, edit } = split(state);
  const org = await createOrganisation(prisma, { status });
  await addMember(prisma, users.owner.id, org.id, 'OWNER');
  await addMember(prisma, users.editor.id, org.id, 'EDITOR');
  if (edit) await prisma.revision.create({ data: { entityType: 'organisation', entityId: org.id, content: {}, authorId: users.owner.id, status: edit } });
  return org;
}

async function listingIn(state: State) {
  const prisma = api.db.prisma;
  const { status, edit } = split(state);
  const org = await organisationIn('PUBLISHED');
  const listing = await createListing(prisma, org.id, { status });
  if (edit) await prisma.revision.create({ data: { entityType: 'listing', entityId: listing.id, content: {}, authorId: users.owner.id, status: edit } });
  return listing;
}

describe('the actions of an item', () => {
  for (const state of Object.keys(LISTING) as State[]) {
    it(`list the listing moves the table allows each role when ${state}`, async () => {
      const listing = await listingIn(state);
      for (const role of ROLES) {
        const res = await clients[role].request(`query($id: ID!) { listingById(id: $id) { actions } }`, { id: listing.id });
        expect(res.errors, role).toBeUndefined();
        expect(res.data.listingById?.actions ?? [], `${state} as ${role}`).toEqual(LISTING[state][role]);
      }
    });
  }

  for (const state of Object.keys(ORGANISATION) as State[]) {
    it(`list the profile moves the table allows each role when ${state}`, async () => {
      const org = await organisationIn(state);
      for (const role of ROLES) {
        const res = await clients[role].request(`query($s: String!) { organisation(slug: $s) { actions } }`, { s: org.slug });
        expect(res.errors, role).toBeUndefined();
        expect(res.data.organisation?.actions ?? [], `${state} as ${role}`).toEqual(ORGANISATION[state][role]);
      }
    });
  }
});

async function snapshot(): Promise<string> {
  const tables = ['Listing', 'Organisation', 'Revision', 'ModerationDecision', 'AuditEvent', 'Outbox', 'Notification'];
  const parts = await Promise.all(
    tables.map((t) => api.db.prisma.$queryRawUnsafe<{ h: string | null }[]>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS h FROM "${t}" t`)),
  );
  return parts.map((p, i) => `${tables[i]}=${p[0].h}`).join(' ');
}

describe('a move outside the table’s `by`', () => {
  const REJECT = { action: 'REJECT', reason: 'OTHER', comment: 'Không phù hợp.' };
  const cases: { name: string; role: Role; state: State; type: 'listing' | 'organisation'; query: string; extra?: Record<string, unknown> }[] = [
    { name: 'an editor submitting the profile', role: 'editor', state: 'DRAFT', type: 'organisation', query: `mutation($id: ID!) { submitOrganisation(id: $id) { __typename } }` },
    { name: 'an editor withdrawing the profile', role: 'editor', state: 'PENDING_REVIEW', type: 'organisation', query: `mutation($id: ID!) { withdrawOrganisation(id: $id) { __typename } }` },
    { name: 'a moderator archiving a listing', role: 'moderator', state: 'PUBLISHED', type: 'listing', query: `mutation($id: ID!) { archiveListing(id: $id) { __typename } }` },
    { name: 'an admin submitting a listing', role: 'admin', state: 'DRAFT', type: 'listing', query: `mutation($id: ID!) { submitListing(id: $id) { __typename } }` },
    { name: 'an owner approving their own listing', role: 'owner', state: 'PENDING_REVIEW', type: 'listing', query: `mutation($id: ID!, $r: ReviewInput!) { reviewListing(id: $id, review: $r) { __typename } }`, extra: { r: { ...REJECT, action: 'APPROVE' } } },
    { name: 'an owner approving the edit of their profile', role: 'owner', state: 'PUBLISHED+PENDING_REVIEW', type: 'organisation', query: `mutation($id: ID!, $r: ReviewInput!) { reviewOrganisation(id: $id, review: $r) { __typename } }`, extra: { r: { ...REJECT, action: 'APPROVE' } } },
    { name: 'an editor unpublishing a listing', role: 'editor', state: 'PUBLISHED', type: 'listing', query: `mutation($id: ID!, $r: ReviewInput!) { unpublishListing(id: $id, review: $r) { __typename } }`, extra: { r: { ...REJECT, action: 'UNPUBLISH' } } },
  ];
  for (const c of cases) {
    it(`is refused with FORBIDDEN and changes nothing: ${c.name}`, async () => {
      const item = c.type === 'listing' ? await listingIn(c.state) : await organisationIn(c.state);
      const before = await snapshot();
      const res = await clients[c.role].request(c.query, { id: item.id, ...c.extra });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await snapshot()).toBe(before);
    });
  }
});
