// Inquiries and proposals: who may open one, the moves of its lifecycle (lifecycle.ts), the thread and its files,
// the NDA. Every move is one transaction holding the inquiry's row lock, with its audit event and notifications.
// What each party may read (lists and the loaders' batch readers) is in inquiry.queries.ts.
import type { RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import type { InquiryDirection, InquirySide } from '../../generated/prisma/enums.ts';
import { message } from '../../i18n/messages.ts';
import type { Tx } from '../../lib/prisma.ts';
import { fieldError, inputError, isUuid, type InputError } from '../../lib/validation.ts';
import { requireUser, requireVerifiedEmail } from '../access.ts';
import type { UserRow } from '../account/account.repository.ts';
import type { ListingService } from '../listing/listing.service.ts';
import { notify } from '../notification/notify.ts';
import type { NotificationType } from '../notification/notification-types.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { ATTACHMENT_FILE, type AttachmentStore, type CheckedFile, type UploadedFile } from './attachment-store.ts';
import { ACTIVE, canMove, mayMove, MOVES, type InquiryMove } from './lifecycle.ts';
import { CURRENT_NDA } from './nda-texts.ts';
import { audit, type InquiryRepository, type InquiryRow } from './inquiry.repository.ts';
import type { InquiryQueries, Sides } from './inquiry.queries.ts';
import { validateBody, validateDecline, validateOpen, type OpenInput } from './inquiry.validation.ts';

export type InquiryResult = InquiryRow | InputError;

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

export class InquiryService {
  constructor(
    private readonly repo: InquiryRepository,
    private readonly queries: InquiryQueries,
    private readonly organisations: OrganisationService,
    private readonly listings: ListingService,
    private readonly files: AttachmentStore,
  ) {}

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
    return this.repo.transaction((tx) => this.openIn(tx, ctx, user, listing, direction, v.data));
  }

  /**
   * Opens a checked inquiry in the caller's transaction: one ongoing inquiry per person and listing, the audit event
   * and the owner side's notification. An introduction's first answer opens its thread through here too.
   */
  async openIn(
    tx: Tx,
    ctx: RequestContext,
    user: UserRow,
    listing: { id: string; organisationId: string },
    direction: InquiryDirection,
    data: Omit<OpenInput, 'listingId'>,
  ): Promise<InquiryResult> {
    // Concurrent opens queue on this lock.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`inquiry:${listing.id}:${user.id}`}))`;
    if (await this.repo.findActive(listing.id, user.id, ACTIVE, tx)) return refused(ctx, 'INQUIRY_EXISTS');
    const inquiry = await this.repo.create(tx, {
      direction,
      listingId: listing.id,
      ownerOrganisationId: listing.organisationId,
      requesterId: user.id,
      requesterOrganisationId: data.organisationId,
      requesterOrganisationName: data.organisationId ? null : data.organisationName,
      message: data.message,
      intendedUse: data.intendedUse,
    });
    await audit(tx, { actorId: user.id, action: 'inquiry.open', entityId: inquiry.id, data: { listingId: listing.id, direction } });
    const fromOrganisation = data.organisationId ? (await this.organisations.byIds([data.organisationId]))[0]?.nameVi ?? null : data.organisationName;
    await this.tell(tx, inquiry, user, 'REQUESTER', 'OWNER', 'inquiry.new', { fromOrganisation });
    return inquiry;
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
    const [side] = await this.queries.sidesOf(ctx, [inquiry]);
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
    if (!attachment || !(await this.queries.byId(ctx, attachment.message.inquiryId))) return null;
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

function stored(f: CheckedFile) {
  return { fileName: f.fileName, originalName: f.originalName, mimeType: f.mimeType, bytes: f.bytes };
}

function excerpt(body: string): string {
  return body.length > 160 ? `${body.slice(0, 157)}…` : body;
}
