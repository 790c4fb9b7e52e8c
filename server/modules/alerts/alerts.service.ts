// Saved searches: a signed-in person saves the search page's search with a name and a frequency, lists, renames,
// changes and deletes their own; anyone holding an e-mail's unsubscribe token stops what it stands for.
import type { RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import { pageRequest, toConnection, type PageArgs } from '../../lib/pagination.ts';
import { fieldError, inputError, isUuid } from '../../lib/validation.ts';
import { requireUser } from '../access.ts';
import { TYPE_LABELS } from '../notification/notification-templates.ts';
import { isNotificationType } from '../notification/notification-types.ts';
import { newUnsubscribeToken, UNSUBSCRIBE_TOKEN } from '../notification/unsubscribe.ts';
import { matchForm, searchPath, type SearchCriteria, type WordFrequency } from './alerts-criteria.ts';
import { SAVED_SEARCH_ORDER, type AlertsRepository, type SavedSearchRow } from './alerts.repository.ts';
import { MAX_SAVED_SEARCHES, validateSave, validateUpdate } from './alerts.validation.ts';
import type { UnsubscribeRepository } from './unsubscribe.repository.ts';

/** How many published documents hold each word (the search engine's counts), to anchor a saved search on its rarest. */
export type WordCounts = (words: string[]) => Promise<{ counts: WordFrequency; documents: number }>;

/** What an unsubscribe link stops, said in the reader's language. */
export interface UnsubscribeTarget {
  kind: 'SAVED_SEARCH' | 'NOTIFICATION_TYPE';
  label: string;
  /** Already stopped (the search deleted or switched off, the type already off by e-mail). */
  done: boolean;
}

export class AlertsService {
  constructor(
    private readonly repo: AlertsRepository,
    private readonly unsubscribes: UnsubscribeRepository,
    private readonly wordCounts: WordCounts,
  ) {}

  async page(ctx: RequestContext, args: PageArgs) {
    const user = requireUser(ctx);
    const page = pageRequest(ctx.locale, SAVED_SEARCH_ORDER, args);
    const [rows, totalCount] = await Promise.all([page.first ? this.repo.page(user.id, page) : [], this.repo.count(user.id)]);
    return { totalCount, ...toConnection(SAVED_SEARCH_ORDER, rows, page, (r) => [r.createdAt, r.id]) };
  }

  async save(ctx: RequestContext, input: unknown) {
    const user = requireUser(ctx);
    const v = validateSave(ctx.locale, input);
    if (!v.ok) return v.error;
    const form = await this.formOf(v.data.criteria);
    const created = await this.repo.create({ userId: user.id, name: v.data.name, criteria: v.data.criteria, form, frequency: v.data.frequency, unsubscribeToken: newUnsubscribeToken() }, MAX_SAVED_SEARCHES);
    if (!created) return inputError(ctx.locale, [fieldError(ctx.locale, 'name', 'TOO_MANY_SAVED_SEARCHES', { max: MAX_SAVED_SEARCHES })]);
    return { __typename: 'SavedSearch' as const, ...created };
  }

  async update(ctx: RequestContext, id: string, input: unknown) {
    await this.own(ctx, id);
    const v = validateUpdate(ctx.locale, input);
    if (!v.ok) return v.error;
    return { __typename: 'SavedSearch' as const, ...(await this.repo.update(id, v.data)) };
  }

  async delete(ctx: RequestContext, id: string) {
    await this.own(ctx, id);
    await this.repo.delete(id);
    return { __typename: 'SavedSearchDeleted' as const, id };
  }

  /** What the link would stop, for the page a GET of it shows; null for an unknown token. */
  async unsubscribeTarget(ctx: RequestContext, token: string): Promise<UnsubscribeTarget | null> {
    if (!UNSUBSCRIBE_TOKEN.test(token)) return null;
    const search = await this.repo.byUnsubscribeToken(token);
    if (search) return { kind: 'SAVED_SEARCH', label: search.name, done: false };
    const type = await this.unsubscribes.typeToken(token);
    if (!type || !isNotificationType(type.type)) return null;
    return { kind: 'NOTIFICATION_TYPE', label: TYPE_LABELS[type.type][ctx.locale], done: type.emailOptOut.includes(type.type) };
  }

  /**
   * Stops what the token stands for, signed out: a saved search is deleted (its alerts end; the person can save it
   * again), a notification type is turned off by e-mail. Using a link twice changes nothing more.
   */
  async unsubscribe(ctx: RequestContext, token: string) {
    const target = await this.unsubscribeTarget(ctx, token);
    if (!target) return inputError(ctx.locale, [fieldError(ctx.locale, 'token', 'UNSUBSCRIBE_LINK_INVALID')]);
    if (target.kind === 'SAVED_SEARCH') await this.unsubscribes.deleteSearchByToken(token);
    else await this.unsubscribes.turnTypeOff(token);
    return { __typename: 'Unsubscribed' as const, ...target, done: true };
  }

  path(row: SavedSearchRow): string {
    return searchPath(row.criteria as unknown as SearchCriteria);
  }

  private async formOf(criteria: SearchCriteria) {
    const words = criteria.query ? criteria.query.split(' ') : [];
    const { counts, documents } = await this.wordCounts(words);
    return matchForm(criteria, counts, documents);
  }

  /** Another person's saved search is as if it did not exist. */
  private async own(ctx: RequestContext, id: string): Promise<SavedSearchRow> {
    const user = requireUser(ctx);
    const row = isUuid(id) ? await this.repo.find(id) : null;
    if (!row || row.userId !== user.id) throw new DomainError('NOT_FOUND');
    return row;
  }
}
