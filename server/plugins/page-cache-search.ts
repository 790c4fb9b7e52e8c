// The search page in the visitors' page cache (page-cache.ts), with what sets it apart from the other pages:
// - Each view is a search the department counts (server/modules/search/search-demand.service.ts), and the hits'
//   links carry a ref of their own, so a click counts once per view. The cache keeps with the page the search its
//   rendering counted and cuts the page's text at the ref's stamp (its day and nonce) as at the script nonce: each
//   copy counts the search again and carries a fresh ref. Crawlers are not counted and get no ref: their copies are
//   kept apart. No copy is confirmed with a 304, nor kept by a shared cache: an old copy would be a search uncounted.
//   And an address gets no more copies a minute than it may make searches (RATE_LIMIT_SEARCHES_PER_MINUTE): past
//   that its pages are rendered and the rate limit answers them, so no one inflates the figures by reloading a page.
// - Its results come from the search index, which the indexer updates from the outbox a moment AFTER the commit that
//   moved PublicContentVersion: so its version also holds the index's state, read in the same statement. The
//   PostgreSQL engine stamps every write with a generation (search_meta 'gen', search/postgres-sql.ts). Meilisearch
//   has nothing PostgreSQL can read: there, a copy is kept and served only while no outbox row waits (the outbox row
//   is written in the change's transaction and marked done once Meilisearch has applied it, so with none waiting the
//   index holds every committed change). Last, this process's cached engine answers (SearchService) must not outlive
//   the index they came from: they are dropped when the index moves (at once in the process that moved it, when told
//   in the others that listen) and also here, when a request reads a new version; the count of those drops is part
//   of the version, so a page made from answers dropped since is not served.
import type { FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import type pg from 'pg';
import { addressKey } from '../lib/rate-limits.ts';
import { isCrawler, refStamp, type IssuedRef, type SearchDemandService } from '../modules/search/search-demand.service.ts';
import type { SearchService } from '../modules/search/search.service.ts';
import type { SearchEngine } from '../../search/types.ts';

/** A browser may keep a copy but asks again each time (and is never answered 304); a shared cache keeps none. */
export const SEARCH_CACHE_CONTROL = 'private, no-cache';

/** Addresses whose lookups of search pages this process counts, each for a minute from its first. */
const MAX_ADDRESSES = 10_000;

/** `/search` and `/en/search`, first and later pages. */
export const SEARCH_PATH = /^(?:\/en)?\/search\/?(?:\?|$)/;

/** The version of the public content and of the index, or null when the index may not hold the content yet. */
const VERSION: Record<SearchEngine['name'], string> = {
  postgres: `SELECT version || '.' || coalesce((SELECT value FROM search_meta WHERE key = 'gen'), '0') AS version
    FROM "PublicContentVersion" WHERE id = 1`,
  meilisearch: `SELECT CASE WHEN EXISTS (SELECT 1 FROM "Outbox" WHERE "processedAt" IS NULL) THEN NULL ELSE version::text END AS version
    FROM "PublicContentVersion" WHERE id = 1`,
};

/** The search a kept page counts at each view, and the stamp of the ref its text was cut at. */
export interface PageDemand {
  issued: IssuedRef;
  stamp: string;
}

export class SearchPageCache {
  private readonly versionSql: string;
  /** The version the last request read (undefined: none yet). */
  private lastRead: string | null | undefined;
  private readonly lookups = new LRUCache<string, { count: number }>({ max: MAX_ADDRESSES, ttl: 60_000 });

  constructor(
    private readonly pool: pg.Pool,
    private readonly demand: SearchDemandService,
    engine: SearchEngine['name'],
    private readonly results: Pick<SearchService, 'changes' | 'invalidate'>,
    /** The searches an address may make a minute; null when searches are not limited. */
    private readonly allowance: number | null,
  ) {
    this.versionSql = VERSION[engine];
  }

  /** The version a copy of the search page belongs to, or null when none may be kept or served now. */
  async version(): Promise<string | null> {
    const version = (await this.pool.query<{ version: string | null }>(this.versionSql)).rows[0]?.version ?? null;
    if (version !== this.lastRead) {
      this.lastRead = version;
      this.results.invalidate();
    }
    return version === null ? null : `${version}.${this.results.changes}`;
  }

  /** Whether the caller may have a search page from the cache: not past its search allowance for the minute. */
  admits(request: FastifyRequest): boolean {
    if (this.allowance === null) return true;
    const key = addressKey(request.ip);
    const seen = this.lookups.get(key);
    if (!seen) this.lookups.set(key, { count: 1 });
    // Counted in place: the minute runs from the first lookup, not the last.
    return !seen || ++seen.count <= this.allowance;
  }

  /** What tells copies apart beyond the address and language: a crawler's page carries no ref. */
  keyOf(request: FastifyRequest): string {
    return isCrawler(request.headers['user-agent']) ? '|crawler' : '';
  }

  /** Renders the page, putting the searches it asks in `issued` as they are asked. */
  rendering(issued: IssuedRef[], render: () => void): void {
    this.demand.issuedWhile(issued, render);
  }

  /**
   * The demand of a rendered page from the searches it asked: null when it counts nothing, false when it cannot be
   * kept (several searches, or a ref the text does not hold, or a search left uncounted by the buffer's cap).
   */
  demandOf(issued: IssuedRef[], text: string): PageDemand | null | false {
    if (issued.length > 1) return false;
    const [one] = issued;
    if (!one || this.demand.uncounted(one.capture)) return null;
    if (!one.ref || !text.includes(refStamp(one.ref))) return false;
    return { issued: one, stamp: refStamp(one.ref) };
  }

  /**
   * Counts a copy of a kept page as its search and answers the stamp of the copy's fresh ref ('' when the page carries
   * none), or null when it was not counted (the buffer's cap): then the page is rendered, as a rendered one says.
   */
  view(demand: PageDemand | null): string | null {
    if (!demand) return '';
    const ref = this.demand.ref(demand.issued.capture);
    return ref && refStamp(ref);
  }
}
