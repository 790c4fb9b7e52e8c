import type { notificationsVi } from './notifications.vi';

export const notificationsEn: Record<keyof typeof notificationsVi, string> = {
  'notifications.bell': 'Notifications',
  'notifications.bellUnread': 'Notifications: {count} unread',

  'notifications.title': 'Notifications',
  'notifications.intro': 'Moderation decisions, inquiries and messages, payments and what else needs your attention.',
  'notifications.unreadCount': '{count} unread',
  'notifications.allRead': 'You have read all your notifications.',
  'notifications.filter.label': 'Filter notifications',
  'notifications.filter.all': 'All',
  'notifications.filter.unread': 'Unread',
  'notifications.empty': 'No notifications yet.',
  'notifications.emptyUnread': 'No unread notifications.',
  'notifications.unread': 'Unread',
  'notifications.open': 'Open',
  'notifications.markRead': 'Mark as read',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.markedAll': 'All notifications are marked as read.',
  'notifications.next': 'Older notifications →',
  'notifications.first': '← Newest',
  'notifications.settingsLink': 'Choose which e-mails you receive',

  'notifications.settings.title': 'E-mail notifications',
  'notifications.settings.intro':
    'Choose which notifications you also want by e-mail. Notifications on the exchange (the bell) always come.',
  'notifications.settings.legend': 'Send me an e-mail about',
  'notifications.settings.save': 'Save my choice',
  'notifications.settings.saved': 'Your e-mail choice is saved.',
  'notifications.settings.back': '← Back to notifications',
};
