import { z } from 'zod';
import type { Locale } from '../../i18n/messages.ts';
import { fieldError, inputError, validate, type Validated } from '../../lib/validation.ts';
import { TRANSFER_FORMS, TRANSFER_MODES, TRANSFER_OBJECTS } from '../listing/listing-details.ts';
import { todayInVietnam } from './registration.ts';

const MAX_VND = 1_000_000_000_000_000n; // as listing prices: far above any deal, far below 2^53

const dealSchema = z.object({
  transferObjects: z.array(z.enum(TRANSFER_OBJECTS)).min(1).max(TRANSFER_OBJECTS.length),
  transferForm: z.enum(TRANSFER_FORMS),
  transferModes: z.array(z.enum(TRANSFER_MODES)).min(1).max(TRANSFER_MODES.length),
  rights: z.object({
    kind: z.enum(['OWNERSHIP', 'RIGHT_OF_USE']),
    exclusive: z.boolean(),
    territory: z.string().trim().min(2).max(200),
    sublicensing: z.boolean(),
  }),
  valueVnd: z.bigint().min(0n).max(MAX_VND),
  signedOn: z.iso.date(),
  crossBorder: z.boolean(),
  stateFunded: z.boolean(),
});

export type DealInput = z.output<typeof dealSchema>;

/** A deal as the seller records it; a contract cannot have been signed tomorrow. */
export function validateDeal(locale: Locale, input: unknown, now = new Date()): Validated<DealInput> {
  const v = validate(dealSchema, input, locale);
  if (!v.ok) return v;
  if (v.data.signedOn > todayInVietnam(now)) return { ok: false, error: inputError(locale, [fieldError(locale, 'signedOn', 'FUTURE_DATE')]) };
  return { ok: true, data: { ...v.data, transferObjects: [...new Set(v.data.transferObjects)], transferModes: [...new Set(v.data.transferModes)] } };
}

const surveySchema = z.object({
  implemented: z.boolean(),
  satisfaction: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).nullish().transform((v) => (v ? v : null)),
});

export type SurveyInput = z.output<typeof surveySchema>;

export function validateSurvey(locale: Locale, input: unknown): Validated<SurveyInput> {
  return validate(surveySchema, input, locale);
}
