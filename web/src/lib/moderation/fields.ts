// Names of listing and organisation fields as the moderation pages show them: in the before/after table of an
// edit, next to per-field comments and in "still missing" lists. The API names a field by its input path
// (`input.technology.trlEvidence`, `details.trlEvidence`, `trlEvidence`); comments and labels use the last segment,
// which is also how the web's forms key their field errors (see $lib/server/forms).
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

/** The main fields of each kind, the ones a moderator can comment on one by one. */
export const LISTING_COMMENT_FIELDS: Record<ListingKind, readonly string[]> = {
  TECHNOLOGY_OFFER: [
    ...LISTING_TEXT,
    'problemSolved',
    'advantages',
    'applications',
    'trl',
    'trlEvidence',
    'appraisalLevel',
    'ipTitles',
    'transferObjects',
    'transferForms',
    'transferModes',
    'rights',
    'support',
    ...LISTING_FACTS,
  ],
  EQUIPMENT_OFFER: [
    ...LISTING_TEXT,
    'make',
    'model',
    'origin',
    'year',
    'condition',
    'specifications',
    'quantity',
    'installation',
    'warranty',
    ...LISTING_FACTS,
  ],
  TECHNOLOGY_REQUEST: [
    ...LISTING_TEXT,
    'problem',
    'currentSolution',
    'requiredSpecs',
    'minTrl',
    'budget',
    'responseDeadline',
    'partnerType',
    'preferredForms',
    'preferredModes',
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
