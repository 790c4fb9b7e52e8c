import { z } from 'zod';
import type { InquiryDirection } from '../../generated/prisma/enums.ts';
import type { Locale } from '../../i18n/messages.ts';
import { fieldError, inputError, validate, type FieldError, type Validated } from '../../lib/validation.ts';

export const MESSAGE_MAX = 5000;
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

const openSchema = z.object({
  listingId: z.uuid(),
  message: z.string().trim().min(20).max(MESSAGE_MAX),
  intendedUse: optionalText(2000),
  organisationId: z.uuid().nullish().transform((v) => v ?? null),
  organisationName: optionalText(200),
});

export type OpenInput = z.output<typeof openSchema>;

/** An inquiry says what the buyer wants it for and for whom; a proposal comes from an organisation on the platform. */
export function validateOpen(locale: Locale, direction: InquiryDirection, input: unknown): Validated<OpenInput> {
  const v = validate(openSchema, input, locale);
  const errors: FieldError[] = v.ok ? [] : [...v.error.fieldErrors];
  const raw = (input ?? {}) as Record<string, unknown>;
  const has = (field: string) => errors.some((e) => e.field === field);
  const blank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
  if (direction === 'INQUIRY' && !has('intendedUse')) {
    const use = typeof raw.intendedUse === 'string' ? raw.intendedUse.trim() : '';
    if (!use) errors.push(fieldError(locale, 'intendedUse', 'REQUIRED'));
    else if (use.length < 10) errors.push(fieldError(locale, 'intendedUse', 'TOO_SHORT', { min: 10 }));
  }
  if (direction === 'PROPOSAL' && !raw.organisationId && !has('organisationId')) errors.push(fieldError(locale, 'organisationId', 'REQUIRED'));
  if (direction === 'INQUIRY' && !raw.organisationId && blank(raw.organisationName) && !has('organisationName')) {
    errors.push(fieldError(locale, 'organisationName', 'REQUIRED'));
  }
  if (errors.length || !v.ok) return { ok: false, error: inputError(locale, errors) };
  return v;
}

const bodySchema = z.object({ body: z.string().trim().max(MESSAGE_MAX) });

/** A message needs words, unless it carries files. */
export function validateBody(locale: Locale, body: unknown, withFiles: boolean): Validated<string> {
  const v = validate(bodySchema, { body: body ?? '' }, locale);
  if (!v.ok) return v;
  if (!v.data.body && !withFiles) return { ok: false, error: inputError(locale, [fieldError(locale, 'body', 'REQUIRED')]) };
  return { ok: true, data: v.data.body };
}

const declineSchema = z.object({
  reason: z.enum(['TOO_EARLY', 'PRICE', 'NOT_A_FIT', 'IP_UNCLEAR', 'OTHER']),
  note: optionalText(2000),
});

export type DeclineInput = z.output<typeof declineSchema>;

export function validateDecline(locale: Locale, input: unknown): Validated<DeclineInput> {
  const v = validate(declineSchema, input, locale);
  if (!v.ok) return v;
  if (v.data.reason === 'OTHER' && !v.data.note) return { ok: false, error: inputError(locale, [fieldError(locale, 'note', 'REQUIRED')]) };
  return v;
}
