// Messages of the notification centre and the header bell (Vietnamese, the reference: notifications.en.ts must
// have the same keys). What each notification says comes from the API, already in the reader's language.
export const notificationsVi = {
  'notifications.bell': 'Thông báo',
  'notifications.bellUnread': 'Thông báo: {count} chưa đọc',

  'notifications.title': 'Thông báo',
  'notifications.intro': 'Kết quả kiểm duyệt, yêu cầu và tin nhắn, thanh toán và những việc cần bạn xử lý.',
  'notifications.unreadCount': '{count} thông báo chưa đọc',
  'notifications.allRead': 'Bạn đã đọc hết thông báo.',
  'notifications.filter.label': 'Lọc thông báo',
  'notifications.filter.all': 'Tất cả',
  'notifications.filter.unread': 'Chưa đọc',
  'notifications.empty': 'Chưa có thông báo nào.',
  'notifications.emptyUnread': 'Không có thông báo chưa đọc.',
  'notifications.unread': 'Chưa đọc',
  'notifications.open': 'Mở',
  'notifications.markRead': 'Đánh dấu đã đọc',
  'notifications.markAllRead': 'Đánh dấu tất cả là đã đọc',
  'notifications.markedAll': 'Đã đánh dấu tất cả thông báo là đã đọc.',
  'notifications.next': 'Thông báo cũ hơn →',
  'notifications.first': '← Mới nhất',
  'notifications.settingsLink': 'Chọn loại email muốn nhận',

  'notifications.settings.title': 'Email thông báo',
  'notifications.settings.intro':
    'Chọn những loại thông báo bạn muốn nhận thêm qua email. Thông báo trên sàn (biểu tượng chuông) luôn được gửi.',
  'notifications.settings.legend': 'Gửi email khi có',
  'notifications.settings.save': 'Lưu lựa chọn',
  'notifications.settings.saved': 'Đã lưu lựa chọn nhận email.',
  'notifications.settings.back': '← Về danh sách thông báo',
} as const satisfies Record<string, string>;
