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
  ipTitles?: readonly { type: string; number?: string | null; title: string }[];
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

/** The price of an offer in VND: one price when fixed, a range when ranged, none when negotiable. */
function offerPrice(price: JsonLdListing['price']) {
  const { type, min, max } = price;
  if (type === 'FIXED' && (min ?? max) != null) return { price: min ?? max, priceCurrency: 'VND' };
  if (type === 'RANGE') return { priceSpecification: priceSpecification(min, max) };
  return {};
}

/** schema.org has no type for a patent or another IP title: each one is an identifier of what is offered. */
function identifiers(listing: JsonLdListing) {
  return (listing.ipTitles ?? [])
    .filter((title) => title.number)
    .map((title) => ({ '@type': 'PropertyValue', propertyID: title.type, name: title.title, value: title.number }));
}

/**
 * schema.org data of a listing, in the page's language (the API answers in it): an offer is an Offer whose
 * itemOffered is the technology (a Service: its transfer) or the equipment (a Product); a technology request is
 * a Demand for such a Service. The organisation is the Offer's seller; a Demand names none, since schema.org's
 * `seller` of a Demand is whoever would supply it (the requester `seeks` it, from the organisation's side).
 * A piece of equipment with one price also points back to its Offer (`offers`), which Google's product results need.
 */
export function listingJsonLd(listing: JsonLdListing, urls: JsonLdUrls) {
  const organisation = listing.organisation
    ? compact({ '@type': 'Organization', name: listing.organisation.name, url: urls.organisation })
    : undefined;
  const area = compact({ '@type': 'AdministrativeArea', name: [listing.commune, listing.province].filter(Boolean).join(', ') });
  const page = { '@context': 'https://schema.org', name: listing.title, description: listing.summary, url: urls.page };
  const item = {
    name: listing.title,
    description: listing.summary,
    category: listing.field?.name,
    image: urls.images?.length ? [...urls.images] : undefined,
    identifier: identifiers(listing),
  };

  if (listing.kind === 'TECHNOLOGY_REQUEST') {
    return compact({
      ...page,
      '@type': 'Demand',
      itemOffered: compact({ '@type': 'Service', ...item, serviceType: listing.field?.name }),
      areaServed: area,
      availabilityEnds: listing.request?.responseDeadline ?? listing.validUntil,
      priceSpecification: priceSpecification(listing.request?.budgetMin, listing.request?.budgetMax),
    });
  }
  const offerId = `${urls.page}#offer`;
  const price = offerPrice(listing.price);
  const itemOffered =
    listing.kind === 'EQUIPMENT_OFFER'
      ? compact({
          '@type': 'Product',
          ...item,
          keywords: listing.keywords.join(', '),
          brand: listing.equipment?.make ? { '@type': 'Brand', name: listing.equipment.make } : undefined,
          model: listing.equipment?.model,
          itemCondition: listing.equipment?.condition ? CONDITION[listing.equipment.condition] : undefined,
          offers: 'price' in price ? { '@id': offerId } : undefined,
        })
      : compact({ '@type': 'Service', ...item, serviceType: listing.field?.name, provider: organisation, areaServed: area });
  return compact({
    ...page,
    '@type': 'Offer',
    '@id': offerId,
    category: listing.field?.name,
    itemOffered,
    ...price,
    seller: organisation,
    areaServed: area,
    validThrough: listing.validUntil,
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
