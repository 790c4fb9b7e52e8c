// The listing page's inquiry box and confidential dossier: one GraphQL call for signed-in readers, none for visitors
// (who can neither inquire nor read a dossier).
import type { RequestEvent } from '@sveltejs/kit';
import { ListingInquiryBoxDocument, type ListingKind, type ModerationStatus } from '$lib/graphql/generated';
import { isStaff } from '$lib/moderation/guard';
import { gql } from '$lib/server/api';
import { directionOf, type DossierData, type InquiryBoxData } from './box';

type Event = Pick<RequestEvent, 'cookies' | 'request' | 'getClientAddress' | 'locals'>;

interface ListingFacts {
  id: string;
  kind: ListingKind;
  status: ModerationStatus;
  organisation?: { id: string } | null;
}

export async function loadInquiryBox(event: Event, listing: ListingFacts): Promise<{ box: InquiryBoxData | null; dossier: DossierData | null }> {
  const base = {
    listingId: listing.id,
    direction: directionOf(listing.kind),
    canInquire: false,
    myInquiry: null,
    organisations: [],
    ownerOrganisationId: listing.organisation?.id ?? null,
  };
  if (!event.locals.user) return { box: listing.status === 'PUBLISHED' ? { ...base, viewer: 'visitor' } : null, dossier: null };

  const { listingById, me } = await gql(event, ListingInquiryBoxDocument, { id: listing.id });
  if (!listingById) return { box: null, dossier: null };
  const member = listingById.canEdit;
  const dossier: DossierData | null = listingById.dossier
    ? { html: listingById.dossier, reason: member ? 'member' : isStaff(event.locals.user) ? 'staff' : 'nda' }
    : null;
  const box: InquiryBoxData = {
    ...base,
    viewer: member ? 'member' : 'other',
    canInquire: listingById.canInquire,
    myInquiry: listingById.myInquiry ?? null,
    // A person's requester profile speaks for nobody: they write as themselves or for a real organisation.
    organisations: (me?.memberships ?? []).map((m) => m.organisation).filter((o) => o.kind !== 'INDIVIDUAL'),
  };
  // Nothing to say to a reader who can do nothing here (e.g. staff on an unpublished listing).
  const silent = !member && !box.canInquire && !box.myInquiry && !(listing.status === 'PUBLISHED' && box.direction === 'PROPOSAL');
  return { box: silent ? null : box, dossier };
}
