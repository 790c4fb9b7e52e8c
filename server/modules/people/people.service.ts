// The department manages its people: finds accounts, grants and withdraws the staff roles, suspends and reinstates
// accounts, and hands an organisation to a new owner. Admins only; every change carries a reason into the audit log.
import type { RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import type { UserRole, UserStatus } from '../../generated/prisma/enums.ts';
import { badUserInput, fieldError, inputError, isUuid, requireId, requireStorable, validate, type InputError } from '../../lib/validation.ts';
import { requireAdmin } from '../access.ts';
import type { OrganisationRow } from '../organisation/organisation.repository.ts';
import type { OrganisationService } from '../organisation/organisation.service.ts';
import { asAuditEntry } from '../moderation/audit-entry.ts';
import { containsPattern, nameRegex } from './name-fold.ts';
import { emptyConnection, pageRequest, toConnection, type PageArgs } from '../../lib/pagination.ts';
import { HISTORY_ORDER, PEOPLE_ORDER, type Changed, type HistoryRow, type PeopleRepository, type PersonRow } from './people.repository.ts';
import { ownershipTransferSchema, QUERY_MAX, roleChangeSchema, statusChangeSchema } from './people.validation.ts';


type Result = PersonRow | InputError;


/** What each kind of change says when the account already is as asked. */
const UNCHANGED = { role: 'ROLE_UNCHANGED', suspend: 'ALREADY_SUSPENDED', reinstate: 'NOT_SUSPENDED' } as const;

export class PeopleService {
  constructor(
    private readonly repo: PeopleRepository,
    private readonly organisations: Pick<OrganisationService, 'byIds'>,
  ) {}

  async search(
    ctx: RequestContext,
    filter: { query?: string | null; role?: UserRole | null; status?: UserStatus | null },
    args: PageArgs,
  ) {
    requireAdmin(ctx);
    const query = (filter.query ?? '').trim();
    if (query.length > QUERY_MAX) throw badUserInput(ctx.locale, 'query', 'TOO_LONG', { max: QUERY_MAX });
    requireStorable(ctx.locale, { query });
    const page = pageRequest(ctx.locale, PEOPLE_ORDER, args);
    const { totalCount, rows } = await this.repo.search(
      { text: query ? { nameRegex: nameRegex(query), emailPattern: containsPattern(query) } : null, role: filter.role ?? null, status: filter.status ?? null },
      page,
    );
    return { totalCount, ...toConnection(PEOPLE_ORDER, rows, page, (p) => [p.createdAt, p.id]) };
  }

  async byId(ctx: RequestContext, id: string): Promise<PersonRow | null> {
    requireAdmin(ctx);
    return isUuid(id) ? this.repo.byId(id) : null;
  }

  async history(ctx: RequestContext, id: string, args: PageArgs) {
    requireAdmin(ctx);
    const page = pageRequest(ctx.locale, HISTORY_ORDER, args);
    if (!isUuid(id)) return emptyConnection<ReturnType<typeof asAuditEntry<HistoryRow>>>();
    const rows = (await this.repo.history(id, page)).map(asAuditEntry);
    return toConnection(HISTORY_ORDER, rows, page, (e) => [e.createdAt, e.id]);
  }

  async activeSessions(ctx: RequestContext, people: readonly PersonRow[]): Promise<number[]> {
    requireAdmin(ctx);
    const counts = await this.repo.activeSessionCounts(people.map((p) => p.id), new Date());
    return people.map((p) => counts.get(p.id) ?? 0);
  }

  async setRole(ctx: RequestContext, input: unknown): Promise<Result> {
    const admin = requireAdmin(ctx);
    const v = validate(roleChangeSchema, input, ctx.locale);
    if (!v.ok) return v.error;
    return this.answer(ctx, 'role', await this.repo.changeRole(admin.id, v.data.userId, v.data.role, v.data.reason));
  }

  async suspend(ctx: RequestContext, input: unknown): Promise<Result> {
    const admin = requireAdmin(ctx);
    const v = validate(statusChangeSchema, input, ctx.locale);
    if (!v.ok) return v.error;
    // Locking oneself out helps nobody; another admin can do it if it must be done.
    if (v.data.userId === admin.id) return inputError(ctx.locale, [], 'SELF_SUSPEND');
    return this.answer(ctx, 'suspend', await this.repo.suspend(admin.id, v.data.userId, v.data.reason));
  }

  async reinstate(ctx: RequestContext, input: unknown): Promise<Result> {
    const admin = requireAdmin(ctx);
    const v = validate(statusChangeSchema, input, ctx.locale);
    if (!v.ok) return v.error;
    return this.answer(ctx, 'reinstate', await this.repo.reinstate(admin.id, v.data.userId, v.data.reason));
  }

  async transferOwnership(ctx: RequestContext, input: unknown): Promise<OrganisationRow | InputError> {
    const admin = requireAdmin(ctx);
    const v = validate(ownershipTransferSchema, input, ctx.locale);
    if (!v.ok) return v.error;
    const outcome = await this.repo.transferOwnership(admin.id, v.data);
    if (!outcome.ok) {
      if (outcome.refusal === 'organisation-not-found') throw new DomainError('NOT_FOUND');
      const code = outcome.refusal === 'no-account' ? 'NO_ACCOUNT' : 'ACCOUNT_NOT_ACTIVE';
      return inputError(ctx.locale, [fieldError(ctx.locale, 'newOwnerEmail', code)]);
    }
    const [org] = await this.organisations.byIds([requireId(v.data.organisationId)]);
    return org!;
  }

  private answer(ctx: RequestContext, change: keyof typeof UNCHANGED, outcome: Changed): Result {
    if (outcome.ok) return outcome.person;
    switch (outcome.refusal) {
      case 'not-found':
        throw new DomainError('NOT_FOUND');
      // The session says admin, but another admin withdrew the role (or suspended the account) a moment ago.
      case 'actor-not-admin':
        throw new DomainError('FORBIDDEN');
      case 'last-admin':
        return inputError(ctx.locale, [], 'LAST_ADMIN');
      case 'deleted':
        return inputError(ctx.locale, [], 'ACCOUNT_DELETED');
      case 'unchanged':
        return change === 'role'
          ? inputError(ctx.locale, [fieldError(ctx.locale, 'role', UNCHANGED.role)])
          : inputError(ctx.locale, [], UNCHANGED[change]);
    }
  }
}
