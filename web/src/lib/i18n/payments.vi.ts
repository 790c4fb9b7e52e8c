// Messages of payments (Vietnamese, the reference: payments.en.ts must have the same keys): the order page, the
// buyer's payments, the organisation's orders, the deposit box of equipment offers, the featured box of the
// workspace and the home page's featured listings. Refusals come from the API, already in the reader's language.
export const paymentsVi = {
  'payments.kind.FEATURED_PLACEMENT': 'Đưa tin lên mục nổi bật',
  'payments.kind.EQUIPMENT_DEPOSIT': 'Đặt cọc giữ thiết bị',

  'payments.status.PENDING_PAYMENT': 'Chờ thanh toán',
  'payments.status.PAID': 'Đã thanh toán',
  'payments.status.CONFIRMED': 'Bên bán đã xác nhận',
  'payments.status.COMPLETED': 'Đã hoàn tất',
  'payments.status.REFUND_PENDING': 'Đang hoàn tiền',
  'payments.status.REFUNDED': 'Đã hoàn tiền',
  'payments.status.CANCELLED': 'Đã hủy',

  'payments.paymentType.CHARGE': 'Thanh toán',
  'payments.paymentType.REFUND': 'Hoàn tiền',
  'payments.paymentStatus.PENDING': 'Đang xử lý',
  'payments.paymentStatus.SUCCEEDED': 'Thành công',
  'payments.paymentStatus.FAILED': 'Không thành công',

  'payments.notConfigured': 'Thanh toán trực tuyến chưa được cấu hình trên sàn này, nên chưa thể đặt cọc hay trả phí trực tuyến.',
  'payments.notConfiguredStaff':
    'Ghi chú chỉ cán bộ của Sở thấy: thanh toán trực tuyến chưa được cấu hình (khóa Stripe), nên khách xem tin không thấy ô đặt cọc này và liên hệ người bán qua ô bên dưới.',
  'payments.days': '{days} ngày',
  'payments.listingGone': 'Tin đăng không còn hiển thị',

  'payments.order.back': '← Thanh toán của tôi',
  'payments.order.backToOrders': '← Đơn thanh toán của tổ chức',
  'payments.order.listing': 'Tin đăng',
  'payments.order.seller': 'Bên bán',
  'payments.order.amount': 'Số tiền',
  'payments.order.length': 'Thời hạn',
  'payments.order.payer': 'Người thanh toán',
  'payments.order.created': 'Ngày tạo',
  'payments.order.paidAt': 'Ngày thanh toán',
  'payments.order.period': 'Thời gian',
  'payments.order.periodValue': '{start} – {end}',
  'payments.order.closedAt': 'Ngày kết thúc',
  'payments.order.declineNote': 'Lý do của bên bán',
  'payments.order.history': 'Lịch sử giao dịch',
  'payments.order.noPayments': 'Chưa có giao dịch nào.',
  'payments.order.when': 'Thời điểm',
  'payments.order.type': 'Loại',
  'payments.order.paymentStatus': 'Trạng thái',
  'payments.order.reload': 'Tải lại trang',
  'payments.order.continue': 'Tiếp tục thanh toán',
  'payments.order.thanks': 'Cảm ơn bạn, khoản thanh toán đã được ghi nhận.',
  'payments.order.refundTime': 'Tiền hoàn thường về tài khoản trong 5–10 ngày làm việc, tùy ngân hàng.',

  'payments.state.confirming':
    'Chúng tôi đang xác nhận khoản thanh toán của bạn với cổng thanh toán. Việc này thường chỉ mất vài giây; trang sẽ tự tải lại, hoặc bạn có thể tải lại ngay.',
  'payments.state.stillConfirming':
    'Cổng thanh toán chưa báo kết quả. Nếu bạn đã trả tiền, khoản thanh toán sẽ được ghi nhận ngay khi có báo; hãy tải lại trang sau ít phút.',
  'payments.state.left': 'Bạn đã rời trang thanh toán mà chưa trả tiền. Bạn có thể quay lại thanh toán khi phiên thanh toán còn hiệu lực.',
  'payments.state.pendingPayer': 'Đơn này đang chờ bạn thanh toán.',
  'payments.state.pendingOther': 'Đơn này đang chờ {payer} thanh toán.',
  'payments.state.depositHeldPayer':
    'Bạn đã đặt cọc. Thiết bị được giữ cho bạn đến {date}; bên bán sẽ xác nhận hoặc từ chối trước ngày đó, nếu không tiền cọc sẽ tự động được hoàn lại.',
  'payments.state.depositHeldSeller':
    '{payer} đã đặt cọc. Thiết bị được giữ cho người mua đến {date}: hãy xác nhận hoặc từ chối trước ngày đó, nếu không tiền cọc sẽ tự động được hoàn lại.',
  'payments.state.featuredRunning': 'Đã thanh toán. Tin đăng được giới thiệu ở mục Nổi bật trên trang chủ đến {date}.',
  'payments.state.confirmed': 'Bên bán đã xác nhận đặt cọc ngày {date}. Giao dịch đã được ghi nhận; hai bên liên hệ để hoàn tất hợp đồng.',
  'payments.state.completed': 'Thời gian giới thiệu nổi bật đã kết thúc ngày {date}.',
  'payments.state.declinedRefunding': 'Bên bán đã từ chối đặt cọc. Tiền cọc đang được hoàn lại.',
  'payments.state.lapsedRefunding':
    'Thời gian giữ thiết bị đã hết mà bên bán chưa quyết định, hoặc thiết bị không thể được giữ. Tiền cọc đang được hoàn lại.',
  'payments.state.refunding': 'Khoản thanh toán đang được hoàn lại.',
  'payments.state.declinedRefunded': 'Bên bán đã từ chối đặt cọc. Tiền cọc đã được hoàn lại ngày {date}.',
  'payments.state.refunded': 'Khoản thanh toán đã được hoàn lại ngày {date}.',
  'payments.state.cancelled': 'Đơn đã hủy vì phiên thanh toán hết hạn trước khi thanh toán. Bạn không bị trừ tiền.',

  'payments.decide.title': 'Quyết định của bên bán',
  'payments.decide.intro':
    'Xác nhận để bán thiết bị cho người mua này (giao dịch được ghi nhận), hoặc từ chối kèm lý do (tiền cọc được hoàn lại cho người mua).',
  'payments.decide.confirm': 'Xác nhận đặt cọc',
  'payments.decide.declineOpen': 'Từ chối…',
  'payments.decide.note': 'Lý do từ chối (gửi cho người mua)',
  'payments.decide.decline': 'Từ chối và hoàn tiền cọc',
  'payments.decide.confirmed': 'Đã xác nhận đặt cọc. Giao dịch đã được ghi nhận.',
  'payments.decide.declined': 'Đã từ chối đặt cọc. Tiền cọc đang được hoàn lại cho người mua.',

  'payments.list.details': 'Xem chi tiết',
  'payments.list.created': 'Tạo ngày {date}',
  'payments.list.heldUntil': 'Giữ đến {date}',
  'payments.list.featuredUntil': 'Nổi bật đến {date}',
  'payments.list.payer': 'Người trả: {name}',

  'payments.mine.title': 'Thanh toán của tôi',
  'payments.mine.intro': 'Các khoản đặt cọc thiết bị và phí giới thiệu tin nổi bật bạn đã thanh toán trên sàn.',
  'payments.mine.empty': 'Bạn chưa có khoản thanh toán nào.',
  'payments.account.title': 'Thanh toán',
  'payments.account.intro': 'Đặt cọc giữ thiết bị và phí giới thiệu tin nổi bật.',
  'payments.account.link': 'Xem thanh toán của tôi',

  'payments.orders.title': 'Đơn thanh toán và đặt cọc',
  'payments.orders.intro':
    'Đặt cọc của người mua cho thiết bị của tổ chức và các lần trả phí giới thiệu tin nổi bật. Đặt cọc đã thanh toán cần bạn xác nhận hoặc từ chối trong thời gian giữ.',
  'payments.orders.link': 'Đơn thanh toán và đặt cọc',
  'payments.orders.filter': 'Lọc theo trạng thái',
  'payments.orders.all': 'Tất cả',
  'payments.orders.waiting': 'Chờ quyết định',
  'payments.orders.empty': 'Tổ chức chưa có đơn thanh toán nào.',
  'payments.orders.emptyFiltered': 'Không có đơn nào ở trạng thái này.',

  'payments.deposit.title': 'Đặt cọc giữ thiết bị',
  'payments.deposit.button': 'Đặt cọc {amount} ({percent} giá bán) để giữ {days} ngày',
  'payments.deposit.how':
    'Thanh toán qua cổng Stripe. Bên bán xác nhận thì giao dịch được ghi nhận; bên bán từ chối hoặc không quyết định trong {days} ngày thì tiền cọc được hoàn lại.',
  'payments.deposit.offer': 'Đặt cọc {amount} ({percent} giá bán) để giữ thiết bị trong {days} ngày.',
  'payments.deposit.signIn': 'Đăng nhập để đặt cọc',
  'payments.deposit.reserved': 'Thiết bị đang được giữ cho một người mua đến {date}.',
  'payments.deposit.reservedForYou': 'Thiết bị đang được giữ cho bạn đến {date}.',
  'payments.deposit.viewOrder': 'Xem khoản đặt cọc của bạn',

  'payments.feature.title': 'Tin nổi bật',
  'payments.feature.intro': 'Tin nổi bật được giới thiệu ở mục Nổi bật trên trang chủ.',
  'payments.feature.button': 'Đưa tin lên mục nổi bật {days} ngày — {amount}',
  'payments.feature.extend': 'Gia hạn nổi bật thêm {days} ngày — {amount}',
  'payments.feature.until': 'Tin đang nổi bật đến {date}.',

  'payments.featured.title': 'Tin nổi bật',
} as const satisfies Record<string, string>;
