// The inquiry and deal forms: how their form data becomes the API's input (with the problems the web can see
// itself, e.g. an amount that is not one), and the values to show again. Inputs are named by their path in the
// API's input (`rights.territory`), so the API's field errors land on them.
import type {
  DealInput,
  DealSurveyInput,
  DeclineInput,
  InquiryDirection,
  OpenInquiryInput,
  RightsKind,
} from '$lib/graphql/generated';
import { inputPath, type MessageRules } from '$lib/errors';
import { dayInVietnam, isDateInput } from '$lib/workspace/dates';
import type { Values } from '$lib/workspace/listing-form';
import { parseVnd } from '$lib/workspace/listing-parse';
import { isOneOf, RIGHTS_KINDS, TRANSFER_FORMS, TRANSFER_MODES, TRANSFER_OBJECTS } from '$lib/workspace/vocabulary';
import { DECLINE_REASONS } from './vocabulary';

export type Problems = Record<string, string>;

/** How the inquiry and deal forms show the API's refusals: their own sentences (inquiry.validation), inputs by API path. */
export const INQUIRY_ERRORS: MessageRules = { scope: 'inquiry', input: inputPath };

export interface Parsed<T> {
  /** What to send; null when the web already sees a problem the API's types would not even let through. */
  input: T | null;
  values: Values;
  problems: Problems;
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

const checked = (form: FormData, name: string) => text(form, name) === 'true';

// ───────────────────────────── opening an inquiry ─────────────────────────────

/** Sentinel of the organisation picker: "another organisation, typed below". */
export const OTHER_ORGANISATION = '';

/**
 * An inquiry names a platform organisation the buyer belongs to or types one; a proposal always comes from one of
 * the proposer's organisations. The API checks the rest (lengths, intended use for offers).
 */
export function parseOpenForm(form: FormData, direction: InquiryDirection, memberOf: readonly string[]): Parsed<OpenInquiryInput> {
  const values: Values = {
    listingId: text(form, 'listingId'),
    message: text(form, 'message'),
    intendedUse: text(form, 'intendedUse'),
    organisationId: text(form, 'organisationId'),
    organisationName: text(form, 'organisationName'),
  };
  const organisationId = String(values.organisationId);
  const own = memberOf.includes(organisationId) ? organisationId : null;
  const input: OpenInquiryInput = {
    listingId: String(values.listingId),
    message: String(values.message),
    intendedUse: String(values.intendedUse).trim() || null,
    organisationId: own,
    organisationName: direction === 'INQUIRY' && !own ? String(values.organisationName).trim() || null : null,
  };
  return { input, values, problems: {} };
}

// ───────────────────────────── declining ─────────────────────────────

export function parseDeclineForm(form: FormData): Parsed<DeclineInput> {
  const values: Values = { reason: text(form, 'reason'), note: text(form, 'note') };
  const reason = String(values.reason);
  if (!isOneOf(DECLINE_REASONS, reason)) return { input: null, values, problems: { reason: 'REQUIRED' } };
  // A note is required with OTHER: the API says so, in the reader's language.
  const note = String(values.note).trim();
  return { input: { reason, note: note || null }, values, problems: {} };
}

// ───────────────────────────── recording the deal ─────────────────────────────

export const DEAL_FIELDS = [
  'transferObjects',
  'transferForm',
  'transferModes',
  'rights.kind',
  'rights.exclusive',
  'rights.territory',
  'rights.sublicensing',
  'valueVnd',
  'signedOn',
  'crossBorder',
  'stateFunded',
] as const;

interface OfferTerms {
  transferObjects: readonly string[];
  transferForms: readonly string[];
  transferModes: readonly string[];
  rights?: { kind: RightsKind; exclusive: boolean; territory: string; sublicensing: boolean } | null;
}

/** The deal form before anything is typed: what the offer proposed, signed today. */
export function dealDefaults(offer: OfferTerms | null | undefined, now = new Date()): Values {
  return {
    transferObjects: [...(offer?.transferObjects ?? [])],
    transferForm: offer?.transferForms.length === 1 ? offer.transferForms[0]! : '',
    transferModes: [...(offer?.transferModes ?? [])],
    'rights.kind': offer?.rights?.kind ?? '',
    'rights.exclusive': offer?.rights?.exclusive ? 'true' : '',
    'rights.territory': offer?.rights?.territory ?? '',
    'rights.sublicensing': offer?.rights?.sublicensing ? 'true' : '',
    valueVnd: '',
    signedOn: dayInVietnam(now.toISOString()),
    crossBorder: '',
    stateFunded: '',
  };
}

export function parseDealForm(form: FormData): Parsed<DealInput> {
  const many = (name: string) => form.getAll(name).filter((v): v is string => typeof v === 'string');
  const values: Values = {
    transferObjects: many('transferObjects'),
    transferForm: text(form, 'transferForm'),
    transferModes: many('transferModes'),
    'rights.kind': text(form, 'rights.kind'),
    'rights.exclusive': checked(form, 'rights.exclusive') ? 'true' : '',
    'rights.territory': text(form, 'rights.territory'),
    'rights.sublicensing': checked(form, 'rights.sublicensing') ? 'true' : '',
    valueVnd: text(form, 'valueVnd'),
    signedOn: text(form, 'signedOn').trim(),
    crossBorder: checked(form, 'crossBorder') ? 'true' : '',
    stateFunded: checked(form, 'stateFunded') ? 'true' : '',
  };
  const problems: Problems = {};
  const transferObjects = (values.transferObjects as string[]).filter((v) => isOneOf(TRANSFER_OBJECTS, v));
  const transferModes = (values.transferModes as string[]).filter((v) => isOneOf(TRANSFER_MODES, v));
  const transferForm = String(values.transferForm);
  const rightsKind = String(values['rights.kind']);
  const territory = String(values['rights.territory']).trim();
  const rawValue = String(values.valueVnd).trim();
  const valueVnd = rawValue ? parseVnd(rawValue) : null;
  const signedOn = String(values.signedOn);

  if (!transferObjects.length) problems.transferObjects = 'REQUIRED';
  if (!isOneOf(TRANSFER_FORMS, transferForm)) problems.transferForm = 'REQUIRED';
  if (!transferModes.length) problems.transferModes = 'REQUIRED';
  if (!isOneOf(RIGHTS_KINDS, rightsKind)) problems['rights.kind'] = 'REQUIRED';
  if (!territory) problems['rights.territory'] = 'REQUIRED';
  if (!rawValue) problems.valueVnd = 'REQUIRED';
  else if (valueVnd === null) problems.valueVnd = 'NOT_AN_AMOUNT';
  if (!signedOn) problems.signedOn = 'REQUIRED';
  else if (!isDateInput(signedOn)) problems.signedOn = 'INVALID_DATE';

  if (Object.keys(problems).length || !isOneOf(TRANSFER_FORMS, transferForm) || !isOneOf(RIGHTS_KINDS, rightsKind) || valueVnd === null) {
    return { input: null, values, problems };
  }
  return {
    input: {
      transferObjects: transferObjects as DealInput['transferObjects'],
      transferForm,
      transferModes: transferModes as DealInput['transferModes'],
      rights: { kind: rightsKind, exclusive: values['rights.exclusive'] === 'true', territory, sublicensing: values['rights.sublicensing'] === 'true' },
      valueVnd,
      signedOn,
      crossBorder: values.crossBorder === 'true',
      stateFunded: values.stateFunded === 'true',
    },
    values,
    problems,
  };
}

// ───────────────────────────── the follow-up survey ─────────────────────────────

export const SATISFACTION = [5, 4, 3, 2, 1] as const;

export function parseSurveyForm(form: FormData): Parsed<DealSurveyInput> {
  const values: Values = { implemented: text(form, 'implemented'), satisfaction: text(form, 'satisfaction'), comment: text(form, 'comment') };
  const problems: Problems = {};
  const implemented = values.implemented === 'true' ? true : values.implemented === 'false' ? false : null;
  const satisfaction = Number(values.satisfaction);
  if (implemented === null) problems.implemented = 'REQUIRED';
  if (!(SATISFACTION as readonly number[]).includes(satisfaction)) problems.satisfaction = 'REQUIRED';
  if (implemented === null || Object.keys(problems).length) return { input: null, values, problems };
  return { input: { implemented, satisfaction, comment: String(values.comment).trim() || null }, values, problems };
}
