// What the clock does is recorded as the platform's doing: the audit trail names the platform, not a person and not
// "someone unknown", and the clock's moves refuse any caller but the platform.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../server/lib/request-context.ts';
import { startApi, type ApiApp } from '../support/api-app.ts';
import { addMember, createListing, createOrganisation, createUser } from '../support/factories.ts';

const TRAIL = `query($id: ID!) { listingById(id: $id) { status auditTrail { nodes { action actorName byPlatform } } } }`;

let api: ApiApp;

beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

describe('the platform as the actor of the clock', () => {
  it('records a listing expired by the clock as the platform’s act, and the admin’s audit trail says so', async () => {
    const org = await createOrganisation(api.db.prisma);
    const listing = await createListing(api.db.prisma, org.id, { validUntil: new Date(Date.now() - 60_000) });
    const admin = await createUser(api.db.prisma, { role: 'ADMIN' });

    expect(await api.app.services.listing.expireDue(systemContext())).toBe(1);

    const event = await api.db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: listing.id, action: 'listing.expire' } });
    expect(event).toMatchObject({ actorId: null, actorKind: 'PLATFORM' });
    const res = await (await api.as(admin.email)).request(TRAIL, { id: listing.id });
    expect(res.data.listingById.status).toBe('EXPIRED');
    expect(res.data.listingById.auditTrail.nodes).toEqual([{ action: 'listing.expire', actorName: null, byPlatform: true }]);
  });

  it('records the expiry reminder as the platform’s, and a person’s act as that person’s', async () => {
    const org = await createOrganisation(api.db.prisma);
    const owner = await createUser(api.db.prisma);
    await addMember(api.db.prisma, owner.id, org.id);
    const listing = await createListing(api.db.prisma, org.id, { validUntil: new Date(Date.now() + 3 * 86_400_000) });

    expect(await api.app.services.listing.warnExpiring(systemContext())).toBeGreaterThanOrEqual(1);
    const archived = await (await api.as(owner.email)).request(`mutation($id: ID!) { archiveListing(id: $id) { __typename } }`, { id: listing.id });
    expect(archived.data.archiveListing.__typename).toBe('Listing');

    const events = await api.db.prisma.auditEvent.findMany({ where: { entityId: listing.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.action, e.actorKind, e.actorId])).toEqual([
      ['listing.expiryWarning', 'PLATFORM', null],
      ['listing.archive', 'USER', owner.id],
    ]);
  });

  it('lets nobody but the platform run the clock’s moves', async () => {
    const person = await createUser(api.db.prisma, { role: 'ADMIN' });
    const asPerson = { ...systemContext(), platform: undefined, user: person };
    const services = api.app.services;
    for (const move of [
      () => services.listing.expireDue(asPerson),
      () => services.listing.warnExpiring(asPerson),
      () => services.deal.sendDueSurveys(asPerson),
      () => services.paymentClock.runDue(asPerson),
      () => services.account.purgeExpiredSessions(asPerson),
    ]) {
      await expect(move()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
