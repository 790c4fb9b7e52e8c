// An organisation profile's editable content: what an owner saves, what a revision holds while the published
// profile stays visible, and what a reviewer compares.
import { z } from 'zod';
import type { Organisation } from '../../generated/prisma/client.ts';

export interface OrganisationContent {
  kind: Organisation['kind'];
  nameVi: string;
  nameEn: string | null;
  shortName: string | null;
  taxCode: string | null;
  stCertificateNumber: string | null;
  descriptionVi: string | null;
  descriptionEn: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  addressLine: string | null;
  commune: string | null;
  province: string;
  fieldCodes: string[];
}

export const ORGANISATION_FIELDS: (keyof OrganisationContent)[] = [
  'kind', 'nameVi', 'nameEn', 'shortName', 'taxCode', 'stCertificateNumber', 'descriptionVi', 'descriptionEn',
  'website', 'email', 'phone', 'addressLine', 'commune', 'province', 'fieldCodes',
];

const optional = (schema: z.ZodType<string, string>) => schema.nullish().transform((v) => (v ? v : null));

export const organisationInputSchema = z
  .object({
    // INDIVIDUAL is not registered: a person's requester profile is made by createPersonalRequest.
    kind: z.enum(['ST_ORGANISATION', 'ST_ENTERPRISE', 'ENTERPRISE', 'UNIVERSITY_INSTITUTE', 'COOPERATIVE', 'DEPARTMENT_UNIT', 'HOUSEHOLD_BUSINESS']),
    nameVi: z.string().trim().min(3).max(200),
    nameEn: optional(z.string().trim().max(200)),
    shortName: optional(z.string().trim().max(50)),
    // Vietnamese tax codes: 10 digits, or 13 with a branch suffix (0301234567-001).
    taxCode: optional(z.string().trim().regex(/^\d{10}(-\d{3})?$/)),
    stCertificateNumber: optional(z.string().trim().max(50)),
    descriptionVi: optional(z.string().trim().max(5000)),
    descriptionEn: optional(z.string().trim().max(5000)),
    website: optional(z.string().trim().max(200).regex(/^https?:\/\/[^\s]+$/)),
    email: optional(z.string().trim().toLowerCase().max(254).pipe(z.email())),
    phone: optional(z.string().trim().regex(/^[0-9+() .-]{8,20}$/)),
    addressLine: optional(z.string().trim().max(300)),
    commune: optional(z.string().trim().max(100)),
    province: z.string().trim().min(2).max(100),
    fieldCodes: z.array(z.string().regex(/^\d{1,3}$/)).max(10),
  })
  .partial();

export function contentOfOrganisation(org: Organisation, fieldCodes: string[]): OrganisationContent {
  const content = Object.fromEntries(ORGANISATION_FIELDS.map((f) => [f, (org as Record<string, unknown>)[f] ?? null]));
  return { ...(content as unknown as OrganisationContent), fieldCodes };
}

export function missingForOrganisation(c: OrganisationContent): string[] {
  // A person's requester profile is never submitted: the department reviews each of their requests instead.
  if (c.kind === 'INDIVIDUAL') return [];
  const missing: string[] = [];
  if (!c.descriptionVi || c.descriptionVi.length < 30) missing.push('descriptionVi');
  if (!c.addressLine) missing.push('addressLine');
  if (!c.email && !c.phone) missing.push('email');
  if (c.fieldCodes.length === 0) missing.push('fieldCodes');
  if (c.kind === 'ST_ENTERPRISE' && !c.stCertificateNumber) missing.push('stCertificateNumber');
  return missing;
}
