import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formatPrice, formatVnd } from './format';
import { fill, t, type Params } from './index';
import { vi } from './vi';

describe('dictionaries', () => {
  it('give every key a non-empty text in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, text] of [...Object.entries(vi), ...Object.entries(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same parameters in both languages', () => {
    // `{name}` and `{name, plural, …}` both name a parameter.
    const params = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|,\s*plural\s*,)/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect(params(en[key]), key).toEqual(params(vi[key]));
  });
});

describe('t', () => {
  it('fills parameters and leaves unknown ones visible', () => {
    expect(t('vi', 'listing.trlBadge', { trl: 7 })).toBe('TRL 7');
    expect(t('en', 'nav.signedInAs', {})).toBe('Signed in as {name}');
  });
});

describe('plurals', () => {
  const paramsOf = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|,\s*plural\s*,)/g)].map((m) => m[1]!);
  const allSetTo = (text: string, value: number): Params => Object.fromEntries(paramsOf(text).map((name) => [name, value]));

  it('pick the English form by the count and keep Vietnamese as one form', () => {
    expect(t('en', 'search.results.count', { total: 1 })).toBe('1 result');
    expect(t('en', 'search.results.count', { total: 0 })).toBe('0 results');
    expect(t('en', 'search.results.count', { total: 1234 })).toBe('1,234 results');
    // A total the caller already formatted is "other" unless it is 1.
    expect(t('en', 'search.results.countQuery', { total: '1,234', query: 'máy sấy #1' })).toBe('1,234 results for “máy sấy #1”');
    expect(t('en', 'search.results.countQuery', { total: '1', query: 'dryer' })).toBe('1 result for “dryer”');
    expect(t('en', 'ws.step.comments', { count: 1 })).toBe('1 department comment');
    expect(t('en', 'ws.form.commentsHere', { count: 1 })).toMatch(/^The department left 1 comment on a field of this step;/);
    expect(t('en', 'ws.form.commentsHere', { count: 3 })).toMatch(/^The department left 3 comments on fields of this step;/);
    expect(t('en', 'ws.form.errorCount', { count: 1 })).toBe('One field to check:');
    expect(t('vi', 'ws.form.errorCount', { count: 1 })).toBe('Một trường cần xem lại:');
    expect(t('vi', 'ws.form.errorCount', { count: 4 })).toBe('4 trường cần xem lại:');
    expect(t('vi', 'ws.step.comments', { count: 1 })).toBe('1 góp ý của Sở');
  });

  it('fill nested parameters inside a form and leave a missing count visible', () => {
    expect(fill('en', 'Up to {count, plural, one {# file of {size}} other {# files of {size} each}}.', { count: 1, size: '10 MB' })).toBe(
      'Up to 1 file of 10 MB.',
    );
    expect(fill('en', '{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 })).toBe('none');
    expect(fill('en', '{n, plural, one {# item} other {# items}} left', {})).toBe('{n, plural, one {# item} other {# items}} left');
    expect(() => fill('en', '{n, plural, one {# item}', { n: 1 })).toThrow(/plural/);
  });

  it('leave no English text saying "1 results", "1 comments" or "1 days"', () => {
    for (const [key, text] of Object.entries(en)) {
      const once = fill('en', text, allSetTo(text, 1));
      expect(once, key).not.toMatch(/\b1 (?:[a-z]+ )?(?:results|comments|messages|days|hours|files|photos|organisations|suggestions|items|fields|bytes)\b/);
      expect(fill('vi', vi[key as keyof typeof vi], allSetTo(text, 2)), key).not.toMatch(/plural/);
    }
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
