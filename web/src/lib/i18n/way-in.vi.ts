// Messages of the way in (issue 11): the header's post links, the "how to post" pages (/post/offer,
// /post/need) and the "what next" page after sign-up (/welcome). Vietnamese is the reference: way-in.en.ts has
// the same keys.
export const wayInVi = {
  'organisationKind.HOUSEHOLD_BUSINESS': 'Hộ kinh doanh',
  'organisationKind.INDIVIDUAL': 'Cá nhân',

  'way.menu': 'Menu',
  'way.post.label': 'Đăng tin',
  'way.post.offer': 'Đăng tin',
  'way.post.need': 'Đăng nhu cầu',

  'way.offer.title': 'Đăng tin chào bán công nghệ, thiết bị',
  'way.offer.intro':
    'Tin chào bán được đăng nhân danh một tổ chức có hồ sơ trên sàn: viện, trường, doanh nghiệp, hợp tác xã hay hộ kinh doanh. Bạn chưa thuộc tổ chức nào, nên có hai cách:',
  'way.offer.individualNote':
    'Cá nhân không đăng tin chào bán được. Nếu bạn đang cần một công nghệ, bạn có thể đăng nhu cầu công nghệ với tư cách cá nhân.',
  'way.offer.toNeed': 'Đăng nhu cầu công nghệ',

  'way.need.title': 'Đăng nhu cầu công nghệ',
  'way.need.intro':
    'Nhu cầu công nghệ (đặt hàng công nghệ) cho viện, trường và doanh nghiệp biết bạn cần giải quyết vấn đề gì. Sở Khoa học và Công nghệ kiểm duyệt mọi nhu cầu trước khi công bố. Bạn chưa thuộc tổ chức nào, nên có ba cách:',

  'way.individual.title': 'Đăng với tư cách cá nhân',
  'way.individual.body':
    'Không cần tổ chức. Tên của bạn không hiện công khai: chỉ Sở thấy, còn các bên có giải pháp liên hệ với bạn qua sàn. Cá nhân chỉ đăng được nhu cầu công nghệ, không đăng tin chào bán.',
  'way.individual.titleLabel': 'Bạn cần công nghệ gì?',
  'way.individual.titleHint': 'Ví dụ: Cần công nghệ sấy chuối giữ màu tự nhiên. Bạn sẽ bổ sung chi tiết ở các bước sau.',
  'way.individual.submit': 'Bắt đầu soạn nhu cầu',
  'way.household.title': 'Đăng với tư cách hộ kinh doanh',
  'way.household.body':
    'Hộ kinh doanh đăng ký hồ sơ (tên hộ, địa chỉ, mã số thuế nếu có, lĩnh vực) như một tổ chức. Sở duyệt hồ sơ của hộ rồi công bố các tin của hộ, kể cả tin chào bán.',
  'way.household.link': 'Đăng ký hộ kinh doanh',

  'way.register.title': 'Đăng ký tổ chức của bạn',
  'way.register.body': 'Bạn lập hồ sơ tổ chức, trở thành chủ sở hữu hồ sơ và gửi Sở duyệt. Sở đối chiếu:',
  'way.register.check.identity': 'tên, loại hình, địa chỉ và thông tin liên hệ của tổ chức;',
  'way.register.check.legal':
    'giấy tờ pháp lý: mã số thuế, giấy chứng nhận đăng ký doanh nghiệp, quyết định thành lập hoặc giấy chứng nhận đăng ký hoạt động khoa học và công nghệ (Sở có thể đề nghị gửi bản sao);',
  'way.register.check.certificate': 'với doanh nghiệp khoa học và công nghệ: số Giấy chứng nhận doanh nghiệp KH&CN;',
  'way.register.check.profile': 'lĩnh vực hoạt động và phần giới thiệu.',
  'way.register.time':
    'Sở thường trả lời trong {days} ngày làm việc. Nếu cần bổ sung, Sở ghi rõ mục nào cần sửa; bạn soạn tin trong lúc chờ, tin được công bố khi hồ sơ đã duyệt.',
  'way.register.link': 'Đăng ký hồ sơ tổ chức',

  'way.join.title': 'Tham gia tổ chức đã có trên sàn',
  'way.join.body':
    'Nếu tổ chức của bạn đã có hồ sơ, hãy nhờ chủ sở hữu hồ sơ mời địa chỉ email {email} (trong Không gian làm việc, mục Thành viên). Bạn mở đường liên kết mời khi đang đăng nhập bằng địa chỉ này là tham gia được.',
  'way.join.directory': 'Tìm tổ chức trong danh bạ',

  'way.choose.offerTitle': 'Đăng tin chào bán nhân danh tổ chức nào?',
  'way.choose.needTitle': 'Đăng nhu cầu nhân danh ai?',
  'way.choose.intro': 'Bạn thuộc nhiều tổ chức. Chọn một để soạn tin; tin được đăng với tên tổ chức đó.',
  'way.choose.personal': 'Cá nhân tôi (tên không hiện công khai)',

  'welcome.title': 'Chào mừng {name}!',
  'welcome.intro': 'Tài khoản của bạn đã sẵn sàng. Bạn đến sàn để làm gì? Mỗi mục dưới đây dẫn đến đúng nơi.',
  'welcome.buy.title': 'Tìm công nghệ, thiết bị',
  'welcome.buy.body': 'Tìm trong các tin chào bán đã được Sở duyệt, hỏi thông tin người bán, hoặc đăng nhu cầu để bên có giải pháp tìm đến bạn.',
  'welcome.buy.search': 'Tìm công nghệ, thiết bị',
  'welcome.buy.need': 'Đăng nhu cầu công nghệ',
  'welcome.buy.directory': 'Xem danh bạ tổ chức KH&CN',
  'welcome.sell.title': 'Chào bán công nghệ, thiết bị',
  'welcome.sell.body': 'Tin chào bán được đăng nhân danh một tổ chức: đăng ký tổ chức của bạn (Sở duyệt hồ sơ) hoặc tham gia tổ chức đã có qua lời mời, rồi đăng tin.',
  'welcome.sell.register': 'Đăng ký tổ chức',
  'welcome.sell.join': 'Tham gia tổ chức qua lời mời',
  'welcome.sell.list': 'Đăng tin chào bán',
  'welcome.research.title': 'Viện, trường: giới thiệu kết quả nghiên cứu',
  'welcome.research.body':
    'Đăng ký hồ sơ viện, trường, rồi đăng các công nghệ sẵn sàng chuyển giao với mức độ sẵn sàng (TRL) và văn bằng sở hữu trí tuệ; Sở xác minh số văn bằng và minh chứng TRL.',
  'welcome.research.register': 'Đăng ký viện, trường',
  'welcome.research.list': 'Đăng công nghệ chào bán',

  'personal.profileNote':
    'Đây là hồ sơ người đăng nhu cầu cá nhân của bạn: không công khai, không có trong danh bạ và tìm kiếm. Các nhu cầu của bạn hiện không kèm tên; Sở duyệt từng nhu cầu trước khi công bố.',
  'personal.requestsOnly': 'Cá nhân chỉ đăng được nhu cầu công nghệ.',
  'personal.nameHidden': 'Tên của bạn không hiện công khai, chỉ Sở thấy; bên có giải pháp liên hệ với bạn qua sàn.',
  'personal.postedBy': 'Một cá nhân đăng',
} as const satisfies Record<string, string>;
