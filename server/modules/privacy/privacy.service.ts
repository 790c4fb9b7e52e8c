// Consent to the legal documents, and the person's requests about their data (export, deletion) under the Law on
// Personal Data Protection 91/2025/QH15 and Decree 356/2025/NĐ-CP: every request is acknowledged at once with its
// due date in working days, and its state is visible to the person and to the department's admins.
import type { RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import { message } from '../../i18n/messages.ts';
import { fieldError, inputError, isUuid, validate, type InputError } from '../../lib/validation.ts';
import { pageRequest, toConnection, type PageArgs } from '../../lib/pagination.ts';
import { renderMarkdown } from '../listing/markdown.ts';
import { requireAdmin, requireUser } from '../access.ts';
import type { UserRow } from '../account/account.repository.ts';
import { verifyPassword } from '../account/password.ts';
import type { DataRequestStatus } from '../../generated/prisma/client.ts';
import { type DocumentVersion, type LegalDocumentKind, type LegalDocuments, type LegalText } from './legal-documents.ts';
import { DATA_REQUESTS_ORDER, MY_DATA_REQUESTS_ORDER, type DataRequestRow, type DeletionBlocker, type PrivacyRepository } from './privacy.repository.ts';
import { acceptLegalDocumentsSchema, answerRequestSchema, dataRequestStatusSchema, requestDeletionSchema } from './privacy.validation.ts';
import { addWorkingDays } from './working-days.ts';

export interface PrivacySettings {
  /** Working days within which a request is answered (PRIVACY_REQUEST_WORKING_DAYS). */
  workingDays: number;
}

export type AcceptResult = { __typename: 'LegalDocumentsAccepted'; pendingConsents: LegalText[] } | InputError;
export type DataRequestResult = DataRequestRow | InputError;
export interface DataExport {
  fileName: string;
  json: string;
  request: DataRequestRow;
}

const OPEN: DataRequestStatus[] = ['RECEIVED', 'IN_PROGRESS'];
// An admin may move an open request on; answered requests stay as they were answered.
const ANSWERS: Record<DataRequestStatus, DataRequestStatus[]> = {
  RECEIVED: ['IN_PROGRESS', 'COMPLETED', 'REFUSED'],
  IN_PROGRESS: ['COMPLETED', 'REFUSED'],
  COMPLETED: [],
  REFUSED: [],
};

export class PrivacyService {
  constructor(
    private readonly repo: PrivacyRepository,
    readonly documents: LegalDocuments,
    private readonly settings: PrivacySettings,
  ) {}

  // ───────────── legal documents and consent ─────────────

  /** A version of a document (the current one when `version` is omitted); null for an unknown version. */
  legalDocument(_ctx: RequestContext, document: LegalDocumentKind, version?: string | null): LegalText | null {
    return version ? this.documents.find(document, version) : this.documents.current(document);
  }

  legalDocumentVersions(_ctx: RequestContext, document: LegalDocumentKind): LegalText[] {
    return this.documents.history(document);
  }

  title(ctx: RequestContext, text: LegalText): string {
    return ctx.locale === 'en' ? text.titleEn : text.titleVi;
  }

  changes(ctx: RequestContext, text: LegalText): string | null {
    return ctx.locale === 'en' ? text.changesEn : text.changesVi;
  }

  /** The text as HTML, with the settings it quotes filled in. */
  html(ctx: RequestContext, text: LegalText): string {
    const source = ctx.locale === 'en' ? text.bodyEn : text.bodyVi;
    return renderMarkdown(source.replaceAll('{{workingDays}}', String(this.settings.workingDays)));
  }

  isCurrent(text: LegalText): boolean {
    return this.documents.current(text.document).version === text.version;
  }

  /** The consent rows a new account starts with: the current versions, accepted now (sign-up's transaction). */
  signUpConsents(acceptedAt = new Date()): (DocumentVersion & { acceptedAt: Date })[] {
    return this.documents.currentVersions().map((v) => ({ ...v, acceptedAt }));
  }

  /** Documents whose current version the person has not accepted; only the person may ask. */
  async pendingConsents(ctx: RequestContext, user: UserRow): Promise<LegalText[]> {
    this.requireSelf(ctx, user);
    return this.pendingOf(user.id);
  }

  async consents(ctx: RequestContext, user: UserRow) {
    this.requireSelf(ctx, user);
    return this.repo.consentsOf(user.id);
  }

  async acceptLegalDocuments(ctx: RequestContext, input: unknown): Promise<AcceptResult> {
    const user = requireUser(ctx);
    const v = validate(acceptLegalDocumentsSchema, input, ctx.locale);
    if (!v.ok) return v.error;
    // The person accepts what they read: a version published since they opened the page is refused, not assumed.
    const stale = v.data.documents.filter((d) => this.documents.current(d.document).version !== d.version);
    if (stale.length) return inputError(ctx.locale, [fieldError(ctx.locale, 'documents', 'LEGAL_VERSION_CHANGED')]);
    await this.repo.recordConsents(user.id, v.data.documents);
    return { __typename: 'LegalDocumentsAccepted', pendingConsents: await this.pendingOf(user.id) };
  }

  private async pendingOf(userId: string): Promise<LegalText[]> {
    const current = this.documents.currentVersions();
    const accepted = await this.repo.acceptedVersions(userId, current);
    return current
      .filter((c) => !accepted.some((a) => a.document === c.document && a.version === c.version))
      .map((c) => this.documents.current(c.document));
  }

  // ───────────── the person's requests ─────────────

  async dataRequestsOf(ctx: RequestContext, user: UserRow, args: PageArgs) {
    this.requireSelf(ctx, user);
    const page = pageRequest(ctx.locale, MY_DATA_REQUESTS_ORDER, args);
    const rows = page.first ? await this.repo.requestsOf(user.id, page) : [];
    return toConnection(MY_DATA_REQUESTS_ORDER, rows, page, (r) => [r.createdAt, r.id]);
  }

  /** What the platform holds about the caller, as a JSON file; recorded as an export request answered at once. */
  async exportMyData(ctx: RequestContext): Promise<DataExport> {
    const user = requireUser(ctx);
    const now = new Date();
    const request = await this.repo.recordExport(user.id, now, this.dueDate(now));
    const data = await this.repo.personalData(user.id);
    const document = {
      exportedAt: now,
      controller: message(ctx.locale, 'PRIVACY_CONTROLLER'),
      explanation: message(ctx.locale, 'PRIVACY_EXPORT_EXPLANATION'),
      ...data,
    };
    const json = JSON.stringify(document, (_key, value) => (typeof value === 'bigint' ? value.toString() : value), 2);
    const day = now.toISOString().slice(0, 10);
    return { fileName: `${ctx.locale === 'en' ? 'personal-data' : 'du-lieu-ca-nhan'}-${day}.json`, json, request };
  }

  /**
   * The caller asks to delete their account, confirming with their password. Acknowledged at once; carried out at
   * once when nothing blocks it (the session ends with it), otherwise kept open with what to do shown beside it.
   */
  async requestAccountDeletion(ctx: RequestContext, input: unknown): Promise<DataRequestResult> {
    const user = requireUser(ctx);
    const v = validate(requestDeletionSchema, input, ctx.locale);
    if (!v.ok) return v.error;
    if (!(await verifyPassword(user.passwordHash, v.data.password))) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'password', 'WRONG_PASSWORD')]);
    }
    const now = new Date();
    const { request } = await this.repo.fileDeletion(user.id, now, this.dueDate(now));
    if (request.status === 'COMPLETED') ctx.cookies.end();
    return request;
  }

  /** What must happen before an open deletion request can be carried out, in the reader's language; null if nothing. */
  async blockingMessage(ctx: RequestContext, request: DataRequestRow): Promise<string | null> {
    if (request.kind !== 'DELETION' || !OPEN.includes(request.status)) return null;
    const blockers = await this.repo.deletionBlockers(request.userId);
    return blockers.length ? this.describe(ctx, blockers) : null;
  }

  overdue(request: DataRequestRow, now = new Date()): boolean {
    return OPEN.includes(request.status) && request.dueAt < now;
  }

  // ───────────── the department (admins) ─────────────

  async dataRequests(ctx: RequestContext, status: unknown, args: PageArgs) {
    requireAdmin(ctx);
    const parsed = status == null ? null : dataRequestStatusSchema.parse(status);
    const page = pageRequest(ctx.locale, DATA_REQUESTS_ORDER, args);
    const rows = page.first ? await this.repo.listRequests(parsed, page) : [];
    return toConnection(DATA_REQUESTS_ORDER, rows, page, (r) => [r.completedAt, r.dueAt, r.createdAt, r.id]);
  }

  async answerDataRequest(ctx: RequestContext, input: unknown): Promise<DataRequestResult> {
    const admin = requireAdmin(ctx);
    const v = validate(answerRequestSchema, input, ctx.locale);
    if (!v.ok) return v.error;
    const request = isUuid(v.data.id) ? await this.repo.findRequest(v.data.id) : null;
    if (!request) throw new DomainError('NOT_FOUND');
    if (!ANSWERS[request.status].includes(v.data.status)) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'status', 'INVALID_TRANSITION')], 'INVALID_TRANSITION');
    }
    const outcome = await this.repo.answer(request, { status: v.data.status, note: v.data.note, handledById: admin.id, now: new Date() });
    if (outcome.blockers.length) {
      return inputError(ctx.locale, [{ field: 'status', code: 'DELETION_BLOCKED', message: this.describe(ctx, outcome.blockers) }], 'DELETION_BLOCKED');
    }
    // Another admin answered it in between.
    if (!outcome.request) return inputError(ctx.locale, [fieldError(ctx.locale, 'status', 'INVALID_TRANSITION')], 'INVALID_TRANSITION');
    return outcome.request;
  }

  // ───────────── helpers ─────────────

  private dueDate(receivedAt: Date): Date {
    return addWorkingDays(receivedAt, this.settings.workingDays);
  }

  private describe(ctx: RequestContext, blockers: DeletionBlocker[]): string {
    return blockers
      .map((b) => (b.kind === 'LAST_OWNER' ? message(ctx.locale, 'DELETION_LAST_OWNER', { name: b.organisationName }) : message(ctx.locale, 'DELETION_LAST_ADMIN')))
      .join(' ');
  }

  private requireSelf(ctx: RequestContext, user: UserRow): void {
    if (requireUser(ctx).id !== user.id) throw new DomainError('FORBIDDEN');
  }
}
