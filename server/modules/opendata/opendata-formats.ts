// How the open data is written out: robots.txt, the sitemap (and its index), the Atom feed, the datasets' public
// records and their CSV, and the DCAT catalogue. Pure functions of the rows and the site's public address.
import { Feed } from 'feed';
import { stringify } from 'csv-stringify/sync';
import type { DealCellRow, OpenListingRow, OpenOrganisationRow, SitemapRow } from './opendata.repository.ts';
import { SMALL_CELL } from '../report/report-tables.ts';

/** The protocol's limit of addresses in one sitemap file. */
export const SITEMAP_PAGE_SIZE = 50_000;

export const LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Sở Khoa học và Công nghệ tỉnh Tây Ninh (Department of Science and Technology of Tây Ninh province)',
} as const;

/**
 * Every page in both languages: Vietnamese at the root (also the default for other languages), English under /en
 * (the web app's rule, web/src/lib/i18n/url.ts).
 */
export const PAGE_LANGUAGES = [
  { hreflang: 'vi', prefix: '' },
  { hreflang: 'en', prefix: '/en' },
] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number]['hreflang'];

/** The absolute address of a page (a path without language) in a language. */
export function pageUrl(baseUrl: string, path: string, language: PageLanguage): string {
  const { prefix } = PAGE_LANGUAGES.find((l) => l.hreflang === language)!;
  return baseUrl + (prefix && path === '/' ? prefix : prefix + path);
}

/** The public pages that are not a listing or an organisation. */
export const STATIC_PAGES = ['/', '/search', '/organisations', '/open-data', '/statistics', '/terms', '/privacy', '/events'];

/** The pages of people, staff and forms: no crawler has anything to read there. */
const PRIVATE_PREFIXES = [
  '/workspace', '/moderation', '/admin', '/account', '/inquiries', '/deals', '/payments', '/notifications', '/post',
  '/sign-in', '/sign-up', '/sign-out', '/forgot-password', '/reset-password', '/verify-email', '/invitations',
  '/welcome', '/consent', '/lang', '/graphql', '/api/', '/meetings',
];

export function robotsTxt(baseUrl: string): string {
  // The English pages are the same pages under /en; the API's own addresses have no language.
  const pages = PRIVATE_PREFIXES.filter((p) => !['/graphql', '/api/'].includes(p));
  const disallowed = [...PRIVATE_PREFIXES, ...pages.map((p) => `/en${p}`)];
  return ['User-agent: *', 'Allow: /', ...disallowed.map((p) => `Disallow: ${p}`), '', `Sitemap: ${baseUrl}/sitemap.xml`, ''].join('\n');
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', "'": 'apos', '"': 'quot' }[c]};`);

/**
 * Each page once per language, each entry naming all its language versions (`xhtml:link` alternates, as Google
 * reads them, with the Vietnamese one as x-default), so a file holds PAGE_LANGUAGES.length entries per row.
 */
export function sitemapXml(baseUrl: string, rows: readonly { path: string; updatedAt?: Date }[]): string {
  const urls = rows.flatMap((r) => {
    const lastmod = r.updatedAt ? `<lastmod>${r.updatedAt.toISOString()}</lastmod>` : '';
    const link = (hreflang: string, href: string) => `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`;
    const links = [
      ...PAGE_LANGUAGES.map(({ hreflang }) => link(hreflang, pageUrl(baseUrl, r.path, hreflang))),
      link('x-default', pageUrl(baseUrl, r.path, 'vi')),
    ].join('');
    return PAGE_LANGUAGES.map(({ hreflang }) => `<url><loc>${escapeXml(pageUrl(baseUrl, r.path, hreflang))}</loc>${lastmod}${links}</url>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

export function sitemapIndexXml(baseUrl: string, pages: number): string {
  const entries = Array.from({ length: pages }, (_, i) => `<sitemap><loc>${escapeXml(`${baseUrl}/sitemap.xml?page=${i + 1}`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

export type { SitemapRow };

export function listingsAtom(baseUrl: string, selfUrl: string, rows: readonly OpenListingRow[]): string {
  const feed = new Feed({
    id: selfUrl,
    title: 'Sàn giao dịch công nghệ – tin mới công bố',
    description: 'Newly published technology and equipment offers and technology requests',
    link: `${baseUrl}/`,
    language: 'vi',
    updated: rows[0] ? latest(rows[0]) : new Date(0),
    copyright: `${LICENCE.name} — ${LICENCE.attribution}`,
    feedLinks: { atom: selfUrl },
    generator: false,
  });
  for (const row of rows) {
    const link = pageUrl(baseUrl, `/listings/${row.slug}`, 'vi');
    const english = row.titleEn ? `\n\n${row.titleEn}${row.summaryEn ? ` — ${row.summaryEn}` : ''}` : '';
    feed.addItem({
      id: `urn:uuid:${row.id}`,
      title: row.titleVi,
      link,
      date: latest(row),
      published: row.publishedAt ?? undefined,
      description: row.summaryVi + english,
      category: [{ term: row.kind }, ...(row.fieldCode ? [{ term: row.fieldCode }] : [])],
      ...(row.organisationName ? { author: [{ name: row.organisationName }] } : {}),
    });
  }
  return feed.atom1();
}

function latest(row: OpenListingRow): Date {
  return row.publishedAt && row.publishedAt > row.updatedAt ? row.publishedAt : row.updatedAt;
}

export interface OpenListing {
  id: string;
  slug: string;
  kind: string;
  titleVi: string;
  titleEn: string | null;
  summaryVi: string;
  summaryEn: string | null;
  fieldCodes: string[];
  trl: number | null;
  priceType: string;
  priceMinVnd: number | null;
  priceMaxVnd: number | null;
  commune: string | null;
  province: string;
  organisationId: string | null;
  organisationName: string | null;
  publishedAt: string | null;
  updatedAt: string;
  url: string;
  /** The page in English (`url` is the Vietnamese one, the default). */
  urlEn: string;
}

/** An organisation as published: its row, with dates as ISO text and its page's address. */
export type OpenOrganisation = Omit<OpenOrganisationRow, 'updatedAt'> & { updatedAt: string; url: string; urlEn: string };

export function openListing(baseUrl: string, r: OpenListingRow): OpenListing {
  return {
    id: r.id, slug: r.slug, kind: r.kind, titleVi: r.titleVi, titleEn: r.titleEn, summaryVi: r.summaryVi, summaryEn: r.summaryEn,
    fieldCodes: r.fieldCode ? [r.fieldCode] : [], trl: r.trl, priceType: r.priceType,
    priceMinVnd: r.priceMin === null ? null : Number(r.priceMin), priceMaxVnd: r.priceMax === null ? null : Number(r.priceMax),
    commune: r.commune, province: r.province, organisationId: r.organisationId, organisationName: r.organisationName,
    publishedAt: r.publishedAt?.toISOString() ?? null, updatedAt: r.updatedAt.toISOString(), url: pageUrl(baseUrl, `/listings/${r.slug}`, 'vi'),
    urlEn: pageUrl(baseUrl, `/listings/${r.slug}`, 'en'),
  };
}

export function openOrganisation(baseUrl: string, r: OpenOrganisationRow): OpenOrganisation {
  return {
    id: r.id, slug: r.slug, nameVi: r.nameVi, nameEn: r.nameEn, kind: r.kind, verified: r.verified, province: r.province, commune: r.commune,
    website: r.website, fieldCodes: r.fieldCodes, updatedAt: r.updatedAt.toISOString(), url: pageUrl(baseUrl, `/organisations/${r.slug}`, 'vi'),
    urlEn: pageUrl(baseUrl, `/organisations/${r.slug}`, 'en'),
  };
}

/** CSV with a BOM (so spreadsheet programs read the Vietnamese as UTF-8) and a header row; lists joined with ";". */
export function toCsv(records: readonly object[], columns: readonly string[]): string {
  const rows = records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join(';') : v])));
  return stringify(rows, { header: true, bom: true, columns: [...columns], cast: { boolean: (b) => (b ? 'true' : 'false') } });
}

/** A cell of the deal statistics as published: under SMALL_CELL deals, its count and value are withheld. */
export interface OpenDealCell {
  id: string;
  quarter: string;
  reportField: string;
  transferForm: string;
  deals: number | null;
  valueVnd: number | null;
  suppressed: boolean;
  updatedAt: string;
}

export function openDealCell(r: DealCellRow): OpenDealCell {
  const suppressed = r.deals < SMALL_CELL;
  return {
    id: r.id, quarter: r.quarter, reportField: r.reportField, transferForm: r.transferForm,
    deals: suppressed ? null : r.deals, valueVnd: suppressed ? null : r.valueVnd, suppressed, updatedAt: r.updatedAt.toISOString(),
  };
}

export const LISTING_COLUMNS: (keyof OpenListing)[] = [
  'id', 'slug', 'kind', 'titleVi', 'titleEn', 'summaryVi', 'summaryEn', 'fieldCodes', 'trl', 'priceType', 'priceMinVnd', 'priceMaxVnd',
  'commune', 'province', 'organisationId', 'organisationName', 'publishedAt', 'updatedAt', 'url', 'urlEn',
];
export const ORGANISATION_COLUMNS: (keyof OpenOrganisation)[] = [
  'id', 'slug', 'nameVi', 'nameEn', 'kind', 'verified', 'province', 'commune', 'website', 'fieldCodes', 'updatedAt', 'url', 'urlEn',
];
export const DEAL_CELL_COLUMNS: (keyof OpenDealCell)[] = ['id', 'quarter', 'reportField', 'transferForm', 'deals', 'valueVnd', 'suppressed', 'updatedAt'];

export const DATASETS = {
  listings: {
    titleVi: 'Tin chào bán công nghệ, thiết bị và đặt hàng công nghệ đã công bố',
    titleEn: 'Published technology and equipment offers and technology requests',
  },
  organisations: {
    titleVi: 'Danh bạ tổ chức đã công bố',
    titleEn: 'Directory of published organisations',
  },
  'deal-statistics': {
    titleVi: 'Thống kê giao dịch chuyển giao công nghệ theo quý, lĩnh vực và hình thức chuyển giao (số liệu tổng hợp, ô dưới 3 giao dịch được ẩn)',
    titleEn: 'Technology transfer deals by quarter, field and transfer form (aggregates only; cells under 3 deals withheld)',
  },
} as const;

/** The catalogue as DCAT in JSON-LD: one dataset per table, one distribution per format. */
export function dcatCatalog(baseUrl: string, modified: Record<keyof typeof DATASETS, Date | null>): object {
  return {
    '@context': { dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/' },
    '@id': `${baseUrl}/open-data/catalog.json`,
    '@type': 'dcat:Catalog',
    'dct:title': [{ '@language': 'vi', '@value': 'Dữ liệu mở của Sàn giao dịch công nghệ' }, { '@language': 'en', '@value': 'Open data of the technology exchange' }],
    'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': LICENCE.attribution },
    'dct:license': { '@id': LICENCE.url },
    'foaf:homepage': { '@id': `${baseUrl}/open-data` },
    'dcat:dataset': (Object.keys(DATASETS) as (keyof typeof DATASETS)[]).map((name) => ({
      '@id': `${baseUrl}/open-data/${name}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': name,
      'dct:title': [{ '@language': 'vi', '@value': DATASETS[name].titleVi }, { '@language': 'en', '@value': DATASETS[name].titleEn }],
      'dct:license': { '@id': LICENCE.url },
      ...(modified[name] ? { 'dct:modified': { '@type': 'http://www.w3.org/2001/XMLSchema#dateTime', '@value': modified[name].toISOString() } } : {}),
      'dcat:distribution': [
        { '@type': 'dcat:Distribution', 'dcat:accessURL': { '@id': `${baseUrl}/open-data/${name}.json` }, 'dcat:mediaType': 'application/json', 'dct:format': 'JSON', 'dct:license': { '@id': LICENCE.url } },
        { '@type': 'dcat:Distribution', 'dcat:accessURL': { '@id': `${baseUrl}/open-data/${name}.csv` }, 'dcat:mediaType': 'text/csv', 'dct:format': 'CSV', 'dct:license': { '@id': LICENCE.url } },
      ],
    })),
  };
}
