// The demo's technology offers: the report's technologies, with their holders, TRL and prices.
import { ListingKind, ModerationStatus, TechnologyLevel } from '../../../server/generated/prisma/enums.ts';
import { NATIONWIDE } from './common.ts';
import type { DemoListing } from './listings.ts';

const { PUBLISHED, DRAFT, PENDING_REVIEW, CHANGES_REQUESTED, REJECTED, ARCHIVED } = ModerationStatus;
const { TECHNOLOGY_OFFER } = ListingKind;

export const TECHNOLOGY_OFFERS: DemoListing[] = [
  {
    kind: TECHNOLOGY_OFFER,
    key: 'muU',
    status: PUBLISHED,
    org: 'trungTamUngDung',
    createdBy: 'editor',
    titleVi: 'Công nghệ chiết xuất và sản xuất tinh dầu từ cây Mù U',
    titleEn: 'Extraction and production technology for tamanu (Mù U) oil',
    summaryVi:
      'Quy trình hoàn thiện công nghệ ép lạnh nhân hạt Mù U, lắng lọc và tinh chế để thu dầu Mù U làm nguyên liệu mỹ phẩm, dầu xoa bóp; chuyển giao kèm thiết bị và đào tạo vận hành.',
    summaryEn:
      'A completed process for cold-pressing tamanu kernels, settling, filtering and refining the oil for cosmetics and massage oils; transferred with equipment and operator training.',
    descriptionVi:
      'Cây Mù U mọc nhiều ven sông, bờ kênh của vùng Đồng bằng sông Cửu Long nhưng hạt chủ yếu bị bỏ phí hoặc ép thủ công.\n\n' +
      'Công nghệ gồm các công đoạn: **phơi – tách nhân – sấy nhân – ép lạnh – lắng – lọc – trung hòa – đóng chai**, ' +
      'kèm bộ tiêu chuẩn cơ sở cho dầu thành phẩm. Phóng sự "Hoàn thiện công nghệ chiết xuất và sản xuất tinh dầu từ cây Mù U" ' +
      'đã được Đài Phát thanh và Truyền hình Long An phát sóng năm 2023.',
    descriptionEn:
      'Tamanu trees line the rivers and canals of the Mekong Delta, yet their seeds are mostly wasted or pressed by hand.\n\n' +
      'The process covers **drying – shelling – kernel drying – cold pressing – settling – filtering – neutralising – bottling**, ' +
      'with an in-house standard for the finished oil. Long An Radio and Television broadcast a report on it in 2023.',
    fieldCode: '204',
    trl: 7,
    appraisalLevel: TechnologyLevel.MEDIUM_ADVANCED,
    keywords: ['mù u', 'dầu mù u', 'ép lạnh', 'tinh dầu', 'mỹ phẩm thiên nhiên', 'dược liệu'],
    keywordsEn: ['tamanu oil', 'cold pressing', 'essential oil', 'natural cosmetics', 'medicinal plants'],
    price: { type: 'RANGE', min: 350_000_000n, max: 480_000_000n },
    commune: 'Tân An',
    publishedDaysAgo: 3,
    details: {
      problemSolved:
        'Hạt Mù U chủ yếu bị bỏ phí hoặc ép thủ công; dầu ép thủ công có độ chua cao, lẫn cặn, không đạt yêu cầu làm nguyên liệu mỹ phẩm.',
      advantages: [
        'Hiệu suất thu hồi dầu 38–42% khối lượng nhân khô, cao hơn khoảng 10 điểm phần trăm so với ép thủ công',
        'Chỉ số axit giảm khoảng 60% sau công đoạn trung hòa',
        'Quy mô 200 kg nhân/ngày, vốn thiết bị dưới 500 triệu đồng',
        'Bã ép tận dụng làm phân bón hữu cơ',
      ],
      applications: ['Cơ sở sản xuất mỹ phẩm thiên nhiên', 'Cơ sở dầu xoa bóp, dược liệu', 'Hợp tác xã có vùng nguyên liệu Mù U'],
      trlEvidence:
        'Sản xuất thử nghiệm 3 lô, mỗi lô 200 kg nhân, trên dây chuyền quy mô thực; phiếu kết quả thử nghiệm chỉ tiêu chất lượng dầu.',
      transferObjects: ['PROCESS_DESIGN_SOFTWARE', 'KNOW_HOW', 'MACHINERY_WITH_TECHNOLOGY'],
      transferForms: ['STANDALONE_CONTRACT', 'MACHINERY_SALE_WITH_KNOW_HOW'],
      transferModes: ['DOCUMENTS', 'TRAINING', 'EXPERT_ASSISTANCE', 'MACHINERY'],
      rights: {
        kind: 'RIGHT_OF_USE',
        exclusive: false,
        territory: 'Các tỉnh Đồng bằng sông Cửu Long và Đông Nam Bộ',
        territoryEn: 'The Mekong Delta and South-East provinces',
        sublicensing: false,
      },
      dealTypes: ['LICENSE', 'SALE'],
      support: 'Hướng dẫn vận hành tại cơ sở 5 ngày; hỗ trợ kỹ thuật từ xa 12 tháng.',
      problemSolvedEn:
        'Tamanu seeds are mostly wasted or pressed by hand; hand-pressed oil is acidic and cloudy, unfit as a cosmetics ingredient.',
      advantagesEn: [
        'Oil recovery of 38–42% of dry kernel weight, about 10 percentage points above hand pressing',
        'Acid value about 60% lower after neutralisation',
        '200 kg of kernels a day, with equipment under VND 500 million',
        'Press cake reused as organic fertiliser',
      ],
      applicationsEn: ['Natural cosmetics makers', 'Massage-oil and herbal-medicine producers', 'Cooperatives growing tamanu'],
      trlEvidenceEn:
        'Three pilot batches of 200 kg of kernels each on a full-scale line; laboratory reports on the oil’s quality indicators.',
      supportEn: 'Five days of on-site operator training; 12 months of remote technical support.',
    },
  },
  {
    kind: TECHNOLOGY_OFFER,
    status: PUBLISHED,
    org: 'trungTamUngDung',
    createdBy: 'editor',
    titleVi: 'Hệ thống thông tin nông nghiệp ứng dụng công nghệ WebGIS mã nguồn mở',
    titleEn: 'Agricultural information system built on open-source WebGIS',
    summaryVi:
      'Bản đồ số vùng trồng, mùa vụ, sâu bệnh và cơ sở sản xuất trên nền WebGIS mã nguồn mở (PostGIS, GeoServer, OpenLayers); cập nhật từ điện thoại, không phát sinh phí bản quyền.',
    summaryEn:
      'Digital maps of growing areas, seasons, pests and producers on an open-source WebGIS stack (PostGIS, GeoServer, OpenLayers); updated from a phone, with no licence fees.',
    descriptionVi:
      'Hệ thống được giới thiệu trong phóng sự "Xây dựng hệ thống thông tin nông nghiệp ứng dụng công nghệ Webgis mã nguồn mở" ' +
      'phát sóng năm 2023. Gồm các lớp bản đồ: ranh giới xã, vùng trồng theo cây trồng, hợp tác xã, điểm quan trắc sâu bệnh, ' +
      'cơ sở chế biến; phân quyền theo xã và theo hợp tác xã.',
    descriptionEn:
      'Featured in a 2023 television report. Map layers: commune boundaries, growing areas by crop, cooperatives, pest ' +
      'monitoring points and processors; access rights by commune and cooperative.',
    fieldCode: '102',
    trl: 8,
    keywords: ['webgis', 'gis', 'bản đồ số', 'mã nguồn mở', 'nông nghiệp số', 'postgis'],
    price: { type: 'RANGE', min: 120_000_000n, max: 250_000_000n },
    commune: 'Tân An',
    publishedDaysAgo: 10,
    details: {
      problemSolved:
        'Số liệu diện tích, mùa vụ, dịch hại của xã và hợp tác xã nằm rải rác trong bảng tính, khó tổng hợp và không gắn với vị trí thửa đất.',
      problemSolvedEn:
        'Communes and cooperatives keep their area, season and pest figures in scattered spreadsheets, hard to add up and not tied to plots.',
      advantagesEn: [
        'No licence fees: every component is open-source software',
        'Plot status updated from a phone, even offline (synchronised once back online)',
        'Area reports by crop, commune and cooperative in seconds',
        'Runs on a 4-core server with 8 GB of RAM',
      ],
      advantages: [
        'Không phát sinh phí bản quyền: mọi thành phần là phần mềm mã nguồn mở',
        'Cập nhật hiện trạng thửa ruộng từ điện thoại, cả khi mất sóng (đồng bộ lại khi có mạng)',
        'Báo cáo diện tích theo cây trồng, xã, hợp tác xã trong vài giây',
        'Chạy trên máy chủ 4 nhân, 8 GB RAM',
      ],
      applications: [
        'Cơ quan quản lý nông nghiệp cấp xã, tỉnh',
        'Hợp tác xã quản lý vùng nguyên liệu',
        'Doanh nghiệp thu mua cần bản đồ vùng trồng',
      ],
      trlEvidence: 'Vận hành thử với dữ liệu vùng trồng thanh long và lúa của tỉnh; tài liệu kiểm thử và hướng dẫn sử dụng.',
      transferObjects: ['PROCESS_DESIGN_SOFTWARE'],
      transferForms: ['STANDALONE_CONTRACT'],
      transferModes: ['DOCUMENTS', 'TRAINING', 'EXPERT_ASSISTANCE'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: NATIONWIDE, sublicensing: false },
      dealTypes: ['LICENSE', 'SERVICE'],
      support: 'Cài đặt, chuyển đổi dữ liệu ban đầu, 2 khóa đào tạo cán bộ; bảo trì 12 tháng.',
    },
  },
  {
    kind: TECHNOLOGY_OFFER,
    status: PUBLISHED,
    org: 'chiCucTdc',
    titleVi: 'Hệ thống quản lý thông tin truy xuất nguồn gốc sản phẩm, hàng hóa tỉnh Long An',
    titleEn: 'Product and goods traceability information system of Long An province',
    summaryVi:
      'Nền tảng cấp mã QR truy xuất nguồn gốc theo Đề án triển khai tại Quyết định 100/QĐ-TTg, kết nối Cổng truy xuất nguồn gốc sản phẩm, hàng hóa quốc gia; dự kiến thí điểm cho 22 doanh nghiệp.',
    summaryEn:
      'A QR-code traceability platform under the scheme of Decision 100/QĐ-TTg, linked to the national traceability portal; a pilot with 22 enterprises is planned.',
    descriptionVi:
      'Nhiệm vụ KH&CN cấp cơ sở "Xây dựng hệ thống quản lý thông tin truy xuất nguồn gốc sản phẩm, hàng hóa tỉnh Long An" do Chi cục chủ trì. ' +
      'Doanh nghiệp, hợp tác xã tham gia được cấp tài khoản, khai báo lô hàng, in tem QR và cập nhật nhật ký sản xuất.',
    descriptionEn:
      'A grassroots S&T task led by the Sub-Department. Participating enterprises and cooperatives get an account, declare batches, print QR labels and keep production logs.',
    fieldCode: '102',
    trl: 7,
    keywords: ['truy xuất nguồn gốc', 'mã QR', 'Quyết định 100/QĐ-TTg', 'TCVN 12850:2019', 'chất lượng sản phẩm'],
    price: { type: 'NEGOTIABLE' },
    commune: 'Tân An',
    publishedDaysAgo: 6,
    validForDays: 540,
    details: {
      problemSolved:
        'Doanh nghiệp, hợp tác xã nhỏ khó tự đầu tư hệ thống truy xuất nguồn gốc trong khi nhà nhập khẩu và siêu thị đòi hỏi thông tin lô hàng, vùng trồng, quy trình.',
      advantages: [
        'Tạo và in tem QR theo lô trong vài phút, không cần thiết bị chuyên dụng',
        'Ghi nhật ký sản xuất, kiểm nghiệm, vận chuyển theo từng lô',
        'Dữ liệu tổ chức theo TCVN 12850:2019 về hệ thống truy xuất nguồn gốc',
        'Không thu phí với doanh nghiệp tham gia giai đoạn thí điểm',
      ],
      applications: [
        'Doanh nghiệp chế biến nông sản, thực phẩm',
        'Hợp tác xã có sản phẩm mang nhãn hiệu tập thể, chỉ dẫn địa lý',
        'Cơ quan quản lý chất lượng',
      ],
      trlEvidence: 'Hệ thống đã vận hành thử nghiệm trước giai đoạn thí điểm với 22 doanh nghiệp.',
      transferObjects: ['PROCESS_DESIGN_SOFTWARE'],
      transferForms: ['STANDALONE_CONTRACT'],
      transferModes: ['TRAINING', 'EXPERT_ASSISTANCE'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Tỉnh Tây Ninh', sublicensing: false },
      dealTypes: ['SERVICE'],
      support: 'Tập huấn cấp mã, in tem, nhập nhật ký; hỗ trợ kết nối Cổng truy xuất nguồn gốc quốc gia.',
    },
  },
  {
    kind: TECHNOLOGY_OFFER,
    key: 'thanhGiangBangTai',
    status: PUBLISHED,
    org: 'coKhiXayDung',
    createdBy: 'seller',
    titleVi: 'Thanh giằng băng tải lắp ghép – đơn sáng chế đã được chấp nhận',
    titleEn: 'Bolted conveyor-belt brace – patent application accepted',
    summaryVi:
      'Thanh giằng liên kết khung băng tải bằng bu lông, thay giằng hàn tại công trường; đơn đăng ký sáng chế đã được chấp nhận và kiểu dáng công nghiệp đã được cấp văn bằng năm 2023.',
    summaryEn:
      'A bolted brace tying conveyor frames together instead of site welding; its patent application was accepted and its industrial design registered in 2023.',
    descriptionVi:
      'Sản phẩm được Sở KH&CN hỗ trợ xác lập quyền sở hữu công nghiệp năm 2023. Chuyển giao gồm bộ bản vẽ chế tạo, ' +
      'quy trình gia công – mạ kẽm nhúng nóng, tiêu chuẩn kiểm tra và quyền sử dụng kiểu dáng công nghiệp trong khu vực thỏa thuận.',
    descriptionEn:
      'The Department helped the company secure the industrial property rights in 2023. The transfer includes the shop drawings, ' +
      'the fabrication and hot-dip galvanising process, inspection criteria and a licence to the industrial design in the agreed territory.',
    fieldCode: '203',
    trl: 9,
    appraisalLevel: TechnologyLevel.MEDIUM_ADVANCED,
    keywords: ['băng tải', 'thanh giằng', 'kết cấu thép', 'sáng chế', 'kiểu dáng công nghiệp', 'cơ khí xây dựng'],
    price: { type: 'NEGOTIABLE' },
    commune: 'Tân An',
    publishedDaysAgo: 2,
    details: {
      problemSolved:
        'Khung băng tải chở cát, đá, xi măng thường được giằng bằng thép hàn tại chỗ: thi công lâu, khó tháo dời, mối hàn gỉ nhanh trong môi trường ẩm ven sông.',
      advantages: [
        'Lắp đặt nhanh hơn khoảng 40% so với giằng hàn tại công trường',
        'Tháo lắp, di dời và tái sử dụng được; không cần thợ hàn bậc cao',
        'Mạ kẽm nhúng nóng toàn bộ, chống gỉ ở bến bãi ven sông',
        'Dùng cho khung băng tải bản rộng 500–1.000 mm',
      ],
      applications: ['Bến bãi vật liệu xây dựng ven sông', 'Trạm trộn bê tông, nhà máy xi măng', 'Kho lúa gạo, nhà máy thức ăn chăn nuôi'],
      trlEvidence: 'Đang sản xuất và lắp đặt thương mại; văn bằng kiểu dáng công nghiệp đã cấp, đơn sáng chế đã được chấp nhận hợp lệ.',
      transferObjects: ['PROCESS_DESIGN_SOFTWARE', 'KNOW_HOW'],
      transferForms: ['IP_RIGHT_TRANSFER', 'STANDALONE_CONTRACT'],
      transferModes: ['DOCUMENTS', 'TRAINING', 'EXPERT_ASSISTANCE'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: true, territory: 'Các tỉnh Đông Nam Bộ', sublicensing: false },
      dealTypes: ['LICENSE', 'SALE'],
      support: 'Kỹ sư của Công ty hướng dẫn chế tạo và kiểm tra lô sản xuất đầu tiên.',
    },
  },
  {
    kind: TECHNOLOGY_OFFER,
    status: PUBLISHED,
    org: 'daiHocTanTao',
    titleVi: 'Quy trình nhân giống in vitro cây mai vàng sạch bệnh',
    titleEn: 'In-vitro propagation of disease-free yellow apricot blossom (mai vàng)',
    summaryVi:
      'Nhân nhanh mai vàng từ mô chồi bằng nuôi cấy mô, cho cây con đồng đều, sạch bệnh, giữ đặc tính cây mẹ; phục vụ vùng mai Thủ Thừa và Tân Tây đang đăng ký nhãn hiệu chứng nhận.',
    summaryEn:
      'Rapid micropropagation of mai vàng from shoot tissue, giving uniform, disease-free plantlets true to the mother plant; for the Thủ Thừa and Tân Tây growing areas whose certification marks are being registered.',
    fieldCode: '406',
    trl: 6,
    keywords: ['mai vàng', 'nuôi cấy mô', 'in vitro', 'giống cây cảnh', 'Thủ Thừa', 'Tân Tây'],
    price: { type: 'FIXED', amount: 90_000_000n },
    commune: 'Đức Hòa',
    publishedDaysAgo: 15,
    details: {
      problemSolved:
        'Nhân giống mai bằng ghép, chiết phụ thuộc cây mẹ, hệ số nhân thấp, dễ lây bệnh; nhà vườn khó giữ ổn định đặc tính giống quý.',
      advantages: [
        'Hệ số nhân chồi 4–5 lần sau mỗi chu kỳ cấy chuyền 6 tuần',
        'Tỷ lệ cây con sống khi ra vườn ươm trên 85%',
        'Phòng nuôi cấy 30 m² cho khoảng 20.000 cây con/năm',
      ],
      applications: ['Nhà vườn, hợp tác xã mai vàng Thủ Thừa, Tân Tây', 'Cơ sở sản xuất giống cây cảnh'],
      trlEvidence: 'Thử nghiệm ở phòng thí nghiệm và vườn ươm 2.000 cây; số liệu tỷ lệ sống theo dõi 6 tháng.',
      transferObjects: ['PROCESS_DESIGN_SOFTWARE', 'KNOW_HOW'],
      transferForms: ['STANDALONE_CONTRACT'],
      transferModes: ['DOCUMENTS', 'TRAINING'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: NATIONWIDE, sublicensing: false },
      dealTypes: ['LICENSE', 'JOINT_DEVELOPMENT'],
      support: 'Đào tạo kỹ thuật viên 2 tuần tại phòng thí nghiệm của Trường; cung cấp mẫu cấy khởi đầu.',
    },
  },
  {
    kind: TECHNOLOGY_OFFER,
    status: PUBLISHED,
    org: 'daiHocTanTao',
    titleVi: 'Chế phẩm vi sinh ủ cành thanh long thải bỏ thành phân hữu cơ',
    titleEn: 'Microbial inoculant composting pruned dragon-fruit branches into organic fertiliser',
    summaryVi:
      'Tổ hợp vi sinh vật phân giải cellulose rút ngắn thời gian ủ cành thanh long sau tỉa từ 4–6 tháng xuống khoảng 45 ngày, giảm đốt bỏ và mùi hôi ở vùng trồng.',
    summaryEn:
      'A cellulose-degrading microbial consortium that cuts composting of pruned dragon-fruit branches from 4–6 months to about 45 days, reducing burning and odour in growing areas.',
    fieldCode: '208',
    trl: 5,
    keywords: ['thanh long', 'phụ phẩm nông nghiệp', 'phân hữu cơ', 'chế phẩm vi sinh', 'kinh tế tuần hoàn'],
    price: { type: 'RANGE', min: 60_000_000n, max: 120_000_000n },
    commune: 'Đức Hòa',
    publishedDaysAgo: 25,
    details: {
      problemSolved:
        'Vùng thanh long thải ra lượng lớn cành tỉa và trái hư; phần lớn bị đổ bỏ hoặc đốt, gây ô nhiễm và lây lan nấm bệnh.',
      advantages: [
        'Thời gian ủ khoảng 45 ngày thay vì 4–6 tháng',
        'Phân thành phẩm có hàm lượng chất hữu cơ trên 20%',
        'Chế phẩm dạng bột, bảo quản ở nhiệt độ thường 6 tháng',
        'Nhiệt độ đống ủ trên 55 °C giúp giảm mầm bệnh đốm nâu trong phụ phẩm',
      ],
      applications: ['Hợp tác xã trồng thanh long', 'Cơ sở sản xuất phân hữu cơ', 'Trang trại có phụ phẩm xơ cứng'],
      trlEvidence: 'Thử nghiệm đống ủ 5 tấn tại vườn thanh long ở Châu Thành; mẫu phân tích tại phòng thử nghiệm được công nhận.',
      transferObjects: ['PROCESS_DESIGN_SOFTWARE', 'KNOW_HOW'],
      transferForms: ['STANDALONE_CONTRACT'],
      transferModes: ['DOCUMENTS', 'TRAINING', 'EXPERT_ASSISTANCE'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: NATIONWIDE, sublicensing: false },
      dealTypes: ['LICENSE', 'JOINT_DEVELOPMENT'],
      support: 'Cung cấp chủng giống gốc, hướng dẫn nhân sinh khối; theo dõi 2 mẻ ủ đầu tiên.',
    },
  },
  {
    kind: TECHNOLOGY_OFFER,
    status: PUBLISHED,
    org: 'coDienVamCo',
    titleVi: 'Đèn LED chuyên dụng xử lý thanh long ra hoa trái vụ tiết kiệm điện',
    titleEn: 'Energy-saving LED lamps for off-season flowering of dragon fruit',
    summaryVi:
      'Đèn LED phổ đỏ thay bóng sợi đốt, bóng compact khi chong đèn cho thanh long ra hoa trái vụ: giảm khoảng 60% điện năng, tuổi thọ trên 20.000 giờ, kèm bộ hẹn giờ theo nhóm trụ.',
    summaryEn:
      'Red-spectrum LED lamps replacing incandescent and compact bulbs for off-season dragon-fruit flowering: about 60% less electricity, over 20,000 hours of life, with a timer per group of posts.',
    fieldCode: '202',
    trl: 9,
    appraisalLevel: TechnologyLevel.ADVANCED,
    keywords: ['thanh long', 'đèn LED', 'ra hoa trái vụ', 'tiết kiệm điện', 'chiếu sáng nông nghiệp'],
    price: { type: 'FIXED', amount: 38_000_000n },
    commune: 'Bến Lức',
    publishedDaysAgo: 8,
    details: {
      problemSolved:
        'Chong đèn sợi đốt, compact cho thanh long ra hoa trái vụ tốn nhiều điện, bóng nhanh hỏng và gây quá tải lưới điện nông thôn vào mùa chong đèn.',
      advantages: [
        'Bóng 9 W thay bóng compact 20 W: tiết kiệm khoảng 60% điện năng',
        'Tuổi thọ trên 20.000 giờ, chống nước IP65',
        'Tỷ lệ ra hoa tương đương bóng compact sau 15–20 đêm chiếu sáng',
        'Hẹn giờ theo nhóm trụ, bớt công bật tắt',
      ],
      applications: ['Vườn thanh long vùng Châu Thành, Tầm Vu', 'Hợp tác xã cần đồng bộ lịch ra hoa cho đơn hàng xuất khẩu'],
      trlEvidence: 'Sản phẩm thương mại, đã lắp cho hơn 150 ha thanh long; phiếu thử nghiệm phổ và hiệu suất quang.',
      transferObjects: ['MACHINERY_WITH_TECHNOLOGY', 'KNOW_HOW'],
      transferForms: ['MACHINERY_SALE_WITH_KNOW_HOW'],
      transferModes: ['MACHINERY', 'TRAINING'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: NATIONWIDE, sublicensing: false },
      dealTypes: ['SALE'],
      support: 'Bảo hành đèn 24 tháng; kỹ thuật viên hướng dẫn lịch chiếu sáng theo mùa.',
      priceUnit: 'trọn gói cho 1 ha (khoảng 1.100 trụ)',
    },
  },
  {
    kind: TECHNOLOGY_OFFER,
    status: PUBLISHED,
    org: 'trungTamUngDung',
    createdBy: 'editor',
    titleVi: 'Quy trình canh tác chanh không hạt theo hướng VietGAP',
    titleEn: 'VietGAP-oriented cultivation of seedless lime',
    summaryVi:
      'Quy trình từ giống, mật độ, tưới, bón phân đến quản lý sâu bệnh cho chanh không hạt vùng Bến Lức – vùng đang chờ cấp chỉ dẫn địa lý – giúp trái đồng đều, đạt yêu cầu xuất khẩu.',
    summaryEn:
      'A cultivation process from planting material, spacing, irrigation and fertilisation to pest management for seedless lime in Bến Lức, whose geographical indication is pending, giving uniform fruit fit for export.',
    fieldCode: '401',
    trl: 8,
    keywords: ['chanh không hạt', 'VietGAP', 'Bến Lức', 'chỉ dẫn địa lý', 'cây ăn quả'],
    price: { type: 'FIXED', amount: 25_000_000n },
    commune: 'Bến Lức',
    publishedDaysAgo: 18,
    details: {
      problemSolved:
        'Nhiều vườn chanh bón phân, phun thuốc theo kinh nghiệm: dư lượng thuốc bảo vệ thực vật dễ vượt ngưỡng, trái không đồng đều nên khó vào chuỗi xuất khẩu.',
      advantages: [
        'Năng suất ổn định 25–30 tấn/ha/năm từ năm thứ ba',
        'Giảm 20–30% phân hóa học nhờ bón theo kết quả phân tích đất',
        'Nhật ký canh tác theo mẫu VietGAP, sẵn sàng cho truy xuất nguồn gốc',
      ],
      applications: ['Nông hộ, hợp tác xã trồng chanh', 'Doanh nghiệp thu mua chanh xuất khẩu'],
      trlEvidence: 'Mô hình trình diễn 5 ha qua 2 vụ; kết quả phân tích dư lượng đạt yêu cầu.',
      transferObjects: ['PROCESS_DESIGN_SOFTWARE'],
      transferForms: ['STANDALONE_CONTRACT'],
      transferModes: ['DOCUMENTS', 'TRAINING', 'EXPERT_ASSISTANCE'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: NATIONWIDE, sublicensing: false },
      dealTypes: ['SERVICE', 'LICENSE'],
      support: 'Tập huấn tại vườn 3 buổi; thăm đồng định kỳ trong vụ đầu.',
    },
  },
  {
    kind: TECHNOLOGY_OFFER,
    status: PENDING_REVIEW,
    org: 'daiHocTanTao',
    titleVi: 'Quy trình chưng cất rượu đế Gò Đen giảm methanol và aldehyde',
    titleEn: 'Distillation process lowering methanol and aldehydes in Gò Đen rice spirit',
    summaryVi:
      'Cải tiến nồi chưng cất truyền thống bằng cột hồi lưu và tách phần đầu – phần cuối theo nhiệt độ, giữ hương vị rượu đế Gò Đen nhưng đưa methanol, aldehyde về dưới giới hạn của QCVN 6-3:2010/BYT.',
    summaryEn:
      'A reflux column and temperature-based head and tail cuts on the traditional still keep the taste of Gò Đen spirit while bringing methanol and aldehydes below the limits of QCVN 6-3:2010/BYT.',
    fieldCode: '211',
    trl: 6,
    keywords: ['rượu đế Gò Đen', 'chưng cất', 'methanol', 'QCVN 6-3:2010/BYT', 'nhãn hiệu chứng nhận'],
    price: { type: 'RANGE', min: 40_000_000n, max: 60_000_000n },
    commune: 'Bến Lức',
    details: {
      problemSolved:
        'Lò rượu thủ công chưng cất một lần, không tách phần đầu – phần cuối, sản phẩm dễ vượt giới hạn methanol, khó đáp ứng quy chế nhãn hiệu chứng nhận Rượu đế Gò Đen đang đăng ký.',
      advantages: [
        'Methanol giảm khoảng 70% so với mẫu chưng cất truyền thống',
        'Giữ hương đặc trưng nhờ kiểm soát nhiệt độ từng phân đoạn',
        'Cải tạo trên nồi sẵn có, dưới 60 triệu đồng mỗi lò',
      ],
      applications: ['Lò rượu thủ công vùng Gò Đen', 'Cơ sở rượu truyền thống cần đạt quy chuẩn'],
      trlEvidence: 'Thử nghiệm 20 mẻ tại một lò rượu; kết quả phân tích của phòng thử nghiệm.',
      transferObjects: ['PROCESS_DESIGN_SOFTWARE', 'RATIONALISATION'],
      transferForms: ['STANDALONE_CONTRACT'],
      transferModes: ['DOCUMENTS', 'TRAINING', 'EXPERT_ASSISTANCE'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Tỉnh Tây Ninh', sublicensing: false },
      dealTypes: ['LICENSE', 'SERVICE'],
      support: 'Cải tạo nồi và vận hành thử 3 mẻ cùng chủ lò.',
      priceUnit: 'cho 1 lò',
    },
  },
  {
    kind: TECHNOLOGY_OFFER,
    status: PUBLISHED,
    org: 'coDienVamCo',
    titleVi: 'Nhà màng trồng rau an toàn kèm hệ thống tưới nhỏ giọt tự động',
    titleEn: 'Net houses for safe vegetables with automatic drip irrigation',
    summaryVi:
      'Thiết kế, thi công nhà màng khung thép mạ kẽm và hệ thống tưới nhỏ giọt điều khiển theo ẩm độ đất cho vùng rau Cần Giuộc; chuyển giao quy trình trồng rau ăn lá trong nhà màng.',
    summaryEn:
      'Design and construction of galvanised-steel net houses with soil-moisture-controlled drip irrigation for the Cần Giuộc vegetable area, with the process for growing leafy vegetables under cover.',
    fieldCode: '401',
    trl: 9,
    keywords: ['nhà màng', 'rau an toàn', 'tưới nhỏ giọt', 'Cần Giuộc', 'nông nghiệp công nghệ cao'],
    price: { type: 'RANGE', min: 180_000_000n, max: 260_000_000n },
    commune: 'Cần Giuộc',
    publishedDaysAgo: 30,
    details: {
      problemSolved:
        'Rau ăn lá trồng ngoài trời mùa mưa bị dập lá, sâu bệnh nhiều, phải phun thuốc dày; khó đáp ứng quy chế nhãn hiệu chứng nhận Rau Cần Giuộc đang đăng ký.',
      advantages: [
        'Giảm 50–70% số lần phun thuốc bảo vệ thực vật',
        'Tiết kiệm khoảng 40% nước so với tưới thủ công',
        'Trồng 8–9 lứa rau ăn lá mỗi năm, kể cả mùa mưa',
        'Khung chịu gió cấp 9',
      ],
      applications: ['Hộ, tổ hợp tác trồng rau Cần Giuộc', 'Trang trại rau thủy canh, rau mầm'],
      trlEvidence: 'Đã thi công hơn 12 ha nhà màng; hồ sơ nghiệm thu công trình.',
      transferObjects: ['MACHINERY_WITH_TECHNOLOGY', 'PROCESS_DESIGN_SOFTWARE'],
      transferForms: ['MACHINERY_SALE_WITH_KNOW_HOW'],
      transferModes: ['MACHINERY', 'TRAINING', 'EXPERT_ASSISTANCE'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: NATIONWIDE, sublicensing: false },
      dealTypes: ['SALE'],
      support: 'Bảo hành khung 5 năm, màng 2 năm; kỹ thuật viên đồng hành vụ rau đầu tiên.',
      priceUnit: 'cho 1.000 m² nhà màng',
    },
  },
  {
    kind: TECHNOLOGY_OFFER,
    status: CHANGES_REQUESTED,
    org: 'htxMyThanh',
    titleVi: 'Quy trình sản xuất lúa nếp Thủ Thừa đạt yêu cầu nhãn hiệu chứng nhận',
    titleEn: 'Growing glutinous rice to the Thủ Thừa certification-mark standard',
    summaryVi:
      'Quy trình giống, gieo sạ, bón phân, thu hoạch và phơi sấy giúp nếp Thủ Thừa giữ độ dẻo, mùi thơm, đáp ứng quy chế sử dụng nhãn hiệu chứng nhận "Nếp Thủ Thừa".',
    summaryEn:
      'Seed, sowing, fertilising, harvesting and drying practices that keep Thủ Thừa glutinous rice soft and fragrant, meeting the rules of use of the "Nếp Thủ Thừa" certification mark.',
    fieldCode: '401',
    trl: 8,
    keywords: ['nếp Thủ Thừa', 'lúa nếp', 'nhãn hiệu chứng nhận', 'canh tác lúa'],
    price: { type: 'NEGOTIABLE' },
    commune: 'Thủ Thừa',
    moderationNote:
      'Vui lòng bổ sung minh chứng cho mức TRL 8 (biên bản đánh giá mô hình hoặc kết quả kiểm nghiệm) và nêu rõ phạm vi quyền chuyển giao.',
    details: {
      problemSolved: 'Chất lượng nếp giữa các hộ không đồng đều, nhiều lô không đạt yêu cầu để mang nhãn hiệu chứng nhận.',
      advantages: ['Tỷ lệ lô đạt yêu cầu nhãn hiệu chứng nhận tăng rõ rệt', 'Giảm lượng giống gieo sạ từ 150 xuống 100 kg/ha'],
      applications: ['Hộ trồng nếp trong vùng Thủ Thừa', 'Hợp tác xã liên kết tiêu thụ nếp'],
      trlEvidence: 'Áp dụng tại cánh đồng của hợp tác xã qua 3 vụ.',
      transferObjects: ['PROCESS_DESIGN_SOFTWARE', 'KNOW_HOW'],
      transferForms: ['STANDALONE_CONTRACT'],
      transferModes: ['TRAINING'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Thủ Thừa', sublicensing: false },
      dealTypes: ['SERVICE'],
      support: 'Tập huấn đầu vụ, thăm đồng 2 lần mỗi vụ.',
    },
  },
  {
    kind: TECHNOLOGY_OFFER,
    status: ARCHIVED,
    org: 'trungTamUngDung',
    createdBy: 'editor',
    titleVi: 'Quy trình trồng nấm rơm trong nhà trên nền rơm cuộn',
    titleEn: 'Indoor straw-mushroom growing on baled rice straw',
    summaryVi:
      'Quy trình trồng nấm rơm trong nhà có kiểm soát nhiệt, ẩm, tận dụng rơm cuộn sau thu hoạch lúa; đã chuyển giao cho 3 hợp tác xã, ngừng chào bán.',
    summaryEn:
      'Indoor straw-mushroom growing with controlled temperature and humidity on baled post-harvest straw; transferred to three cooperatives and no longer offered.',
    fieldCode: '406',
    trl: 8,
    keywords: ['nấm rơm', 'rơm cuộn', 'phụ phẩm lúa', 'nông nghiệp tuần hoàn'],
    price: { type: 'FIXED', amount: 15_000_000n },
    commune: 'Thủ Thừa',
    publishedDaysAgo: 150,
    details: {
      problemSolved: 'Rơm sau thu hoạch bị đốt bỏ; trồng nấm ngoài trời phụ thuộc thời tiết, năng suất bấp bênh.',
      advantages: ['Năng suất 1,2–1,5 kg nấm/bó rơm cuộn', 'Trồng quanh năm, 7–8 vụ/năm'],
      applications: ['Hợp tác xã lúa gạo', 'Hộ trồng nấm'],
      trlEvidence: 'Chuyển giao và sản xuất ổn định tại 3 hợp tác xã.',
      transferObjects: ['PROCESS_DESIGN_SOFTWARE', 'KNOW_HOW'],
      transferForms: ['STANDALONE_CONTRACT'],
      transferModes: ['DOCUMENTS', 'TRAINING'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: NATIONWIDE, sublicensing: false },
      dealTypes: ['SERVICE'],
      support: 'Tập huấn 2 ngày tại mô hình trình diễn.',
    },
  },
  {
    kind: TECHNOLOGY_OFFER,
    status: DRAFT,
    org: 'trungTamUngDung',
    createdBy: 'editor',
    titleVi: 'Quy trình chế biến bột khoai mỡ Bến Kè ăn liền',
    summaryVi: 'Sấy, nghiền và phối trộn khoai mỡ Bến Kè thành bột ăn liền giữ màu tím tự nhiên (bản nháp, đang hoàn thiện số liệu).',
    fieldCode: '211',
    trl: 4,
    keywords: ['khoai mỡ Bến Kè', 'bột ăn liền', 'chế biến nông sản', 'chỉ dẫn địa lý'],
    price: { type: 'NEGOTIABLE' },
    commune: 'Thạnh Hóa',
    details: {
      problemSolved: 'Khoai mỡ chủ yếu bán củ tươi, giá xuống thấp vào chính vụ.',
      advantages: ['Giữ màu tím tự nhiên, không dùng phẩm màu'],
      applications: ['Cơ sở chế biến trong vùng chỉ dẫn địa lý khoai mỡ Bến Kè'],
      trlEvidence: 'Thử nghiệm ở quy mô phòng thí nghiệm.',
      transferObjects: ['PROCESS_DESIGN_SOFTWARE'],
      transferForms: ['STANDALONE_CONTRACT'],
      transferModes: ['DOCUMENTS', 'TRAINING'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: NATIONWIDE, sublicensing: false },
      dealTypes: ['LICENSE'],
      support: 'Chưa xác định.',
    },
  },
  {
    kind: TECHNOLOGY_OFFER,
    status: REJECTED,
    org: 'daiHocTanTao',
    titleVi: 'Ứng dụng nhận diện sâu bệnh trên lá lúa bằng ảnh chụp điện thoại',
    titleEn: 'Phone-photo recognition of rice leaf pests and diseases',
    summaryVi: 'Ứng dụng di động dùng mô hình học sâu nhận diện 8 loại sâu bệnh phổ biến trên lá lúa từ ảnh chụp.',
    summaryEn: 'A mobile app using a deep-learning model to recognise 8 common rice leaf pests and diseases from photos.',
    fieldCode: '102',
    trl: 6,
    keywords: ['học sâu', 'nhận diện ảnh', 'sâu bệnh lúa', 'ứng dụng di động'],
    price: { type: 'FIXED', amount: 50_000_000n },
    commune: 'Đức Hòa',
    moderationNote:
      'Chưa có minh chứng thử nghiệm ngoài đồng cho mức TRL 6 đã khai báo và chưa xác định chủ sở hữu kết quả (đề tài sinh viên). Có thể đăng lại dưới dạng hợp tác nghiên cứu khi có kết quả thử nghiệm.',
    details: {
      problemSolved: 'Nông dân khó nhận biết sớm sâu bệnh trên lúa.',
      advantages: ['Độ chính xác 92% trên tập ảnh kiểm thử'],
      applications: ['Nông dân trồng lúa', 'Cán bộ khuyến nông'],
      trlEvidence: 'Kiểm thử trên tập ảnh thu thập từ Internet.',
      transferObjects: ['PROCESS_DESIGN_SOFTWARE'],
      transferForms: ['STANDALONE_CONTRACT'],
      transferModes: ['DOCUMENTS'],
      rights: { kind: 'OWNERSHIP', exclusive: true, territory: NATIONWIDE, sublicensing: true },
      dealTypes: ['SALE'],
      support: 'Bàn giao mã nguồn.',
    },
  },
];
