import type { Config } from '../../config.ts';
import type { PrismaClient } from '../../lib/prisma.ts';
import { LegalDocuments } from './legal-documents.ts';
import { PrivacyRepository } from './privacy.repository.ts';
import { PrivacyService } from './privacy.service.ts';

export type PrivacyConfig = Pick<Config, 'PRIVACY_REQUEST_WORKING_DAYS'>;

/** One registry of legal texts per application, so a test can publish a version without touching others. */
export function createPrivacyService(prisma: PrismaClient, config: PrivacyConfig): PrivacyService {
  return new PrivacyService(new PrivacyRepository(prisma), new LegalDocuments(), { workingDays: config.PRIVACY_REQUEST_WORKING_DAYS });
}
