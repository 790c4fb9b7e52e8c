// The one way from a refusal to the messages a page shows: the API's InputError, and the problems the web finds
// itself before asking, become a message per input plus one for the form as a whole when no input is named.
// The API already writes its messages in the reader's language; the dictionaries hold sentences that say more for
// a field or a code. Which one wins, first found:
//   1. the form's own sentence for the field and code (`<scope>.validation.<field>.<code>`, then the field's last
//      segment), then the shared one (`validation.<field>.<code>`);
//   2. a sentence for the code (`<scope>.validation.<code>`, `validation.<code>`), except for codes whose API message
//      carries a limit (at least 30 characters, at most 9): a generic "too short" would drop the number people need;
//   3. the API's message.
import type { InputErrorFieldsFragment } from '$lib/graphql/generated';
import { isMessageKey, t, type Locale } from '$lib/i18n';

export type FieldErrors = Record<string, string>;

export interface FormErrors {
  fieldErrors: FieldErrors;
  formError: string | null;
}

/** The dictionary of a form's own sentences (`ws.validation.…`, `inquiry.validation.…`, `people.validation.…`). */
export type MessageScope = 'ws' | 'inquiry' | 'people';

export interface MessageRules {
  scope?: MessageScope;
  /** The form's input for an API field path; by default the path's last segment (`input.email` → `email`). */
  input?: (field: string) => string;
}

const WITH_LIMIT = new Set(['TOO_SHORT', 'TOO_LONG', 'TOO_SMALL', 'TOO_LARGE', 'TOO_MANY', 'TOO_FAR', 'INVITATION_OTHER_EMAIL']);

const lastSegment = (field: string): string => field.split('.').at(-1) ?? field;

/** `input.rights.territory` → `rights.territory`: for forms whose inputs are named by their path in the API's input. */
export const inputPath = (field: string): string => field.replace(/^input\./, '');

/** The message for one input (`path`, list indices allowed) and code; `fallback` is the API's message, if any. */
export function fieldMessage(locale: Locale, path: string, code: string, fallback: string, scope?: MessageScope): string {
  const generic = path.replace(/\.\d+(?=\.|$)/g, '');
  const last = lastSegment(generic);
  const prefixes = scope ? [`${scope}.validation`, 'validation'] : ['validation'];
  const candidates = [
    ...prefixes.flatMap((prefix) => [generic && `${prefix}.${generic}.${code}`, last !== generic && `${prefix}.${last}.${code}`]),
    ...(WITH_LIMIT.has(code) && fallback ? [] : prefixes.map((prefix) => `${prefix}.${code}`)),
  ];
  for (const key of candidates) if (key && isMessageKey(key)) return t(locale, key);
  return fallback || t(locale, 'validation.INVALID_VALUE');
}

/** The API's InputError as messages by input, plus one for the whole form when no field is named. */
export function formErrors(locale: Locale, error: InputErrorFieldsFragment, rules: MessageRules = {}): FormErrors {
  const inputOf = rules.input ?? lastSegment;
  const fieldErrors: FieldErrors = {};
  for (const { field, code, message } of error.fieldErrors) {
    const input = inputOf(field);
    fieldErrors[input] ??= fieldMessage(locale, input, code, message, rules.scope);
  }
  const formError = error.fieldErrors.length ? null : fieldMessage(locale, '', error.code, error.message, rules.scope);
  return { fieldErrors, formError };
}

/** Problems the web found itself (a code by input, before asking the API), as messages. */
export function problemMessages(locale: Locale, problems: Record<string, string>, scope?: MessageScope): FieldErrors {
  return Object.fromEntries(Object.entries(problems).map(([path, code]) => [path, fieldMessage(locale, path, code, '', scope)]));
}
