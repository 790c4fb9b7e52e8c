// The moderator's decision form: reading it from a plain form post, the checks the SDL documents (a reason to
// reject or unpublish, a comment to request changes, reject or unpublish), the API input, and the API's field
// errors mapped back onto the form's inputs.
import { formErrors, type FormErrors } from '$lib/errors';
import { MODERATION_REASON_VALUES } from '$lib/graphql/enums';
import type { InputErrorFieldsFragment, ModerationAction, ModerationReason, ReviewInput } from '$lib/graphql/generated';
import { t, type Locale, type MessageKey } from '$lib/i18n';

export const REVIEW_ACTIONS: readonly ModerationAction[] = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'];
export const MODERATION_REASONS: readonly ModerationReason[] = MODERATION_REASON_VALUES;

/** Per-field comments are posted as `fieldComment.<field>` textareas. */
export const FIELD_COMMENT_PREFIX = 'fieldComment.';

export interface ReviewValues {
  action: string;
  reason: string;
  comment: string;
  fieldComments: Record<string, string>;
}

function str(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

export function readReviewForm(form: FormData): ReviewValues {
  const fieldComments: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (!name.startsWith(FIELD_COMMENT_PREFIX) || typeof value !== 'string') continue;
    const field = name.slice(FIELD_COMMENT_PREFIX.length);
    if (field && value.trim()) fieldComments[field] = value.trim();
  }
  return { action: str(form, 'action'), reason: str(form, 'reason'), comment: str(form, 'comment'), fieldComments };
}

const isAction = (value: string): value is ModerationAction =>
  value === 'APPROVE' || value === 'REQUEST_CHANGES' || value === 'REJECT' || value === 'UNPUBLISH';
const isReason = (value: string): value is ModerationReason => (MODERATION_REASONS as readonly string[]).includes(value);

/**
 * What is wrong with the form before it reaches the API, as message keys by input name. The API checks the same
 * rules; checking here too keeps a plain form post from costing a round trip for an obvious omission.
 */
export function checkReview(values: ReviewValues, allowed: readonly ModerationAction[]): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  if (!isAction(values.action) || !allowed.includes(values.action)) {
    errors.action = 'validation.action.REQUIRED';
    return errors;
  }
  const needsReason = values.action === 'REJECT' || values.action === 'UNPUBLISH';
  if (needsReason && !isReason(values.reason)) errors.reason = 'validation.reason.REQUIRED';
  if (!needsReason && values.reason && !isReason(values.reason)) errors.reason = 'validation.INVALID_VALUE';
  const hasFieldComments = Object.keys(values.fieldComments).length > 0;
  const needsComment = needsReason || (values.action === 'REQUEST_CHANGES' && !hasFieldComments);
  if (needsComment && !values.comment) errors.comment = 'validation.comment.REQUIRED';
  return errors;
}

/** The API input; call only once checkReview found nothing. */
export function toReviewInput(values: ReviewValues): ReviewInput {
  const action = values.action as ModerationAction;
  return {
    action,
    reason: isReason(values.reason) ? values.reason : null,
    comment: values.comment || null,
    // Comments per field go with a request for changes (and explain a rejection); an approval carries none.
    fieldComments:
      action === 'APPROVE' ? [] : Object.entries(values.fieldComments).map(([field, comment]) => ({ field, comment })),
  };
}

/** The form-input name of an API field path: `review.fieldComments.2.comment` → `fieldComment.<third field>`. */
export function reviewInputName(path: string, input: ReviewInput): string {
  const segments = path.split('.').filter((segment) => segment !== 'review' && segment !== 'input');
  const at = segments.indexOf('fieldComments');
  if (at >= 0) {
    const next = segments[at + 1];
    if (next === undefined) return 'fieldComments';
    const field = /^\d+$/.test(next) ? input.fieldComments?.[Number(next)]?.field : segments.slice(at + 1).join('.');
    return field ? `${FIELD_COMMENT_PREFIX}${field}` : 'fieldComments';
  }
  return segments.at(-1) ?? path;
}

/** The API's InputError as messages next to the decision form's inputs. */
export function reviewErrors(locale: Locale, error: InputErrorFieldsFragment, input: ReviewInput): FormErrors {
  return formErrors(locale, error, { input: (field) => reviewInputName(field, input) });
}

/** Local check results as translated messages. */
export function localErrors(locale: Locale, errors: Record<string, MessageKey>): FormErrors {
  return {
    fieldErrors: Object.fromEntries(Object.entries(errors).map(([name, key]) => [name, t(locale, key)])),
    formError: null,
  };
}
