// What the caller may do with a listing or an organisation profile comes from the API (`actions`, computed from
// the one moderation workflow on the server); the web keeps no state table of its own, it reads the answer.
import type { RevisionStatus, WorkflowAction } from '$lib/graphql/generated';
import { normalisePath } from './listing-form';

export interface Moderated {
  actions: readonly WorkflowAction[];
  /** An open edit of published content (only a published item has one). */
  pendingRevision?: { status: RevisionStatus } | null;
}

export function can(item: Moderated, action: WorkflowAction): boolean {
  return item.actions.includes(action);
}

/** Sending to the department sends the open edit of a published item rather than the item itself. */
export function submitsEdit(item: Moderated): boolean {
  return !!item.pendingRevision && can(item, 'SUBMIT');
}

/** The department has it now: the only thing its members can do with the content is take it back. */
export function isUnderReview(item: Moderated): boolean {
  return can(item, 'WITHDRAW');
}

interface WithDecisions {
  status: string;
  pendingRevision?: { status: RevisionStatus } | null;
  /** The newest decisions first (the first page of them). */
  decisions?: {
    nodes: readonly {
      action: string;
      comment: string | null;
      fieldComments: readonly { field: string; comment: string }[];
    }[];
  };
}

/**
 * The department's open request for changes: the newest decision, when it asked for changes and the listing (or
 * its edit) is still waiting for them. Field comments come keyed by the form's input paths.
 */
export function openChangeRequest(listing: WithDecisions): { comment: string | null; fields: Record<string, string> } | null {
  const latest = listing.decisions?.nodes[0];
  const waiting = listing.status === 'CHANGES_REQUESTED' || listing.pendingRevision?.status === 'CHANGES_REQUESTED';
  if (!latest || latest.action !== 'REQUEST_CHANGES' || !waiting) return null;
  const fields: Record<string, string> = {};
  for (const { field, comment } of latest.fieldComments) {
    const path = normalisePath(field);
    fields[path] = fields[path] ? `${fields[path]} ${comment}` : comment;
  }
  return { comment: latest.comment, fields };
}
