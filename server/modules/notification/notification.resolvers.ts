import type { Resolvers } from '../../graphql/generated.ts';

export const notificationResolvers: Resolvers = {
  Query: {
    notifications: (_, args, ctx) => ctx.services.notification.page(ctx, args),
    notificationPreferences: (_, __, ctx) => ctx.services.notification.preferences(ctx),
  },
  Mutation: {
    markNotificationsRead: (_, { ids }, ctx) => ctx.services.notification.markRead(ctx, ids),
    markAllNotificationsRead: (_, __, ctx) => ctx.services.notification.markAllRead(ctx),
    markNotificationsReadForLink: (_, { link }, ctx) => ctx.services.notification.markReadForLink(ctx, link),
    setNotificationPreferences: (_, { emailOff }, ctx) => ctx.services.notification.setPreferences(ctx, emailOff),
  },
  NotificationConnection: {
    unreadCount: (_, __, ctx) => ctx.services.notification.unreadCount(ctx),
  },
  User: {
    unreadNotificationCount: (user, _, ctx) => (ctx.user?.id === user.id ? ctx.services.notification.unreadCount(ctx) : null),
  },
  Notification: {
    title: (row, _, ctx) => ctx.services.notification.render(ctx, row).title,
    body: (row, _, ctx) => ctx.services.notification.render(ctx, row).body,
  },
};
