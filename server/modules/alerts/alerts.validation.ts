import { z } from 'zod';
import type { Locale } from '../../i18n/messages.ts';
import { text, validate, type Validated } from '../../lib/validation.ts';
import { LISTING_KINDS, ORGANISATION_KINDS, PRICE_BANDS } from '../../../search/types.ts';
import type { SearchCriteria } from './alerts-criteria.ts';

export const MAX_SAVED_SEARCHES = 50;
export const NAME_MAX = 80;
const FREQUENCIES = ['IMMEDIATE', 'DAILY', 'WEEKLY'] as const;
const IP_TYPES = ['PATENT', 'UTILITY_SOLUTION', 'INDUSTRIAL_DESIGN', 'TRADEMARK', 'COLLECTIVE_TRADEMARK', 'CERTIFICATION_TRADEMARK', 'GEOGRAPHICAL_INDICATION', 'TRADE_SECRET', 'SOFTWARE'] as const;
const LEVELS = ['ADVANCED', 'MEDIUM_ADVANCED', 'OUTDATED'] as const;

// The search page's own limits (web/src/lib/search/state.ts): at most 20 values a group, 200 characters of words.
const values = <T extends z.ZodType>(item: T) => z.array(item).max(20).nullish();
const trl = z.number().int().min(1).max(9).nullish();

const saveSchema = z.object({
  name: text(1, NAME_MAX),
  frequency: z.enum(FREQUENCIES),
  query: z.string().trim().max(200).nullish(),
  kinds: values(z.enum([...LISTING_KINDS, ...ORGANISATION_KINDS])),
  filters: z
    .object({
      fieldCodes: values(z.string().regex(/^[0-9A-Za-z.\-_]{1,20}$/)),
      trlMin: trl,
      trlMax: trl,
      priceBands: values(z.enum(PRICE_BANDS)),
      communes: values(text(1, 100)),
      ipTypes: values(z.enum(IP_TYPES)),
      appraisalLevels: values(z.enum(LEVELS)),
      verified: z.boolean().nullish(),
    })
    .nullish(),
});

const updateSchema = z.object({ name: text(1, NAME_MAX).nullish(), frequency: z.enum(FREQUENCIES).nullish() });

const sortedUnique = <T extends string>(list: readonly T[] | null | undefined): T[] => [...new Set(list ?? [])].sort();

/** The search as it is stored: blanks dropped, each list once and sorted, so equal searches are equal values. */
function criteriaOf(input: z.output<typeof saveSchema>): SearchCriteria {
  const f = input.filters ?? {};
  let [trlMin, trlMax] = [f.trlMin ?? null, f.trlMax ?? null];
  if (trlMin != null && trlMax != null && trlMin > trlMax) [trlMin, trlMax] = [trlMax, trlMin];
  const filters: SearchCriteria['filters'] = {};
  if (f.fieldCodes?.length) filters.fieldCodes = sortedUnique(f.fieldCodes);
  if (trlMin != null) filters.trlMin = trlMin;
  if (trlMax != null) filters.trlMax = trlMax;
  if (f.priceBands?.length) filters.priceBands = sortedUnique(f.priceBands);
  if (f.communes?.length) filters.communes = sortedUnique(f.communes);
  if (f.ipTypes?.length) filters.ipTypes = sortedUnique(f.ipTypes);
  if (f.appraisalLevels?.length) filters.appraisalLevels = sortedUnique(f.appraisalLevels);
  if (f.verified != null) filters.verified = f.verified;
  return { query: (input.query ?? '').replace(/\s+/g, ' '), kinds: sortedUnique(input.kinds), filters };
}

export type SaveInput = { name: string; frequency: (typeof FREQUENCIES)[number]; criteria: SearchCriteria };

export function validateSave(locale: Locale, input: unknown): Validated<SaveInput> {
  const v = validate(saveSchema, input, locale);
  if (!v.ok) return v;
  return { ok: true, data: { name: v.data.name, frequency: v.data.frequency, criteria: criteriaOf(v.data) } };
}

export function validateUpdate(locale: Locale, input: unknown): Validated<{ name?: string; frequency?: (typeof FREQUENCIES)[number] }> {
  const v = validate(updateSchema, input, locale);
  if (!v.ok) return v;
  return { ok: true, data: { ...(v.data.name ? { name: v.data.name } : {}), ...(v.data.frequency ? { frequency: v.data.frequency } : {}) } };
}
