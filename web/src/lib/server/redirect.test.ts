import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './redirect';

describe('safeRedirectTarget', () => {
  it('keeps paths on this site with their query and fragment', () => {
    expect(safeRedirectTarget('/account')).toBe('/account');
    expect(safeRedirectTarget('/listings/mu-u?tab=1#price')).toBe('/listings/mu-u?tab=1#price');
  });

  it('falls back for anything that could leave the site', () => {
    for (const target of ['//evil.example/x', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '', null, undefined]) {
      expect(safeRedirectTarget(target), String(target)).toBe('/');
    }
    expect(safeRedirectTarget('account', '/home')).toBe('/home');
  });
});
