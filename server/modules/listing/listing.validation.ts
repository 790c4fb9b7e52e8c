// Checks a seller's input field by field and merges it into the listing's content. Drafts may be incomplete;
// what a submission still needs is a separate question (missingForSubmission).
import { z } from 'zod';
import type { ListingKind } from '../../generated/prisma/enums.ts';
import type { Locale } from '../../i18n/messages.ts';
import { fieldError, inputError, validate, type FieldError, type Validated } from '../../lib/validation.ts';
import { detailsSchemaOf, missingDetails, withoutBlankEnglish } from './listing-details.ts';
import type { ListingContent } from './listing-content.ts';

const MAX_VND = 1_000_000_000_000_000n; // a million billion đồng: far above any deal, far below 2^53
const YEAR_MS = 365 * 86_400_000;

const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const vnd = z.bigint().min(0n).max(MAX_VND).nullish();

const baseSchema = z.object({
  titleVi: z.string().trim().min(5).max(200),
  titleEn: optionalText(200),
  summaryVi: z.string().trim().max(1000),
  summaryEn: optionalText(1000),
  descriptionVi: optionalText(20_000),
  descriptionEn: optionalText(20_000),
  fieldCode: z.string().trim().regex(/^\d{3}$/).nullable(),
  keywords: z.array(z.string().trim().min(2).max(50)).max(15),
  keywordsEn: z.array(z.string().trim().min(2).max(50)).max(15),
  trl: z.number().int().min(1).max(9).nullable(),
  appraisalLevel: z.enum(['ADVANCED', 'MEDIUM_ADVANCED', 'OUTDATED']).nullable(),
  price: z.object({ type: z.enum(['FIXED', 'RANGE', 'NEGOTIABLE']), min: vnd, max: vnd }),
  commune: optionalText(100),
  province: z.string().trim().min(2).max(100),
  validUntil: z.date().nullable(),
  hideOrganisation: z.boolean(),
});

export type ListingInput = Partial<z.input<typeof baseSchema>> & {
  technology?: Record<string, unknown> | null;
  equipment?: Record<string, unknown> | null;
  request?: Record<string, unknown> | null;
  dossierVi?: string | null;
  dossierEn?: string | null;
};

export type Dossier = { dossierVi?: string | null; dossierEn?: string | null };

const dossierSchema = z.object({ dossierVi: optionalText(50_000), dossierEn: optionalText(50_000) }).partial();

/** The dossier fields of an edit (only those provided; blank clears), or null when the edit has none. */
export function validateDossier(locale: Locale, input: ListingInput): Validated<Dossier> | null {
  const provided = Object.fromEntries(Object.entries({ dossierVi: input.dossierVi, dossierEn: input.dossierEn }).filter(([, v]) => v !== undefined));
  return Object.keys(provided).length ? validate(dossierSchema, provided, locale) : null;
}

const DETAILS_INPUT = { TECHNOLOGY_OFFER: 'technology', EQUIPMENT_OFFER: 'equipment', TECHNOLOGY_REQUEST: 'request' } as const;

// Where GraphQL input names differ from the stored details, for both directions of field paths.
const REQUEST_RENAMES: Record<string, string> = { partnerTypes: 'partnerType' };

function detailsFromInput(kind: ListingKind, input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (kind === 'EQUIPMENT_OFFER' && (key === 'specifications' || key === 'specificationsEn')) {
      out[key] = Object.fromEntries(((value ?? []) as { name: string; value: string }[]).map((s) => [s.name.trim(), s.value]));
    } else if (kind === 'TECHNOLOGY_REQUEST' && (key === 'budgetMin' || key === 'budgetMax')) {
      const budget = (out.budget ?? {}) as Record<string, number | null>;
      budget[key === 'budgetMin' ? 'min' : 'max'] = value === null ? null : Number(value);
      out.budget = budget;
    } else {
      out[REQUEST_RENAMES[key] ?? key] = value;
    }
  }
  return out;
}

/** The input path a person sees for a stored details key (`partnerType` → `request.partnerTypes`). */
export function detailsInputPath(kind: ListingKind, key: string): string {
  const block = DETAILS_INPUT[kind];
  if (kind === 'TECHNOLOGY_REQUEST') {
    if (key.startsWith('budget')) return `${block}.${key.endsWith('max') ? 'budgetMax' : 'budgetMin'}`;
    const renamed = Object.entries(REQUEST_RENAMES).find(([, stored]) => stored === key);
    if (renamed) return `${block}.${renamed[0]}`;
  }
  return `${block}.${key}`;
}

// Dates are judged when they are entered: an expired listing keeps its past validity until it is renewed.
function crossChecks(locale: Locale, kind: ListingKind, content: ListingContent, input: ListingInput, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const { priceType, priceMin, priceMax } = content;
  if (priceType === 'FIXED' && priceMin === null) errors.push(fieldError(locale, 'price.min', 'REQUIRED'));
  if (priceType === 'RANGE' && (priceMin === null || priceMax === null)) {
    errors.push(fieldError(locale, priceMin === null ? 'price.min' : 'price.max', 'REQUIRED'));
  }
  if (priceType === 'RANGE' && priceMin !== null && priceMax !== null && priceMin >= priceMax) {
    errors.push(fieldError(locale, 'price.max', 'PRICE_RANGE'));
  }
  if (input.validUntil && content.validUntil) {
    const until = new Date(content.validUntil).getTime();
    if (until <= now.getTime()) errors.push(fieldError(locale, 'validUntil', 'PAST_DATE'));
    else if (until > now.getTime() + 3 * YEAR_MS) errors.push(fieldError(locale, 'validUntil', 'TOO_FAR', { years: 3 }));
  }
  if (content.hideOrganisation && kind !== 'TECHNOLOGY_REQUEST') errors.push(fieldError(locale, 'hideOrganisation', 'ONLY_REQUESTS'));
  const deadline = content.details.responseDeadline;
  const deadlineEntered = input.request?.responseDeadline !== undefined;
  if (deadlineEntered && typeof deadline === 'string' && deadline < now.toISOString().slice(0, 10)) {
    errors.push(fieldError(locale, 'request.responseDeadline', 'PAST_DATE'));
  }
  const budget = content.details.budget as { min: number | null; max: number | null } | undefined;
  if (budget?.min != null && budget?.max != null && budget.min > budget.max) {
    errors.push(fieldError(locale, 'request.budgetMax', 'PRICE_RANGE'));
  }
  return errors;
}

/** Applies the provided fields of `input` to `current`; left-out fields stay, nulls clear. */
export function mergeInput(
  locale: Locale,
  kind: ListingKind,
  current: ListingContent,
  input: ListingInput,
  now = new Date(),
): Validated<ListingContent> {
  const { technology: _t, equipment: _e, request: _r, ...base } = input;
  const provided = Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined));
  const v = validate(baseSchema.partial(), provided, locale);
  const errors: FieldError[] = v.ok ? [] : v.error.fieldErrors;

  const detailsInput = input[DETAILS_INPUT[kind]];
  let details = current.details;
  if (detailsInput) {
    const stored = detailsFromInput(kind, detailsInput);
    const d = validate(detailsSchemaOf(kind), stored, locale);
    if (d.ok) details = withoutBlankEnglish({ ...current.details, ...d.data });
    else errors.push(...d.error.fieldErrors.map((e) => ({ ...e, field: detailsInputPath(kind, e.field.split('.')[0]) })));
  }
  if (errors.length) return { ok: false, error: inputError(locale, errors) };

  const data = v.ok ? v.data : {};
  const { price, validUntil, ...rest } = data;
  const next: ListingContent = {
    ...current,
    ...(rest as Partial<ListingContent>),
    details,
    ...(validUntil !== undefined ? { validUntil: validUntil?.toISOString() ?? null } : {}),
    ...(price
      ? {
          priceType: price.type,
          priceMin: price.type === 'NEGOTIABLE' || price.min == null ? null : Number(price.min),
          priceMax: price.type !== 'RANGE' || price.max == null ? null : Number(price.max),
        }
      : {}),
  };
  const cross = crossChecks(locale, kind, next, input, now);
  return cross.length ? { ok: false, error: inputError(locale, cross) } : { ok: true, data: next };
}

/** Input paths of what a submission still needs: the benefit, the evidence and the commercial route. */
export function missingForSubmission(kind: ListingKind, c: ListingContent): string[] {
  const missing: string[] = [];
  if (c.summaryVi.trim().length < 30) missing.push('summaryVi');
  if (!c.fieldCode) missing.push('fieldCode');
  if (c.keywords.length === 0) missing.push('keywords');
  if (!c.province) missing.push('province');
  if (!c.validUntil) missing.push('validUntil');
  if (kind === 'TECHNOLOGY_OFFER' && c.trl === null) missing.push('trl');
  if (c.priceType !== 'NEGOTIABLE' && c.priceMin === null) missing.push('price.min');
  for (const key of missingDetails(kind, c.details)) missing.push(detailsInputPath(kind, key));
  return missing;
}
