// Turns schema violations into field-level errors a person can act on, in their language.
import mercurius from 'mercurius';
import { z } from 'zod';
import { DomainError } from './domain-error.ts';
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

/**
 * Paths of the strings in an input that hold a NUL character. PostgreSQL's text cannot store one (it refuses the
 * whole statement), and no person types one: such a field is refused here, whatever its schema says.
 */
function nulFields(input: unknown, path: string[] = []): string[] {
  if (typeof input === 'string') return input.includes('\u0000') ? [path.join('.') || 'input'] : [];
  if (!input || typeof input !== 'object') return [];
  return Object.entries(input).flatMap(([key, value]) => nulFields(value, [...path, key]));
}

export function validate<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): Validated<z.output<S>> {
  const unstorable = nulFields(input);
  if (unstorable.length) return { ok: false, error: inputError(locale, unstorable.map((f) => fieldError(locale, f, 'INVALID_VALUE'))) };
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const seen = new Set<string>();
  const errors = result.error.issues.map((i) => toFieldError(locale, i, input)).filter((e) => !seen.has(e.field) && seen.add(e.field));
  return { ok: false, error: inputError(locale, errors) };
}

/** A trimmed string: blank counts as missing. */
export const text = (min: number, max: number) => z.string().trim().min(min).max(max);

// Every row id is a PostgreSQL uuid. Anything else a caller sends as an id names no row, and must be answered as such
// before it reaches the database, which would refuse it with an error of its own (that is not the caller's business).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for the 8-4-4-4-12 hex form PostgreSQL's uuid type stores (any version), as ids are handed out. */
export function isUuid(id: unknown): id is string {
  return typeof id === 'string' && UUID.test(id);
}

/** An id from outside, for an operation that must find its row: a malformed one is NOT_FOUND, like an unknown one. */
export function requireId(id: unknown): string {
  if (!isUuid(id)) throw new DomainError('NOT_FOUND');
  return id;
}

/** A zod field for an id inside an input object: a malformed one is a field error (INVALID_VALUE), not a 500. */
export const uuidField = () => z.string().regex(UUID);

/** What slugify can produce: lower-case ASCII words joined by single hyphens. Anything else names no page. */
export function isSlug(slug: unknown): slug is string {
  return typeof slug === 'string' && slug.length <= 200 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}

/** Text PostgreSQL can store: anything but the NUL character. */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000');
}

/** A date both Prisma and PostgreSQL take as it is: years 1 to 9999, ISO 8601's four digits (JS dates reach ±275760). */
export function isStorableDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999;
}

/** The refusal of one loose argument (not an input object, which gets an InputError), naming it in the caller's language. */
export function badUserInput(locale: Locale, field: string, code = 'INVALID_VALUE', params: Record<string, string | number> = {}) {
  const error = fieldError(locale, field, code, params);
  return new mercurius.ErrorWithProps(error.message, { code: 'BAD_USER_INPUT', field: error.field });
}

/** Loose arguments used as filters: text with a NUL or a date out of range is refused before it reaches the database. */
export function requireStorable(locale: Locale, args: Record<string, string | Date | null | undefined>): void {
  for (const [field, value] of Object.entries(args)) {
    const storable = value == null || (typeof value === 'string' ? isStorableText(value) : isStorableDate(value));
    if (!storable) throw badUserInput(locale, field);
  }
}
