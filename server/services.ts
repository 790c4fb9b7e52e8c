// Composition root: one instance of each repository and service per application.
import path from 'node:path';
import type { Config } from './config.ts';
import type { PrismaClient } from './lib/prisma.ts';
import { AccountRepository } from './modules/account/account.repository.ts';
import { AccountService } from './modules/account/account.service.ts';
import { AccountSettingsRepository } from './modules/account/account-settings.repository.ts';
import { AccountSettingsService } from './modules/account/account-settings.service.ts';
import { AccountLinksRepository } from './modules/account/account-links.repository.ts';
import { AccountLinksService, type AccountLinkConfig } from './modules/account/account-links.service.ts';
import { ListingRepository } from './modules/listing/listing.repository.ts';
import { ListingService } from './modules/listing/listing.service.ts';
import { ListingImageService } from './modules/listing/listing-image.service.ts';
import type { SearchEngine } from '../search/types.ts';
import { SearchService } from './modules/search/search.service.ts';
import { ModerationRepository } from './modules/moderation/moderation.repository.ts';
import { ModerationService } from './modules/moderation/moderation.service.ts';
import { WorkflowRepository } from './modules/moderation/workflow.repository.ts';
import { WorkflowService } from './modules/moderation/workflow.service.ts';
import { ListingQueries } from './modules/listing/listing.queries.ts';
import { OrganisationQueries } from './modules/organisation/organisation.queries.ts';
import { NotificationRepository } from './modules/notification/notification.repository.ts';
import { NotificationService } from './modules/notification/notification.service.ts';
import { OrganisationRepository } from './modules/organisation/organisation.repository.ts';
import { OrganisationService } from './modules/organisation/organisation.service.ts';
import { TaxonomyRepository } from './modules/taxonomy/taxonomy.repository.ts';
import { TaxonomyService } from './modules/taxonomy/taxonomy.service.ts';
import { createPaymentServices, type PaymentConfig } from './modules/payment/payment.module.ts';
import type Stripe from 'stripe';
import { createInquiryServices, type InquiryConfig } from './modules/inquiry/inquiry.module.ts';
import { createPrivacyService, type PrivacyConfig } from './modules/privacy/privacy.module.ts';
import { PeopleRepository } from './modules/people/people.repository.ts';
import { PeopleService } from './modules/people/people.service.ts';
import { createSystemService, type SystemRuntime } from './modules/operations/system.module.ts';
import { createBackupService, type BackupConfig } from './modules/operations/backup.module.ts';

/** What the services need from the running application, built around them (hence getters where it comes later). */
export interface ServiceRuntime {
  // The engine is created after the services (it needs them for indexing).
  searchEngine: () => SearchEngine;
  // The Stripe client (null: payments off) is decorated by its own plugin.
  stripe?: () => Stripe | null;
  // The readiness checks (health plugin, registered later) and the log, for the admins' System page.
  system?: SystemRuntime;
  // The database behind `prisma`, for pg_dump (backups); null where none is needed.
  databaseUrl?: string | null;
}
import { JobsRepository } from './modules/jobs/jobs.repository.ts';
import { JobsService } from './modules/jobs/jobs.service.ts';
import { SearchDemandRepository } from './modules/search/search-demand.repository.ts';
import { SearchDemandService } from './modules/search/search-demand.service.ts';
import { createReportServices } from './modules/report/report.module.ts';
import { searchDemandSection } from './modules/search/search-demand.report.ts';
import type { PublicationListener } from './modules/matchmaking/publication.ts';
import { IntroductionRepository } from './modules/introduction/introduction.repository.ts';
import { IntroductionService } from './modules/introduction/introduction.service.ts';
import { matchmakingSection } from './modules/introduction/matchmaking.report.ts';
import { BookmarkRepository } from './modules/bookmark/bookmark.repository.ts';
import { BookmarkService } from './modules/bookmark/bookmark.service.ts';
import { createAlertServices } from './modules/alerts/alerts.module.ts';
import { MatchingRepository } from './modules/matching/matching.repository.ts';
import { MatchingService } from './modules/matching/matching.service.ts';
import { createEventServices } from './modules/event/event.module.ts';

export function createServices(
  prisma: PrismaClient,
  config: Pick<Config, 'SESSION_TTL_DAYS' | 'UPLOAD_DIR' | 'MAX_IMAGE_BYTES' | 'MAX_IMAGES_PER_LISTING' | 'SEARCH_CACHE_TTL_MS' | 'GIT_COMMIT' | 'SEARCH_DEMAND_RETENTION_DAYS' | 'MATCH_NOTICES_PER_WEEK'> & PaymentConfig & InquiryConfig & AccountLinkConfig & PrivacyConfig & BackupConfig,
  { searchEngine, stripe = () => null, system = { readiness: async () => ({ status: 'not_ready', checks: {} }), log: console }, databaseUrl = null }: ServiceRuntime,
) {
  const moderationRepository = new ModerationRepository(prisma);
  const organisationRepository = new OrganisationRepository(prisma);
  // One moderation workflow for every moderated type; who manages an item is read from the memberships.
  const workflow = new WorkflowService(new WorkflowRepository(prisma), organisationRepository);
  const organisation = new OrganisationService(organisationRepository, workflow);
  const taxonomy = new TaxonomyService(new TaxonomyRepository(prisma));
  const listingRepository = new ListingRepository(prisma);
  const listing = new ListingService(listingRepository, organisation, workflow, taxonomy);
  const accountLinks = new AccountLinksService(new AccountLinksRepository(prisma), config);
  const privacy = createPrivacyService(prisma, config);
  const search = new SearchService(searchEngine, listing, organisation, config.SEARCH_CACHE_TTL_MS);
  const searchDemand = new SearchDemandService(new SearchDemandRepository(prisma), { retentionDays: config.SEARCH_DEMAND_RETENTION_DAYS });
  const matching = new MatchingService(new MatchingRepository(prisma), searchEngine, listing, organisation, taxonomy, { noticesPerWeek: config.MATCH_NOTICES_PER_WEEK });
  const account = new AccountService(new AccountRepository(prisma), config.SESSION_TTL_DAYS, privacy.documents, accountLinks);
  const inquiries = createInquiryServices(prisma, config, organisation, listing);
  const introductionRepository = new IntroductionRepository(prisma);
  const alerts = createAlertServices(prisma, searchEngine, taxonomy);
  return {
    ...createPaymentServices(prisma, config, stripe),
    account,
    accountSettings: new AccountSettingsService(new AccountSettingsRepository(prisma), account),
    accountLinks,
    privacy,
    organisation,
    listing,
    listingImages: new ListingImageService(listingRepository, listing, {
      dir: path.join(config.UPLOAD_DIR, 'listing-images'),
      maxBytes: config.MAX_IMAGE_BYTES,
      maxPerListing: config.MAX_IMAGES_PER_LISTING,
    }),
    taxonomy,
    moderation: new ModerationService(moderationRepository, listing),
    search,
    notification: new NotificationService(new NotificationRepository(prisma)),
    ...inquiries,
    people: new PeopleService(new PeopleRepository(prisma), organisation),
    system: createSystemService(prisma, config, searchEngine, () => search.invalidate(), system),
    listingQueries: new ListingQueries(listingRepository, organisation, moderationRepository, workflow),
    organisationQueries: new OrganisationQueries(organisationRepository, organisation, moderationRepository, workflow),
    backup: createBackupService(prisma, config, databaseUrl),
    jobs: new JobsService(new JobsRepository(prisma)),
    searchDemand,
    ...createReportServices(prisma, [searchDemandSection(searchDemand), matchmakingSection(introductionRepository)]),
    introduction: new IntroductionService(introductionRepository, organisation, inquiries.inquiry),
    bookmark: new BookmarkService(new BookmarkRepository(prisma), listing, organisation),
    alerts: alerts.alerts,
    alertDigests: alerts.digests,
    matching,
    // Run in order when a listing or an organisation is published (server/modules/matchmaking/publication.ts).
    publicationListeners: [alerts.savedSearchAlerts, matching.listener()] as PublicationListener[],
    ...createEventServices(prisma, organisation, listing),
  };
}

export type Services = ReturnType<typeof createServices>;
