// The inquiry and deal modules' part of the composition root.
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { PrismaClient } from '../../lib/prisma.ts';
import { MAX_ATTACHMENTS_PER_MESSAGE } from '../../plugins/inquiry-attachments.ts';
import { DealRepository } from '../deal/deal.repository.ts';
import { DealService } from '../deal/deal.service.ts';
import type { ListingService } from '../listing/listing.service.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { AttachmentStore } from './attachment-store.ts';
import { InquiryRepository } from './inquiry.repository.ts';
import { InquiryQueries } from './inquiry.queries.ts';
import { InquiryService } from './inquiry.service.ts';

export type InquiryConfig = Pick<Config, 'UPLOAD_DIR' | 'MAX_ATTACHMENT_BYTES' | 'DEAL_SURVEY_MONTHS'>;

export function createInquiryServices(prisma: PrismaClient, config: InquiryConfig, organisation: OrganisationService, listing: ListingService) {
  const files = new AttachmentStore({
    dir: path.join(config.UPLOAD_DIR, 'inquiry-attachments'),
    maxBytes: config.MAX_ATTACHMENT_BYTES,
    maxPerMessage: MAX_ATTACHMENTS_PER_MESSAGE,
  });
  const repository = new InquiryRepository(prisma);
  const inquiryQueries = new InquiryQueries(repository, organisation, listing);
  const inquiry = new InquiryService(repository, inquiryQueries, organisation, listing, files);
  const deal = new DealService(new DealRepository(prisma), inquiry, organisation, listing, config.DEAL_SURVEY_MONTHS);
  return { inquiry, inquiryQueries, deal };
}
