// Turns schema violations into field-level errors a person can act on, in their language.
import { z } from 'zod';
import { message, type Locale } from '../i18n/messages.ts';

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface InputError {
  __typename: 'InputError';
  code: string;
  message: string;
  fieldErrors: FieldError[];
}

export function fieldError(locale: Locale, field: string, code: string, params: Record<string, string | number> = {}): FieldError {
  return { field, code, message: message(locale, code, { field, ...params }) };
}

export function inputError(locale: Locale, fieldErrors: FieldError[], code = 'VALIDATION'): InputError {
  return { __typename: 'InputError', code, message: message(locale, code), fieldErrors };
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), input);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function toFieldError(locale: Locale, issue: z.core.$ZodIssue, input: unknown): FieldError {
  const field = issue.path.map(String).join('.') || 'input';
  if (issue.code !== 'custom' && isBlank(valueAt(input, issue.path))) return fieldError(locale, field, 'REQUIRED');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set') return fieldError(locale, field, 'REQUIRED');
      if (issue.origin === 'string') return fieldError(locale, field, 'TOO_SHORT', { min: Number(issue.minimum) });
      return fieldError(locale, field, 'TOO_SMALL', { min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set') return fieldError(locale, field, 'TOO_MANY', { max: Number(issue.maximum) });
      if (issue.origin === 'string') return fieldError(locale, field, 'TOO_LONG', { max: Number(issue.maximum) });
      return fieldError(locale, field, 'TOO_LARGE', { max: String(issue.maximum) });
    case 'invalid_format':
      return fieldError(locale, field, issue.format === 'email' ? 'INVALID_EMAIL' : 'INVALID_VALUE');
    case 'custom':
      return fieldError(locale, field, String(issue.params?.code ?? 'INVALID_VALUE'));
    default:
      return fieldError(locale, field, 'INVALID_VALUE');
  }
}

export type Validated<T> = { ok: true; data: T } | { ok: false; error: InputError };

export function validate<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): Validated<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const seen = new Set<string>();
  const errors = result.error.issues.map((i) => toFieldError(locale, i, input)).filter((e) => !seen.has(e.field) && seen.add(e.field));
  return { ok: false, error: inputError(locale, errors) };
}

/** A trimmed string: blank counts as missing. */
export const text = (min: number, max: number) => z.string().trim().min(min).max(max);
