// Listings in the moderation workflow: how the workflow reads and writes them. Any member of the owning
// organisation manages a listing; it goes public only under an organisation the department has approved.
import { refusedMove } from '../moderation/workflow.ts';
import type { Moderated } from '../moderation/workflow.service.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { contentHash, contentOf, diffContent, type ListingContent } from './listing-content.ts';
import type { ListingRepository, ListingRow } from './listing.repository.ts';
import { missingForSubmission } from './listing.validation.ts';

export type ListingWorkflow = Moderated<ListingRow, ListingContent>;

export function listingWorkflow(repo: ListingRepository, organisations: OrganisationService): ListingWorkflow {
  const contentOfRow = async (listing: ListingRow) => contentOf(listing, await repo.ipTitlesOf([listing.id]));
  return {
    type: 'listing',
    moves: ['update', 'submit', 'withdraw', 'approve', 'requestChanges', 'reject', 'archive', 'unpublish', 'expire', 'renew',
      'revise', 'submitEdit', 'withdrawEdit', 'approveEdit', 'requestEditChanges', 'rejectEdit'],
    managers: ['OWNER', 'EDITOR'],
    organisationOf: (l) => l.organisationId,
    find: (id) => repo.findById(id),
    contentOf: contentOfRow,
    changes: diffContent,
    missing: (l, content) => missingForSubmission(l.kind, content),
    // A listing goes public with its owner's name: the organisation's own profile must have been approved first.
    // A person's requester profile is never public (their requests show no name), so it needs no approval.
    async objection(ctx, listing, move) {
      if (move !== 'approve') return null;
      const [owner] = await organisations.byIds([listing.organisationId]);
      return owner?.status !== 'PUBLISHED' && owner?.kind !== 'INDIVIDUAL' ? refusedMove(ctx.locale, 'ORGANISATION_NOT_PUBLISHED') : null;
    },
    async stamps(move, listing) {
      return move === 'approve' ? { publishedHash: contentHash(await contentOfRow(listing)), expiryWarnedAt: null } : {};
    },
    notice: (l, edit) => ({
      type: 'listing.decision',
      data: { title: edit?.titleVi ?? l.titleVi, titleEn: edit ? edit.titleEn : l.titleEn },
      link: `/workspace/listings/${l.id}`,
    }),
    store: {
      changeStatus: (tx, id, from, data) => repo.changeStatus(tx, id, from, data),
      saveContent: (tx, id, editable, content, columns) => repo.saveContent(tx, id, editable, content, columns),
      applyContent: (tx, listing, content) => repo.applyContent(tx, listing, content, contentHash(content)),
      reload: (tx, id) => repo.reload(tx, id),
    },
  };
}
