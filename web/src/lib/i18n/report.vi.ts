// The department's report (/moderation/report), its exports and the public statistics page (/statistics). Every
// table of the report has a name and a method note here (`report.table.<id>.name|method`): what is counted, in which
// window, what a share divides by and the rule behind it.
export const reportVi = {
  'report.link': 'Báo cáo của Sở',
  'report.title': 'Báo cáo hoạt động sàn giao dịch',
  'report.intro':
    'Số liệu của sàn cho một năm hoặc một khoảng thời gian, so với kỳ liền trước có cùng độ dài, theo thứ tự các mục trong báo cáo năm của Sở. Bảng là số liệu gốc; biểu đồ minh hoạ bảng bên cạnh.',
  'report.period': 'Kỳ báo cáo',
  'report.period.year': 'Theo năm',
  'report.period.range': 'Theo khoảng ngày',
  'report.year': 'Năm',
  'report.from': 'Từ ngày',
  'report.to': 'Đến hết ngày',
  'report.apply': 'Xem báo cáo',
  'report.badRange': 'Ngày bắt đầu phải trước ngày kết thúc; đang hiển thị cả năm {year}.',
  'report.showing': 'Kỳ báo cáo: {from} – {to}; so với kỳ trước: {previousFrom} – {previousTo}.',
  'report.generatedAt': 'Số liệu lấy lúc {time}.',
  'report.downloads': 'Tải về',
  'report.workbook': 'Toàn bộ báo cáo (Excel)',
  'report.print': 'Bản in A4 / PDF',
  'report.printHint': 'Dùng lệnh In của trình duyệt (chọn “Lưu thành PDF”); mỗi mục bắt đầu một trang mới.',
  'report.csv': 'CSV',
  'report.csvOf': 'Tải bảng “{table}” dạng CSV',
  'report.statsLink': 'Số lượt trao đổi và lý do từ chối',
  'report.contents': 'Mục lục',
  'report.previous': 'Kỳ trước',
  'report.previousOf': '{column} (kỳ trước)',
  'report.total': 'Tổng',
  'report.rowHeading': 'Mục',
  'report.window': 'Kỳ: {from} – {to}',
  'report.denominator': 'Mẫu số: {value}',
  'report.noDenominator': 'Không có tỷ lệ',
  'report.method': 'Cách tính',
  'report.source.PLATFORM': 'Nguồn: số liệu của sàn',
  'report.source.DEPARTMENT': 'Nguồn: Sở nhập cho kỳ báo cáo',
  'report.sourceNote': 'Sở ghi nguồn: {note}',
  'report.sourceNote.none': 'Sở chưa ghi nguồn.',
  'report.figuresLink': 'Nhập hoặc sửa số liệu của Sở',
  'report.noRows': 'Không có số liệu trong kỳ.',
  'report.chart.title': 'Biểu đồ: {table}',
  'report.chart.desc': '{column} theo từng mục; số liệu đầy đủ ở bảng bên cạnh.',
  'report.suppressed': '< 3',
  'report.suppressedNote': '“< 3”: ô có ít hơn 3 trường hợp không được công bố để không thể nhận ra ai đứng sau số liệu.',
  'report.unit.hours': '{value} giờ',
  'report.unit.percent': '{value} %',
  'report.notes.sheet': 'Ghi chú phương pháp',
  'report.notes.table': 'Bảng',
  'report.notes.section': 'Mục',
  'report.notes.window': 'Kỳ',
  'report.notes.previous': 'Kỳ so sánh',
  'report.notes.denominator': 'Mẫu số',
  'report.notes.method': 'Cách tính',
  'report.notes.source': 'Nguồn',
  'report.forbidden': 'Chỉ cán bộ của Sở xem được báo cáo này.',

  'report.section.listings': 'Tin đăng công nghệ, thiết bị',
  'report.section.organisations': 'Tổ chức tham gia sàn',
  'report.section.ip': 'Tài sản trí tuệ được chào bán',
  'report.section.moderation': 'Kiểm duyệt',
  'report.section.negotiation': 'Kết nối, thương lượng và giao dịch',
  'report.section.search': 'Nhu cầu tìm kiếm',
  'report.section.department': 'Hoạt động khác của Sở',

  'report.column.count': 'Số lượng',
  'report.column.share': 'Tỷ lệ (%)',
  'report.column.valueVnd': 'Giá trị (đồng)',
  'report.column.value': 'Giá trị',
  'report.column.median': 'Trung vị',
  'report.column.p90': 'Phân vị 90',
  'report.column.submitted': 'Gửi duyệt',
  'report.column.decided': 'Đã quyết định',
  'report.column.approved': 'Duyệt',
  'report.column.rejected': 'Từ chối',
  'report.column.changesRequested': 'Yêu cầu sửa',
  'report.column.backlog': 'Tồn cuối kỳ',
  'report.column.deals': 'Hợp đồng',
  'report.column.searches': 'Lượt tìm',
  'report.column.participants': 'Người tham dự',
  'report.column.conversion': 'Tỷ lệ chuyển đổi (%)',

  'report.field.NATURAL_SCIENCES': 'Khoa học tự nhiên',
  'report.field.ENGINEERING_TECHNOLOGY': 'Khoa học kỹ thuật và công nghệ',
  'report.field.MEDICAL_HEALTH': 'Khoa học y, dược',
  'report.field.AGRICULTURAL': 'Khoa học nông nghiệp',
  'report.field.SOCIAL_HUMANITIES': 'Khoa học xã hội và nhân văn',

  'report.row.VERIFIED': 'Đã xác minh',
  'report.row.UNVERIFIED': 'Chưa xác minh',
  'report.row.LISTING': 'Tin đăng',
  'report.row.ORGANISATION': 'Hồ sơ tổ chức',
  'report.row.INQUIRIES': 'Lượt hỏi, đề xuất',
  'report.row.NDAS': 'Thoả thuận bảo mật đã ký',
  'report.row.DEALS': 'Hợp đồng đã ghi nhận',
  'report.row.REQUIRED': 'Phải đăng ký',
  'report.row.NOT_REQUIRED': 'Không phải đăng ký',
  'report.row.OTHER': 'Khác',

  'report.table.listings.byKind.name': 'Tin đăng theo loại',
  'report.table.listings.byKind.method':
    'Tin được công bố trong kỳ (lần công bố đầu tiên), theo loại: chào bán công nghệ, chào bán thiết bị, nhu cầu công nghệ. Tỷ lệ chia cho tổng số tin được công bố trong kỳ; các loại cộng lại đúng 100 %.',
  'report.table.listings.byStatus.name': 'Tin đăng theo trạng thái',
  'report.table.listings.byStatus.method':
    'Mọi tin đăng được tạo trước ngày cuối kỳ, theo trạng thái của tin vào cuối kỳ (nháp, chờ duyệt, đang công bố, hết hạn…). Tỷ lệ chia cho tổng số tin đó; mỗi tin có đúng một trạng thái.',
  'report.table.listings.byField.name': 'Tin đăng theo lĩnh vực khoa học',
  'report.table.listings.byField.method':
    'Tin được công bố trong kỳ, theo nhóm lĩnh vực của báo cáo năm (khoa học xã hội và nhân văn gộp làm một). Một tin thuộc nhiều lĩnh vực được đếm ở mỗi lĩnh vực của nó, nên tổng các tỷ lệ có thể vượt 100 %; mẫu số là số tin (mỗi tin đếm một lần), không phải tổng các dòng.',
  'report.table.listings.byCommune.name': 'Tin đăng theo xã, phường',
  'report.table.listings.byCommune.method':
    'Tin được công bố trong kỳ, theo xã, phường ghi trên tin (tên như người đăng nhập). Tỷ lệ chia cho tổng số tin được công bố trong kỳ; tin không ghi xã, phường nằm ở dòng riêng.',
  'report.table.organisations.byKind.name': 'Tổ chức theo loại hình',
  'report.table.organisations.byKind.method':
    'Hồ sơ tổ chức đang công bố vào cuối kỳ, theo loại hình (tổ chức KH&CN, doanh nghiệp KH&CN có giấy chứng nhận, doanh nghiệp, viện, trường, hợp tác xã…). Tỷ lệ chia cho tổng số hồ sơ đó.',
  'report.table.organisations.byVerification.name': 'Tổ chức theo xác minh',
  'report.table.organisations.byVerification.method':
    'Hồ sơ tổ chức đang công bố vào cuối kỳ: đã được Sở xác minh (ví dụ giấy chứng nhận doanh nghiệp KH&CN) hay chưa. Tỷ lệ chia cho tổng số hồ sơ đó.',
  'report.table.ip.byType.name': 'Văn bằng sở hữu trí tuệ được chào bán theo loại',
  'report.table.ip.byType.method':
    'Văn bằng, đơn sở hữu trí tuệ ghi trên các tin chào bán đang công bố vào cuối kỳ, theo loại (sáng chế, giải pháp hữu ích, kiểu dáng, nhãn hiệu…). Một tin có thể ghi nhiều văn bằng; mỗi văn bằng đếm một lần.',
  'report.table.moderation.throughput.name': 'Khối lượng kiểm duyệt',
  'report.table.moderation.throughput.method':
    'Tin đăng và hồ sơ tổ chức gửi Sở duyệt trong kỳ, các quyết định của Sở trong kỳ (duyệt, yêu cầu sửa, từ chối) và số hồ sơ còn chờ duyệt vào cuối kỳ. Một hồ sơ gửi lại sau khi sửa được đếm thêm một lượt.',
  'report.table.moderation.timeToDecision.name': 'Thời gian đến quyết định',
  'report.table.moderation.timeToDecision.method':
    'Với mỗi quyết định của Sở trong kỳ: số giờ từ lúc hồ sơ được gửi duyệt đến lúc quyết định. Trung vị (một nửa nhanh hơn) và phân vị 90 (9 trên 10 hồ sơ nhanh hơn); giờ tính liên tục, kể cả ngày nghỉ.',
  'report.table.negotiation.funnel.name': 'Từ lượt hỏi đến hợp đồng',
  'report.table.negotiation.funnel.method':
    'Lượt hỏi và đề xuất được mở trong kỳ, thoả thuận bảo mật (NDA) được hai bên chấp nhận trong kỳ và hợp đồng được ghi nhận trong kỳ. Tỷ lệ chuyển đổi chia cho số lượt hỏi mở trong kỳ; một hợp đồng có thể đến từ lượt hỏi của kỳ trước.',
  'report.table.negotiation.valueByField.name': 'Giá trị hợp đồng theo lĩnh vực',
  'report.table.negotiation.valueByField.method':
    'Hợp đồng ký trong kỳ (ngày ký), giá trị theo hợp đồng tính bằng đồng, theo lĩnh vực của tin đăng. Tin thuộc nhiều lĩnh vực được tính ở mỗi lĩnh vực, nên tổng các dòng có thể lớn hơn tổng giá trị; tỷ lệ chia cho tổng giá trị các hợp đồng (mỗi hợp đồng một lần).',
  'report.table.negotiation.valueByTransferForm.name': 'Giá trị hợp đồng theo hình thức chuyển giao',
  'report.table.negotiation.valueByTransferForm.method':
    'Hợp đồng ký trong kỳ, theo hình thức chuyển giao (Điều 5 Luật Chuyển giao công nghệ 2017): số hợp đồng và tổng giá trị bằng đồng. Mỗi hợp đồng có một hình thức.',
  'report.table.negotiation.byQuarter.name': 'Hợp đồng theo quý',
  'report.table.negotiation.byQuarter.method':
    'Hợp đồng ký trong kỳ theo quý của ngày ký (giờ Việt Nam): số hợp đồng và tổng giá trị bằng đồng.',
  'report.table.negotiation.registrationRequired.name': 'Hợp đồng phải đăng ký chuyển giao công nghệ',
  'report.table.negotiation.registrationRequired.method':
    'Hợp đồng ký trong kỳ phải đăng ký với cơ quan nhà nước (Điều 31 Luật Chuyển giao công nghệ: chuyển giao qua biên giới, hoặc trong nước có vốn ngân sách nhà nước) và không phải đăng ký. Tỷ lệ chia cho số hợp đồng ký trong kỳ.',
  'report.table.negotiation.timeToFirstAnswer.name': 'Thời gian trả lời lượt hỏi đầu tiên',
  'report.table.negotiation.timeToFirstAnswer.method':
    'Với mỗi lượt hỏi mở trong kỳ đã được bên đăng tin trả lời: số giờ từ lúc mở đến câu trả lời đầu tiên. Trung vị và phân vị 90; lượt hỏi chưa được trả lời không được tính và được nêu ở dòng riêng nếu có.',
  'report.table.search.topTerms.name': 'Từ khoá được tìm nhiều nhất',
  'report.table.search.topTerms.method':
    'Các lượt tìm trong kỳ, theo từ khoá đã chuẩn hoá (chữ thường, bỏ khoảng trắng thừa), nhiều nhất trước. Tỷ lệ chia cho tổng số lượt tìm có từ khoá trong kỳ; không lưu ai đã tìm.',
  'report.table.search.unmetTerms.name': 'Tìm kiếm không có kết quả (nhu cầu chưa được đáp ứng)',
  'report.table.search.unmetTerms.method':
    'Các từ khoá được tìm trong kỳ mà không trả về tin đăng hay tổ chức nào, nhiều nhất trước: nhu cầu sàn chưa có nguồn cung. Tỷ lệ chia cho tổng số lượt tìm có từ khoá trong kỳ.',
  'report.table.department.stTasks.name': 'Nhiệm vụ khoa học và công nghệ theo cấp',
  'report.table.department.stTasks.method':
    'Số nhiệm vụ KH&CN (cấp quốc gia, cấp tỉnh, cấp cơ sở) do Sở quản lý trong kỳ, Sở nhập một lần cho mỗi kỳ báo cáo. Sàn không tự đếm số liệu này.',
  'report.table.department.appraisals.name': 'Thẩm định công nghệ dự án đầu tư',
  'report.table.department.appraisals.method':
    'Số dự án đầu tư được Sở thẩm định hoặc cho ý kiến về công nghệ trong kỳ, theo kết quả thẩm định; Sở nhập cho mỗi kỳ báo cáo.',
  'report.table.department.ipSupport.name': 'Hỗ trợ đăng ký sở hữu trí tuệ',
  'report.table.department.ipSupport.method':
    'Số đơn đăng ký sở hữu trí tuệ được Sở hỗ trợ trong kỳ, theo loại; Sở nhập cho mỗi kỳ báo cáo.',
  'report.table.department.events.name': 'Sự kiện và người tham dự',
  'report.table.department.events.method':
    'Hội chợ, hội thảo, kết nối cung cầu công nghệ do Sở tổ chức hoặc tham gia trong kỳ, với số người tham dự; Sở nhập cho mỗi kỳ báo cáo.',
  'report.table.department.programmes.name': 'Chương trình hỗ trợ',
  'report.table.department.programmes.method':
    'Doanh nghiệp, tổ chức được hỗ trợ qua các chương trình của Sở (đổi mới công nghệ, năng suất chất lượng…) trong kỳ và kinh phí hỗ trợ; Sở nhập cho mỗi kỳ báo cáo.',

  'statistics.footerLink': 'Thống kê',
  'statistics.title': 'Thống kê sàn giao dịch',
  'statistics.intro':
    'Các số liệu chính của sàn trong năm, ai cũng xem được. Số liệu được tổng hợp, không chứa thông tin cá nhân; ô có ít hơn 3 trường hợp được ẩn.',
  'statistics.year': 'Năm',
  'statistics.apply': 'Xem',
  'statistics.openData': 'Dữ liệu mở và cách tải về',
} as const;
