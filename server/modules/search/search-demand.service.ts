// What people look for and do not find: searches counted per Vietnam day and normalised term (search-demand.term.ts:
// no user, address or session is ever kept), with how many found nothing and how many found something nobody clicked.
//
// Counting is in memory and flushed every minute (and at close) as one statement adding to the days' rows, rather
// than a row or a queued job per search: a search then costs a map update, not a write, so search speed is untouched,
// and several processes simply add up. A crash loses at most the last minute's counts, which a statistic can bear.
//
// A search is counted when its client asks for `demandRef` on the first page (the search page does; the facet
// counts it asks beside do not, so one page is one search). The ref goes into the hits' links as `?ref=`; the
// request for the hit counts the click for that search and is redirected to the same page without it
// (server/plugins/search-demand.ts): no script, no cookie, a link that is the hit's own, and no redirect elsewhere.
//
// A visitor's search page may come from the page cache (server/plugins/page-cache-search.ts): the cache keeps the
// search a rendered page counted (`issuedWhile`) and counts it again for each copy, with a ref of the copy's own.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../../lib/request-context.ts';
import { requireStaff } from '../access.ts';
import { badUserInput, requireStorable } from '../../lib/validation.ts';
import { keyset, pageRequest, toConnection, type PageArgs } from '../../lib/pagination.ts';
import { demandTerm } from './search-demand.term.ts';
import type { DayRange, DemandCounts, DemandOrder, DemandTermRow, SearchDemandRepository } from './search-demand.repository.ts';

const DAY_MS = 86_400_000;
// Vietnam keeps UTC+7 all year: a day there is a UTC day shifted by seven hours.
const VN_OFFSET_MS = 7 * 3_600_000;
/** Distinct terms buffered between flushes; a flood of made-up terms is dropped past it, the known ones still count. */
export const MAX_BUFFERED_TERMS = 5000;
/** Clicked searches remembered so a second click on the same search is not counted again; forgotten past this. */
const MAX_REMEMBERED_CLICKS = 100_000;
/** The terms a report may ask for at once. */
const MAX_TERMS = 100;
const NONCE = /^[A-Za-z0-9_-]{12}$/;
// 48 random bits from a v4 UUID (its first twelve hex digits): node draws them from a cached pool, where a
// randomBytes call per search cost ten times more.
const nonce = () => randomUUID().replace('-', '').slice(0, 12);
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Crawlers that say so (Googlebot/, bingbot/, Baiduspider/, Yahoo! Slurp…): their searches are nobody's demand. */
const CRAWLER = /(?:bot|crawler|spider|slurp)(?:\b|\/)|facebookexternalhit/i;
/** The length of a ref's own part, its day and nonce (`YYYY-MM-DD.<nonce>`). */
const STAMP_LENGTH = 23;
/** The pages a hit is: a listing or an organisation (in either language's address). */
export const HIT_PATH = /^(?:\/en)?\/(?:listings|organisations)\/[a-z0-9-]{1,100}$/;

export interface DemandWindow {
  from: Date;
  to: Date;
}

export type DemandTerm = DemandTermRow;

/** What a search connection carries for its `demandRef` field. */
export const DEMAND = Symbol('searchDemand');
export interface DemandCapture {
  query: string | null | undefined;
  firstPage: boolean;
  zeroResults: boolean;
}

/** A search a page asked for, and the ref its links carry (null: not counted). */
export interface IssuedRef {
  capture: DemandCapture;
  ref: string | null;
}

/** Whether a user agent says it is a crawler: its searches are not counted and carry no ref. */
export function isCrawler(userAgent: string | null | undefined): boolean {
  return !!userAgent && CRAWLER.test(userAgent);
}

/**
 * The part of a ref that is its search's own (its day and nonce): a page holds it wherever it holds the ref, in a
 * link's address or in its data, as the term's spelling there varies with the encoding and the day and nonce do not.
 */
export function refStamp(ref: string): string {
  return ref.slice(0, STAMP_LENGTH);
}

const DEMAND_ORDER = keyset('searchDemand', ['searches', 'int', 'desc'], ['term', 'text', 'asc']);

/** The Vietnam date of an instant, YYYY-MM-DD. */
export function vietnamDay(at: Date): string {
  return new Date(at.getTime() + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** The days whose start (midnight in Vietnam) falls in [from, to): a window from midnight to midnight is its days. */
export function dayRange({ from, to }: DemandWindow): DayRange {
  const firstDayStarting = (at: Date) => vietnamDay(new Date(Math.ceil((at.getTime() + VN_OFFSET_MS) / DAY_MS) * DAY_MS - VN_OFFSET_MS));
  return { fromDay: firstDayStarting(from), toDay: firstDayStarting(to) };
}

export interface SearchDemandOptions {
  retentionDays: number;
  maxBufferedTerms?: number;
  now?: () => Date;
}

export class SearchDemandService {
  private buffer = new Map<string, DemandCounts>();
  private readonly clicked = new Set<string>();
  /** The refs issued within a call of `issuedWhile`, for that call (a page being rendered) alone. */
  private readonly issuing = new AsyncLocalStorage<IssuedRef[]>();
  private droppedTerms = 0;
  private readonly now: () => Date;
  private readonly maxBufferedTerms: number;

  constructor(
    private readonly repo: SearchDemandRepository,
    private readonly options: SearchDemandOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.maxBufferedTerms = options.maxBufferedTerms ?? MAX_BUFFERED_TERMS;
  }

  /**
   * The search connection with what its `demandRef` field needs; nothing is counted until that field is asked, and
   * never for a crawler (which gets no ref either, so the links it follows stay plain).
   */
  // Unmet demand is a search no result answered in full: none at all, or only documents holding some of its words
  // (partial matching shows them rather than nothing, but nothing on offer has what was asked).
  attach<T extends { totalCount: number; matching: { complete: boolean } }>(ctx: RequestContext, args: { query?: string | null; after?: string | null }, connection: T): T & { [DEMAND]: DemandCapture } {
    const query = isCrawler(ctx.userAgent) ? null : args.query;
    return { ...connection, [DEMAND]: { query, firstPage: !args.after, zeroResults: connection.totalCount === 0 || !connection.matching.complete } };
  }

  /**
   * Counts the search (its first page only) and answers the ref its hits' links carry, or null when the search is not
   * counted (no text, or text that is not kept). Later pages get a ref too: a click there is a click on the search.
   */
  ref(capture: DemandCapture | undefined): string | null {
    if (!capture) return null;
    const ref = this.issue(capture);
    this.issuing.getStore()?.push({ capture, ref });
    return ref;
  }

  private issue(capture: DemandCapture): string | null {
    const term = demandTerm(capture.query);
    if (!term) return null;
    const day = vietnamDay(this.now());
    if (capture.firstPage) {
      const counts = this.counts(day, term);
      if (!counts) return null;
      counts.searches++;
      if (capture.zeroResults) counts.zeroResults++;
    }
    return `${day}.${nonce()}.${term}`;
  }

  /**
   * Runs `render` (a page being rendered, its API calls included) and puts in `issued` the searches it asks `ref`
   * for, as they are asked: the page cache keeps them with the page, to count each copy it serves as that search.
   */
  issuedWhile(issued: IssuedRef[], render: () => void): void {
    this.issuing.run(issued, render);
  }

  /** Whether a search counts nothing and carries no ref (no text, text that is not kept, a crawler's). */
  uncounted(capture: DemandCapture): boolean {
    return !demandTerm(capture.query);
  }

  /**
   * A hit followed from a search: counts the click, once per search. A ref that is not one of ours (edited, or older
   * than yesterday) counts nothing, and neither does a click on a term not searched (the repository adds clicks only
   * to written rows).
   */
  click(ref: string): void {
    if (ref.length > 200) return;
    const [day = '', nonce = '', term = ''] = ref.split('.');
    const today = this.now();
    const recent = day === vietnamDay(today) || day === vietnamDay(new Date(today.getTime() - DAY_MS));
    if (!DAY.test(day) || !recent || !NONCE.test(nonce) || demandTerm(term) !== term || this.clicked.has(nonce)) return;
    const counts = this.counts(day, term);
    if (!counts) return;
    if (this.clicked.size >= MAX_REMEMBERED_CLICKS) this.clicked.clear();
    this.clicked.add(nonce);
    counts.clicked++;
  }

  private counts(day: string, term: string): DemandCounts | null {
    const key = `${day}\u0000${term}`;
    let counts = this.buffer.get(key);
    if (!counts) {
      if (this.buffer.size >= this.maxBufferedTerms) {
        this.droppedTerms++;
        return null;
      }
      counts = { day, term, searches: 0, zeroResults: 0, clicked: 0 };
      this.buffer.set(key, counts);
    }
    return counts;
  }

  /** Writes the buffered counts; answers how many term-days and how many new terms were dropped by the cap since. */
  async flush(): Promise<{ written: number; droppedTerms: number }> {
    const pending = [...this.buffer.values()];
    const droppedTerms = this.droppedTerms;
    this.buffer = new Map();
    this.droppedTerms = 0;
    try {
      await this.repo.add(pending);
    } catch (error) {
      // Kept for the next flush (counted since are added to them), within the cap.
      for (const counts of pending) {
        const into = this.counts(counts.day, counts.term);
        if (into) Object.assign(into, { searches: into.searches + counts.searches, zeroResults: into.zeroResults + counts.zeroResults, clicked: into.clicked + counts.clicked });
      }
      throw error;
    }
    return { written: pending.length, droppedTerms };
  }

  /** The most searched terms of the window (the days starting in it), most searches first. For the report. */
  topTerms(window: DemandWindow, limit: number): Promise<DemandTerm[]> {
    return this.terms(window, 'searches', limit);
  }

  /** The terms whose searches found nothing most often in the window, most zero-result searches first. For the report. */
  unmetTerms(window: DemandWindow, limit: number): Promise<DemandTerm[]> {
    return this.terms(window, 'zeroResults', limit);
  }

  /** Every search of the window, and those that found nothing. */
  totals(window: DemandWindow): Promise<{ searches: number; zeroResults: number }> {
    return this.repo.totals(dayRange(window));
  }

  private terms(window: DemandWindow, order: DemandOrder, limit: number): Promise<DemandTerm[]> {
    return this.repo.terms(dayRange(window), order, Math.min(Math.max(Math.trunc(limit), 1), MAX_TERMS));
  }

  /** The staff's page of the window's terms, most searched first. */
  async searchDemand(ctx: RequestContext, args: DemandWindow & PageArgs) {
    requireStaff(ctx);
    requireStorable(ctx.locale, { from: args.from, to: args.to });
    if (args.from.getTime() >= args.to.getTime()) throw badUserInput(ctx.locale, 'to');
    const page = pageRequest(ctx.locale, DEMAND_ORDER, args);
    const rows = await this.repo.terms(dayRange(args), 'searches', page.take, page.after);
    return toConnection(DEMAND_ORDER, rows, page, (row) => [row.searches, row.term]);
  }

  /** Deletes the days older than the retention period; answers how many rows went. */
  prune(): Promise<number> {
    return this.repo.deleteBefore(vietnamDay(new Date(this.now().getTime() - this.options.retentionDays * DAY_MS)));
  }
}
