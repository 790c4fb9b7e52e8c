// Loads the demo data once: the classification of fields of science (always brought up to date), then, if the
// demo admin does not exist yet, every demo row in one transaction with its audit events and outbox rows (written by
// the platform's own writers, with the platform or the demo moderator as the actor).
// `npx tsx prisma/seed/demo.ts` (npm run seed:demo) runs it against the configured database.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../server/config.ts';
import type { PrismaClient } from '../../server/generated/prisma/client.ts';
import { openDatabase } from '../../server/lib/database.ts';
import { createPrisma, type Tx } from '../../server/lib/prisma.ts';
import { hashPassword } from '../../server/modules/account/password.ts';
import { DEMO_ACCOUNTS, DEMO_MARKER_EMAIL, type DemoAccountKey } from './demo/accounts.ts';
import { DEMO_PASSWORD } from './demo/common.ts';
import { buildDemoRows, type DemoRows } from './demo/rows.ts';
import { seedFieldsOfScience } from './fields-of-science.ts';
import { demoConsents } from './demo/consents.ts';
import { contentHash, contentOf } from '../../server/modules/listing/listing-content.ts';
import { NDA_TEXTS, ndaHash } from '../../server/modules/inquiry/nda-texts.ts';
import { audit } from '../../server/modules/inquiry/inquiry.repository.ts';
import { recordChange } from '../../server/modules/moderation/moderation.repository.ts';
import { WorkflowRepository } from '../../server/modules/moderation/workflow.repository.ts';
import { MatchingRepository } from '../../server/modules/matching/matching.repository.ts';
import { matchPublishedListings } from '../../server/modules/matching/matching.service.ts';
import { buildDemoEventRows, insertDemoEvents } from './demo/events.ts';

export interface DemoCredentials {
  role: string;
  email: string;
  password: string;
}

export interface SeedDemoResult {
  seeded: boolean;
  accounts: DemoCredentials[];
}

// Arbitrary constant: serialises concurrent seeders (two instances starting against one database).
const SEED_LOCK_KEY = 72_140_518;

export const DEMO_CREDENTIALS: readonly DemoCredentials[] = Object.values(DEMO_ACCOUNTS).map((a) => ({
  role: a.label,
  email: a.email,
  password: DEMO_PASSWORD,
}));

export async function seedDemo(prisma: PrismaClient, log: (msg: string) => void = () => {}): Promise<SeedDemoResult> {
  await seedFieldsOfScience(prisma);
  await seedNdaVersions(prisma);
  const accounts = DEMO_CREDENTIALS.map((a) => ({ ...a }));
  if (await isSeeded(prisma)) return { seeded: false, accounts };

  // Hashing is slow by design, so it happens before the transaction opens.
  const rows = buildDemoRows(new Date(), await hashDemoPasswords());
  const seeded = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
      if (await isSeeded(tx)) return false; // another process got there first
      await insertRows(tx, rows, new WorkflowRepository(prisma));
      await stampApprovedContent(tx);
      // Publishing queues the matchmaking job; inserted rows queue nothing, so the demo's matches are computed here.
      await matchPublishedListings(tx, new MatchingRepository(prisma));
      return true;
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  if (seeded) {
    log(
      `Demo data: ${rows.organisations.length} organisations, ${rows.listings.length} listings, ` +
        `${rows.ipTitles.length} IP titles, ${rows.users.length} accounts`,
    );
  }
  return { seeded, accounts };
}

/** Published demo listings count as approved as they are, so renewing them unchanged needs no new review. */
async function stampApprovedContent(tx: Tx): Promise<void> {
  const listings = await tx.listing.findMany({ where: { status: { in: ['PUBLISHED', 'ARCHIVED', 'EXPIRED'] } }, include: { ipTitles: true } });
  for (const l of listings) {
    await tx.listing.update({ where: { id: l.id }, data: { publishedHash: contentHash(contentOf(l, l.ipTitles)) } });
  }
}

async function isSeeded(db: Tx): Promise<boolean> {
  return (await db.user.count({ where: { email: DEMO_MARKER_EMAIL } })) > 0;
}

async function hashDemoPasswords(): Promise<Record<DemoAccountKey, string>> {
  const keys = Object.keys(DEMO_ACCOUNTS) as DemoAccountKey[];
  const hashes = await Promise.all(keys.map(() => hashPassword(DEMO_PASSWORD)));
  return Object.fromEntries(keys.map((key, i) => [key, hashes[i]])) as Record<DemoAccountKey, string>;
}

/** In foreign-key order. */
async function insertRows(tx: Tx, rows: DemoRows, moderation: WorkflowRepository): Promise<void> {
  await tx.user.createMany({ data: rows.users });
  await tx.consent.createMany({ data: demoConsents(rows.users) });
  await tx.organisation.createMany({ data: rows.organisations });
  await tx.organisationField.createMany({ data: rows.organisationFields });
  await tx.membership.createMany({ data: rows.memberships });
  await tx.listing.createMany({ data: rows.listings });
  await tx.ipTitle.createMany({ data: rows.ipTitles });
  // The audit trail, the search outbox and the decisions come from the writers the services use; each carries its
  // date in the demo's history (a parameter of those writers), since a service would stamp the moment of seeding.
  for (const change of rows.changes) await recordChange(tx, change.audit, change.outbox);
  for (const decision of rows.decisions) await moderation.createDecision(tx, decision);
  if (rows.inquiries) {
    const i = rows.inquiries;
    await tx.inquiry.createMany({ data: i.inquiries });
    await tx.inquiryMessage.createMany({ data: i.messages });
    await tx.ndaAcceptance.createMany({ data: i.acceptances });
    await tx.deal.createMany({ data: i.deals });
    await tx.dealSurvey.createMany({ data: i.surveys });
    for (const event of i.auditEvents) await audit(tx, event);
    await backdateNdaVersions(tx, i.acceptances, rows.users[0]!.createdAt as Date);
  }
  await tx.notification.createMany({ data: rows.notifications });
  await insertDemoEvents(tx, buildDemoEventRows(rows, new Date()));
}

/**
 * A version row is written when first needed, which on a fresh install is this seed run, after the demo's
 * acceptances of it. In the demo's history the version was in force from the opening of the exchange (the demo
 * accounts' creation), so "in force since" never follows an acceptance.
 */
async function backdateNdaVersions(tx: Tx, acceptances: readonly { version: number }[], openedAt: Date): Promise<void> {
  const versions = [...new Set(acceptances.map((a) => a.version))];
  await tx.ndaVersion.updateMany({ where: { version: { in: versions }, effectiveAt: { gt: openedAt } }, data: { effectiveAt: openedAt } });
}

/** Every NDA version the code knows, written once (a version's text never changes; ON CONFLICT DO NOTHING). */
async function seedNdaVersions(prisma: PrismaClient): Promise<void> {
  await prisma.ndaVersion.createMany({
    data: NDA_TEXTS.map((t) => ({ version: t.version, titleVi: t.titleVi, titleEn: t.titleEn, bodyVi: t.bodyVi, bodyEn: t.bodyEn, textHash: ndaHash(t) })),
    skipDuplicates: true,
  });
}

async function main(): Promise<void> {
  const log = (msg: string) => console.log(`[seed:demo] ${msg}`);
  const db = await openDatabase(loadConfig());
  const prisma = createPrisma(db.url, 2);
  try {
    const result = await seedDemo(prisma, log);
    log(result.seeded ? 'Loaded the demo data.' : 'The demo data was already there; nothing changed.');
    log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const a of result.accounts) log(`  ${a.role.padEnd(10)} ${a.email}`);
  } finally {
    await prisma.$disconnect();
    await db.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
