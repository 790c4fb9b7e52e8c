// Composition root: one instance of each repository and service per application.
import type { Config } from './config.ts';
import type { PrismaClient } from './lib/prisma.ts';
import { AccountRepository } from './modules/account/account.repository.ts';
import { AccountService } from './modules/account/account.service.ts';
import { ListingRepository } from './modules/listing/listing.repository.ts';
import { ListingService } from './modules/listing/listing.service.ts';
import { ModerationRepository } from './modules/moderation/moderation.repository.ts';
import { ModerationService } from './modules/moderation/moderation.service.ts';
import { OrganisationRepository } from './modules/organisation/organisation.repository.ts';
import { OrganisationService } from './modules/organisation/organisation.service.ts';
import { TaxonomyRepository } from './modules/taxonomy/taxonomy.repository.ts';
import { TaxonomyService } from './modules/taxonomy/taxonomy.service.ts';

export function createServices(prisma: PrismaClient, config: Pick<Config, 'SESSION_TTL_DAYS'>) {
  const moderationRepository = new ModerationRepository(prisma);
  const organisation = new OrganisationService(new OrganisationRepository(prisma), moderationRepository);
  const taxonomy = new TaxonomyService(new TaxonomyRepository(prisma));
  const listing = new ListingService(new ListingRepository(prisma), organisation, moderationRepository, taxonomy);
  return {
    account: new AccountService(new AccountRepository(prisma), config.SESSION_TTL_DAYS),
    organisation,
    listing,
    taxonomy,
    moderation: new ModerationService(moderationRepository, listing),
  };
}

export type Services = ReturnType<typeof createServices>;
