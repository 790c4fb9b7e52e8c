import { describe, expect, it } from 'vitest';
import { ResultCache } from './result-cache.ts';

describe('search result cache', () => {
  it('answers until the entry expires', () => {
    const cache = new ResultCache<number>(1000);
    cache.set('q', 1, 0);
    expect(cache.get('q', 999)).toBe(1);
    expect(cache.get('q', 1000)).toBeUndefined();
  });

  it('drops the least recently used entry when full, and everything on clear', () => {
    const cache = new ResultCache<number>(1000, 2);
    cache.set('a', 1, 0);
    cache.set('b', 2, 0);
    cache.get('a', 1);
    cache.set('c', 3, 1);
    expect([cache.get('a', 2), cache.get('b', 2), cache.get('c', 2)]).toEqual([1, undefined, 3]);
    cache.clear();
    expect(cache.get('a', 3)).toBeUndefined();
  });

  it('keeps nothing when disabled', () => {
    const cache = new ResultCache<number>(0);
    cache.set('q', 1, 0);
    expect(cache.get('q', 0)).toBeUndefined();
  });
});
