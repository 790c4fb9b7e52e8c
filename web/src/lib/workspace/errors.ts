// Field errors of the workspace forms, keyed by input path (`technology.problemSolved`, `ipTitles.0.number`) and
// translated by code: a field-specific message beats a generic one, and an unknown code keeps the API's message
// (which the API already wrote in the caller's language). Codes whose message carries a limit (at least 30
// characters, at most 9) keep the API's message unless the field has its own: a generic "too short" would drop
// the number people need.
import type { InputErrorFieldsFragment } from '$lib/graphql/generated';
import { isMessageKey, t, type Locale } from '$lib/i18n';
import { normalisePath, type Problems } from './listing-form';

export type FieldErrors = Record<string, string>;

export interface TranslatedErrors {
  fieldErrors: FieldErrors;
  formError: string | null;
}

const WITH_LIMIT = new Set(['TOO_SHORT', 'TOO_LONG', 'TOO_SMALL', 'TOO_LARGE', 'TOO_MANY', 'TOO_FAR', 'INVITATION_OTHER_EMAIL']);

export function translateFieldError(locale: Locale, path: string, code: string, fallback: string): string {
  const generic = path.replace(/\.\d+(?=\.|$)/g, '');
  const last = generic.split('.').at(-1) ?? generic;
  const candidates = [
    generic && `ws.validation.${generic}.${code}`,
    last && last !== generic && `ws.validation.${last}.${code}`,
    ...(WITH_LIMIT.has(code) && fallback ? [] : [`ws.validation.${code}`, `validation.${code}`]),
  ];
  for (const key of candidates) if (key && isMessageKey(key)) return t(locale, key);
  return fallback || code;
}

/** The API's InputError as messages by input path, plus one for the whole form when no field is named. */
export function translateInputError(
  locale: Locale,
  error: InputErrorFieldsFragment,
  mapPath: (path: string) => string = (path) => path,
): TranslatedErrors {
  const fieldErrors: FieldErrors = {};
  for (const { field, code, message } of error.fieldErrors) {
    const path = mapPath(normalisePath(field));
    fieldErrors[path] ??= translateFieldError(locale, path, code, message);
  }
  const formError = error.fieldErrors.length ? null : translateFieldError(locale, '', error.code, error.message);
  return { fieldErrors, formError };
}

/** Problems the web found itself (before asking the API), as messages. */
export function translateProblems(locale: Locale, problems: Problems): FieldErrors {
  return Object.fromEntries(Object.entries(problems).map(([path, code]) => [path, translateFieldError(locale, path, code, '')]));
}
