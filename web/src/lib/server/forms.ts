// Turns the API's InputError into messages in the visitor's language, keyed by form field.
import type { InputErrorFieldsFragment } from '$lib/graphql/generated';
import { isMessageKey, t, type Locale } from '$lib/i18n';

export interface FormErrors {
  fieldErrors: Record<string, string>;
  formError: string | null;
}

/** A field-specific message (validation.password.TOO_SHORT) beats the generic one; unknown codes keep the API's. */
export function translateError(locale: Locale, code: string, fallback: string, field?: string): string {
  for (const key of [field && `validation.${field}.${code}`, `validation.${code}`]) {
    if (key && isMessageKey(key)) return t(locale, key);
  }
  return fallback;
}

export function formErrors(locale: Locale, error: InputErrorFieldsFragment): FormErrors {
  const fieldErrors: Record<string, string> = {};
  for (const { field, code, message } of error.fieldErrors) {
    // The API may name a field by its input path (input.email); the form knows it as email.
    const name = field.split('.').at(-1) ?? field;
    fieldErrors[name] ??= translateError(locale, code, message, name);
  }
  const formError = error.fieldErrors.length === 0 ? translateError(locale, error.code, error.message) : null;
  return { fieldErrors, formError };
}

export function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
