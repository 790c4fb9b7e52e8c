import { describe, expect, it } from 'vitest';
import { listHref, pagerLinks } from '$lib/paging';
import { parsePeopleFilters, peopleParams } from './people-filters';

describe('the users list filters', () => {
  it('reads the search words, a known role and status, and keeps them on the next page', () => {
    const filters = parsePeopleFilters(new URLSearchParams('q=%20Nguyễn%20Đức%20&role=MODERATOR&status=SUSPENDED&after=abc'));
    expect(filters).toEqual({ query: 'Nguyễn Đức', role: 'MODERATOR', status: 'SUSPENDED' });
    expect(pagerLinks('/admin/users', peopleParams(filters), 'abc', { hasNextPage: true, endCursor: 'def' })).toEqual({
      first: '/admin/users?q=Nguy%E1%BB%85n+%C4%90%E1%BB%A9c&role=MODERATOR&status=SUSPENDED',
      next: '/admin/users?q=Nguy%E1%BB%85n+%C4%90%E1%BB%A9c&role=MODERATOR&status=SUSPENDED&after=def',
    });
  });

  it('drops values only an edited link can hold', () => {
    expect(parsePeopleFilters(new URLSearchParams('role=ROOT&status=x'))).toEqual({ query: '', role: null, status: null });
    expect(parsePeopleFilters(new URLSearchParams(`q=${'a'.repeat(500)}`)).query).toHaveLength(200);
    expect(listHref('/admin/users', peopleParams(parsePeopleFilters(new URLSearchParams(''))))).toBe('/admin/users');
  });

  it('links no next page on the last one and no first page on the first', () => {
    expect(pagerLinks('/admin/users', {}, null, { hasNextPage: false, endCursor: 'x' })).toEqual({ first: null, next: null });
  });
});
