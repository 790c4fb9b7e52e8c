import type { RequestContext } from '../../lib/request-context.ts';
import { badUserInput, isUuid } from '../../lib/validation.ts';
import { requireUser } from '../access.ts';
import { renderNotification, TYPE_LABELS } from './notification-templates.ts';
import { ADMIN_NOTIFICATION_TYPES, NOTIFICATION_TYPES } from './notification-types.ts';
import type { Cursor, NotificationRepository, NotificationRow } from './notification.repository.ts';
import { validateEmailOff, validateIds, validateLink } from './notification.validation.ts';

const MAX_PAGE = 100;

/** A page of the caller's notifications; the unread count is read only when asked for (the header badge). */
export interface NotificationPageModel {
  userId: string;
  nodes: NotificationRow[];
  cursor: string | null;
}

export interface NotificationPreference {
  type: string;
  label: string;
  email: boolean;
}

function encodeCursor(row: NotificationRow): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): Cursor | null {
  const m = /^(\d{4}-\d\d-\d\dT[\d:.]+Z)\|([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString());
  const createdAt = m ? new Date(m[1]!) : null;
  return m && createdAt && !Number.isNaN(createdAt.getTime()) && isUuid(m[2]) ? { createdAt, id: m[2]! } : null;
}

export class NotificationService {
  constructor(private readonly repo: NotificationRepository) {}

  async page(ctx: RequestContext, args: { first?: number | null; after?: string | null; unreadOnly?: boolean | null }): Promise<NotificationPageModel> {
    const user = requireUser(ctx);
    const first = Math.min(Math.max(args.first ?? 20, 0), MAX_PAGE);
    const after = args.after ? decodeCursor(args.after) : null;
    if (args.after && !after) throw badUserInput(ctx.locale, 'after');
    // One row more than asked tells whether there is a next page.
    const rows = first ? await this.repo.page(user.id, first + 1, after, args.unreadOnly ?? false) : [];
    const nodes = rows.slice(0, first);
    return { userId: user.id, nodes, cursor: rows.length > first && nodes.length ? encodeCursor(nodes[nodes.length - 1]!) : null };
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
