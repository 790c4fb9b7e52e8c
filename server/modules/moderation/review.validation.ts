import { z } from 'zod';
import type { Locale } from '../../i18n/messages.ts';
import { fieldError, inputError, validate, type Validated } from '../../lib/validation.ts';

const reviewSchema = z.object({
  action: z.enum(['APPROVE', 'REQUEST_CHANGES', 'REJECT', 'UNPUBLISH']),
  reason: z
    .enum(['INCOMPLETE', 'UNCLEAR_BENEFIT', 'UNVERIFIABLE_CLAIMS', 'NOT_A_TECHNOLOGY', 'DUPLICATE', 'OUT_OF_SCOPE', 'IP_DISPUTE', 'INAPPROPRIATE', 'OTHER'])
    .nullish()
    .transform((v) => v ?? null),
  comment: z.string().trim().max(4000).nullish().transform((v) => v || null),
  fieldComments: z
    .array(z.object({ field: z.string().trim().min(1).max(100), comment: z.string().trim().max(2000) }))
    .max(60)
    .nullish()
    .transform((list) => Object.fromEntries((list ?? []).filter((c) => c.comment).map((c) => [c.field, c.comment]))),
});

export type Review = z.output<typeof reviewSchema>;

/** A refusal carries its reason, and a request for changes says what to change, so the seller can act on it. */
export function validateReview(locale: Locale, input: unknown): Validated<Review> {
  const v = validate(reviewSchema, input, locale);
  if (!v.ok) return v;
  const r = v.data;
  const errors = [];
  if ((r.action === 'REJECT' || r.action === 'UNPUBLISH') && !r.reason) errors.push(fieldError(locale, 'reason', 'REQUIRED'));
  if ((r.action === 'REJECT' || r.action === 'UNPUBLISH') && !r.comment) errors.push(fieldError(locale, 'comment', 'REQUIRED'));
  if (r.action === 'REQUEST_CHANGES' && !r.comment && Object.keys(r.fieldComments).length === 0) {
    errors.push(fieldError(locale, 'comment', 'REQUIRED'));
  }
  return errors.length ? { ok: false, error: inputError(locale, errors) } : v;
}
