import { describe, expect, it } from 'vitest';
import type { ModerationStatus, RevisionStatus } from '$lib/graphql/generated';
import { canArchive, canRenew, canSubmit, canWithdraw, isEditable, openChangeRequest } from './lifecycle';

const listing = (status: ModerationStatus, revision: RevisionStatus | null = null, canEdit = true) => ({
  status,
  canEdit,
  missingForSubmission: [],
  pendingRevision: revision ? { status: revision } : null,
  decisions: [],
});

describe('what a seller may do', () => {
  it('follows the API’s lifecycle', () => {
    expect(canSubmit(listing('DRAFT'))).toBe(true);
    expect(canSubmit(listing('ARCHIVED'))).toBe(true);
    expect(canSubmit(listing('PENDING_REVIEW'))).toBe(false);
    expect(canSubmit(listing('PUBLISHED'))).toBe(false);
    expect(canSubmit(listing('PUBLISHED', 'DRAFT'))).toBe(true);
    expect(canSubmit(listing('REJECTED'))).toBe(false);
    expect(canWithdraw(listing('PENDING_REVIEW'))).toBe(true);
    expect(canWithdraw(listing('PUBLISHED', 'PENDING_REVIEW'))).toBe(true);
    expect(canArchive(listing('PUBLISHED'))).toBe(true);
    expect(canArchive(listing('EXPIRED'))).toBe(false);
    expect(canRenew(listing('EXPIRED'))).toBe(true);
    expect(isEditable(listing('PUBLISHED'))).toBe(true);
    expect(isEditable(listing('PUBLISHED', 'PENDING_REVIEW'))).toBe(false);
    expect(isEditable(listing('REJECTED'))).toBe(false);
    expect(isEditable(listing('DRAFT', null, false))).toBe(false);
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
    expect(openChangeRequest({ ...listing('CHANGES_REQUESTED'), decisions: [decision] })).toEqual({
      comment: 'Nêu số liệu.',
      fields: { 'technology.rights.kind': 'Chọn loại quyền.', summaryVi: 'Quá dài.' },
    });
    // Once resubmitted, the old comments no longer ask for anything.
    expect(openChangeRequest({ ...listing('PENDING_REVIEW'), decisions: [decision] })).toBeNull();
  });
});
