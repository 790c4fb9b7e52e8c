// Matchmaking between technology requests and offers: when a listing is published, find the listings of the other
// side that could answer it (or that it could answer), store the best of them with their reasons (ListingMatch),
// tell the owners of the other side once per pair within a weekly cap per organisation, and show the matches on the
// pages. The rule is match-score.ts; the SQL is matching.repository.ts.
import type { RequestContext } from '../../lib/request-context.ts';
import type { Tx } from '../../lib/prisma.ts';
import { DomainError } from '../../lib/domain-error.ts';
import { isUuid } from '../../lib/validation.ts';
import { nestedPages, pageRequest, toConnection, type NestedQuery, type PageArgs } from '../../lib/pagination.ts';
import type { SearchEngine, SearchKind } from '../../../search/types.ts';
import { isStaff, requireUser } from '../access.ts';
import type { ListingRow } from '../listing/listing.repository.ts';
import type { ListingService } from '../listing/listing.service.ts';
import type { PublicationListener, Publication } from '../matchmaking/publication.ts';
import { notify } from '../notification/notify.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.ts';
import { matchReasonsText } from './match-reason-text.ts';
import type { ListingMatchRow } from './match-row.ts';
import { scoreMatch, type ScoredMatch } from './match-score.ts';
import { LISTING_MATCHES_ORDER, MatchingRepository, OFFER_KINDS, OFFER_MATCHES_ORDER, type FactsRow, type MatchWrite } from './matching.repository.ts';

/** Matches kept per listing, best first (a pair already stored stays while it still matches, even past this). */
export const MATCHES_PER_LISTING = 20;
/** Matches at least this good are worth telling the other side about. */
export const NOTIFY_SCORE = 0.5;
/** Organisations told of one publication at most (the best pairs): news, not a mailing. */
export const NOTICES_PER_PUBLICATION = 10;
/** Structured candidates read per source (same field, shared keyword) and text hits asked of the engine. */
const CANDIDATES = 100;
const TEXT_HITS = 50;
const RELATED_MAX = 12;
const WEEK_MS = 7 * 86_400_000;
/** Listings of an organisation rematched when the organisation is published (anew). */
const ORGANISATION_LISTINGS = 100;

export interface MatchingConfig {
  /** Match notices one organisation gets in 7 days at most (MATCH_NOTICES_PER_WEEK). */
  noticesPerWeek: number;
}

interface Found extends ScoredMatch {
  request: FactsRow;
  offer: FactsRow;
}

export interface MatchOutcome {
  /** Pairs stored for the listing now (score > 0). */
  matched: number;
  /** Notices sent (pairs told to the other side). */
  notified: number;
}

const isRequest = (l: { kind: string }) => l.kind === 'TECHNOLOGY_REQUEST';
const otherKinds = (l: { kind: string }): SearchKind[] => (isRequest(l) ? [...OFFER_KINDS] : ['TECHNOLOGY_REQUEST']);

/** A listing's own words for the engine: its title and keywords (a request's long problem text would dilute them). */
function ownWords(l: { titleVi: string; keywords: readonly string[] }): string {
  const text = [l.titleVi, ...l.keywords].join(' ');
  return text.length <= 200 ? text : text.slice(0, 200).replace(/\s+\S*$/, '');
}

/**
 * The engine's score of a hit as a share (0..1): the PostgreSQL engine gives a hit holding every word 0.5, or 1 when
 * its title or keywords hold them, and a partial hit half its share of the query's weight; Meilisearch's ranking
 * score is a share already.
 */
const textShare = (engine: SearchEngine, score: number) => (engine.name === 'postgres' ? Math.min(1, score * 2) : Math.min(1, score));

/** What a listing's rescoring decided: the pairs to keep (best first) and the stored pairs to retire. */
export interface MatchPlan {
  listing: FactsRow | null;
  keep: (Found & { notifiedAt: Date | null })[];
  retire: string[];
}

/**
 * Rescores a published listing against the candidates, reading only: the best MATCHES_PER_LISTING new pairs and the
 * stored ones that still match are kept, the other stored ones retired (all of them when the listing is no longer
 * published). `text` holds the engine's scores of the other side's listings for this one's words; null without an
 * engine (the demo seed), when listings sharing a keyword are read from SQL instead (a scan the engine's word index
 * spares the serving processes).
 */
export async function planMatches(repo: MatchingRepository, db: Tx, listingId: string, text: ReadonlyMap<string, number> | null): Promise<MatchPlan> {
  const [listing] = await repo.facts(db, [listingId]);
  const side = listing && isRequest(listing) ? 'request' : 'offer';
  const stored = await repo.storedPairs(db, listingId, side);
  if (!listing || listing.status !== 'PUBLISHED') return { listing: listing ?? null, keep: [], retire: stored.map((p) => p.id) };
  const kinds = otherKinds(listing);
  const ids = new Set([...(await repo.structuredCandidates(db, listing, kinds, CANDIDATES, text === null)), ...(text?.keys() ?? []), ...stored.map((p) => p.counterpartId)]);
  ids.delete(listingId);
  const candidates = (await repo.facts(db, [...ids])).filter(
    (c) => c.status === 'PUBLISHED' && kinds.includes(c.kind) && c.organisationId !== listing.organisationId,
  );
  const counterpart = (f: Found) => (side === 'request' ? f.offer.id : f.request.id);
  const found: Found[] = candidates.flatMap((c) => {
    const [request, offer] = side === 'request' ? [listing, c] : [c, listing];
    const scored = scoreMatch(request, offer, text?.get(c.id) ?? null);
    return scored ? [{ ...scored, request, offer }] : [];
  });
  found.sort((a, b) => b.score - a.score || counterpart(a).localeCompare(counterpart(b)));
  const byCounterpart = new Map(stored.map((p) => [p.counterpartId, p]));
  const keep = found
    .filter((f, i) => i < MATCHES_PER_LISTING || byCounterpart.has(counterpart(f)))
    .map((f) => ({ ...f, notifiedAt: byCounterpart.get(counterpart(f))?.notifiedAt ?? null }));
  const kept = new Set(keep.map(counterpart));
  return { listing, keep, retire: stored.filter((p) => !kept.has(p.counterpartId)).map((p) => p.id) };
}

/** Writes a plan: the kept pairs upserted (new or rescored), the others retired. */
export async function saveMatches(repo: MatchingRepository, db: Tx, plan: MatchPlan): Promise<void> {
  await repo.upsert(db, plan.keep.map((f): MatchWrite => ({ requestId: f.request.id, offerId: f.offer.id, score: f.score, reasons: f.reasons })));
  await repo.retire(db, plan.retire);
}

/** The demo seed's matches (no engine, no notices): every published listing, in the seed's transaction. */
export async function matchPublishedListings(db: Tx, repo: MatchingRepository): Promise<number> {
  const ids = await repo.allPublished(db);
  for (const id of ids) await saveMatches(repo, db, await planMatches(repo, db, id, null));
  return ids.length;
}

export class MatchingService {
  constructor(
    private readonly repo: MatchingRepository,
    private readonly engine: (() => SearchEngine) | null,
    private readonly listings: ListingService,
    private readonly organisations: OrganisationService,
    private readonly taxonomy: TaxonomyService,
    private readonly config: MatchingConfig,
  ) {}

  /** Runs from the 'matchmaking.published' job; safe to run again (a retry): pairs already told are not told again. */
  listener(): PublicationListener {
    return { name: 'requestMatching', onPublished: (p) => this.onPublished(p) };
  }

  async onPublished(publication: Publication): Promise<void> {
    const ids = publication.kind === 'listing' ? [publication.id] : await this.repo.publishedOf(publication.id, ORGANISATION_LISTINGS);
    for (const id of ids) await this.matchListing(id);
  }

  /**
   * Matches one listing, stores them and tells the other side of the good new ones. The reads and the scoring happen
   * before the transaction, which holds only the writes and the notices.
   */
  async matchListing(listingId: string, now = new Date()): Promise<MatchOutcome> {
    if (!isUuid(listingId)) return { matched: 0, notified: 0 };
    const [listing] = await this.repo.facts(this.repo.prisma, [listingId]);
    const text = listing?.status === 'PUBLISHED' ? await this.textScores(listing) : null;
    const plan = await planMatches(this.repo, this.repo.prisma, listingId, text);
    return this.repo.prisma.$transaction(
      async (tx) => {
        await saveMatches(this.repo, tx, plan);
        const notified = plan.listing ? await this.tell(tx, plan.listing, plan.keep.slice(0, MATCHES_PER_LISTING), now) : 0;
        return { matched: plan.keep.length, notified };
      },
      { timeout: 30_000 },
    );
  }

  /** The engine's scores of the other side's listings for this listing's words (null without an engine). */
  private async textScores(listing: FactsRow): Promise<Map<string, number> | null> {
    const engine = this.engine?.();
    if (!engine) return null;
    const res = await engine.search({ text: ownWords(listing), kinds: otherKinds(listing).sort(), filters: {}, sort: 'RELEVANCE', limit: TEXT_HITS, offset: 0 });
    return new Map(res.hits.filter((h) => h.entityType === 'listing').map((h) => [h.entityId, textShare(engine, h.score)]));
  }

  /**
   * Tells the owners of the other side about the best pairs not told before (NOTICES_PER_PUBLICATION at most), at most
   * `noticesPerWeek` a week per organisation (counted from ListingMatch.notifiedAt, under a lock per organisation so
   * concurrent publications cannot both take the last place). The notice and notifiedAt are written together, so a
   * retry never repeats one.
   */
  private async tell(tx: Tx, listing: FactsRow, found: readonly (Found & { notifiedAt: Date | null })[], now: Date): Promise<number> {
    const fresh = found.filter((f) => f.score >= NOTIFY_SCORE && !f.notifiedAt);
    if (!fresh.length) return 0;
    const other = (f: Found) => (isRequest(listing) ? f.offer : f.request);
    const orgs = [...new Set(fresh.map((f) => other(f).organisationId))].sort();
    await this.repo.lockOrganisations(tx, orgs);
    const sent = await this.repo.noticesSince(tx, orgs, new Date(now.getTime() - WEEK_MS));
    const chosen = fresh
      .filter((f) => {
        const org = other(f).organisationId;
        const count = sent.get(org) ?? 0;
        if (count >= this.config.noticesPerWeek) return false;
        sent.set(org, count + 1);
        return true;
      })
      .slice(0, NOTICES_PER_PUBLICATION);
    const marked = await this.repo.markNotified(tx, chosen.map((f) => ({ requestId: f.request.id, offerId: f.offer.id })), now);
    const told = chosen.filter((f) => marked.has(`${f.request.id}:${f.offer.id}`));
    if (!told.length) return 0;
    const [members, fields] = await Promise.all([this.repo.membersOf(tx, told.map((f) => other(f).organisationId)), this.fieldNames(told)]);
    for (const f of told) {
      const owner = other(f);
      await notify(tx, {
        userIds: members.get(owner.organisationId) ?? [],
        type: 'match.found',
        data: {
          listingTitle: owner.titleVi,
          listingTitleEn: owner.titleEn,
          matchTitle: listing.titleVi,
          matchTitleEn: listing.titleEn,
          matchKind: isRequest(listing) ? 'request' : 'offer',
          reasons: matchReasonsText(f.reasons, 'vi', { field: (c) => fields.get(c)?.vi }),
          reasonsEn: matchReasonsText(f.reasons, 'en', { field: (c) => fields.get(c)?.en }),
        },
        link: `/listings/${listing.slug}`,
      });
    }
    return told.length;
  }

  private async fieldNames(found: readonly Found[]): Promise<Map<string, { vi: string; en: string }>> {
    const codes = [...new Set(found.flatMap((f) => f.reasons.flatMap((r) => (r.kind === 'field' ? [r.fieldCode] : []))))];
    const rows = await this.taxonomy.byCodes(codes);
    return new Map(rows.flatMap((f) => (f ? [[f.code, { vi: f.nameVi, en: f.nameEn }] as const] : [])));
  }

  // ── pages ──────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * The matches of listings the caller can see (a request's offers, an offer's requests), best first, with published
   * counterparts only. Shown on a request's page, or to the listing's own organisation, a match counts as shown.
   */
  async matchesOf(ctx: RequestContext, queries: readonly NestedQuery<ListingRow>[]) {
    const pages = await nestedPages(
      ctx.locale,
      LISTING_MATCHES_ORDER,
      queries,
      (parents, page) => this.repo.pagesOf(parents.map((l) => ({ id: l.id, side: isRequest(l) ? 'request' : 'offer' })), page),
      (m: ListingMatchRow & { scoreKey?: number }) => [m.scoreKey ?? Math.trunc(m.score * 1_000_000), m.id],
    );
    const owners = await this.organisations.memberOf(ctx, queries.map((q) => q.obj.organisationId));
    const shown = isStaff(ctx) ? [] : queries.flatMap((q, i) => (isRequest(q.obj) || owners.has(q.obj.organisationId) ? pages[i]!.nodes : []));
    await this.repo.markShown(shown.map((m) => m.id));
    return pages;
  }

  /** "Needs that fit your offers": matches of the caller's organisations' published offers (or of one of them). */
  async forMyOffers(ctx: RequestContext, organisationId: string | null | undefined, args: PageArgs) {
    const user = requireUser(ctx);
    const page = pageRequest(ctx.locale, OFFER_MATCHES_ORDER, args);
    const memberships = (await this.organisations.membershipsOf(user.id)).map((m) => m.organisationId);
    if (organisationId != null && !memberships.includes(organisationId)) throw new DomainError('FORBIDDEN');
    const orgIds = organisationId != null ? [organisationId] : memberships;
    const rows = orgIds.length && page.first ? await this.repo.ofOrganisationsOffers(orgIds, page) : [];
    const connection = toConnection(OFFER_MATCHES_ORDER, rows, page, (m) => [m.createdAt, m.id]);
    await this.repo.markShown(connection.nodes.map((m) => m.id));
    return connection;
  }

  /** Listings of the same kind like this one: the engine's hits for its words, else the newest of its field. */
  async relatedOf(_ctx: RequestContext, queries: readonly NestedQuery<ListingRow>[]): Promise<ListingRow[][]> {
    const limits = queries.map((q) => Math.min(Math.max(q.params.first ?? 6, 0), RELATED_MAX));
    const ids = await Promise.all(queries.map((q, i) => (limits[i] ? this.relatedIds(q.obj, limits[i]!) : [])));
    const rows = await this.listings.publishedByIds([...new Set(ids.flat())]);
    return ids.map((list, i) => list.flatMap((id) => rows.get(id) ?? []).slice(0, limits[i]));
  }

  private async relatedIds(listing: ListingRow, limit: number): Promise<string[]> {
    const engine = this.engine?.();
    const hits = engine
      ? (await engine.search({ text: ownWords(listing), kinds: [listing.kind], filters: {}, sort: 'RELEVANCE', limit: limit + 1, offset: 0 })).hits
          .filter((h) => h.entityType === 'listing' && h.entityId !== listing.id && textShare(engine, h.score) >= 0.25)
          .map((h) => h.entityId)
      : [];
    if (hits.length >= limit) return hits;
    const more = await this.repo.sameKindInField(listing, limit);
    return [...new Set([...hits, ...more])];
  }
}
