// The open data of the exchange, for crawlers, feed readers and anyone mirroring it: robots.txt and the sitemap,
// an Atom feed of new listings, and the published listings and organisations as JSON and CSV, read incrementally.
// Every answer is a whole HTTP response (status, type, headers, body) so that each route is one line.
import { ListingKind } from '../../generated/prisma/enums.ts';
import type { Locale } from '../../i18n/messages.ts';
import { decodeCursor, keyset, toConnection, type Keyset } from '../../lib/pagination.ts';
import { fieldError, inputError, isStorableDate } from '../../lib/validation.ts';
import {
  dcatCatalog, DEAL_CELL_COLUMNS, LICENCE, LISTING_COLUMNS, listingsAtom, openDealCell, openListing, openOrganisation, ORGANISATION_COLUMNS,
  PAGE_LANGUAGES, robotsTxt, SITEMAP_PAGE_SIZE, sitemapIndexXml, sitemapXml, STATIC_PAGES, toCsv,
} from './opendata-formats.ts';
import type { ChangedSince, OpenDataRepository } from './opendata.repository.ts';

export interface OpenResponse {
  status: number;
  type: string;
  headers?: Record<string, string>;
  body: string | object;
}

export type Query = Record<string, string | string[] | undefined>;
export type Dataset = 'listings' | 'organisations' | 'deal-statistics';
export const DATASET_NAMES: readonly Dataset[] = ['listings', 'organisations', 'deal-statistics'];
export type Format = 'json' | 'csv';

export const FEED_SIZE = 50;
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;
const KINDS: readonly ListingKind[] = Object.values(ListingKind);
/** A mirror's position: the last row's (updatedAt, id), oldest change first. */
type ChangeOrder = Keyset<readonly [readonly ['updatedAt', 'date', 'asc'], readonly ['id', 'id' | 'text', 'asc']]>;
const CHANGES: ChangeOrder = keyset('open-data', ['updatedAt', 'date', 'asc'], ['id', 'id', 'asc']);
/** The deal statistics' cells are named, not numbered: "2026-Q1.AGRICULTURAL.STANDALONE_CONTRACT". */
const CELL_CHANGES: ChangeOrder = keyset('open-data-cells', ['updatedAt', 'date', 'asc'], ['id', 'text', 'asc']);
const COLUMNS: Record<Dataset, readonly string[]> = { listings: LISTING_COLUMNS, organisations: ORGANISATION_COLUMNS, 'deal-statistics': DEAL_CELL_COLUMNS };

const XML = 'application/xml; charset=utf-8';
const LICENCE_LINK = `<${LICENCE.url}>; rel="license"`;
// Public, read by anyone: a short shared cache spares the database from crawlers that come back often.
const CACHE = { 'cache-control': 'public, max-age=300' };

/** One value of a query parameter; repeated, it is refused like any other malformed value. */
function single(query: Query, name: string): string | undefined | null {
  const v = query[name];
  return Array.isArray(v) ? null : v;
}

export class OpenDataService {
  constructor(
    private readonly repo: OpenDataRepository,
    private readonly baseUrl: string,
    /** The protocol's limit; tests use a small one to see the index without 50,000 rows. */
    private readonly sitemapPageSize = SITEMAP_PAGE_SIZE,
  ) {}

  robots(): OpenResponse {
    return { status: 200, type: 'text/plain; charset=utf-8', headers: CACHE, body: robotsTxt(this.baseUrl) };
  }

  /**
   * The sitemap: one file while it fits (the static pages, then every published listing and organisation page,
   * each in both languages with its alternates); beyond 50,000 addresses an index of `?page=N` files.
   */
  async sitemap(locale: Locale, query: Query): Promise<OpenResponse> {
    const raw = single(query, 'page');
    const page = raw === undefined ? null : /^[1-9]\d{0,5}$/.test(raw ?? '') ? Number(raw) : NaN;
    if (Number.isNaN(page)) return this.refusal(locale, 'page');
    // Each page is an entry per language: a file holds that many fewer pages.
    const perFile = Math.floor(this.sitemapPageSize / PAGE_LANGUAGES.length);
    const total = STATIC_PAGES.length + (await this.repo.sitemapSize());
    const pages = Math.max(1, Math.ceil(total / perFile));
    if (page === null && pages > 1) return { status: 200, type: XML, headers: CACHE, body: sitemapIndexXml(this.baseUrl, pages) };
    const n = page ?? 1;
    if (n > pages) return this.refusal(locale, 'page');
    // The static pages come first; the rows fill the rest.
    const start = (n - 1) * perFile;
    const statics = STATIC_PAGES.slice(start, start + perFile).map((path) => ({ path }));
    const offset = Math.max(0, start - STATIC_PAGES.length);
    const rows = statics.length < perFile ? await this.repo.sitemapRows(offset, perFile - statics.length) : [];
    return { status: 200, type: XML, headers: CACHE, body: sitemapXml(this.baseUrl, [...statics, ...rows]) };
  }

  /** The newest published listings as Atom, of one kind and one field (with its sub-fields) when asked. */
  async listingsFeed(locale: Locale, query: Query): Promise<OpenResponse> {
    const kind = single(query, 'kind');
    const field = single(query, 'field');
    if (kind === null || (kind !== undefined && !KINDS.includes(kind as ListingKind))) return this.refusal(locale, 'kind');
    if (field === null || (field !== undefined && !(/^\d{1,10}$/.test(field) && (await this.repo.fieldExists(field))))) return this.refusal(locale, 'field');
    const rows = await this.repo.latestListings({ kind: (kind as ListingKind | undefined) ?? null, fieldCode: field ?? null }, FEED_SIZE);
    const params = new URLSearchParams({ ...(kind ? { kind } : {}), ...(field ? { field } : {}) }).toString();
    const self = `${this.baseUrl}/feeds/listings.atom${params ? `?${params}` : ''}`;
    return { status: 200, type: 'application/atom+xml; charset=utf-8', headers: { ...CACHE, link: LICENCE_LINK }, body: listingsAtom(this.baseUrl, self, rows) };
  }

  /**
   * One page of a dataset, oldest change first: `modified_since` (an ISO date) keeps the rows changed after it,
   * `after` (the previous page's cursor) continues, `limit` rows at most (≤ 1000). JSON answers an envelope with the
   * licence and the next page's address; CSV answers the rows alone, with the next page in a Link header.
   */
  async dataset(locale: Locale, name: Dataset, format: Format, query: Query): Promise<OpenResponse> {
    const order = name === 'deal-statistics' ? CELL_CHANGES : CHANGES;
    const read = this.changedSince(locale, query, order);
    if ('status' in read) return read;
    const more = { ...read, take: read.take + 1 };
    const { page, pageInfo } =
      name === 'listings'
        ? this.pageOf(order, await this.repo.listings(more), read.take, (r) => openListing(this.baseUrl, r))
        : name === 'organisations'
          ? this.pageOf(order, await this.repo.organisations(more), read.take, (r) => openOrganisation(this.baseUrl, r))
          : this.pageOf(order, await this.repo.dealStatistics(more), read.take, openDealCell);
    const { endCursor } = pageInfo;
    const next = pageInfo.hasNextPage && endCursor ? this.pageUrl(name, format, query, endCursor) : null;
    // Not cached: a row that leaves the data (unpublished, expired) must leave every copy served from now on.
    const headers = { 'cache-control': 'no-cache', link: [LICENCE_LINK, ...(next ? [`<${next}>; rel="next"`] : [])].join(', ') };
    if (format === 'csv') {
      return { status: 200, type: 'text/csv; charset=utf-8', headers: { ...headers, 'content-disposition': `inline; filename="${name}.csv"` }, body: toCsv(page, COLUMNS[name]) };
    }
    return {
      status: 200,
      type: 'application/json; charset=utf-8',
      headers,
      body: { licence: LICENCE, dataset: name, data: page, pageInfo: { hasNextPage: next !== null, endCursor }, next },
    };
  }

  /** The rows read with one extra, as the page shown and where it ends (the shared connection rule). */
  private pageOf<R extends { updatedAt: Date; id: string }, T>(order: ChangeOrder, rows: R[], first: number, toOpen: (row: R) => T) {
    const { nodes, pageInfo } = toConnection(order, rows, { first }, (r) => [r.updatedAt, r.id]);
    return { page: nodes.map(toOpen), pageInfo };
  }

  async catalog(): Promise<OpenResponse> {
    const modified = await this.repo.lastModified();
    return { status: 200, type: 'application/ld+json; charset=utf-8', headers: { ...CACHE, link: LICENCE_LINK }, body: dcatCatalog(this.baseUrl, modified) };
  }

  private changedSince(locale: Locale, query: Query, order: ChangeOrder): Omit<ChangedSince, 'take'> & { take: number } | OpenResponse {
    const since = single(query, 'modified_since');
    const after = single(query, 'after');
    const limit = single(query, 'limit');
    let modifiedSince: Date | null = null;
    if (since !== undefined) {
      modifiedSince = since && /^\d{4}-\d\d-\d\d/.test(since) ? new Date(since) : null;
      if (!modifiedSince || Number.isNaN(modifiedSince.getTime()) || !isStorableDate(modifiedSince)) return this.refusal(locale, 'modified_since');
    }
    const cursor = after === undefined ? null : after ? decodeCursor(order, after) : null;
    if (after !== undefined && !cursor) return this.refusal(locale, 'after', 'INVALID_CURSOR');
    if (limit !== undefined && !/^[1-9]\d{0,3}$/.test(limit ?? '')) return this.refusal(locale, 'limit');
    const take = limit ? Number(limit) : DEFAULT_LIMIT;
    if (take > MAX_LIMIT) return this.refusal(locale, 'limit');
    return { modifiedSince, after: cursor, take };
  }

  private pageUrl(name: Dataset, format: Format, query: Query, cursor: string): string {
    const params = new URLSearchParams();
    for (const key of ['modified_since', 'limit']) {
      const v = single(query, key);
      if (v) params.set(key, v);
    }
    params.set('after', cursor);
    return `${this.baseUrl}/open-data/${name}.${format}?${params}`;
  }

  /** A malformed parameter: 400, code VALIDATION, naming the parameter. */
  private refusal(locale: Locale, field: string, code = 'INVALID_VALUE'): OpenResponse {
    return { status: 400, type: 'application/json; charset=utf-8', body: inputError(locale, [fieldError(locale, field, code)]) };
  }
}
