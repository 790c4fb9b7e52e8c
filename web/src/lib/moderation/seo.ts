// Structured data (schema.org JSON-LD) for the public listing and organisation pages, and its safe serialisation
// into a <script> element: "<" is written as \u003c so text such as "</script>" in a title cannot end the element.
import type { ListingKind, PriceType } from '$lib/graphql/generated';
import type { Locale } from '$lib/i18n';

/** JSON for a <script type="application/ld+json"> element; also free of "&" and ">" so HTML escaping is a no-op. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export const OG_LOCALE: Record<Locale, string> = { vi: 'vi_VN', en: 'en_US' };

export interface JsonLdListing {
  kind: ListingKind;
  title: string;
  summary: string;
  keywords: readonly string[];
  publishedAt?: string | null;
  validUntil?: string | null;
  province: string;
  commune?: string | null;
  price: { type: PriceType; min?: number | null; max?: number | null };
  field?: { name: string } | null;
  organisation?: { name: string; slug: string } | null;
  equipment?: { make: string; model: string; condition?: string | null } | null;
  request?: { budgetMin?: number | null; budgetMax?: number | null; responseDeadline?: string | null } | null;
}

export interface JsonLdUrls {
  page: string;
  organisation?: string;
  /** Absolute addresses of the listing's photos. */
  images?: readonly string[];
}

const CONDITION: Record<string, string> = {
  NEW: 'https://schema.org/NewCondition',
  USED: 'https://schema.org/UsedCondition',
  IN_SERVICE: 'https://schema.org/UsedCondition',
  REFURBISHED: 'https://schema.org/RefurbishedCondition',
};

function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length)),
  ) as Partial<T>;
}

function priceSpecification(min: number | null | undefined, max: number | null | undefined) {
  if (min == null && max == null) return undefined;
  return compact({ '@type': 'PriceSpecification', priceCurrency: 'VND', minPrice: min, maxPrice: max });
}

/** An Offer in VND: a price when it is fixed, a price range when it is a range, none when negotiable. */
function offer(listing: JsonLdListing, url: string, seller: unknown) {
  const { type, min, max } = listing.price;
  const common = { '@type': 'Offer', url, priceCurrency: 'VND', validThrough: listing.validUntil, seller };
  if (type === 'FIXED' && (min ?? max) != null) return compact({ ...common, price: min ?? max });
  if (type === 'RANGE') {
    const specification = priceSpecification(min, max);
    return specification ? compact({ ...common, priceSpecification: specification }) : undefined;
  }
  return undefined;
}

/**
 * schema.org data of a listing: equipment offers are Products, technology offers are Services (a transfer of
 * technology), technology requests are Demands.
 */
export function listingJsonLd(listing: JsonLdListing, urls: JsonLdUrls) {
  const organisation = listing.organisation
    ? compact({ '@type': 'Organization', name: listing.organisation.name, url: urls.organisation })
    : undefined;
  const common = {
    '@context': 'https://schema.org',
    name: listing.title,
    description: listing.summary,
    url: urls.page,
    category: listing.field?.name,
    image: urls.images?.length ? [...urls.images] : undefined,
  };
  const area = compact({ '@type': 'AdministrativeArea', name: [listing.commune, listing.province].filter(Boolean).join(', ') });

  if (listing.kind === 'TECHNOLOGY_REQUEST') {
    return compact({
      ...common,
      '@type': 'Demand',
      seller: organisation,
      areaServed: area,
      availabilityEnds: listing.request?.responseDeadline ?? listing.validUntil,
      priceSpecification: priceSpecification(listing.request?.budgetMin, listing.request?.budgetMax),
    });
  }
  if (listing.kind === 'EQUIPMENT_OFFER') {
    const equipment = listing.equipment;
    return compact({
      ...common,
      '@type': 'Product',
      keywords: listing.keywords.join(', '),
      brand: equipment?.make ? { '@type': 'Brand', name: equipment.make } : undefined,
      model: equipment?.model,
      itemCondition: equipment?.condition ? CONDITION[equipment.condition] : undefined,
      offers: offer(listing, urls.page, organisation),
    });
  }
  return compact({
    ...common,
    '@type': 'Service',
    serviceType: listing.field?.name,
    keywords: listing.keywords.join(', '),
    provider: organisation,
    areaServed: area,
    offers: offer(listing, urls.page, organisation),
  });
}

export interface JsonLdOrganisation {
  name: string;
  nameVi: string;
  nameEn?: string | null;
  shortName?: string | null;
  description?: string | null;
  website?: string | null;
  addressLine?: string | null;
  commune?: string | null;
  province: string;
}

export function organisationJsonLd(organisation: JsonLdOrganisation, pageUrl: string) {
  const alternateNames = [organisation.nameVi, organisation.nameEn, organisation.shortName].filter(
    (name): name is string => !!name && name !== organisation.name,
  );
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organisation.name,
    alternateName: alternateNames,
    description: organisation.description,
    url: pageUrl,
    sameAs: organisation.website && /^https?:\/\//i.test(organisation.website) ? organisation.website : undefined,
    address: compact({
      '@type': 'PostalAddress',
      streetAddress: organisation.addressLine,
      addressLocality: organisation.commune,
      addressRegion: organisation.province,
      addressCountry: 'VN',
    }),
  });
}
