// What every workspace form field needs to render itself: the values to show, the errors and the moderator's
// comments (all keyed by input path), and the language. Fields take it as one `view` prop.
import type { Locale } from '$lib/i18n';
import type { FieldErrors } from '$lib/errors';
import type { Values } from './listing-form';

export interface FormView {
  locale: Locale;
  values: Values;
  errors: FieldErrors;
  comments?: Record<string, string>;
  /** Paths still required for submission, marked beside their labels. */
  missing?: ReadonlySet<string>;
  disabled?: boolean;
}

export function valueOf(view: FormView, path: string): string {
  const value = view.values[path];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

export function valuesOf(view: FormView, path: string): string[] {
  const value = view.values[path];
  return Array.isArray(value) ? value : value ? [value] : [];
}
