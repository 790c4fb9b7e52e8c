import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formatPrice, formatVnd } from './format';
import { resolveLocale, t } from './index';
import { vi } from './vi';

describe('dictionaries', () => {
  it('give every key a non-empty text in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same parameters in both languages', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect(params(en[key]), key).toEqual(params(vi[key]));
  });
});

describe('t', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    expect(t('vi', 'listing.trlBadge', { trl: 7 })).toBe('TRL 7');
    expect(t('en', 'nav.signedInAs', {})).toBe('Signed in as {name}');
  });
});

describe('resolveLocale', () => {
  it('prefers the cookie, then the best Accept-Language match, then Vietnamese', () => {
    expect(resolveLocale('en', 'vi-VN')).toBe('en');
    expect(resolveLocale(undefined, 'fr-FR,en-US;q=0.8,vi;q=0.5')).toBe('en');
    expect(resolveLocale(undefined, 'en;q=0.3,vi;q=0.9')).toBe('vi');
    expect(resolveLocale('de', 'de-DE,fr;q=0.5')).toBe('vi');
    expect(resolveLocale(undefined, 'en;q=0')).toBe('vi');
    expect(resolveLocale(undefined, null)).toBe('vi');
  });
});

describe('prices', () => {
  // Intl separates the amount from the sign with a no-break space; compare on plain spaces.
  const plain = (text: string) => text.replace(/\s/g, ' ');

  it('formats whole đồng per locale', () => {
    expect(plain(formatVnd('vi', 150_000_000))).toBe('150.000.000 ₫');
    expect(formatVnd('en', 150_000_000)).toBe('₫150,000,000');
  });

  it('says "negotiable" when there is no amount, and shows ranges and open bounds', () => {
    expect(formatPrice('vi', { type: 'NEGOTIABLE' })).toBe('Thỏa thuận');
    expect(formatPrice('en', { type: 'FIXED', min: null, max: null })).toBe('Negotiable');
    expect(formatPrice('en', { type: 'RANGE', min: 1_000_000, max: 2_000_000 })).toBe('₫1,000,000 – ₫2,000,000');
    expect(formatPrice('en', { type: 'RANGE', min: 1_000_000, max: null })).toBe('From ₫1,000,000');
    expect(formatPrice('en', { type: 'RANGE', min: null, max: 2_000_000 })).toBe('Up to ₫2,000,000');
    expect(formatPrice('en', { type: 'FIXED', min: 5_000_000, max: 5_000_000 })).toBe('₫5,000,000');
  });
});
