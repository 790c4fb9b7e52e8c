import type { RequestContext } from '../../lib/request-context.ts';
import { pageRequest, toConnection, type Connection, type PageArgs } from '../../lib/pagination.ts';
import { requireUser } from '../access.ts';
import { renderNotification, TYPE_LABELS } from './notification-templates.ts';
import { ADMIN_NOTIFICATION_TYPES, NOTIFICATION_TYPES } from './notification-types.ts';
import { NOTIFICATION_ORDER, type NotificationRepository, type NotificationRow } from './notification.repository.ts';
import { validateEmailOff, validateIds, validateLink } from './notification.validation.ts';

/** A page of the caller's notifications; the unread count is read only when asked for (the header badge). */
export type NotificationPageModel = Connection<NotificationRow> & { userId: string };

export interface NotificationPreference {
  type: string;
  label: string;
  email: boolean;
}

export class NotificationService {
  constructor(private readonly repo: NotificationRepository) {}

  async page(ctx: RequestContext, args: PageArgs & { unreadOnly?: boolean | null }): Promise<NotificationPageModel> {
    const user = requireUser(ctx);
    const page = pageRequest(ctx.locale, NOTIFICATION_ORDER, args);
    const rows = page.first ? await this.repo.page(user.id, page, args.unreadOnly ?? false) : [];
    return { userId: user.id, ...toConnection(NOTIFICATION_ORDER, rows, page, (r) => [r.createdAt, r.id]) };
  }

  unreadCount(ctx: RequestContext): Promise<number> {
    return this.repo.unreadCount(requireUser(ctx).id);
  }

  /** Title and body in the reader's language now, whatever it was when the notification was written. */
  render(ctx: RequestContext, row: NotificationRow) {
    return renderNotification(ctx.locale, row.type, row.data);
  }

  async markRead(ctx: RequestContext, ids: unknown) {
    const user = requireUser(ctx);
    const v = validateIds(ctx.locale, ids);
    if (!v.ok) return v.error;
    const marked = v.data.length ? await this.repo.markRead(user.id, v.data) : 0;
    return { __typename: 'NotificationsMarked' as const, marked, unreadCount: await this.repo.unreadCount(user.id) };
  }

  /** The person opened the page these notifications lead to: they have seen what the notifications were about. */
  async markReadForLink(ctx: RequestContext, link: unknown) {
    const user = requireUser(ctx);
    const v = validateLink(ctx.locale, link);
    if (!v.ok) return v.error;
    const marked = await this.repo.markReadForLink(user.id, v.data);
    return { __typename: 'NotificationsMarked' as const, marked, unreadCount: await this.repo.unreadCount(user.id) };
  }

  async markAllRead(ctx: RequestContext) {
    const user = requireUser(ctx);
    const marked = await this.repo.markAllRead(user.id);
    return { __typename: 'NotificationsMarked' as const, marked, unreadCount: await this.repo.unreadCount(user.id) };
  }

  async preferences(ctx: RequestContext): Promise<NotificationPreference[]> {
    const user = requireUser(ctx);
    return this.describe(ctx, await this.repo.emailOptOut(user.id));
  }

  async setPreferences(ctx: RequestContext, emailOff: unknown) {
    const user = requireUser(ctx);
    const v = validateEmailOff(ctx.locale, emailOff);
    if (!v.ok) return v.error;
    const saved = await this.repo.setEmailOptOut(user.id, v.data);
    return { __typename: 'NotificationPreferences' as const, preferences: this.describe(ctx, saved) };
  }

  private describe(ctx: RequestContext, emailOff: readonly string[]): NotificationPreference[] {
    const types = ctx.user?.role === 'ADMIN' ? NOTIFICATION_TYPES : NOTIFICATION_TYPES.filter((t) => !ADMIN_NOTIFICATION_TYPES.includes(t));
    return types.map((type) => ({ type, label: TYPE_LABELS[type][ctx.locale], email: !emailOff.includes(type) }));
  }
}
