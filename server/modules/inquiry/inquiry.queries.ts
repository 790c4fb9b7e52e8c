// What the parties of inquiries and proposals may read: the lists, and the batch readers behind the Inquiry and
// Listing loaders (one query per field and request, whatever the number of inquiries on the page). The moves are
// in inquiry.service.ts.
import type { RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import type { InquirySide, InquiryStatus } from '../../generated/prisma/enums.ts';
import { nestedPages, pageRequest, toConnection, type NestedQuery, type PageArgs } from '../../lib/pagination.ts';
import { isUuid, requireId } from '../../lib/validation.ts';
import { isStaff, requireUser } from '../access.ts';
import type { ListingService } from '../listing/listing.service.ts';
import type { ListingRow } from '../listing/listing.repository.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { ACTIVE, availableMoves } from './lifecycle.ts';
import { CURRENT_NDA } from './nda-texts.ts';
import { INQUIRY_ORDER, MESSAGES_ORDER, type AcceptanceRow, type InquiryRepository, type InquiryRow, type MessageRow, type NdaVersionRow } from './inquiry.repository.ts';

export type MessageView = MessageRow & { authorName: string | null };
export type AcceptanceView = AcceptanceRow & { acceptedByName: string | null };

/** Who is on each side of an inquiry (or of a deal). */
export type Sides = Pick<InquiryRow, 'requesterId' | 'requesterOrganisationId' | 'ownerOrganisationId'>;

/** Which side `userId` is on, given the organisations they belong to; null when on neither. */
export function sideOf(inquiry: Sides, userId: string, memberOf: ReadonlySet<string>): InquirySide | null {
  if (inquiry.requesterId === userId) return 'REQUESTER';
  if (inquiry.requesterOrganisationId && memberOf.has(inquiry.requesterOrganisationId)) return 'REQUESTER';
  if (memberOf.has(inquiry.ownerOrganisationId)) return 'OWNER';
  return null;
}

export class InquiryQueries {
  constructor(
    private readonly repo: InquiryRepository,
    private readonly organisations: OrganisationService,
    private readonly listings: ListingService,
  ) {}

  /** Parties and department staff read an inquiry; everyone else gets nothing. */
  async byId(ctx: RequestContext, id: string): Promise<InquiryRow | null> {
    if (!ctx.user || !isUuid(id)) return null;
    const inquiry = await this.repo.findById(id);
    if (!inquiry) return null;
    if (isStaff(ctx)) return inquiry;
    const [side] = await this.sidesOf(ctx, [inquiry]);
    return side ? inquiry : null;
  }

  /** By id, each for parties and staff only (null otherwise), in one query. */
  async visibleByIds(ctx: RequestContext, ids: readonly (string | null)[]): Promise<(InquiryRow | null)[]> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    const rows = wanted.length && ctx.user ? await this.repo.byIds(wanted) : [];
    const sides = isStaff(ctx) ? [] : await this.sidesOf(ctx, rows);
    const visible = isStaff(ctx) ? rows : rows.filter((_, n) => sides[n]);
    return ids.map((id) => visible.find((r) => r.id === id) ?? null);
  }

  async mine(ctx: RequestContext, status: InquiryStatus | null | undefined, args: PageArgs) {
    const user = requireUser(ctx);
    const page = pageRequest(ctx.locale, INQUIRY_ORDER, args);
    return toConnection(INQUIRY_ORDER, await this.repo.page({ requesterId: user.id, status }, page), page, (r) => [r.updatedAt, r.id]);
  }

  async ofOrganisation(
    ctx: RequestContext,
    organisationId: string,
    side: InquirySide | null | undefined,
    status: InquiryStatus | null | undefined,
    args: PageArgs,
  ) {
    requireUser(ctx);
    if (!isStaff(ctx) && !(isUuid(organisationId) && (await this.organisations.memberOf(ctx, [organisationId])).has(organisationId))) {
      throw new DomainError('FORBIDDEN');
    }
    requireId(organisationId);
    const page = pageRequest(ctx.locale, INQUIRY_ORDER, args);
    const filter = side === 'REQUESTER' ? { requesterOrganisationId: organisationId } : { ownerOrganisationId: organisationId };
    return toConnection(INQUIRY_ORDER, await this.repo.page({ ...filter, status }, page), page, (r) => [r.updatedAt, r.id]);
  }

  /** The current NDA text; its row is written on first use in a fresh database. */
  async currentNda(): Promise<NdaVersionRow> {
    const [row] = await this.repo.ndaVersions([CURRENT_NDA.version]);
    return row ?? this.repo.transaction((tx) => this.repo.ensureNdaVersion(tx, CURRENT_NDA));
  }

  async ndaOf(inquiries: readonly InquiryRow[]): Promise<(NdaVersionRow | null)[]> {
    const versions = [...new Set(inquiries.map((i) => i.ndaVersion).filter((v): v is number => v !== null))];
    const rows = versions.length ? await this.repo.ndaVersions(versions) : [];
    return inquiries.map((i) => rows.find((r) => r.version === i.ndaVersion) ?? null);
  }

  /** The caller's side on each inquiry (null for staff and strangers). */
  async sidesOf(ctx: RequestContext, inquiries: readonly InquiryRow[]): Promise<(InquirySide | null)[]> {
    const user = ctx.user;
    if (!user) return inquiries.map(() => null);
    const orgIds = [...new Set(inquiries.flatMap((i) => [i.ownerOrganisationId, i.requesterOrganisationId ?? '']).filter(Boolean))];
    const members = await this.organisations.memberOf(ctx, orgIds);
    return inquiries.map((i) => sideOf(i, user.id, members));
  }

  /** The buttons the web shows: the moves the caller's side may make in the current state. */
  async actionsOf(ctx: RequestContext, inquiries: readonly InquiryRow[]) {
    const sides = await this.sidesOf(ctx, inquiries);
    const acceptances = await this.repo.acceptancesOf(inquiries.filter((i) => i.status === 'NDA_REQUESTED').map((i) => i.id));
    return inquiries.map((inquiry, n) => {
      const side = sides[n];
      if (!side) return [];
      return availableMoves(inquiry.direction, inquiry.status, side)
        .filter((m) => m !== 'acceptNda' || !acceptances.some((a) => a.inquiryId === inquiry.id && a.side === side))
        .map((m) => MOVE_ACTIONS[m]);
    });
  }

  /**
   * A page of each inquiry's thread: the newest messages before the cursor, shown oldest first within the page
   * (a thread is read from its end; `endCursor` leads to the earlier ones), with the thread's length.
   */
  async messagesOf(ctx: RequestContext, queries: readonly NestedQuery<InquiryRow>[]) {
    const inquiries = queries.map((q) => q.obj);
    const [hidden, facts] = await Promise.all([this.ownerHiddenFrom(ctx, inquiries), this.threadFactsOf(inquiries)]);
    const pages = await nestedPages(
      ctx.locale,
      MESSAGES_ORDER,
      queries,
      async (parents, page) => {
        const rows = await this.repo.messagesOf(parents.map((i) => i.id), page);
        const names = await this.repo.userNames([...new Set(rows.map((m) => m.authorId).filter((id): id is string => !!id))]);
        return parents.map((inquiry) =>
          rows
            .filter((m) => m.inquiryId === inquiry.id)
            .map((m): MessageView => {
              const ownerHidden = hidden[inquiries.indexOf(inquiry)] && m.side === 'OWNER';
              return { ...m, authorName: ownerHidden ? null : m.authorId ? (names.get(m.authorId) ?? null) : null };
            }),
        );
      },
      (m) => [m.createdAt, m.id],
    );
    return pages.map((page, n) => ({ ...page, nodes: [...page.nodes].reverse(), totalCount: facts[n]!.count }));
  }

  /** When the owner side first answered each inquiry (null while nobody has). */
  async answeredAt(inquiries: readonly InquiryRow[]): Promise<(Date | null)[]> {
    return (await this.threadFactsOf(inquiries)).map((f) => f.answeredAt);
  }

  private async threadFactsOf(inquiries: readonly InquiryRow[]) {
    const facts = inquiries.length ? await this.repo.threadFacts(inquiries.map((i) => i.id)) : [];
    return inquiries.map((i) => facts.find((f) => f.inquiryId === i.id) ?? { count: 0, answeredAt: null });
  }

  async acceptancesOf(ctx: RequestContext, inquiries: readonly InquiryRow[]): Promise<AcceptanceView[][]> {
    const [rows, hidden] = await Promise.all([this.repo.acceptancesOf(inquiries.map((i) => i.id)), this.ownerHiddenFrom(ctx, inquiries)]);
    const names = await this.repo.userNames([...new Set(rows.map((a) => a.userId))]);
    return inquiries.map((inquiry, n) =>
      rows
        .filter((a) => a.inquiryId === inquiry.id)
        .map((a) => ({ ...a, acceptedByName: hidden[n] && a.side === 'OWNER' ? null : names.get(a.userId) ?? null })),
    );
  }

  /** A technology request posted without its organisation's name stays anonymous to proposers until agreed. */
  async ownerOrganisationsOf(ctx: RequestContext, inquiries: readonly InquiryRow[]) {
    const [orgs, hidden] = await Promise.all([this.organisations.byIds(inquiries.map((i) => i.ownerOrganisationId)), this.ownerHiddenFrom(ctx, inquiries)]);
    return inquiries.map((_, n) => (hidden[n] ? null : orgs[n]));
  }

  async requesterOrganisationsOf(inquiries: readonly InquiryRow[]) {
    return this.organisationsOf(inquiries.map((i) => i.requesterOrganisationId));
  }

  /** Organisations by id, null where there is none, in one query. */
  async organisationsOf(ids: readonly (string | null)[]) {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    const rows = wanted.length ? await this.organisations.byIds(wanted) : [];
    return ids.map((id) => rows.find((o) => o?.id === id) ?? null);
  }

  async requesterNamesOf(inquiries: readonly InquiryRow[]): Promise<string[]> {
    const names = await this.repo.userNames([...new Set(inquiries.map((i) => i.requesterId))]);
    return inquiries.map((i) => names.get(i.requesterId) ?? '');
  }

  /** The listing as the caller may see it now (published, or they belong to its organisation, or staff). */
  listingsOf(ctx: RequestContext, inquiries: readonly InquiryRow[]): Promise<(ListingRow | null)[]> {
    return this.listings.visibleByIds(ctx, inquiries.map((i) => i.listingId));
  }

  private async ownerHiddenFrom(ctx: RequestContext, inquiries: readonly InquiryRow[]): Promise<boolean[]> {
    if (!inquiries.some((i) => i.listing.hideOrganisation)) return inquiries.map(() => false);
    const sides = await this.sidesOf(ctx, inquiries);
    return inquiries.map((i, n) => i.listing.hideOrganisation && i.status !== 'AGREED' && !isStaff(ctx) && sides[n] !== 'OWNER');
  }

  /**
   * Who may read a listing's confidential dossier: its organisation's members, the department, and the requester
   * side of an inquiry on it whose NDA both sides accepted.
   */
  async dossierReaders(ctx: RequestContext, listings: readonly ListingRow[]): Promise<boolean[]> {
    const user = ctx.user;
    if (!user) return listings.map(() => false);
    if (isStaff(ctx)) return listings.map(() => true);
    const memberships = await this.organisations.membershipsOf(user.id);
    const orgIds = memberships.map((m) => m.organisationId);
    const withDossier = listings.filter((l) => !orgIds.includes(l.organisationId) && (l.dossierVi || l.dossierEn));
    const covered = withDossier.length ? await this.repo.ndaCoveredListings(withDossier.map((l) => l.id), user.id, orgIds) : new Set<string>();
    return listings.map((l) => orgIds.includes(l.organisationId) || covered.has(l.id));
  }

  /** The dossier's source, for its organisation's members (to edit it) and staff. */
  async dossierEditors(ctx: RequestContext, listings: readonly ListingRow[]): Promise<boolean[]> {
    if (isStaff(ctx)) return listings.map(() => true);
    const members = await this.organisations.memberOf(ctx, listings.map((l) => l.organisationId));
    return listings.map((l) => members.has(l.organisationId));
  }

  async canInquire(ctx: RequestContext, listings: readonly ListingRow[]): Promise<boolean[]> {
    const user = ctx.user;
    if (!user) return listings.map(() => false);
    const [memberships, latest] = await Promise.all([
      this.organisations.membershipsOf(user.id),
      this.repo.latestOfRequester(listings.map((l) => l.id), user.id),
    ]);
    const orgIds = new Set(memberships.map((m) => m.organisationId));
    // Solutions are proposed by organisations; a person's requester profile is not one.
    const proposing = memberships.some((m) => m.organisation.kind !== 'INDIVIDUAL');
    return listings.map((l) => {
      const ongoing = latest.some((i) => i.listingId === l.id && ACTIVE.includes(i.status));
      const proposerOk = l.kind !== 'TECHNOLOGY_REQUEST' || proposing;
      return l.status === 'PUBLISHED' && !orgIds.has(l.organisationId) && !ongoing && proposerOk;
    });
  }

  async myInquiriesOn(ctx: RequestContext, listings: readonly ListingRow[]): Promise<(InquiryRow | null)[]> {
    if (!ctx.user) return listings.map(() => null);
    const rows = await this.repo.latestOfRequester(listings.map((l) => l.id), ctx.user.id);
    return listings.map((l) => rows.find((r) => r.listingId === l.id) ?? null);
  }
}

const MOVE_ACTIONS = {
  reply: 'REPLY', discuss: 'REPLY', requestNda: 'REQUEST_NDA', acceptNda: 'ACCEPT_NDA', ndaAccepted: 'ACCEPT_NDA',
  decline: 'DECLINE', withdraw: 'WITHDRAW', agree: 'AGREE',
} as const;
