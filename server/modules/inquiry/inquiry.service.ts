// Inquiries and proposals: who may open one, the moves of its lifecycle (lifecycle.ts), the thread and its files,
// the NDA, and what each party may read. Every move is one transaction holding the inquiry's row lock, with its
// audit event and notifications.
import type { RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import type { InquirySide, InquiryStatus } from '../../generated/prisma/enums.ts';
import { message } from '../../i18n/messages.ts';
import type { Tx } from '../../lib/prisma.ts';
import { fieldError, inputError, isUuid, requireId, type InputError } from '../../lib/validation.ts';
import { isStaff, requireUser, requireVerifiedEmail } from '../access.ts';
import type { UserRow } from '../account/account.repository.ts';
import { clampFirst, type ListingService } from '../listing/listing.service.ts';
import type { ListingRow } from '../listing/listing.repository.ts';
import { notify } from '../notification/notify.ts';
import type { NotificationType } from '../notification/notification-types.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { ATTACHMENT_FILE, type AttachmentStore, type CheckedFile, type UploadedFile } from './attachment-store.ts';
import { ACTIVE, availableMoves, canMove, mayMove, MOVES, type InquiryMove } from './lifecycle.ts';
import { CURRENT_NDA } from './nda-texts.ts';
import { audit, type AcceptanceRow, type InquiryRepository, type InquiryRow, type MessageRow, type NdaVersionRow } from './inquiry.repository.ts';
import { decodeCursor, toPage } from './page-cursor.ts';
import { validateBody, validateDecline, validateOpen } from './inquiry.validation.ts';

export type InquiryResult = InquiryRow | InputError;
export type MessageView = MessageRow & { authorName: string | null };
export type AcceptanceView = AcceptanceRow & { acceptedByName: string | null };

export const INQUIRY_LINK = (id: string) => `/inquiries/${id}`;

interface Party {
  user: UserRow;
  inquiry: InquiryRow;
  side: InquirySide;
}

function refused(ctx: RequestContext, code = 'INVALID_TRANSITION'): InputError {
  return { __typename: 'InputError', code, message: message(ctx.locale, code), fieldErrors: [] };
}

const other = (side: InquirySide): InquirySide => (side === 'OWNER' ? 'REQUESTER' : 'OWNER');

/** Who is on each side of an inquiry (or of a deal). */
export type Sides = Pick<InquiryRow, 'requesterId' | 'requesterOrganisationId' | 'ownerOrganisationId'>;

/** Which side `userId` is on, given the organisations they belong to; null when on neither. */
export function sideOf(inquiry: Sides, userId: string, memberOf: ReadonlySet<string>): InquirySide | null {
  if (inquiry.requesterId === userId) return 'REQUESTER';
  if (inquiry.requesterOrganisationId && memberOf.has(inquiry.requesterOrganisationId)) return 'REQUESTER';
  if (memberOf.has(inquiry.ownerOrganisationId)) return 'OWNER';
  return null;
}

export class InquiryService {
  constructor(
    private readonly repo: InquiryRepository,
    private readonly organisations: OrganisationService,
    private readonly listings: ListingService,
    private readonly files: AttachmentStore,
  ) {}

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────────────

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

  async mine(ctx: RequestContext, status: InquiryStatus | null | undefined, first: number | null | undefined, after: string | null | undefined) {
    const user = requireUser(ctx);
    const take = clampFirst(first, 20);
    const rows = await this.repo.page({ requesterId: user.id, status }, take, decodeCursor(after));
    return toPage(rows, take, (r) => [r.updatedAt, r.id]);
  }

  async ofOrganisation(
    ctx: RequestContext,
    organisationId: string,
    side: InquirySide | null | undefined,
    status: InquiryStatus | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    requireUser(ctx);
    if (!isStaff(ctx) && !(isUuid(organisationId) && (await this.organisations.memberOf(ctx, [organisationId])).has(organisationId))) {
      throw new DomainError('FORBIDDEN');
    }
    requireId(organisationId);
    const take = clampFirst(first, 20);
    const filter = side === 'REQUESTER' ? { requesterOrganisationId: organisationId } : { ownerOrganisationId: organisationId };
    const rows = await this.repo.page({ ...filter, status }, take, decodeCursor(after));
    return toPage(rows, take, (r) => [r.updatedAt, r.id]);
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

  async messagesOf(ctx: RequestContext, inquiries: readonly InquiryRow[]): Promise<MessageView[][]> {
    const [rows, hidden] = await Promise.all([this.repo.messagesOf(inquiries.map((i) => i.id)), this.ownerHiddenFrom(ctx, inquiries)]);
    const names = await this.repo.userNames([...new Set(rows.map((m) => m.authorId).filter((id): id is string => !!id))]);
    return inquiries.map((inquiry, n) =>
      rows
        .filter((m) => m.inquiryId === inquiry.id)
        .map((m) => ({ ...m, authorName: hidden[n] && m.side === 'OWNER' ? null : (m.authorId ? names.get(m.authorId) ?? null : null) })),
    );
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

  // ── the listing's side of it ───────────────────────────────────────────────────────────────────────────────

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

  // ── moves ──────────────────────────────────────────────────────────────────────────────────────────────────

  async open(ctx: RequestContext, input: { listingId?: string } & Record<string, unknown>): Promise<InquiryResult> {
    const user = requireUser(ctx);
    const unverified = requireVerifiedEmail(ctx);
    if (unverified) return unverified;
    if (!isUuid(String(input?.listingId ?? ''))) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'listingId', 'INVALID_VALUE')]);
    }
    const listing = await this.listings.byId(ctx, String(input.listingId));
    if (!listing) throw new DomainError('NOT_FOUND');
    const memberships = await this.organisations.membershipsOf(user.id);
    const orgIds = new Set(memberships.map((m) => m.organisationId));
    // Nobody inquires on their own organisation's listing.
    if (orgIds.has(listing.organisationId)) throw new DomainError('FORBIDDEN');
    const direction = listing.kind === 'TECHNOLOGY_REQUEST' ? 'PROPOSAL' : 'INQUIRY';
    const v = validateOpen(ctx.locale, direction, input);
    if (!v.ok) return v.error;
    if (v.data.organisationId && !orgIds.has(v.data.organisationId)) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'organisationId', 'NOT_A_MEMBER')]);
    }
    // A person's requester profile speaks for nobody: they write as themselves, or for a real organisation.
    if (memberships.some((m) => m.organisationId === v.data.organisationId && m.organisation.kind === 'INDIVIDUAL')) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'organisationId', 'INVALID_VALUE')]);
    }
    if (listing.status !== 'PUBLISHED') return refused(ctx, 'LISTING_NOT_PUBLISHED');
    return this.repo.transaction(async (tx) => {
      // One ongoing inquiry per person and listing: concurrent opens queue on this lock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`inquiry:${listing.id}:${user.id}`}))`;
      if (await this.repo.findActive(listing.id, user.id, ACTIVE, tx)) return refused(ctx, 'INQUIRY_EXISTS');
      const inquiry = await this.repo.create(tx, {
        direction,
        listingId: listing.id,
        ownerOrganisationId: listing.organisationId,
        requesterId: user.id,
        requesterOrganisationId: v.data.organisationId,
        requesterOrganisationName: v.data.organisationId ? null : v.data.organisationName,
        message: v.data.message,
        intendedUse: v.data.intendedUse,
      });
      await audit(tx, { actorId: user.id, action: 'inquiry.open', entityId: inquiry.id, data: { listingId: listing.id, direction } });
      const fromOrganisation = v.data.organisationId
        ? (await this.organisations.byIds([v.data.organisationId]))[0]?.nameVi ?? null
        : v.data.organisationName;
      await this.tell(tx, inquiry, user, 'REQUESTER', 'OWNER', 'inquiry.new', { fromOrganisation });
      return inquiry;
    });
  }

  /** A message (with files, from the upload route) from either side; the owner side's first one opens the discussion. */
  async reply(ctx: RequestContext, id: string, body: unknown, uploads: readonly UploadedFile[] = []): Promise<InquiryResult> {
    const { user, inquiry, side } = await this.forParty(ctx, id);
    const text = validateBody(ctx.locale, body, uploads.length > 0);
    if (!text.ok) return text.error;
    const files = this.files.check(ctx.locale, uploads);
    if (!Array.isArray(files)) return files;
    if (!canMove('reply', inquiry.status)) return refused(ctx);
    await this.files.write(files);
    let written = false;
    try {
      const result = await this.repo.transaction(async (tx) => {
        const locked = (await this.repo.lock(tx, id))!;
        if (!canMove('reply', locked.status)) return refused(ctx);
        const move: InquiryMove = side === 'OWNER' && locked.status === 'OPEN' ? 'discuss' : 'reply';
        if (move === 'discuss' && !(await this.repo.changeStatus(tx, id, MOVES.discuss.from, { status: MOVES.discuss.to! }))) return refused(ctx);
        const saved = await this.repo.addMessage(tx, { inquiryId: id, authorId: user.id, side, body: text.data }, files.map(stored));
        await this.repo.touch(tx, id);
        await audit(tx, {
          actorId: user.id, action: move === 'discuss' ? 'inquiry.discuss' : 'inquiry.reply', entityId: id,
          data: { messageId: saved.id, side, attachments: files.map((f) => f.fileName) },
        });
        await this.tell(tx, locked, user, side, other(side), 'inquiry.reply', { excerpt: excerpt(text.data) });
        return (await this.repo.findById(id, tx))!;
      });
      written = !('__typename' in result);
      return result;
    } finally {
      if (!written) await this.files.remove(files);
    }
  }

  async requestNda(ctx: RequestContext, id: string): Promise<InquiryResult> {
    const { user, inquiry, side } = await this.forParty(ctx, id);
    this.requireMove(ctx, 'requestNda', inquiry, side);
    return this.repo.transaction(async (tx) => {
      const locked = (await this.repo.lock(tx, id))!;
      if (!canMove('requestNda', locked.status)) return refused(ctx);
      const nda = await this.repo.ensureNdaVersion(tx, CURRENT_NDA);
      const rule = MOVES.requestNda;
      if (!(await this.repo.changeStatus(tx, id, rule.from, { status: rule.to!, ndaVersion: nda.version, ndaRequestedAt: new Date() }))) return refused(ctx);
      await audit(tx, { actorId: user.id, action: 'inquiry.requestNda', entityId: id, data: { side, version: nda.version } });
      await this.tell(tx, locked, user, side, other(side), 'inquiry.ndaRequested', { ndaVersion: nda.version });
      return (await this.repo.findById(id, tx))!;
    });
  }

  /** One side accepts the version it was shown; when both have, the inquiry is NDA_ACCEPTED. */
  async acceptNda(ctx: RequestContext, id: string, version: number): Promise<InquiryResult> {
    const { user, inquiry, side } = await this.forParty(ctx, id);
    this.requireMove(ctx, 'acceptNda', inquiry, side);
    return this.repo.transaction(async (tx) => {
      const locked = (await this.repo.lock(tx, id))!;
      if (!canMove('acceptNda', locked.status) || locked.ndaVersion === null) return refused(ctx);
      if (version !== locked.ndaVersion) return inputError(ctx.locale, [fieldError(ctx.locale, 'version', 'NDA_VERSION_CHANGED')]);
      const accepted = await this.repo.acceptancesOf([id], tx);
      if (accepted.some((a) => a.side === side)) return refused(ctx);
      const nda = await this.repo.ndaVersion(tx, version);
      await this.repo.addAcceptance(tx, { inquiryId: id, side, userId: user.id, version, textHash: nda.textHash });
      await audit(tx, { actorId: user.id, action: 'inquiry.acceptNda', entityId: id, data: { side, version, textHash: nda.textHash } });
      if (accepted.some((a) => a.side === other(side))) {
        const rule = MOVES.ndaAccepted;
        if (!(await this.repo.changeStatus(tx, id, rule.from, { status: rule.to! }))) throw new Error('inquiry moved while locked');
        await audit(tx, { actorId: user.id, action: 'inquiry.ndaAccepted', entityId: id, data: { version } });
        await this.tellBoth(tx, locked, user, side, 'inquiry.statusChanged', { status: 'NDA_ACCEPTED' });
      }
      return (await this.repo.findById(id, tx))!;
    });
  }

  async decline(ctx: RequestContext, id: string, input: unknown): Promise<InquiryResult> {
    const { user, inquiry, side } = await this.forParty(ctx, id);
    this.requireMove(ctx, 'decline', inquiry, side);
    const v = validateDecline(ctx.locale, input);
    if (!v.ok) return v.error;
    return this.close(ctx, user, id, side, 'decline', {
      declineReason: v.data.reason, declineNote: v.data.note, declinedBySide: side,
    }, { reason: v.data.reason, note: v.data.note });
  }

  async withdraw(ctx: RequestContext, id: string): Promise<InquiryResult> {
    const { user, inquiry, side } = await this.forParty(ctx, id);
    this.requireMove(ctx, 'withdraw', inquiry, side);
    return this.close(ctx, user, id, side, 'withdraw', {}, {});
  }

  /**
   * The agreement, inside the deal's transaction (recordDeal): the inquiry moves to AGREED if its state allows.
   * False (nothing written) when it does not.
   */
  async agreeIn(tx: Tx, party: Party): Promise<InquiryRow | null> {
    const locked = (await this.repo.lock(tx, party.inquiry.id))!;
    const rule = MOVES.agree;
    if (!canMove('agree', locked.status)) return null;
    if (!(await this.repo.changeStatus(tx, locked.id, rule.from, { status: rule.to!, closedAt: new Date() }))) return null;
    await audit(tx, { actorId: party.user.id, action: 'inquiry.agree', entityId: locked.id, data: { from: locked.status, side: party.side } });
    return locked;
  }

  /** The caller, the inquiry and their side: NOT_FOUND for an unknown inquiry, FORBIDDEN for a stranger. */
  async forParty(ctx: RequestContext, id: string): Promise<Party> {
    const user = requireUser(ctx);
    const inquiry = isUuid(id) ? await this.repo.findById(id) : null;
    if (!inquiry) throw new DomainError('NOT_FOUND');
    const [side] = await this.sidesOf(ctx, [inquiry]);
    if (!side) throw new DomainError('FORBIDDEN');
    return { user, inquiry, side };
  }

  requireMove(ctx: RequestContext, move: InquiryMove, inquiry: InquiryRow, side: InquirySide): void {
    if (!mayMove(move, inquiry.direction, side)) throw new DomainError('FORBIDDEN');
  }

  /** Users on one side: the requester (and their organisation's members), or the listing organisation's members. */
  async usersOfSide(tx: Tx, inquiry: Sides, side: InquirySide): Promise<string[]> {
    if (side === 'OWNER') return this.repo.memberIds([inquiry.ownerOrganisationId], tx);
    return [inquiry.requesterId, ...(await this.repo.memberIds([inquiry.requesterOrganisationId], tx))];
  }

  /** What a notification about this inquiry carries; the owner side's names stay out while the request is anonymous. */
  notificationData(inquiry: InquiryRow, actor: UserRow, actorSide: InquirySide | null) {
    const anonymous = actorSide === 'OWNER' && inquiry.listing.hideOrganisation && inquiry.status !== 'AGREED';
    return {
      inquiryId: inquiry.id,
      listingId: inquiry.listingId,
      listingTitle: inquiry.listing.titleVi,
      listingTitleEn: inquiry.listing.titleEn,
      fromName: anonymous ? null : actor.displayName,
      kind: inquiry.direction === 'PROPOSAL' ? 'proposal' : 'inquiry',
    };
  }

  // ── attachments ────────────────────────────────────────────────────────────────────────────────────────────

  get attachmentLimits() {
    return this.files.limits;
  }

  /** The file behind an attachment URL, for the two sides and the department only. */
  async openAttachment(ctx: RequestContext, fileName: string): Promise<{ path: string; mimeType: string; name: string } | null> {
    if (!ctx.user || !ATTACHMENT_FILE.test(fileName)) return null;
    const attachment = await this.repo.findAttachmentByFile(fileName);
    if (!attachment || !(await this.byId(ctx, attachment.message.inquiryId))) return null;
    return { path: this.files.pathOf(fileName), mimeType: attachment.mimeType, name: attachment.originalName };
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────────────────────

  private async close(
    ctx: RequestContext,
    user: UserRow,
    id: string,
    side: InquirySide,
    move: 'decline' | 'withdraw',
    data: Record<string, unknown>,
    auditData: Record<string, unknown>,
  ): Promise<InquiryResult> {
    const rule = MOVES[move];
    return this.repo.transaction(async (tx) => {
      const locked = (await this.repo.lock(tx, id))!;
      if (!canMove(move, locked.status)) return refused(ctx);
      if (!(await this.repo.changeStatus(tx, id, rule.from, { ...data, status: rule.to!, closedAt: new Date() }))) return refused(ctx);
      await audit(tx, { actorId: user.id, action: `inquiry.${move}`, entityId: id, data: { from: locked.status, side, ...auditData } });
      await this.tell(tx, locked, user, side, other(side), 'inquiry.statusChanged', {
        status: rule.to!, ...(move === 'decline' ? { reason: String(auditData.reason), note: (auditData.note as string | null) ?? null } : {}),
      });
      return (await this.repo.findById(id, tx))!;
    });
  }

  private async tell(
    tx: Tx,
    inquiry: InquiryRow,
    actor: UserRow,
    actorSide: InquirySide,
    to: InquirySide,
    type: NotificationType,
    extra: Record<string, string | number | boolean | null>,
  ): Promise<void> {
    await notify(tx, {
      userIds: await this.usersOfSide(tx, inquiry, to),
      exceptUserId: actor.id,
      type,
      data: { ...this.notificationData(inquiry, actor, actorSide), ...extra },
      link: INQUIRY_LINK(inquiry.id),
    });
  }

  async tellBoth(tx: Tx, inquiry: InquiryRow, actor: UserRow, actorSide: InquirySide, type: NotificationType, extra: Record<string, string | number | boolean | null>) {
    for (const side of ['REQUESTER', 'OWNER'] as const) await this.tell(tx, inquiry, actor, actorSide, side, type, extra);
  }
}

const MOVE_ACTIONS = {
  reply: 'REPLY', discuss: 'REPLY', requestNda: 'REQUEST_NDA', acceptNda: 'ACCEPT_NDA', ndaAccepted: 'ACCEPT_NDA',
  decline: 'DECLINE', withdraw: 'WITHDRAW', agree: 'AGREE',
} as const;

function stored(f: CheckedFile) {
  return { fileName: f.fileName, originalName: f.originalName, mimeType: f.mimeType, bytes: f.bytes };
}

function excerpt(body: string): string {
  return body.length > 160 ? `${body.slice(0, 157)}…` : body;
}
