// What a seller may do with a listing in its current state (the API checks again; this decides which buttons show).
import type { ModerationStatus, RevisionStatus } from '$lib/graphql/generated';
import { normalisePath } from './listing-form';

export interface LifecycleListing {
  status: ModerationStatus;
  canEdit: boolean;
  missingForSubmission: readonly string[];
  pendingRevision: { status: RevisionStatus } | null;
  decisions?: readonly {
    action: string;
    comment: string | null;
    fieldComments: readonly { field: string; comment: string }[];
  }[];
}

const OPEN_REVISION: readonly RevisionStatus[] = ['DRAFT', 'CHANGES_REQUESTED'];
/** Where members edit the content itself (the API's lifecycle); a published listing is edited through a revision. */
export const DIRECTLY_EDITABLE: readonly ModerationStatus[] = ['DRAFT', 'CHANGES_REQUESTED', 'UNPUBLISHED', 'ARCHIVED', 'EXPIRED'];

/** An edit of published content is waiting for the seller (saved but not sent, or sent back). */
export function hasOpenRevision(listing: LifecycleListing): boolean {
  return !!listing.pendingRevision && OPEN_REVISION.includes(listing.pendingRevision.status);
}

export function isUnderReview(listing: LifecycleListing): boolean {
  return listing.status === 'PENDING_REVIEW' || listing.pendingRevision?.status === 'PENDING_REVIEW';
}

/**
 * Something can be sent to the department: a draft, a listing sent back, one taken off the exchange (archived,
 * expired, unpublished: it comes back after review), or an open edit of a published one.
 */
export function canSubmit(listing: LifecycleListing): boolean {
  if (!listing.canEdit) return false;
  if (DIRECTLY_EDITABLE.includes(listing.status)) return true;
  return listing.status === 'PUBLISHED' && hasOpenRevision(listing);
}

export function canWithdraw(listing: LifecycleListing): boolean {
  return listing.canEdit && isUnderReview(listing);
}

export function canArchive(listing: LifecycleListing): boolean {
  return listing.canEdit && listing.status === 'PUBLISHED' && !isUnderReview(listing);
}

export function canRenew(listing: LifecycleListing): boolean {
  return listing.canEdit && (listing.status === 'PUBLISHED' || listing.status === 'EXPIRED');
}

/** The form accepts changes: not while the department is reviewing, and not once rejected. */
export function isEditable(listing: LifecycleListing): boolean {
  if (!listing.canEdit || isUnderReview(listing)) return false;
  return listing.status === 'PUBLISHED' || DIRECTLY_EDITABLE.includes(listing.status);
}

/**
 * The department's open request for changes: the newest decision, when it asked for changes and the listing (or
 * its edit) is still waiting for them. Field comments come keyed by the form's input paths.
 */
export function openChangeRequest(listing: LifecycleListing): { comment: string | null; fields: Record<string, string> } | null {
  const latest = listing.decisions?.[0];
  const waiting = listing.status === 'CHANGES_REQUESTED' || listing.pendingRevision?.status === 'CHANGES_REQUESTED';
  if (!latest || latest.action !== 'REQUEST_CHANGES' || !waiting) return null;
  const fields: Record<string, string> = {};
  for (const { field, comment } of latest.fieldComments) {
    const path = normalisePath(field);
    fields[path] = fields[path] ? `${fields[path]} ${comment}` : comment;
  }
  return { comment: latest.comment, fields };
}
