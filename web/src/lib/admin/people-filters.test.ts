import { describe, expect, it } from 'vitest';
import { parsePeopleFilters, peopleHref } from './people-filters';

describe('the users list filters', () => {
  it('reads the search words, a known role and status, and the page', () => {
    const filters = parsePeopleFilters(new URLSearchParams('q=%20Nguyễn%20Đức%20&role=MODERATOR&status=SUSPENDED&page=3'));
    expect(filters).toEqual({ query: 'Nguyễn Đức', role: 'MODERATOR', status: 'SUSPENDED', page: 3 });
    expect(peopleHref(filters, 4)).toBe('/admin/users?q=Nguy%E1%BB%85n+%C4%90%E1%BB%A9c&role=MODERATOR&status=SUSPENDED&page=4');
  });

  it('drops values only an edited link can hold', () => {
    expect(parsePeopleFilters(new URLSearchParams('role=ROOT&status=x&page=-2'))).toEqual({ query: '', role: null, status: null, page: 1 });
    expect(parsePeopleFilters(new URLSearchParams('page=99999')).page).toBe(400);
    expect(parsePeopleFilters(new URLSearchParams(`q=${'a'.repeat(500)}`)).query).toHaveLength(200);
    expect(peopleHref(parsePeopleFilters(new URLSearchParams('')), 1)).toBe('/admin/users');
  });
});
