// Vietnamese is the reference dictionary: its keys define MessageKey and every other language must match them.
// `{name}` marks a parameter filled in by t().
import { workspaceVi } from './workspace.vi';
import { moderationVi } from './moderation.vi';
import { searchVi } from './search.vi';
import { notificationsVi } from './notifications.vi';
import { paymentsVi } from './payments.vi';
import { inquiryVi } from './inquiry.vi';
import { accountSettingsVi } from './account-settings.vi';
import { wayInVi } from './way-in.vi';
import { accountLinksVi } from './account-links.vi';
import { privacyVi } from './privacy.vi';
import { peopleVi } from './people.vi';
import { systemVi } from './system.vi';
import { systemBackupsVi } from './system-backups.vi';
import { systemJobsVi } from './system-jobs.vi';
import { openDataVi } from './open-data.vi';
import { reportVi } from './report.vi';
import { reportFiguresVi } from './report-figures.vi';
import { introductionsVi } from './introductions.vi';
import { bookmarksVi } from './bookmarks.vi';
import { alertsVi } from './alerts.vi';
import { matchingVi } from './matching.vi';
import { eventsVi } from './events.vi';

const core = {
  'site.name': 'Sàn giao dịch công nghệ và thiết bị',
  'site.department': 'Sở Khoa học và Công nghệ tỉnh Tây Ninh',
  'site.skipToContent': 'Bỏ qua, đến nội dung chính',
  'site.footer.about':
    'Sàn giao dịch công nghệ và thiết bị trực tuyến kết nối viện, trường, doanh nghiệp và hợp tác xã có công nghệ, thiết bị với những đơn vị đang cần. Mọi tin đăng đều được Sở kiểm duyệt trước khi công bố.',
  'site.footer.heritage': 'Kế thừa Sàn giao dịch công nghệ và thiết bị trực tuyến tỉnh Long An (ra mắt năm 2023).',
  'site.footer.operator': 'Vận hành: Sở Khoa học và Công nghệ tỉnh Tây Ninh',

  'nav.label': 'Điều hướng chính',
  'nav.home': 'Trang chủ',
  'nav.account': 'Tài khoản',
  'nav.signIn': 'Đăng nhập',
  'nav.signUp': 'Đăng ký',
  'nav.signOut': 'Đăng xuất',
  'nav.signedInAs': 'Đang đăng nhập: {name}',

  'lang.label': 'Ngôn ngữ',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'home.title': 'Sàn giao dịch công nghệ và thiết bị trực tuyến',
  'home.description':
    'Tìm và chào bán công nghệ, thiết bị, đặt hàng giải pháp khoa học – công nghệ với các tổ chức đã được Sở Khoa học và Công nghệ kiểm duyệt.',
  'home.hero.title': 'Kết nối cung – cầu công nghệ của tỉnh',
  'home.hero.body':
    'Viện, trường, doanh nghiệp và hợp tác xã chào bán công nghệ, thiết bị hoặc đặt hàng giải pháp tại đây; Sở Khoa học và Công nghệ kiểm duyệt từng tin trước khi công bố.',
  'home.hero.join': 'Tạo tài khoản miễn phí',
  'home.latest': 'Tin mới đăng',
  'home.filter.label': 'Lọc theo loại tin',
  'home.filter.all': 'Tất cả',
  'home.empty': 'Chưa có tin nào thuộc loại này.',

  'listingKind.TECHNOLOGY_OFFER': 'Chào bán công nghệ',
  'listingKind.EQUIPMENT_OFFER': 'Chào bán thiết bị',
  'listingKind.TECHNOLOGY_REQUEST': 'Nhu cầu công nghệ',

  'status.DRAFT': 'Bản nháp',
  'status.PENDING_REVIEW': 'Chờ kiểm duyệt',
  'status.CHANGES_REQUESTED': 'Cần chỉnh sửa',
  'status.PUBLISHED': 'Đã công bố',
  'status.REJECTED': 'Bị từ chối',
  'status.UNPUBLISHED': 'Đã gỡ',
  'status.ARCHIVED': 'Đã lưu trữ',
  'status.EXPIRED': 'Hết hiệu lực',

  'technologyLevel.ADVANCED': 'Tiên tiến',
  'technologyLevel.MEDIUM_ADVANCED': 'Trung bình tiên tiến',
  'technologyLevel.OUTDATED': 'Lạc hậu',

  'organisationKind.ST_ORGANISATION': 'Tổ chức khoa học và công nghệ',
  'organisationKind.ST_ENTERPRISE': 'Doanh nghiệp khoa học và công nghệ',
  'organisationKind.ENTERPRISE': 'Doanh nghiệp',
  'organisationKind.UNIVERSITY_INSTITUTE': 'Trường đại học, viện nghiên cứu',
  'organisationKind.COOPERATIVE': 'Hợp tác xã',
  'organisationKind.DEPARTMENT_UNIT': 'Đơn vị thuộc Sở',

  'role.BUYER': 'Thành viên',
  'role.MODERATOR': 'Kiểm duyệt viên',
  'role.ADMIN': 'Quản trị viên',
  'membershipRole.OWNER': 'Chủ sở hữu',
  'membershipRole.EDITOR': 'Biên tập viên',

  'price.NEGOTIABLE': 'Thỏa thuận',
  'size.B': '{n} byte',
  'size.KB': '{n} KB',
  'size.MB': '{n} MB',
  'size.GB': '{n} GB',
  'price.range': '{min} – {max}',
  'price.from': 'Từ {min}',
  'price.upTo': 'Đến {max}',

  'listing.anonymousOrganisation': 'Tổ chức ẩn danh',
  'listing.trlBadge': 'TRL {trl}',
  'listing.trlTitle': 'Mức độ sẵn sàng công nghệ {trl}/9',
  'listing.publishedOn': 'Đăng ngày {date}',
  'listing.kind': 'Loại tin',
  'listing.status': 'Trạng thái',
  'listing.organisation': 'Tổ chức',
  'listing.field': 'Lĩnh vực',
  'listing.trl': 'Mức độ sẵn sàng (TRL)',
  'listing.appraisalLevel': 'Trình độ công nghệ (thẩm định)',
  'listing.price': 'Giá',
  'listing.keywords': 'Từ khóa',
  'listing.location': 'Địa điểm',
  'listing.validUntil': 'Hiệu lực đến',
  'listing.validUntilNone': 'Không thời hạn',
  'listing.publishedAt': 'Ngày đăng',
  'listing.details': 'Thông tin chi tiết',
  'listing.back': '← Về danh sách tin',

  'organisation.verified': 'Đã xác minh',
  'organisation.verifiedTitle': 'Sở Khoa học và Công nghệ đã xác minh thông tin của tổ chức này',
  'organisation.about': 'Giới thiệu',
  'organisation.noDescription': 'Tổ chức chưa có phần giới thiệu.',
  'organisation.kind': 'Loại hình',
  'organisation.location': 'Địa chỉ',
  'organisation.website': 'Trang web',
  'organisation.certificate': 'Giấy chứng nhận doanh nghiệp KH&CN',
  'organisation.fields': 'Lĩnh vực hoạt động',
  'organisation.listings': 'Tin đăng của tổ chức',
  'organisation.noListings': 'Tổ chức chưa có tin đăng nào được công bố.',

  'form.email': 'Email',
  'form.password': 'Mật khẩu',
  'form.displayName': 'Họ tên hoặc tên hiển thị',
  'form.locale': 'Ngôn ngữ ưa thích',
  'form.passwordHint': 'Ít nhất 10 ký tự. Một cụm vài từ dễ nhớ là lựa chọn tốt.',
  'form.errorSummary': 'Chưa gửi được. Vui lòng xem lại các trường được đánh dấu.',
  'form.submitting': 'Đang gửi…',

  'signIn.title': 'Đăng nhập',
  'signIn.intro': 'Đăng nhập để gửi yêu cầu, đăng nhu cầu công nghệ và quản lý tin đăng của tổ chức.',
  'signIn.submit': 'Đăng nhập',
  'signIn.noAccount': 'Chưa có tài khoản?',
  'signIn.failed': 'Email hoặc mật khẩu không đúng.',

  'signUp.title': 'Tạo tài khoản',
  'signUp.intro': 'Tài khoản miễn phí giúp bạn liên hệ bên bán, gửi nhu cầu công nghệ và theo dõi giao dịch.',
  'signUp.submit': 'Tạo tài khoản',
  'signUp.haveAccount': 'Đã có tài khoản?',

  'account.title': 'Tài khoản của tôi',
  'account.profile': 'Thông tin cá nhân',
  'account.email': 'Email',
  'account.displayName': 'Tên hiển thị',
  'account.role': 'Vai trò',
  'account.language': 'Ngôn ngữ ưa thích',
  'account.memberSince': 'Thành viên từ',
  'account.memberships': 'Tổ chức của tôi',
  'account.noMemberships': 'Bạn chưa thuộc tổ chức nào. Thành viên của tổ chức mới có thể đăng tin chào bán.',
  'account.membershipRole': 'Vai trò trong tổ chức',

  'validation.REQUIRED': 'Vui lòng nhập thông tin này.',
  'validation.TOO_SHORT': 'Nội dung quá ngắn.',
  'validation.TOO_LONG': 'Nội dung quá dài.',
  'validation.INVALID_EMAIL': 'Địa chỉ email không hợp lệ.',
  'validation.TAKEN': 'Giá trị này đã được sử dụng.',
  'validation.INVALID_CREDENTIALS': 'Email hoặc mật khẩu không đúng.',
  'validation.WEAK_PASSWORD': 'Mật khẩu quá dễ đoán, vui lòng chọn mật khẩu khác.',
  'validation.INVALID_VALUE': 'Giá trị không hợp lệ.',
  'validation.password.TOO_SHORT': 'Mật khẩu phải có ít nhất 10 ký tự.',
  'validation.email.TAKEN': 'Email này đã được đăng ký. Bạn có thể đăng nhập.',
  'validation.displayName.TOO_SHORT': 'Tên hiển thị quá ngắn.',

  'error.title': 'Đã có lỗi xảy ra',
  'error.body': 'Hệ thống gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại sau ít phút.',
  'error.notFound.title': 'Không tìm thấy trang',
  'error.notFound.body': 'Trang bạn tìm không tồn tại, đã được gỡ hoặc chưa được công bố.',
  'error.status': 'Mã lỗi {status}',
  'error.home': 'Về trang chủ',
  'error.reference': 'Mã yêu cầu: {id}. Nếu lỗi lặp lại, hãy báo mã này cho Sở.',
  'error.tooLarge.title': 'Nội dung gửi lên quá lớn',
  'error.tooLarge.body': 'Biểu mẫu vượt quá dung lượng cho phép. Hãy rút gọn nội dung hoặc gửi tệp nhỏ hơn.',
  'error.badRequest.title': 'Yêu cầu không hợp lệ',
  'error.badRequest.body': 'Nội dung biểu mẫu bị hỏng hoặc không đúng định dạng. Hãy tải lại trang rồi gửi lại.',
  'pager.pages': 'Các trang',
  'pager.first': '← Trang đầu',
  'pager.next': 'Trang sau →',
} as const satisfies Record<string, string>;

// Each area keeps its own part of the dictionary (workspace.vi.ts, moderation.vi.ts) so they grow independently.
export const vi = {
  ...core,
  ...workspaceVi,
  ...moderationVi,
  ...searchVi,
  ...notificationsVi,
  ...paymentsVi,
  ...inquiryVi,
  ...accountSettingsVi,
  ...wayInVi,
  ...accountLinksVi,
  ...privacyVi,
  ...peopleVi,
  ...systemVi,
  ...systemBackupsVi,
  ...systemJobsVi,
  ...openDataVi,
  ...reportVi,
  ...reportFiguresVi,
  ...introductionsVi,
  ...bookmarksVi,
  ...alertsVi,
  ...matchingVi,
  ...eventsVi,
} as const;

export type MessageKey = keyof typeof vi;
export type Messages = Record<MessageKey, string>;
