import { describe, expect, it } from 'vitest';
import { alternates, localeOfPath, localizeHref, stripLocale } from './url';

describe('the language of an address', () => {
  it('is English under /en and Vietnamese elsewhere', () => {
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/en/listings/x')).toBe('en');
    expect(localeOfPath('/')).toBe('vi');
    expect(localeOfPath('/english-courses')).toBe('vi');
    expect(localeOfPath('/listings/en')).toBe('vi');
  });

  it('comes off to give the route', () => {
    expect(stripLocale('/en')).toBe('/');
    expect(stripLocale('/en/search')).toBe('/search');
    expect(stripLocale('/search')).toBe('/search');
  });
});

describe('localizeHref', () => {
  it('puts a site path in the language, keeping its query and hash', () => {
    expect(localizeHref('/', 'en')).toBe('/en');
    expect(localizeHref('/?kind=EQUIPMENT_OFFER', 'en')).toBe('/en?kind=EQUIPMENT_OFFER');
    expect(localizeHref('/listings/may-say?a=1#b', 'en')).toBe('/en/listings/may-say?a=1#b');
    expect(localizeHref('/sign-out?/signOut', 'en')).toBe('/en/sign-out?/signOut');
    expect(localizeHref('/listings/x', 'vi')).toBe('/listings/x');
  });

  it('moves an address from one language to the other, and is idempotent', () => {
    expect(localizeHref('/en/search?q=x', 'vi')).toBe('/search?q=x');
    expect(localizeHref('/en', 'vi')).toBe('/');
    expect(localizeHref(localizeHref('/search', 'en'), 'en')).toBe('/en/search');
  });

  it('leaves other sites, relative actions and the API server’s own addresses alone', () => {
    for (const href of ['https://checkout.stripe.com/x', '//evil.example/x', '?/save', '#top', '/graphql', '/api/listings/1/images',
      '/media/listing-images/a.jpg', '/feeds/listings.atom?kind=EQUIPMENT_OFFER', '/open-data/listings.csv', '/sitemap.xml']) {
      expect(localizeHref(href, 'en'), href).toBe(href);
    }
    // The open-data page itself is a page.
    expect(localizeHref('/open-data', 'en')).toBe('/en/open-data');
  });

  it('never turns a path into another site’s address', () => {
    expect(localizeHref('/en//evil.example/x', 'vi')).toBe('/evil.example/x');
    expect(localizeHref('/en//evil.example/x', 'en')).toBe('/en/evil.example/x');
    // A path that looks like a file is left as it is, and still starts with /en.
    expect(localizeHref('/en//evil.example', 'vi')).toBe('/en//evil.example');
  });

  it('gives a page in every language', () => {
    expect(alternates('/en/organisations?kind=COOPERATIVE')).toEqual({ vi: '/organisations?kind=COOPERATIVE', en: '/en/organisations?kind=COOPERATIVE' });
  });
});
