import { describe, expect, it } from 'vitest';
import type { ModerationStatus, RevisionStatus, WorkflowAction } from '$lib/graphql/generated';
import { can, isUnderReview, openChangeRequest, submitsEdit } from './moderated';

const item = (actions: WorkflowAction[], revision: RevisionStatus | null = null) => ({ actions, pendingRevision: revision ? { status: revision } : null });
const listing = (status: ModerationStatus, revision: RevisionStatus | null = null) => ({
  status,
  pendingRevision: revision ? { status: revision } : null,
  decisions: [],
});

describe('what the caller may do', () => {
  it('is what the API’s actions say', () => {
    expect(can(item(['EDIT', 'SUBMIT']), 'SUBMIT')).toBe(true);
    expect(can(item(['WITHDRAW']), 'SUBMIT')).toBe(false);
    expect(isUnderReview(item(['WITHDRAW'], 'PENDING_REVIEW'))).toBe(true);
    expect(isUnderReview(item(['EDIT']))).toBe(false);
    // Submitting a published listing's open edit, not a draft.
    expect(submitsEdit(item(['EDIT', 'SUBMIT'], 'DRAFT'))).toBe(true);
    expect(submitsEdit(item(['EDIT', 'SUBMIT']))).toBe(false);
    expect(submitsEdit(item(['WITHDRAW'], 'PENDING_REVIEW'))).toBe(false);
  });

  it('reads the open request for changes, field comments keyed by input path', () => {
    const decision = {
      action: 'REQUEST_CHANGES',
      comment: 'Nêu số liệu.',
      fieldComments: [
        { field: 'technology.rights', comment: 'Chọn loại quyền.' },
        { field: 'input.summaryVi', comment: 'Quá dài.' },
      ],
    };
    expect(openChangeRequest({ ...listing('CHANGES_REQUESTED'), decisions: { nodes: [decision] } })).toEqual({
      comment: 'Nêu số liệu.',
      fields: { 'technology.rights.kind': 'Chọn loại quyền.', summaryVi: 'Quá dài.' },
    });
    // Once resubmitted, the old comments no longer ask for anything.
    expect(openChangeRequest({ ...listing('PENDING_REVIEW'), decisions: { nodes: [decision] } })).toBeNull();
  });
});
