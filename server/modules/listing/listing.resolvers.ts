import type { Resolvers } from '../../graphql/generated.ts';
import type { Loaders } from '../../graphql/loaders.ts';
import { localized } from '../access.ts';
import type { ListingInput } from './listing.validation.ts';
import { renderMarkdown } from './markdown.ts';
import { MEDIA_PREFIX } from '../../plugins/media.ts';
import type { IpTitleContent } from './listing-content.ts';

const withKind = <T>(kind: string, wanted: string, details: unknown) => (kind === wanted ? (details as T) : null);

export const listingResolvers: Resolvers = {
  Query: {
    latestListings: (_, { first, kind }, ctx) => ctx.services.listing.latest(ctx, first, kind),
    listing: (_, { slug }, ctx) => ctx.services.listing.bySlug(ctx, slug),
    listingById: (_, { id }, ctx) => ctx.services.listing.byId(ctx, id),
    myListings: (_, { organisationId, statuses, ...page }, ctx) => ctx.services.listing.mine(ctx, organisationId, statuses, page),
  },
  Mutation: {
    createListing: (_, { organisationId, kind, input }, ctx) =>
      ctx.services.listing.create(ctx, organisationId, kind, input as ListingInput),
    updateListing: (_, { id, input }, ctx) => ctx.services.listing.update(ctx, id, input as ListingInput),
    setListingIpTitles: (_, { id, ipTitles }, ctx) =>
      ctx.services.listing.setIpTitles(
        ctx,
        id,
        ipTitles.map((t): IpTitleContent => ({
          type: t.type, status: t.status, number: t.number ?? null, titleVi: t.title, titleEn: t.titleEn ?? null, ownerName: t.ownerName,
          grantedAt: t.grantedAt ? t.grantedAt.toISOString().slice(0, 10) : null,
        })),
      ),
    submitListing: (_, { id }, ctx) => ctx.services.listing.submit(ctx, id),
    withdrawListing: (_, { id }, ctx) => ctx.services.listing.withdraw(ctx, id),
    archiveListing: (_, { id }, ctx) => ctx.services.listing.archive(ctx, id),
    renewListing: (_, { id, validUntil }, ctx) => ctx.services.listing.renew(ctx, id, validUntil),
    deleteListingImage: (_, { id }, ctx) => ctx.services.listingImages.remove(ctx, id),
    createPersonalRequest: (_, { input }, ctx) => ctx.services.listing.createPersonalRequest(ctx, input as ListingInput),
  },
  Listing: {
    title: (l, _, ctx) => localized(ctx, l.titleVi, l.titleEn),
    summary: (l, _, ctx) => localized(ctx, l.summaryVi, l.summaryEn),
    description: (l, _, ctx) => (l.descriptionVi ? localized(ctx, l.descriptionVi, l.descriptionEn) : null),
    descriptionHtml: (l, _, ctx) => (l.descriptionVi ? renderMarkdown(localized(ctx, l.descriptionVi, l.descriptionEn)) : null),
    descriptionViHtml: (l) => (l.descriptionVi ? renderMarkdown(l.descriptionVi) : null),
    descriptionEnHtml: (l) => (l.descriptionEn ? renderMarkdown(l.descriptionEn) : null),
    price: (l) => ({ type: l.priceType, min: l.priceMin, max: l.priceMax }),
    technology: (l) => withKind(l.kind, 'TECHNOLOGY_OFFER', l.details),
    equipment: (l) => withKind(l.kind, 'EQUIPMENT_OFFER', l.details),
    request: (l) => withKind(l.kind, 'TECHNOLOGY_REQUEST', l.details),
  },
  ListingImage: {
    url: (i) => `${MEDIA_PREFIX}${i.fileName}`,
  },
  IpTitle: {
    title: (t) => t.titleVi,
    grantedAt: (t) => t.grantedAt,
  },
  TechnologyOfferDetails: {
    advantages: (d) => d.advantages ?? [],
    advantagesEn: (d) => d.advantagesEn ?? [],
    applications: (d) => d.applications ?? [],
    applicationsEn: (d) => d.applicationsEn ?? [],
    problemSolved: (d) => d.problemSolved ?? '',
    trlEvidence: (d) => d.trlEvidence ?? '',
    transferObjects: (d) => d.transferObjects ?? [],
    transferForms: (d) => d.transferForms ?? [],
    transferModes: (d) => d.transferModes ?? [],
    dealTypes: (d) => d.dealTypes ?? [],
    support: (d) => d.support ?? '',
  },
  EquipmentOfferDetails: {
    make: (d) => d.make ?? '',
    model: (d) => d.model ?? '',
    origin: (d) => d.origin ?? '',
    quantity: (d) => d.quantity ?? 1,
    installation: (d) => d.installation ?? '',
    warranty: (d) => d.warranty ?? '',
    knowHowIncluded: (d) => d.knowHowIncluded ?? false,
    canDemonstrate: (d) => d.canDemonstrate ?? false,
    dealTypes: (d) => d.dealTypes ?? [],
    specifications: (d) => Object.entries(d.specifications ?? {}).map(([name, value]) => ({ name, value })),
    specificationsEn: (d) => Object.entries(d.specificationsEn ?? {}).map(([name, value]) => ({ name, value })),
  },
  TransferRights: {
    territoryEn: (r) => r.territoryEn ?? null,
  },
  TechnologyRequestDetails: {
    problem: (d) => d.problem ?? '',
    currentSolution: (d) => d.currentSolution ?? '',
    requiredSpecs: (d) => d.requiredSpecs ?? [],
    requiredSpecsEn: (d) => d.requiredSpecsEn ?? [],
    budgetMin: (d) => (d.budget?.min == null ? null : BigInt(d.budget.min)),
    budgetMax: (d) => (d.budget?.max == null ? null : BigInt(d.budget.max)),
    partnerTypes: (d) => d.partnerType ?? [],
    preferredForms: (d) => d.preferredForms ?? [],
    preferredModes: (d) => d.preferredModes ?? [],
  },
};

export const listingLoaders: Loaders = {
  Listing: {
    organisation: (queries, ctx) => ctx.services.listingQueries.ownersOf(ctx, queries.map((q) => q.obj)),
    field: (queries, ctx) => ctx.services.taxonomy.byCodes(queries.map((q) => q.obj.fieldCode ?? '')),
    ipTitles: (queries, ctx) => ctx.services.listingQueries.ipTitlesOf(queries.map((q) => q.obj.id)),
    images: (queries, ctx) => ctx.services.listingImages.imagesOf(queries.map((q) => q.obj.id)),
    verifiedClaims: (queries, ctx) => ctx.services.listingQueries.verifiedClaimsOf(queries.map((q) => q.obj)),
    canEdit: (queries, ctx) => ctx.services.listing.canEdit(ctx, queries.map((q) => q.obj)),
    missingForSubmission: (queries, ctx) => ctx.services.listingQueries.missingOf(ctx, queries.map((q) => q.obj)),
    pendingRevision: (queries, ctx) => ctx.services.listingQueries.pendingRevisions(ctx, queries.map((q) => q.obj)),
    decisions: (queries, ctx) => ctx.services.listingQueries.decisionsOf(ctx, queries),
    auditTrail: (queries, ctx) => ctx.services.listingQueries.auditTrails(ctx, queries),
    postedByIndividual: (queries, ctx) => ctx.services.listingQueries.postedByIndividual(queries.map((q) => q.obj)),
    actions: (queries, ctx) => ctx.services.listingQueries.actionsOf(ctx, queries.map((q) => q.obj)),
  },
};
