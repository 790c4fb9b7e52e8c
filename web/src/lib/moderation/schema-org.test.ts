// The listing and organisation pages' JSON-LD against the schema.org vocabulary (an extract of release 30.0, see
// schema-org-vocabulary.json): types and properties exist, apply where they are used, take the values given, and a
// Product that can be a Google product result has what Google requires.
import { describe, expect, it } from 'vitest';
import { schemaOrgProblems } from './schema-org';
import vocabulary from './schema-org-vocabulary.json';
import { listingJsonLd, organisationJsonLd, type JsonLdListing } from './seo';

const urls = {
  page: 'https://san.example.vn/en/listings/may-say',
  organisation: 'https://san.example.vn/en/organisations/htx-thanh-loi',
  images: ['https://san.example.vn/media/listing-images/a.webp'],
};
const base: Omit<JsonLdListing, 'kind' | 'price'> = {
  title: 'Rice husk dryer',
  summary: 'Dries 500 kg of paddy per batch',
  keywords: ['dryer', 'paddy'],
  province: 'Tây Ninh',
  commune: 'Tân An',
  validUntil: '2026-12-31T00:00:00.000Z',
  field: { name: 'Mechanical engineering' },
  organisation: { name: 'Thạnh Lợi cooperative', slug: 'htx-thanh-loi' },
  ipTitles: [
    { type: 'UTILITY_SOLUTION', number: '2-0002345', title: 'Husk-fired dryer' },
    { type: 'TRADE_SECRET', number: null, title: 'Burner tuning' },
  ],
};
const prices: JsonLdListing['price'][] = [
  { type: 'FIXED', min: 150_000_000 },
  { type: 'RANGE', min: 100_000_000, max: 200_000_000 },
  { type: 'NEGOTIABLE' },
];

describe('the schema.org check', () => {
  it('names its source and version', () => {
    expect(vocabulary.version).toBe('30.0');
    expect(vocabulary.source).toContain('schemaorg-current-https.jsonld');
  });

  it('finds what schema.org does not allow', () => {
    const problems = schemaOrgProblems({
      '@context': 'https://schema.org',
      '@type': 'Offer',
      itemOffered: { '@type': 'Service', name: 'x', keywords: 'a, b' },
      seller: 'Thạnh Lợi',
      priceCurrency: 150,
      patentNumber: '1-0012345',
      identifier: { '@type': 'Patent', value: '1-0012345' },
    });
    expect(problems).toEqual([
      expect.stringContaining('$.itemOffered.keywords: does not apply to Service'),
      expect.stringContaining('$.seller: seller takes Person | Organization, not text'),
      expect.stringContaining('$.priceCurrency: priceCurrency takes Text, not a number'),
      expect.stringContaining('$.patentNumber: not a schema.org property'),
      expect.stringContaining('$.identifier: identifier takes Text | URL | PropertyValue, not Patent'),
      expect.stringContaining('$.identifier: Patent is not a schema.org type'),
    ]);
  });

  it('finds a Product offer Google cannot show: no price or currency', () => {
    const problems = schemaOrgProblems({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Dryer',
      offers: { '@type': 'Offer', url: 'https://san.example.vn/listings/may-say' },
    });
    expect(problems).toEqual(['$.offers: Google requires a price', '$.offers: Google requires priceCurrency']);
  });
});

describe('a listing page’s JSON-LD', () => {
  for (const kind of ['TECHNOLOGY_OFFER', 'EQUIPMENT_OFFER', 'TECHNOLOGY_REQUEST'] as const) {
    for (const price of prices) {
      it(`is valid schema.org for a ${kind} priced ${price.type}`, () => {
        const listing = { ...base, kind, price, equipment: { make: 'Kubota', model: 'DC-70', condition: 'USED' }, request: { budgetMax: 500_000_000, responseDeadline: '2026-11-30' } };
        expect(schemaOrgProblems(listingJsonLd(listing, urls))).toEqual([]);
      });
    }
  }

  it('offers technology as an Offer of a Service, sold by the organisation, with its IP titles as identifiers', () => {
    const data = listingJsonLd({ ...base, kind: 'TECHNOLOGY_OFFER', price: prices[0]! }, urls);
    expect(data).toMatchObject({
      '@type': 'Offer',
      url: urls.page,
      price: 150_000_000,
      priceCurrency: 'VND',
      seller: { '@type': 'Organization', name: 'Thạnh Lợi cooperative', url: urls.organisation },
      itemOffered: {
        '@type': 'Service',
        name: 'Rice husk dryer',
        identifier: [{ '@type': 'PropertyValue', propertyID: 'UTILITY_SOLUTION', name: 'Husk-fired dryer', value: '2-0002345' }],
      },
    });
  });

  it('offers equipment as an Offer of a Product that points back to its priced Offer', () => {
    const fixed = listingJsonLd({ ...base, kind: 'EQUIPMENT_OFFER', price: prices[0]!, equipment: { make: 'Kubota', model: 'DC-70', condition: 'USED' } }, urls);
    expect(fixed).toMatchObject({
      '@type': 'Offer',
      '@id': `${urls.page}#offer`,
      itemOffered: { '@type': 'Product', brand: { '@type': 'Brand', name: 'Kubota' }, itemCondition: 'https://schema.org/UsedCondition', offers: { '@id': `${urls.page}#offer` } },
    });
    // Negotiable: nothing Google could show as a price, so the Product does not claim an offer.
    const negotiable = listingJsonLd({ ...base, kind: 'EQUIPMENT_OFFER', price: prices[2]! }, urls);
    expect(negotiable).not.toHaveProperty('price');
    expect(negotiable).not.toHaveProperty('itemOffered.offers');
  });

  it('asks for technology as a Demand of a Service, with its budget', () => {
    const data = listingJsonLd({ ...base, organisation: null, kind: 'TECHNOLOGY_REQUEST', price: prices[2]!, request: { budgetMax: 500_000_000 } }, urls);
    expect(data).toMatchObject({ '@type': 'Demand', itemOffered: { '@type': 'Service' }, priceSpecification: { maxPrice: 500_000_000, priceCurrency: 'VND' } });
    expect(data).not.toHaveProperty('seller');
  });
});

describe('an organisation page’s JSON-LD', () => {
  it('is a valid schema.org Organization', () => {
    const data = organisationJsonLd(
      { name: 'Institute A', nameVi: 'Viện A', nameEn: 'Institute A', shortName: 'IA', description: 'Research', website: 'https://vien-a.vn', addressLine: '1 Road', commune: 'Tân An', province: 'Tây Ninh' },
      'https://san.example.vn/en/organisations/vien-a',
    );
    expect(schemaOrgProblems(data)).toEqual([]);
    expect(data).toMatchObject({ '@type': 'Organization', name: 'Institute A', alternateName: ['Viện A', 'IA'] });
  });
});
