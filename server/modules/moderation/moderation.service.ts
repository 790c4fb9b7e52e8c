import type { RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import type { ClaimType } from '../../generated/prisma/enums.ts';
import { fieldError, inputError, isUuid, requireStorable } from '../../lib/validation.ts';
import { pageRequest, toConnection, type PageArgs } from '../../lib/pagination.ts';
import { requireStaff } from '../access.ts';
import type { ListingService } from '../listing/listing.service.ts';
import { QUEUE_ORDER, type EntityType, type ModerationRepository } from './moderation.repository.ts';

const ENTITY_TYPES: readonly EntityType[] = ['listing', 'organisation'];

export class ModerationService {
  constructor(
    private readonly repo: ModerationRepository,
    private readonly listings: ListingService,
  ) {}

  /** Everything waiting for the department, oldest submission first. */
  async queue(ctx: RequestContext, filter: { kind?: string | null; fieldCode?: string | null; entityType?: string | null }, args: PageArgs) {
    requireStaff(ctx);
    requireStorable(ctx.locale, { fieldCode: filter.fieldCode, entityType: filter.entityType });
    const page = pageRequest(ctx.locale, QUEUE_ORDER, args);
    const { totalCount, items } = await this.repo.queue(filter, page);
    return { totalCount, ...toConnection(QUEUE_ORDER, items, page, (item) => [item.submittedAt, item.key]) };
  }

  async verifyClaim(ctx: RequestContext, entityType: string, entityId: string, claim: ClaimType, note: string | null | undefined) {
    const moderator = requireStaff(ctx);
    if (!ENTITY_TYPES.includes(entityType as EntityType)) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'entityType', 'INVALID_VALUE')]);
    }
    const trimmed = note?.trim() || null;
    if (trimmed && trimmed.length > 1000) return inputError(ctx.locale, [fieldError(ctx.locale, 'note', 'TOO_LONG', { max: 1000 })]);
    if (!(await this.exists(ctx, entityType as EntityType, entityId))) throw new DomainError('NOT_FOUND');
    return this.repo.verifyClaim(entityType as EntityType, entityId, claim, trimmed, moderator.id);
  }

  async unverifyClaim(ctx: RequestContext, entityType: string, entityId: string, claim: ClaimType): Promise<boolean> {
    const moderator = requireStaff(ctx);
    if (!ENTITY_TYPES.includes(entityType as EntityType) || !isUuid(entityId)) return false;
    return this.repo.unverifyClaim(entityType as EntityType, entityId, claim, moderator.id);
  }

  private async exists(ctx: RequestContext, entityType: EntityType, id: string): Promise<boolean> {
    if (entityType === 'listing') return (await this.listings.byId(ctx, id)) !== null;
    return isUuid(id) && (await this.repo.organisationExists(id));
  }
}
