// Turns the demo inquiries into rows: the inquiry, its thread, the NDA acceptances (of the current version, with its
// hash), the deal with its registration duty worked out as the service does, one survey per side, and a seed audit
// event for each inquiry and deal (written by the inquiry repository's audit writer).
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../../server/generated/prisma/client.ts';
import { addMonths, registrationOf, todayInVietnam } from '../../../server/modules/deal/registration.ts';
import { CURRENT_NDA, ndaHash } from '../../../server/modules/inquiry/nda-texts.ts';
import type { InquiryAudit } from '../../../server/modules/inquiry/inquiry.repository.ts';
import type { DemoAccountKey } from './accounts.ts';
import { DEMO_INQUIRIES, DEMO_SURVEY_MONTHS } from './inquiries.ts';

export interface DemoInquiryRows {
  inquiries: Prisma.InquiryCreateManyInput[];
  messages: Prisma.InquiryMessageCreateManyInput[];
  acceptances: Prisma.NdaAcceptanceCreateManyInput[];
  deals: Prisma.DealCreateManyInput[];
  surveys: Prisma.DealSurveyCreateManyInput[];
  auditEvents: (InquiryAudit & { createdAt: Date })[];
}

const HOUR_MS = 3_600_000;

export function buildDemoInquiryRows(
  now: Date,
  listings: readonly Prisma.ListingCreateManyInput[],
  listingIds: ReadonlyMap<string, string>,
  userIds: Record<DemoAccountKey, string>,
  seed: Pick<InquiryAudit, 'actorId' | 'actorKind' | 'action'>,
): DemoInquiryRows {
  const rows: DemoInquiryRows = { inquiries: [], messages: [], acceptances: [], deals: [], surveys: [], auditEvents: [] };
  const past = (date: Date, what: string) => {
    if (date.getTime() > now.getTime()) throw new Error(`Demo data: ${what} would be in the future`);
    return date;
  };
  for (const demo of DEMO_INQUIRIES) {
    const listing = listings.find((l) => l.id === listingIds.get(demo.listing));
    if (!listing?.publishedAt) throw new Error(`Demo data: inquiry on unknown or unpublished listing ${demo.listing}`);
    const id = randomUUID();
    const openedAt = past(new Date(new Date(listing.publishedAt).getTime() + demo.openedHoursAfterPublication * HOUR_MS), `inquiry on ${demo.listing}`);
    const at = (hours: number) => past(new Date(openedAt.getTime() + hours * HOUR_MS), `a step of the inquiry on ${demo.listing}`);
    const times = [0, ...demo.messages.map((m) => m.hoursAfterOpen), ...(demo.nda?.acceptedBy.map((a) => a.hoursAfterOpen) ?? [])];
    const closedAt = demo.deal ? at(demo.deal.signedHoursAfterOpen) : null;
    rows.inquiries.push({
      id,
      direction: 'INQUIRY',
      listingId: listing.id!,
      ownerOrganisationId: listing.organisationId,
      requesterId: userIds[demo.requester],
      requesterOrganisationName: demo.requesterOrganisationName,
      message: demo.message,
      intendedUse: demo.intendedUse,
      status: demo.status,
      ndaVersion: demo.nda ? CURRENT_NDA.version : null,
      ndaRequestedAt: demo.nda ? at(demo.nda.requestedHoursAfterOpen) : null,
      createdAt: openedAt,
      updatedAt: closedAt ?? at(Math.max(...times)),
      closedAt,
    });
    rows.auditEvents.push({ ...seed, entityType: 'inquiry', entityId: id, createdAt: openedAt, data: { source: 'demo', status: demo.status } });
    for (const m of demo.messages) {
      rows.messages.push({ inquiryId: id, authorId: userIds[m.by], side: m.side, body: m.body, createdAt: at(m.hoursAfterOpen) });
    }
    for (const a of demo.nda?.acceptedBy ?? []) {
      rows.acceptances.push({
        inquiryId: id, side: a.side, userId: userIds[a.by], version: CURRENT_NDA.version, textHash: ndaHash(CURRENT_NDA), acceptedAt: at(a.hoursAfterOpen),
      });
    }
    if (demo.deal) {
      const { recordedBy, signedHoursAfterOpen, crossBorder, stateFunded, ...terms } = demo.deal;
      const dealId = randomUUID();
      const signedOn = todayInVietnam(at(signedHoursAfterOpen));
      const registration = registrationOf({ crossBorder, stateFunded });
      rows.deals.push({
        id: dealId,
        inquiryId: id,
        listingId: listing.id!,
        sellerOrganisationId: listing.organisationId,
        buyerUserId: userIds[demo.requester],
        buyerOrganisationName: demo.requesterOrganisationName,
        ...terms,
        signedOn: new Date(`${signedOn}T00:00:00Z`),
        registrationRequired: registration.required,
        registrationReason: registration.reason,
        recordedById: userIds[recordedBy],
        surveyDueAt: addMonths(signedOn, DEMO_SURVEY_MONTHS),
        createdAt: closedAt!,
      });
      rows.surveys.push({ dealId, side: 'REQUESTER' }, { dealId, side: 'OWNER' });
      rows.auditEvents.push({ ...seed, entityType: 'deal', entityId: dealId, createdAt: closedAt!, data: { source: 'demo', inquiryId: id } });
    }
  }
  return rows;
}
