import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './redirect';

/** What a browser does with a Location header on this site. */
const followed = (location: string) => new URL(location, 'https://san.example/here');

describe('safeRedirectTarget', () => {
  it('keeps paths on this site with their query and fragment', () => {
    expect(safeRedirectTarget('/account')).toBe('/account');
    expect(safeRedirectTarget('/listings/mu-u?tab=1#price')).toBe('/listings/mu-u?tab=1#price');
    expect(safeRedirectTarget('/a/../account')).toBe('/account');
    expect(safeRedirectTarget('/search?q=%2F%2Fx')).toBe('/search?q=%2F%2Fx');
  });

  it('falls back for anything that could leave the site', () => {
    for (const target of ['//evil.example/x', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '', null, undefined]) {
      expect(safeRedirectTarget(target), String(target)).toBe('/');
    }
    expect(safeRedirectTarget('account', '/home')).toBe('/home');
  });

  // Each of these passed the old check and normalised to `//host` (issue 10, finding 2).
  const normalisedAway = [
    '/.//evil.example',
    '/a/..//x',
    '/%2e//x',
    '/%2E%2E//x',
    '/./\\x',
    '/.\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/./%2e//evil.example',
    decodeURIComponent('%2F.%2F%2Fevil.example'),
  ];

  it.each(normalisedAway)('never answers a target that leaves the site after normalisation: %j', (target) => {
    const answer = safeRedirectTarget(target);
    expect(followed(answer).origin).toBe('https://san.example');
    expect(answer.startsWith('//')).toBe(false);
    expect(answer).toBe('/');
  });
});
