// The API's refusals of an admin form, as messages beside their fields. A missing reason is asked for in words of
// its own: the shared "choose a reason" text is for the moderators' list of reasons, this one is typed.
import type { InputErrorFieldsFragment } from '$lib/graphql/generated';
import { t, type Locale } from '$lib/i18n';
import { formErrors, type FormErrors } from '$lib/server/forms';

export function adminFormErrors(locale: Locale, error: InputErrorFieldsFragment): FormErrors {
  const errors = formErrors(locale, error);
  if (error.fieldErrors.some((e) => e.field === 'reason' && e.code === 'REQUIRED')) {
    errors.fieldErrors.reason = t(locale, 'people.reason.required');
  }
  return errors;
}
