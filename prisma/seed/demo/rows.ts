// Turns the demo constants into database rows (ids, slugs, dates relative to `now`) and into the changes the
// platform's own writers record for them (audit events with their outbox rows, the department's decisions), which
// demo.ts hands to those writers. Pure (apart from random ids), so the consistency rules below are checked without
// a database.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../../server/generated/prisma/client.ts';
import { ListingKind, ModerationStatus, OutboxOp } from '../../../server/generated/prisma/enums.ts';
import { auditActor, systemContext } from '../../../server/lib/request-context.ts';
import type { AuditInput } from '../../../server/modules/moderation/moderation.repository.ts';
import type { DecisionInput } from '../../../server/modules/moderation/workflow.repository.ts';
import { DEMO_ACCOUNTS, type DemoAccount, type DemoAccountKey } from './accounts.ts';
import { DEMO_PROVINCE } from './common.ts';
import { DEMO_IP_TITLES } from './ip-titles.ts';
import { DEMO_LISTINGS, type DemoListing } from './listings.ts';
import { DEMO_ORGANISATIONS, type DemoOrganisation, type DemoOrgKey } from './organisations.ts';
import { slugify } from '../../../server/lib/slug.ts';
import { buildDemoInquiryRows, type DemoInquiryRows } from './inquiry-rows.ts';
import { DEMO_DOSSIERS } from './inquiries.ts';
import { buildDemoNotifications } from './notifications.ts';

export interface DemoRows {
  users: Prisma.UserCreateManyInput[];
  organisations: Prisma.OrganisationCreateManyInput[];
  organisationFields: Prisma.OrganisationFieldCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  listings: Prisma.ListingCreateManyInput[];
  ipTitles: Prisma.IpTitleCreateManyInput[];
  /** Audit events, each with the search outbox row of what it made public (recordChange writes both). */
  changes: DemoChange[];
  /** The department's decisions (WorkflowRepository.createDecision writes them). */
  decisions: DecisionInput[];
  /** Inquiries, their threads, NDA acceptances, deals and surveys between the demo accounts. */
  inquiries?: DemoInquiryRows;
  /** What the demo's decisions and inquiries told the demo accounts (notifications.ts). */
  notifications: Prisma.NotificationCreateManyInput[];
}

export interface DemoChange {
  audit: AuditInput & { createdAt: Date };
  outbox?: OutboxOp;
}

export const SEED_AUDIT_ACTION = 'seed.create';
/** The seed is the platform's act: what it creates is recorded as the platform's, not a person's. */
export const SEED_CONTEXT = systemContext('vi', 'seed');

const DAY_MS = 86_400_000;
const DEFAULT_VALID_FOR_DAYS = 365;
/** Statuses a listing only reaches after having been public, so it carries a publishedAt. */
const ONCE_PUBLIC = new Set<ModerationStatus>([ModerationStatus.PUBLISHED, ModerationStatus.ARCHIVED]);

export function buildDemoRows(now: Date, passwordHashes: Record<DemoAccountKey, string>): DemoRows {
  const at = (days: number) => new Date(now.getTime() + days * DAY_MS);
  const rows: DemoRows = {
    users: [],
    organisations: [],
    organisationFields: [],
    memberships: [],
    listings: [],
    ipTitles: [],
    changes: [],
    decisions: [],
    notifications: [],
  };
  // What is public goes to the search index with its creation, as a publication sends it.
  const audit = (entityType: AuditInput['entityType'], entityId: string, createdAt: Date, data: Record<string, unknown>, published = false) =>
    rows.changes.push({
      audit: { ...auditActor(SEED_CONTEXT), action: SEED_AUDIT_ACTION, entityType, entityId, createdAt, data: { source: 'demo', ...data } },
      ...(published ? { outbox: OutboxOp.UPSERT } : {}),
    });
  const slugs = new Set<string>();
  const uniqueSlug = (text: string) => {
    const slug = slugify(text);
    if (slugs.has(slug)) throw new Error(`Demo data: two entries share the slug "${slug}"`);
    slugs.add(slug);
    return slug;
  };

  // Everything public was approved by the department's moderator when it went public: the decision the history
  // shows and the audit event a real approval writes, dated at publication (written once the moderator has an id).
  const approvals: { entityType: 'listing' | 'organisation'; entityId: string; at: Date }[] = [];
  const orgPublishedAt = {} as Record<DemoOrgKey, Date | null>;

  const orgIds = {} as Record<DemoOrgKey, string>;
  for (const [key, org] of Object.entries(DEMO_ORGANISATIONS) as [DemoOrgKey, DemoOrganisation][]) {
    const id = (orgIds[key] = randomUUID());
    const { fields, publishedDaysAgo, verified, ...profile } = org;
    const isPublished = org.status === ModerationStatus.PUBLISHED;
    if (isPublished !== (publishedDaysAgo !== undefined)) {
      throw new Error(`Demo data: organisation ${key} must have publishedDaysAgo exactly when it is PUBLISHED`);
    }
    const publishedAt = (orgPublishedAt[key] = publishedDaysAgo === undefined ? null : at(-publishedDaysAgo));
    const createdAt = at(-(publishedDaysAgo ?? 1) - 7);
    if (publishedAt) approvals.push({ entityType: 'organisation', entityId: id, at: publishedAt });
    rows.organisations.push({
      ...profile,
      id,
      slug: uniqueSlug(org.nameVi),
      publishedAt,
      verifiedAt: verified ? (publishedAt ?? createdAt) : null,
      createdAt,
      updatedAt: publishedAt ?? createdAt,
    });
    rows.organisationFields.push(...fields.map((fieldCode) => ({ organisationId: id, fieldCode })));
    audit('organisation', id, createdAt, { status: org.status, verified }, isPublished);
  }

  const userIds = {} as Record<DemoAccountKey, string>;
  const usersCreatedAt = at(-240);
  for (const [key, account] of Object.entries(DEMO_ACCOUNTS) as [DemoAccountKey, DemoAccount][]) {
    const id = (userIds[key] = randomUUID());
    const { email, displayName, role, locale } = account;
    rows.users.push({ id, email, displayName, role, locale, passwordHash: passwordHashes[key], createdAt: usersCreatedAt, updatedAt: usersCreatedAt, emailVerifiedAt: usersCreatedAt });
    audit('user', id, usersCreatedAt, { email, role });
    for (const m of account.memberships) {
      rows.memberships.push({ userId: id, organisationId: orgIds[m.org], role: m.role, createdAt: usersCreatedAt });
      audit('membership', `${id}:${orgIds[m.org]}`, usersCreatedAt, { organisation: m.org, role: m.role });
    }
  }

  const listingIds = new Map<string, string>();
  for (const listing of DEMO_LISTINGS) {
    const id = randomUUID();
    if (listing.key) listingIds.set(listing.key, id);
    const publishedAt = listingPublishedAt(listing, at);
    const createdAt = new Date((publishedAt ?? now).getTime() - 2 * DAY_MS);
    if (publishedAt) {
      const orgSince = orgPublishedAt[listing.org];
      // The department approves a listing only once its organisation's profile is public (listing.service review).
      if (!orgSince || orgSince > publishedAt) throw new Error(`Demo data: "${listing.titleVi}" went public before its organisation`);
      approvals.push({ entityType: 'listing', entityId: id, at: publishedAt });
    }
    rows.listings.push({
      id,
      slug: uniqueSlug(listing.titleVi),
      kind: listing.kind,
      status: listing.status,
      organisationId: orgIds[listing.org],
      createdById: listing.createdBy ? userIds[listing.createdBy] : null,
      titleVi: listing.titleVi,
      titleEn: listing.titleEn ?? null,
      summaryVi: listing.summaryVi,
      summaryEn: listing.summaryEn ?? null,
      descriptionVi: listing.descriptionVi ?? null,
      descriptionEn: listing.descriptionEn ?? null,
      fieldCode: listing.fieldCode,
      appraisalLevel: listing.appraisalLevel ?? null,
      keywords: listing.keywords,
      keywordsEn: listing.keywordsEn ?? [],
      ...priceColumns(listing),
      commune: listing.commune,
      province: DEMO_PROVINCE,
      ...kindColumns(listing, publishedAt ?? now),
      validUntil: at(listing.validForDays ?? DEFAULT_VALID_FOR_DAYS),
      publishedAt,
      createdAt,
      updatedAt: publishedAt ?? createdAt,
      ...(listing.key ? DEMO_DOSSIERS[listing.key] : undefined),
    });
    const data = listing.moderationNote ? { status: listing.status, moderationNote: listing.moderationNote } : { status: listing.status };
    audit('listing', id, createdAt, data, listing.status === ModerationStatus.PUBLISHED);
    // The moderator's note travels as the decision the seller sees in the workspace.
    if (listing.moderationNote && (listing.status === ModerationStatus.CHANGES_REQUESTED || listing.status === ModerationStatus.REJECTED)) {
      const rejected = listing.status === ModerationStatus.REJECTED;
      rows.decisions.push({
        entityType: 'listing',
        entityId: id,
        moderatorId: userIds.moderator,
        revisionId: null,
        action: rejected ? 'REJECT' : 'REQUEST_CHANGES',
        reason: rejected ? 'UNCLEAR_BENEFIT' : null,
        comment: listing.moderationNote,
        fieldComments: {},
        createdAt: new Date(createdAt.getTime() + DAY_MS),
      });
    }
  }

  for (const approval of approvals) {
    const { entityType, entityId, at: createdAt } = approval;
    rows.decisions.push({ entityType, entityId, revisionId: null, moderatorId: userIds.moderator, action: 'APPROVE', reason: null, comment: null, fieldComments: {}, createdAt });
    rows.changes.push({
      audit: {
        actorId: userIds.moderator,
        action: `${entityType}.approve`,
        entityType,
        entityId,
        createdAt,
        data: { source: 'demo', from: ModerationStatus.PENDING_REVIEW, to: ModerationStatus.PUBLISHED, action: 'APPROVE' },
      },
    });
  }

  for (const title of DEMO_IP_TITLES) {
    const id = randomUUID();
    const listingId = title.listing ? listingIds.get(title.listing) : undefined;
    if (title.listing && !listingId) throw new Error(`Demo data: IP title "${title.titleVi}" names unknown listing ${title.listing}`);
    const { org, listing: _listing, ...fields } = title;
    rows.ipTitles.push({ ...fields, id, organisationId: org ? orgIds[org] : null, listingId: listingId ?? null, createdAt: usersCreatedAt });
    audit('ipTitle', id, usersCreatedAt, { type: title.type, status: title.status });
  }
  rows.inquiries = buildDemoInquiryRows(now, rows.listings, listingIds, userIds, { ...auditActor(SEED_CONTEXT), action: SEED_AUDIT_ACTION });
  rows.notifications = buildDemoNotifications(now, rows, userIds);
  return rows;
}

function listingPublishedAt(listing: DemoListing, at: (days: number) => Date): Date | null {
  const wasPublic = ONCE_PUBLIC.has(listing.status);
  if (wasPublic !== (listing.publishedDaysAgo !== undefined)) {
    throw new Error(`Demo data: "${listing.titleVi}" must have publishedDaysAgo exactly when it is PUBLISHED or ARCHIVED`);
  }
  if (listing.status === ModerationStatus.PUBLISHED && DEMO_ORGANISATIONS[listing.org].status !== ModerationStatus.PUBLISHED) {
    throw new Error(`Demo data: "${listing.titleVi}" is PUBLISHED but its organisation is not`);
  }
  return listing.publishedDaysAgo === undefined ? null : at(-listing.publishedDaysAgo);
}

function priceColumns(listing: DemoListing): Pick<Prisma.ListingCreateManyInput, 'priceType' | 'priceMin' | 'priceMax'> {
  const { price } = listing;
  switch (price.type) {
    case 'NEGOTIABLE':
      return { priceType: 'NEGOTIABLE', priceMin: null, priceMax: null };
    case 'FIXED':
      return { priceType: 'FIXED', priceMin: price.amount, priceMax: price.amount };
    case 'RANGE':
      return { priceType: 'RANGE', priceMin: price.min, priceMax: price.max };
  }
}

/** The columns whose meaning depends on the kind: TRL, the hidden-name flag and the JSON details. */
function kindColumns(
  listing: DemoListing,
  postedAt: Date,
): Pick<Prisma.ListingCreateManyInput, 'trl' | 'hideOrganisation' | 'details'> {
  if (listing.kind !== ListingKind.TECHNOLOGY_REQUEST) {
    return { trl: listing.trl ?? null, hideOrganisation: false, details: { ...listing.details } };
  }
  const { respondWithinDays, ...details } = listing.details;
  const deadline = new Date(postedAt.getTime() + respondWithinDays * DAY_MS);
  return {
    trl: details.minTrl,
    hideOrganisation: listing.hideOrganisation ?? false,
    details: { ...details, responseDeadline: deadline.toISOString().slice(0, 10) },
  };
}
