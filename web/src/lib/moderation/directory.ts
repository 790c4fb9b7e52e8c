// The organisation directory's filters, read from the address (plain GET links and forms) and written back
// into links, so every filtered page has its own address and works without JavaScript.
import type { OrganisationKind } from '$lib/graphql/generated';

export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'ST_ORGANISATION',
  'ST_ENTERPRISE',
  'UNIVERSITY_INSTITUTE',
  'ENTERPRISE',
  'COOPERATIVE',
  'DEPARTMENT_UNIT',
  'HOUSEHOLD_BUSINESS',
];

export const DIRECTORY_PAGE_SIZE = 20;

export interface DirectoryFilters {
  kind: OrganisationKind | null;
  fieldCode: string | null;
  province: string | null;
  page: number;
}

const FIELD_CODE = /^[0-9A-Za-z.\-_]{1,20}$/;

export function parseDirectoryFilters(params: URLSearchParams): DirectoryFilters {
  const kind = ORGANISATION_KINDS.find((k) => k === params.get('kind')) ?? null;
  const field = params.get('field')?.trim() ?? '';
  const province = params.get('province')?.trim().slice(0, 100) ?? '';
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    kind,
    fieldCode: FIELD_CODE.test(field) ? field : null,
    province: province || null,
    page: Number.isSafeInteger(page) && page > 1 ? Math.min(page, 10_000) : 1,
  };
}

/** The directory's address for these filters; the first page has no `page` parameter. */
export function directoryHref(filters: DirectoryFilters): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.fieldCode) params.set('field', filters.fieldCode);
  if (filters.province) params.set('province', filters.province);
  if (filters.page > 1) params.set('page', String(filters.page));
  const query = params.toString();
  return query ? `/organisations?${query}` : '/organisations';
}

export function pageCount(total: number, size = DIRECTORY_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}
