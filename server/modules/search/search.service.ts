import mercurius from 'mercurius';
import type { RequestContext } from '../../lib/request-context.ts';
import { decodeCursor, encodeCursor, keyset } from '../../lib/pagination.ts';
import { fieldError, inputError, type InputError } from '../../lib/validation.ts';
import type { SearchEngine, SearchFilters, SearchKind, SearchQuery, SearchResponse, SearchSort } from '../../../search/types.ts';
import { ResultCache } from './result-cache.ts';
import type { ListingService } from '../listing/listing.service.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';

const MAX_PAGE = 50;
const MAX_OFFSET = 10_000;

export interface SearchArgs {
  query?: string | null;
  kinds?: SearchKind[] | null;
  filters?: SearchFilters | null;
  sort?: SearchSort | null;
  first?: number | null;
  after?: string | null;
}

// Results are ranked by relevance, which no keyset can follow: the engine contract pages by offset, and the cursor
// (the platform's one codec) carries the offset of the next page.
const SEARCH_POSITION = keyset('search', ['offset', 'int', 'asc']);

export class SearchService {
  private readonly cache: ResultCache<SearchResponse>;
  private invalidations = 0;

  constructor(
    private readonly engine: () => SearchEngine,
    private readonly listings: ListingService,
    private readonly organisations: OrganisationService,
    cacheTtlMs: number,
  ) {
    this.cache = new ResultCache(cacheTtlMs);
  }

  /** The index changed: cached answers may be stale. */
  invalidate(): void {
    this.cache.clear();
    this.invalidations++;
  }

  /** How often this process dropped its answers: a page made from them before is stale too (page-cache-search.ts). */
  get changes(): number {
    return this.invalidations;
  }

  private async run(engine: SearchEngine, query: SearchQuery): Promise<SearchResponse> {
    const key = JSON.stringify([engine.name, query]);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const changes = this.invalidations;
    const res = await engine.search(query);
    // An answer begun before the index changed may hold the index before: not kept past the change.
    if (changes === this.invalidations) this.cache.set(key, res);
    return res;
  }

  async search(ctx: RequestContext, args: SearchArgs) {
    const offset = args.after ? (decodeCursor(SEARCH_POSITION, args.after)?.[0] ?? null) : 0;
    const text = (args.query ?? '').trim();
    if (offset === null || offset < 0 || offset > MAX_OFFSET) throw inputErrorAsGraphQL(inputError(ctx.locale, [fieldError(ctx.locale, 'after', 'INVALID_VALUE')]));
    if (text.length > 200) throw inputErrorAsGraphQL(inputError(ctx.locale, [fieldError(ctx.locale, 'query', 'TOO_LONG', { max: 200 })]));
    const limit = Math.min(Math.max(args.first ?? 20, 1), MAX_PAGE);
    const engine = this.engine();
    const res = await this.run(engine, {
      text,
      kinds: [...(args.kinds ?? [])].sort(),
      filters: args.filters ?? {},
      sort: args.sort ?? 'RELEVANCE',
      limit,
      offset,
    });
    // The index may lag PostgreSQL by a moment: hits whose entity is no longer public are dropped here.
    const listingIds = res.hits.filter((h) => h.entityType === 'listing').map((h) => h.entityId);
    const orgIds = res.hits.filter((h) => h.entityType === 'organisation').map((h) => h.entityId);
    const [listings, orgs] = await Promise.all([this.listings.publishedByIds(listingIds), this.organisations.publishedByIds(orgIds)]);
    const hits = res.hits
      .map((h) => ({ ...h, entity: h.entityType === 'listing' ? listings.get(h.entityId) : orgs.get(h.entityId) }))
      .filter((h) => h.entity);
    // The cursor is the position after this page; hits dropped above do not move it.
    const endCursor = res.hits.length ? encodeCursor(SEARCH_POSITION, [offset + limit]) : null;
    return {
      nodes: hits,
      pageInfo: { hasNextPage: endCursor !== null && offset + limit < res.total && offset + limit <= MAX_OFFSET, endCursor },
      totalCount: res.total,
      facets: res.facets,
      engine: engine.name,
      matching: res.matching,
    };
  }

  async suggest(_ctx: RequestContext, prefix: string, first: number | null | undefined) {
    const limit = Math.min(Math.max(first ?? 8, 1), 20);
    const suggestions = await this.engine().suggest(prefix.slice(0, 100), limit);
    return suggestions.map((s) => ({
      text: s.text,
      kind: s.kind,
      path: `${s.entityType === 'listing' ? '/listings/' : '/organisations/'}${s.slug}`,
    }));
  }
}

// A search has no result type for refusals; a bad argument is an error with a stable code and the field.
function inputErrorAsGraphQL(error: InputError): Error {
  const first = error.fieldErrors[0];
  return new mercurius.ErrorWithProps(first?.message ?? error.message, { code: 'BAD_USER_INPUT', field: first?.field });
}
