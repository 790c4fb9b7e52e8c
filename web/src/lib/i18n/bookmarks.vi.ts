// Messages of bookmarks (Vietnamese, the reference: bookmarks.en.ts must have the same keys): the "Quan tâm" toggle on
// listing and organisation pages, and the saved page (/account/saved). Refusals come from the API, in the reader's language.
export const bookmarksVi = {
  'bookmark.save': 'Quan tâm',
  'bookmark.saved': 'Đã quan tâm',
  'bookmark.remove': 'Bỏ quan tâm',
  'bookmark.signIn': 'Đăng nhập để quan tâm',
  'bookmark.hint.listing': 'Lưu tin vào danh sách quan tâm; bạn sẽ được báo khi tin đổi giá, có người đặt cọc hoặc không còn trên sàn.',
  'bookmark.hint.organisation': 'Lưu tổ chức vào danh sách quan tâm để dễ tìm lại.',
  'bookmark.followers': '{count} người quan tâm',
  'bookmark.list': 'Xem danh sách quan tâm',

  'saved.title': 'Tin và tổ chức quan tâm',
  'saved.intro': 'Những tin đăng và tổ chức bạn đã lưu. Khi một tin đăng ở đây đổi giá, có người đặt cọc hoặc không còn trên sàn, bạn sẽ nhận được thông báo.',
  'saved.filter.label': 'Lọc danh sách quan tâm',
  'saved.filter.all': 'Tất cả',
  'saved.filter.listings': 'Tin đăng',
  'saved.filter.organisations': 'Tổ chức',
  'saved.empty': 'Bạn chưa quan tâm tin đăng hay tổ chức nào. Bấm “Quan tâm” trên trang tin đăng hoặc trang tổ chức để lưu lại ở đây.',
  'saved.emptyFiltered': 'Không có mục nào thuộc loại này.',
  'saved.unavailable.LISTING': 'Tin đăng không còn trên sàn',
  'saved.unavailable.ORGANISATION': 'Tổ chức không còn hiển thị trên sàn',
  'saved.unavailableNote': 'Tin có thể đã hết hiệu lực, bị gỡ hoặc tạm ẩn; nếu được đăng lại, tin sẽ hiện lại ở đây.',
  'saved.savedOn': 'Lưu ngày {date}',
  'saved.removed': 'Đã bỏ khỏi danh sách quan tâm.',
  'saved.account.link': 'Tin và tổ chức quan tâm',
} as const;
