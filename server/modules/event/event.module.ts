// The event module's part of the composition root.
import type { PrismaClient } from '../../lib/prisma.ts';
import type { ListingService } from '../listing/listing.service.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { EventRepository } from './event.repository.ts';
import { EventService } from './event.service.ts';
import { MeetingService } from './meeting.service.ts';

export function createEventServices(prisma: PrismaClient, organisation: OrganisationService, listing: ListingService) {
  const repository = new EventRepository(prisma);
  const event = new EventService(repository, organisation, listing);
  return { event, meeting: new MeetingService(repository, event, organisation) };
}
