// The organisation directory's filters, read from the address (plain GET links and forms) and written back
// into links, so every filtered page has its own address and works without JavaScript.
import type { OrganisationKind } from '$lib/graphql/generated';
import { readAfter } from '$lib/paging';

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
  /** The API's cursor of the page shown (null: the first page). */
  after: string | null;
}

const FIELD_CODE = /^[0-9A-Za-z.\-_]{1,20}$/;

export function parseDirectoryFilters(params: URLSearchParams): DirectoryFilters {
  const kind = ORGANISATION_KINDS.find((k) => k === params.get('kind')) ?? null;
  const field = params.get('field')?.trim() ?? '';
  const province = params.get('province')?.trim().slice(0, 100) ?? '';
  return { kind, fieldCode: FIELD_CODE.test(field) ? field : null, province: province || null, after: readAfter(params) };
}

/** The directory's address for these filters; the first page has no `page` parameter. */
export function directoryHref(filters: DirectoryFilters): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.fieldCode) params.set('field', filters.fieldCode);
  if (filters.province) params.set('province', filters.province);
  if (filters.after) params.set('after', filters.after);
  const query = params.toString();
  return query ? `/organisations?${query}` : '/organisations';
}
