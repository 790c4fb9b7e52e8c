// The API's InputError as messages for the inquiry and deal forms. The API already writes its messages in the
// reader's language and names the field ("Please enter the note."); where this app has a more helpful sentence for
// a field and code (inquiry.validation.<field>.<code>), that one is shown instead.
import type { InputErrorFieldsFragment } from '$lib/graphql/generated';
import { isMessageKey, t, type Locale } from '$lib/i18n';

export type FieldErrors = Record<string, string>;

export interface FormProblems {
  fieldErrors: FieldErrors;
  /** A message for the form as a whole, when the API named no field (e.g. "not possible in this state"). */
  formError: string | null;
}

/** `input.rights.territory` → `rights.territory`: the form's inputs are named by their path in the API's input. */
export function fieldPath(field: string): string {
  return field.replace(/^input\./, '');
}

export function problemMessage(locale: Locale, path: string, code: string, fallback: string): string {
  const key = `inquiry.validation.${path}.${code}`;
  return isMessageKey(key) ? t(locale, key) : fallback || code;
}

export function inputProblems(locale: Locale, error: InputErrorFieldsFragment): FormProblems {
  const fieldErrors: FieldErrors = {};
  for (const { field, code, message } of error.fieldErrors) {
    const path = fieldPath(field);
    fieldErrors[path] ??= problemMessage(locale, path, code, message);
  }
  return { fieldErrors, formError: error.fieldErrors.length ? null : error.message };
}

/** Problems the web found before asking the API (a value that is not an amount), as messages. */
export function localProblems(locale: Locale, problems: Record<string, string>): FieldErrors {
  const generic = (code: string) => {
    const key = `validation.${code}`;
    return t(locale, isMessageKey(key) ? key : 'validation.INVALID_VALUE');
  };
  return Object.fromEntries(Object.entries(problems).map(([path, code]) => [path, problemMessage(locale, path, code, generic(code))]));
}
