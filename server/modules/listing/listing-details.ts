// The kind-specific field sets a listing keeps in its JSON `details` column: their schema (validated on every
// save) and their types. Codes follow the Law on Technology Transfer 2017: objects (art. 4), forms (art. 5),
// modes (art. 6). While drafting every field may be missing; `missingDetails` says what submission still needs.
import { z } from 'zod';

const line = (max: number) => z.string().trim().max(max);
const lines = (maxItems: number, max: number) => z.array(z.string().trim().min(1).max(max)).max(maxItems);
// A field's English version sits beside it (`problemSolvedEn` next to `problemSolved`) with the same limits; it is
// optional, and a blank one is not stored (see withoutBlankEnglish), so a listing never written in English keeps the
// details, and the content hash, it had before English versions existed.
const english = (max: number) => line(max).nullable();
const specifications = z.record(z.string().trim().min(1).max(100), z.string().trim().max(300));

export const TRANSFER_OBJECTS = ['KNOW_HOW', 'PROCESS_DESIGN_SOFTWARE', 'RATIONALISATION', 'MACHINERY_WITH_TECHNOLOGY'] as const;
export const TRANSFER_FORMS = [
  'STANDALONE_CONTRACT',
  'INVESTMENT_PROJECT',
  'CAPITAL_CONTRIBUTION',
  'FRANCHISE',
  'IP_RIGHT_TRANSFER',
  'MACHINERY_SALE_WITH_KNOW_HOW',
] as const;
export const TRANSFER_MODES = ['DOCUMENTS', 'TRAINING', 'EXPERT_ASSISTANCE', 'MACHINERY'] as const;
export const DEAL_TYPES = ['SALE', 'LICENSE', 'JOINT_DEVELOPMENT', 'CAPITAL_CONTRIBUTION', 'SERVICE', 'LEASE'] as const;
export const PARTNER_TYPES = ['ST_ORGANISATION', 'ST_ENTERPRISE', 'ENTERPRISE', 'UNIVERSITY_INSTITUTE', 'ANY'] as const;
export const EQUIPMENT_CONDITIONS = ['NEW', 'USED', 'REFURBISHED', 'IN_SERVICE'] as const;

export type TransferObject = (typeof TRANSFER_OBJECTS)[number];
export type TransferForm = (typeof TRANSFER_FORMS)[number];
export type TransferMode = (typeof TRANSFER_MODES)[number];
export type DealType = (typeof DEAL_TYPES)[number];
export type PartnerType = (typeof PARTNER_TYPES)[number];
export type EquipmentCondition = (typeof EQUIPMENT_CONDITIONS)[number];

const rights = z.object({
  kind: z.enum(['OWNERSHIP', 'RIGHT_OF_USE']),
  exclusive: z.boolean(),
  territory: line(200),
  territoryEn: english(200).optional(),
  sublicensing: z.boolean(),
});
// Rights saved before English versions existed have no territoryEn.
export type TransferRights = Omit<z.infer<typeof rights>, 'territoryEn'> & { territoryEn?: string | null };

export const technologyOfferSchema = z.object({
  problemSolved: line(2000),
  problemSolvedEn: english(2000),
  advantages: lines(12, 300),
  advantagesEn: lines(12, 300),
  applications: lines(12, 300),
  applicationsEn: lines(12, 300),
  trlEvidence: line(2000),
  trlEvidenceEn: english(2000),
  transferObjects: z.array(z.enum(TRANSFER_OBJECTS)).max(4),
  transferForms: z.array(z.enum(TRANSFER_FORMS)).max(6),
  transferModes: z.array(z.enum(TRANSFER_MODES)).max(4),
  rights: rights.nullable(),
  dealTypes: z.array(z.enum(DEAL_TYPES)).max(6),
  support: line(2000),
  supportEn: english(2000),
  priceBasis: z.enum(['LUMP_SUM', 'ROYALTY']).nullable(),
  royaltyPercent: z.number().min(0).max(100).nullable(),
  priceUnit: line(100).nullable(),
  originatingTask: line(300).nullable(),
}).partial();

export const equipmentOfferSchema = z.object({
  make: line(120),
  model: line(120),
  origin: line(120),
  year: z.number().int().min(1950).max(new Date().getFullYear() + 1).nullable(),
  condition: z.enum(EQUIPMENT_CONDITIONS).nullable(),
  hoursOfUse: z.number().int().min(0).max(1_000_000).nullable(),
  specifications,
  specificationsEn: specifications,
  quantity: z.number().int().min(1).max(100_000),
  installation: line(1000),
  installationEn: english(1000),
  warranty: line(1000),
  warrantyEn: english(1000),
  knowHowIncluded: z.boolean(),
  canDemonstrate: z.boolean(),
  dealTypes: z.array(z.enum(DEAL_TYPES)).max(6),
  priceUnit: line(100).nullable(),
}).partial();

export const technologyRequestSchema = z.object({
  problem: line(2000),
  problemEn: english(2000),
  currentSolution: line(2000),
  currentSolutionEn: english(2000),
  requiredSpecs: lines(20, 300),
  requiredSpecsEn: lines(20, 300),
  minTrl: z.number().int().min(1).max(9).nullable(),
  budget: z.object({ min: z.number().int().min(0).nullable(), max: z.number().int().min(0).nullable() }),
  responseDeadline: z.iso.date().nullable(),
  partnerType: z.array(z.enum(PARTNER_TYPES)).max(5),
  preferredForms: z.array(z.enum(TRANSFER_FORMS)).max(6),
  preferredModes: z.array(z.enum(TRANSFER_MODES)).max(4),
}).partial();

export type TechnologyOfferDetails = z.infer<typeof technologyOfferSchema>;
export type EquipmentOfferDetails = z.infer<typeof equipmentOfferSchema>;
export type TechnologyRequestDetails = z.infer<typeof technologyRequestSchema>;
export type ListingDetails = TechnologyOfferDetails | EquipmentOfferDetails | TechnologyRequestDetails;

const filled = (v: unknown) =>
  v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0);

// What a reviewer needs to judge each kind: the complaints about vague listings are answered by making the
// benefit, the evidence and the commercial route required.
const REQUIRED: Record<string, string[]> = {
  TECHNOLOGY_OFFER: ['problemSolved', 'advantages', 'applications', 'trlEvidence', 'transferObjects', 'transferForms', 'transferModes', 'rights', 'dealTypes', 'support'],
  EQUIPMENT_OFFER: ['make', 'model', 'origin', 'condition', 'quantity', 'installation', 'warranty', 'dealTypes'],
  TECHNOLOGY_REQUEST: ['problem', 'currentSolution', 'requiredSpecs', 'responseDeadline', 'partnerType'],
};

export function missingDetails(kind: string, details: Record<string, unknown>): string[] {
  return (REQUIRED[kind] ?? []).filter((f) => !filled(details[f]));
}

const blank = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) ? v.length === 0 : typeof v === 'object' && Object.keys(v).length === 0);

/** Details without blank English versions (`…En` keys, also inside the rights): absent and blank mean the same. */
export function withoutBlankEnglish(details: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) {
    if (key.endsWith('En') && blank(value)) continue;
    out[key] = key === 'rights' && value && typeof value === 'object' ? withoutBlankEnglish(value as Record<string, unknown>) : value;
  }
  return out;
}

export function detailsSchemaOf(kind: string) {
  return kind === 'TECHNOLOGY_OFFER' ? technologyOfferSchema : kind === 'EQUIPMENT_OFFER' ? equipmentOfferSchema : technologyRequestSchema;
}
