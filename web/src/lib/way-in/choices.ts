// Where the header's "List something" and "Post a need" lead a signed-in person, from the organisations they belong
// to: straight to the workspace's new-listing form when there is one way, a choice when there are several, and
// otherwise the page that explains how to get a way (register, join, or post a need as an individual).
import type { ListingKind, OrganisationKind } from '$lib/graphql/generated';
import { LISTING_KINDS } from '$lib/listing-kinds';

export type PostIntent = 'offer' | 'need';

export interface MembershipChoice {
  organisation: { id: string; name: string; kind: OrganisationKind };
}

export interface PostOption {
  organisationId: string;
  name: string;
  personal: boolean;
  href: string;
}

export type PostWay = { kind: 'redirect'; href: string } | { kind: 'choose'; options: PostOption[] } | { kind: 'explain' };

/** The department's target for answering a registration, in working days (stated on the way-in pages). */
export const REVIEW_WORKING_DAYS = 5;

/** The kind the new-listing form starts with; an offer may still be switched to equipment there. */
export const FIRST_KIND: Record<PostIntent, ListingKind> = { offer: 'TECHNOLOGY_OFFER', need: 'TECHNOLOGY_REQUEST' };

export function newListingHref(organisationId: string, intent: PostIntent): string {
  return `/workspace/listings/new?${new URLSearchParams({ org: organisationId, kind: FIRST_KIND[intent] })}`;
}

export function postWay(memberships: readonly MembershipChoice[], intent: PostIntent): PostWay {
  // A person's requester profile posts needs only, and is offered last, after the organisations.
  const usable = memberships
    .filter((m) => intent === 'need' || m.organisation.kind !== 'INDIVIDUAL')
    .sort((a, b) => Number(a.organisation.kind === 'INDIVIDUAL') - Number(b.organisation.kind === 'INDIVIDUAL'));
  const options = usable.map(({ organisation: o }) => ({
    organisationId: o.id,
    name: o.name,
    personal: o.kind === 'INDIVIDUAL',
    href: newListingHref(o.id, intent),
  }));
  if (options.length === 0) return { kind: 'explain' };
  if (options.length === 1) return { kind: 'redirect', href: options[0]!.href };
  return { kind: 'choose', options };
}

/** What an organisation may post: a person's requester profile posts technology requests only. */
export function listingKindsFor(kind: OrganisationKind): readonly ListingKind[] {
  return kind === 'INDIVIDUAL' ? ['TECHNOLOGY_REQUEST'] : LISTING_KINDS;
}
