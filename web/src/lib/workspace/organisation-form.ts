// The organisation profile form: form data → OrganisationInput, and a profile → the form's values.
import type { MessageRules } from '$lib/errors';
import type { OrganisationInput, WorkspaceOrganisationFragment } from '$lib/graphql/generated';
import { normalisePath, type Values } from './listing-form';
import { ORGANISATION_KINDS, isOneOf } from './vocabulary';

export const ORGANISATION_TEXT_FIELDS = [
  'nameVi',
  'nameEn',
  'shortName',
  'taxCode',
  'stCertificateNumber',
  'website',
  'email',
  'phone',
  'addressLine',
  'commune',
  'province',
] as const;
const MULTILINE_FIELDS = ['descriptionVi', 'descriptionEn'] as const;
/** Text the API requires: sent blank rather than cleared, so it answers "required" instead of refusing null. */
const REQUIRED_TEXT = new Set(['nameVi', 'province']);

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export function parseOrganisationForm(form: FormData): { input: OrganisationInput; values: Values } {
  const values: Values = {};
  const input: Record<string, unknown> = {};
  for (const name of [...ORGANISATION_TEXT_FIELDS, ...MULTILINE_FIELDS]) {
    const raw = text(form, name);
    values[name] = raw;
    const trimmed = name.startsWith('description') ? raw.trim() : raw.trim().replace(/\s+/g, ' ');
    input[name] = trimmed || (REQUIRED_TEXT.has(name) ? '' : null);
  }
  const kind = text(form, 'kind');
  values.kind = kind;
  if (isOneOf(ORGANISATION_KINDS, kind)) input.kind = kind;
  const fieldCodes = form.getAll('fieldCodes').filter((v): v is string => typeof v === 'string' && /^\d{1,3}$/.test(v));
  values.fieldCodes = fieldCodes;
  input.fieldCodes = fieldCodes;
  return { input: input as OrganisationInput, values };
}

export function organisationValues(org: WorkspaceOrganisationFragment | null): Values {
  const values: Values = { kind: org?.kind ?? '', fieldCodes: org?.fields.map((f) => f.code) ?? [] };
  for (const name of [...ORGANISATION_TEXT_FIELDS, ...MULTILINE_FIELDS]) values[name] = org?.[name] ?? '';
  if (!org) values.province = 'Tây Ninh';
  return values;
}

/** API paths of organisation errors name the input directly; list items (`fieldCodes.2`) point at the list. */
export const ORGANISATION_ERRORS: MessageRules = { scope: 'ws', input: (field) => normalisePath(field).replace(/\.\d+$/, '') };
