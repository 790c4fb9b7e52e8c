// Names of listing and organisation fields as the moderation pages show them: in the before/after table of an
// edit, next to per-field comments and in "still missing" lists. The API names a field by its input path
// (`technology.trlEvidence`, `details.trlEvidence` in a revision's changes, `ipTitles.0.number`); labels go by the
// last segment, so every spelling of a field reads the same.
import type { ListingKind } from '$lib/graphql/generated';
import { isMessageKey, type Translate } from '$lib/i18n';

/** The field a path ends with: `input.technology.trlEvidence` → `trlEvidence`, `ipTitles.0.number` → `ipTitles`. */
export function fieldLeaf(path: string): string {
  const segments = path.split('.').filter((segment) => segment !== '' && !/^\d+$/.test(segment));
  return segments.at(-1) ?? path;
}

/** The field's name in the reader's language; an unknown field keeps the API's name rather than vanish. */
export function fieldLabel(t: Translate, path: string): string {
  const key = `field.${fieldLeaf(path)}`;
  return isMessageKey(key) ? t(key) : path;
}

const LISTING_TEXT = ['titleVi', 'titleEn', 'summaryVi', 'summaryEn', 'descriptionVi', 'descriptionEn'];
const LISTING_FACTS = ['fieldCode', 'keywords', 'price', 'validUntil'];

/**
 * The main fields of each kind, the ones a moderator can comment on one by one, named by their ListingInput path
 * (`technology.trlEvidence`), as the API names them in field errors and the seller's forms key their inputs.
 */
export const LISTING_COMMENT_FIELDS: Record<ListingKind, readonly string[]> = {
  TECHNOLOGY_OFFER: [
    ...LISTING_TEXT,
    'technology.problemSolved',
    'technology.advantages',
    'technology.applications',
    'trl',
    'technology.trlEvidence',
    'appraisalLevel',
    'ipTitles',
    'technology.transferObjects',
    'technology.transferForms',
    'technology.transferModes',
    'technology.rights',
    'technology.support',
    ...LISTING_FACTS,
  ],
  EQUIPMENT_OFFER: [
    ...LISTING_TEXT,
    'equipment.make',
    'equipment.model',
    'equipment.origin',
    'equipment.year',
    'equipment.condition',
    'equipment.specifications',
    'equipment.quantity',
    'equipment.installation',
    'equipment.warranty',
    ...LISTING_FACTS,
  ],
  TECHNOLOGY_REQUEST: [
    ...LISTING_TEXT,
    'request.problem',
    'request.currentSolution',
    'request.requiredSpecs',
    'request.minTrl',
    'request.budget',
    'request.responseDeadline',
    'request.partnerTypes',
    'request.preferredForms',
    'request.preferredModes',
    'fieldCode',
    'keywords',
    'validUntil',
  ],
};

export const ORGANISATION_COMMENT_FIELDS: readonly string[] = [
  'nameVi',
  'nameEn',
  'shortName',
  'kind',
  'taxCode',
  'stCertificateNumber',
  'descriptionVi',
  'descriptionEn',
  'website',
  'email',
  'phone',
  'addressLine',
  'province',
  'fieldCodes',
];
