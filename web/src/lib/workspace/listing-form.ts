// The multi-step listing form's shape: its steps, which fields each step holds (per listing kind) and how an API
// field path names an input. Inputs are named by their API input path (`technology.problemSolved`, `price.min`), so
// the API's field errors and missing-field paths land on them. Reading a step is listing-parse.ts, comparing with
// the listing listing-diff.ts.
import type { MessageRules } from '$lib/errors';
import type { ListingKind } from '$lib/graphql/generated';
import {
  DEAL_TYPES,
  EQUIPMENT_CONDITIONS,
  PARTNER_TYPES,
  PRICE_BASES,
  PRICE_TYPES,
  RIGHTS_KINDS,
  TECHNOLOGY_LEVELS,
  TRANSFER_FORMS,
  TRANSFER_MODES,
  TRANSFER_OBJECTS,
} from './vocabulary';
import type { EnumGroup } from './labels';

export type EditStep = 'basics' | 'details' | 'terms' | 'description';
export type Step = EditStep | 'review';
export const STEPS: readonly Step[] = ['basics', 'details', 'terms', 'description', 'review'];

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

export function nextStep(step: Step): Step | null {
  return STEPS[STEPS.indexOf(step) + 1] ?? null;
}

/** The form's values: one text per input, a list for checkbox groups. Booleans are 'true' or ''. */
export type Values = Record<string, string | string[]>;
/** Problems found before the API is asked, by input path: a code the dictionary translates. */
export type Problems = Record<string, string>;

/**
 * How an input is read:
 * text/multiline (trimmed), lines (one item per line), keywords (comma separated), int, vnd (whole đồng, digit
 * grouping allowed), decimal, instant (a day → end of that day in Vietnam), day (YYYY-MM-DD kept as is), choice,
 * choices (checkbox group), bool (checkbox), yesno (two radios), specs (`name: value` per line).
 */
export type FieldType =
  | 'text'
  | 'multiline'
  | 'lines'
  | 'keywords'
  | 'int'
  | 'vnd'
  | 'decimal'
  | 'instant'
  | 'day'
  | 'choice'
  | 'choices'
  | 'bool'
  | 'yesno'
  | 'specs';

export interface FieldSpec {
  path: string;
  type: FieldType;
  options?: readonly string[];
  /** The dictionary group of the options' labels (ws.<group>.<VALUE>). */
  group?: EnumGroup;
  /** What an empty input sends: null clears, '' keeps the API's "text, possibly blank", omit leaves it unchanged. */
  empty?: 'null' | 'blank' | 'omit';
}

const f = (path: string, type: FieldType, extra: Omit<FieldSpec, 'path' | 'type'> = {}): FieldSpec => ({ path, type, ...extra });

const PRICE: FieldSpec[] = [f('price.type', 'choice', { options: PRICE_TYPES, group: 'priceType' }), f('price.min', 'vnd'), f('price.max', 'vnd')];

const BASICS: FieldSpec[] = [
  f('titleVi', 'text', { empty: 'blank' }),
  f('titleEn', 'text'),
  f('summaryVi', 'multiline', { empty: 'blank' }),
  f('summaryEn', 'multiline'),
  f('fieldCode', 'text'),
  f('keywords', 'keywords'),
  f('keywordsEn', 'keywords'),
  f('commune', 'text'),
  f('province', 'text', { empty: 'blank' }),
  f('validUntil', 'instant'),
];

// The confidential dossier sits with the description; the API saves it at once, without review (it is never public).
const DESCRIPTION: FieldSpec[] = [
  f('descriptionVi', 'multiline'),
  f('descriptionEn', 'multiline'),
  f('dossierVi', 'multiline'),
  f('dossierEn', 'multiline'),
];

export const STEP_FIELDS: Record<ListingKind, Record<EditStep, readonly FieldSpec[]>> = {
  TECHNOLOGY_OFFER: {
    basics: BASICS,
    details: [
      f('technology.problemSolved', 'multiline', { empty: 'blank' }),
      f('technology.advantages', 'lines'),
      f('technology.applications', 'lines'),
      f('trl', 'int'),
      f('technology.trlEvidence', 'multiline', { empty: 'blank' }),
      f('appraisalLevel', 'choice', { options: TECHNOLOGY_LEVELS, group: 'technologyLevel' }),
      f('technology.originatingTask', 'text'),
      f('technology.problemSolvedEn', 'multiline'),
      f('technology.advantagesEn', 'lines'),
      f('technology.applicationsEn', 'lines'),
      f('technology.trlEvidenceEn', 'multiline'),
    ],
    terms: [
      f('technology.transferObjects', 'choices', { options: TRANSFER_OBJECTS, group: 'transferObject' }),
      f('technology.transferForms', 'choices', { options: TRANSFER_FORMS, group: 'transferForm' }),
      f('technology.transferModes', 'choices', { options: TRANSFER_MODES, group: 'transferMode' }),
      f('technology.rights.kind', 'choice', { options: RIGHTS_KINDS, group: 'rightsKind' }),
      f('technology.rights.exclusive', 'bool'),
      f('technology.rights.territory', 'text', { empty: 'blank' }),
      f('technology.rights.sublicensing', 'bool'),
      f('technology.dealTypes', 'choices', { options: DEAL_TYPES, group: 'dealType' }),
      ...PRICE,
      f('technology.priceBasis', 'choice', { options: PRICE_BASES, group: 'priceBasis' }),
      f('technology.royaltyPercent', 'decimal'),
      f('technology.priceUnit', 'text'),
      f('technology.support', 'multiline', { empty: 'blank' }),
      f('technology.rights.territoryEn', 'text'),
      f('technology.supportEn', 'multiline'),
    ],
    description: DESCRIPTION,
  },
  EQUIPMENT_OFFER: {
    basics: BASICS,
    details: [
      f('equipment.make', 'text', { empty: 'blank' }),
      f('equipment.model', 'text', { empty: 'blank' }),
      f('equipment.origin', 'text', { empty: 'blank' }),
      f('equipment.year', 'int'),
      f('equipment.condition', 'choice', { options: EQUIPMENT_CONDITIONS, group: 'condition' }),
      f('equipment.hoursOfUse', 'int'),
      f('equipment.quantity', 'int', { empty: 'omit' }),
      f('equipment.specifications', 'specs'),
      f('equipment.specificationsEn', 'specs'),
    ],
    terms: [
      ...PRICE,
      f('equipment.priceUnit', 'text'),
      f('equipment.dealTypes', 'choices', { options: DEAL_TYPES, group: 'dealType' }),
      f('equipment.installation', 'multiline', { empty: 'blank' }),
      f('equipment.warranty', 'multiline', { empty: 'blank' }),
      f('equipment.knowHowIncluded', 'bool'),
      f('equipment.canDemonstrate', 'bool'),
      f('equipment.installationEn', 'multiline'),
      f('equipment.warrantyEn', 'multiline'),
    ],
    description: DESCRIPTION,
  },
  TECHNOLOGY_REQUEST: {
    basics: BASICS,
    details: [
      f('request.problem', 'multiline', { empty: 'blank' }),
      f('request.currentSolution', 'multiline', { empty: 'blank' }),
      f('request.requiredSpecs', 'lines'),
      f('request.minTrl', 'int'),
      f('request.problemEn', 'multiline'),
      f('request.currentSolutionEn', 'multiline'),
      f('request.requiredSpecsEn', 'lines'),
    ],
    terms: [
      f('request.budgetMin', 'vnd'),
      f('request.budgetMax', 'vnd'),
      f('request.responseDeadline', 'day'),
      f('request.preferredForms', 'choices', { options: TRANSFER_FORMS, group: 'transferForm' }),
      f('request.preferredModes', 'choices', { options: TRANSFER_MODES, group: 'transferMode' }),
      f('request.partnerTypes', 'choices', { options: PARTNER_TYPES, group: 'partnerType' }),
      f('hideOrganisation', 'bool'),
    ],
    description: DESCRIPTION,
  },
};

/** Whether the kind has IP titles (only technology offers carry patents and the like). */
export function hasIpTitles(kind: ListingKind): boolean {
  return kind === 'TECHNOLOGY_OFFER';
}

export function specOf(kind: ListingKind, path: string): FieldSpec | undefined {
  for (const specs of Object.values(STEP_FIELDS[kind])) {
    const found = specs.find((s) => s.path === path);
    if (found) return found;
  }
  return undefined;
}

// The API names some fields differently in missing-field paths than in inputs.
const PATH_ALIASES: Record<string, string> = {
  field: 'fieldCode',
  'request.partnerType': 'request.partnerTypes',
  'request.budget': 'request.budgetMin',
  'request.budget.min': 'request.budgetMin',
  'request.budget.max': 'request.budgetMax',
  price: 'price.type',
  'technology.rights': 'technology.rights.kind',
  ipTitles: 'ipTitles',
};

/** An API field path as the form names it: `input.` prefix dropped, aliases resolved. */
export function normalisePath(path: string): string {
  const bare = path.replace(/^input\./, '');
  return PATH_ALIASES[bare] ?? bare;
}

/** How the workspace's forms show the API's refusals: their own sentences (ws.validation), inputs by API path. */
export const WORKSPACE_ERRORS: MessageRules = { scope: 'ws', input: normalisePath };

/** The step whose form holds a field (for missing-field links and moderator comments), or null if none does. */
export function stepOfField(kind: ListingKind, path: string): EditStep | null {
  const normal = normalisePath(path);
  if (normal.startsWith('ipTitles')) return hasIpTitles(kind) ? 'description' : null;
  for (const [step, specs] of Object.entries(STEP_FIELDS[kind]) as [EditStep, readonly FieldSpec[]][]) {
    if (specs.some((s) => s.path === normal || s.path.startsWith(`${normal}.`) || normal.startsWith(`${s.path}.`))) return step;
  }
  return null;
}

/** The dictionary key of a field's label: list indices dropped (`ipTitles.0.number` → `ipTitles.number`). */
export function labelKeyOf(path: string): string {
  return `ws.field.${normalisePath(path).replace(/\.\d+(?=\.|$)/g, '')}`;
}

/** The id of the input holding a field, for labels, error links and `#` anchors. */
export function inputId(path: string): string {
  return `f-${normalisePath(path).replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}
