import { describe, expect, it } from 'vitest';
import { prefillTitle, withPrefill } from './prefill';
import { hitHref, needHref } from '$lib/search/demand';

describe('request prefill', () => {
  it('carries the searched words to the need page and reads them back as one tidy line', () => {
    const href = needHref('máy ép  mía & đường');
    expect(href).toBe('/post/need?title=m%C3%A1y+%C3%A9p++m%C3%ADa+%26+%C4%91%C6%B0%E1%BB%9Dng');
    expect(prefillTitle(new URL(href, 'http://localhost'))).toBe('máy ép mía & đường');
    expect(prefillTitle(new URL(`/post/need?title=${'x'.repeat(300)}`, 'http://localhost'))).toHaveLength(200);
    expect(prefillTitle(new URL('/post/need', 'http://localhost'))).toBe('');
  });

  it('adds the title to a path that has its own parameters, and leaves a link alone without one', () => {
    expect(withPrefill('/workspace/listings/new?org=1&kind=TECHNOLOGY_REQUEST', 'sấy')).toBe('/workspace/listings/new?org=1&kind=TECHNOLOGY_REQUEST&title=s%E1%BA%A5y');
    expect(withPrefill('/post/need', '')).toBe('/post/need');
  });

  it("gives a counted search's hit link the search's ref, and an uncounted one none", () => {
    expect(hitHref('/listings/may-say', '2026-12-06.abcdefghijkl.may say')).toBe('/listings/may-say?ref=2026-12-06.abcdefghijkl.may+say');
    expect(hitHref('/listings/may-say', null)).toBe('/listings/may-say');
  });
});
