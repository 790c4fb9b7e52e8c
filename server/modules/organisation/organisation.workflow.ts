// Organisation profiles in the moderation workflow: only owners manage the profile (editors only edit listings);
// a saved edit of a published profile goes to review at once; a person's requester profile is outside it.
import { inputError } from '../../lib/validation.ts';
import { diffFields } from '../moderation/diff.ts';
import type { Moderated } from '../moderation/workflow.service.ts';
import { contentOfOrganisation, missingForOrganisation, ORGANISATION_FIELDS, type OrganisationContent } from './organisation-content.ts';
import type { OrganisationRepository, OrganisationRow } from './organisation.repository.ts';

export type OrganisationWorkflow = Moderated<OrganisationRow, OrganisationContent>;

export function organisationWorkflow(repo: OrganisationRepository): OrganisationWorkflow {
  return {
    type: 'organisation',
    moves: ['update', 'submit', 'withdraw', 'approve', 'requestChanges', 'reject', 'revise', 'submitEdit', 'withdrawEdit', 'approveEdit', 'requestEditChanges', 'rejectEdit'],
    managers: ['OWNER'],
    submitEditOnSave: true,
    organisationOf: (o) => o.id,
    find: (id) => repo.findById(id),
    contentOf: async (o) => contentOfOrganisation(o, await repo.fieldCodesOf(o.id)),
    changes: (before, after) => diffFields(before, after, ORGANISATION_FIELDS),
    missing: (_o, content) => missingForOrganisation(content),
    // A person's requester profile is theirs alone: it is not edited, submitted for review or shared.
    outside: (ctx, o) => (o.kind === 'INDIVIDUAL' ? inputError(ctx.locale, [], 'PERSONAL_PROFILE') : null),
    notice: (o, edit) => ({
      type: 'organisation.decision',
      data: { name: edit?.nameVi ?? o.nameVi, nameEn: edit ? edit.nameEn : o.nameEn },
      link: `/workspace/organisations/${o.id}`,
    }),
    store: {
      changeStatus: (tx, id, from, data) => repo.changeStatus(tx, id, from, data),
      saveContent: (tx, id, editable, content) => repo.saveContent(tx, id, editable, content),
      applyContent: (tx, o, content) => repo.applyContent(tx, o.id, content),
      reload: (tx, id) => repo.reload(tx, id),
    },
  };
}
