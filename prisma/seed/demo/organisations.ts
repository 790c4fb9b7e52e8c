// The demo's organisations from the 2023 report (two are not in it and say so below), with their publication dates.
import { ModerationStatus, OrganisationKind } from '../../../server/generated/prisma/enums.ts';
import { DEMO_EMAIL_DOMAIN, DEMO_PROVINCE } from './common.ts';

const { PUBLISHED, PENDING_REVIEW } = ModerationStatus;

export interface DemoOrganisation {
  kind: OrganisationKind;
  nameVi: string;
  nameEn: string;
  shortName?: string;
  stCertificateNumber?: string;
  descriptionVi: string;
  descriptionEn: string;
  website?: string;
  email?: string;
  commune: string | null;
  province: string;
  status: ModerationStatus;
  verified: boolean;
  publishedDaysAgo?: number;
  /** Sub-field codes of the national classification. */
  fields: string[];
}

export const DEMO_ORGANISATIONS = {
  vanPhongSo: {
    kind: OrganisationKind.DEPARTMENT_UNIT,
    nameVi: 'Văn phòng Sở Khoa học và Công nghệ tỉnh Long An',
    nameEn: 'Office of the Long An Department of Science and Technology',
    shortName: 'Văn phòng Sở KH&CN',
    descriptionVi:
      'Tham mưu tổng hợp, hành chính, cải cách hành chính và chuyển đổi số của Sở; đầu mối thông tin, tuyên truyền về khoa học và công nghệ. Năm 2023 phối hợp Báo Long An thực hiện 01 bài Báo Xuân và 03 chuyên trang KH&CN, phối hợp Đài Phát thanh và Truyền hình Long An phát sóng 03 phóng sự.',
    descriptionEn:
      "Coordination, administration, administrative reform and digital transformation of the Department; its information and communication desk. In 2023 it produced a Tết feature and three S&T pages with Long An Newspaper and three reports with Long An Radio and Television.",
    email: `vanphong@${DEMO_EMAIL_DOMAIN}`,
    commune: 'Tân An',
    province: DEMO_PROVINCE,
    status: PUBLISHED,
    verified: true,
    publishedDaysAgo: 210,
    fields: ['599', '508'],
  },
  phongQuanLyKhoaHoc: {
    kind: OrganisationKind.DEPARTMENT_UNIT,
    nameVi: 'Phòng Quản lý khoa học – Sở Khoa học và Công nghệ tỉnh Long An',
    nameEn: 'Science Management Division – Long An Department of Science and Technology',
    shortName: 'Phòng Quản lý khoa học',
    descriptionVi:
      'Xét duyệt, quản lý và theo dõi nhiệm vụ KH&CN các cấp. Năm 2023 quản lý 01 nhiệm vụ cấp quốc gia, 27 nhiệm vụ cấp tỉnh, 24 nhiệm vụ cấp cơ sở và 08 nhiệm vụ nhân rộng mô hình; khoa học nông nghiệp chiếm 41,2% số nhiệm vụ. Đặt hàng nhiệm vụ KH&CN theo nhu cầu của doanh nghiệp, hợp tác xã trong tỉnh.',
    descriptionEn:
      'Selects, manages and monitors S&T tasks at every level. In 2023: 1 national, 27 provincial and 24 grassroots tasks and 8 model-replication tasks; agricultural sciences accounted for 41.2% of them. Commissions S&T tasks on the needs of local enterprises and cooperatives.',
    email: `quanlykhoahoc@${DEMO_EMAIL_DOMAIN}`,
    commune: 'Tân An',
    province: DEMO_PROVINCE,
    status: PUBLISHED,
    verified: true,
    publishedDaysAgo: 210,
    fields: ['401', '211', '102'],
  },
  phongQuanLyCongNghe: {
    kind: OrganisationKind.DEPARTMENT_UNIT,
    nameVi: 'Phòng Quản lý Công nghệ – Sở Khoa học và Công nghệ tỉnh Long An',
    nameEn: 'Technology Management Division – Long An Department of Science and Technology',
    shortName: 'Phòng Quản lý Công nghệ',
    descriptionVi:
      'Thẩm định, có ý kiến về công nghệ dự án đầu tư; phát triển thị trường KH&CN. Năm 2023 phối hợp có ý kiến/thẩm định công nghệ 151 dự án: 02 dự án đạt trình độ công nghệ tiên tiến, 19 trung bình tiên tiến, 03 lạc hậu. Toàn tỉnh có 11 tổ chức KH&CN và 22 doanh nghiệp KH&CN.',
    descriptionEn:
      'Appraises the technology of investment projects and develops the S&T market. In 2023 it reviewed or appraised 151 projects: 2 advanced, 19 medium-advanced and 3 outdated. The province has 11 S&T organisations and 22 S&T enterprises.',
    email: `quanlycongnghe@${DEMO_EMAIL_DOMAIN}`,
    commune: 'Tân An',
    province: DEMO_PROVINCE,
    status: PUBLISHED,
    verified: true,
    publishedDaysAgo: 210,
    fields: ['203', '202', '207'],
  },
  chiCucTdc: {
    kind: OrganisationKind.DEPARTMENT_UNIT,
    nameVi: 'Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh Long An',
    nameEn: 'Long An Sub-Department for Standards, Metrology and Quality',
    shortName: 'Chi cục TĐC',
    descriptionVi:
      'Quản lý nhà nước về tiêu chuẩn, đo lường, chất lượng; cùng Thanh tra Sở thanh tra, kiểm tra 288 cơ sở năm 2023. Tổ chức Giải thưởng Chất lượng Quốc gia tại tỉnh, hỗ trợ doanh nghiệp nâng cao năng suất chất lượng theo Quyết định 1322/QĐ-TTg và chủ trì nhiệm vụ xây dựng hệ thống truy xuất nguồn gốc sản phẩm, hàng hóa của tỉnh.',
    descriptionEn:
      'Standards, metrology and quality authority of the province; with the Department Inspectorate it inspected 288 businesses in 2023. Runs the National Quality Award locally, the productivity and quality programme of Decision 1322/QĐ-TTg, and leads the provincial product traceability system.',
    email: `chicuctdc@${DEMO_EMAIL_DOMAIN}`,
    commune: 'Tân An',
    province: DEMO_PROVINCE,
    status: PUBLISHED,
    verified: true,
    publishedDaysAgo: 200,
    fields: ['102', '104', '299'],
  },
  trungTamUngDung: {
    kind: OrganisationKind.DEPARTMENT_UNIT,
    nameVi: 'Trung tâm Ứng dụng, kỹ thuật, thông tin khoa học và công nghệ tỉnh Long An',
    nameEn: 'Long An Centre for S&T Application, Engineering and Information',
    shortName: 'Trung tâm Ứng dụng, kỹ thuật thông tin KH&CN',
    descriptionVi:
      'Đơn vị sự nghiệp của Sở; phối hợp Trung tâm Thông tin và Thống kê KH&CN TP.HCM vận hành Sàn giao dịch công nghệ và thiết bị trực tuyến tỉnh Long An. Đầu mối kết nối, ươm tạo của Hub Làng Design Thinking Techfest Việt Nam tại Không gian khởi nghiệp đổi mới sáng tạo tỉnh; ứng dụng, nhân rộng các kết quả nghiên cứu.',
    descriptionEn:
      "The Department's public-service unit; operates the Long An online technology and equipment exchange with the Ho Chi Minh City Centre for S&T Information and Statistics. Hosts the Design Thinking Techfest Vietnam hub at the provincial innovation space and applies and replicates research results.",
    email: `trungtamungdung@${DEMO_EMAIL_DOMAIN}`,
    commune: 'Tân An',
    province: DEMO_PROVINCE,
    status: PUBLISHED,
    verified: true,
    publishedDaysAgo: 220,
    fields: ['204', '102', '401', '406'],
  },
  daiHocTanTao: {
    kind: OrganisationKind.UNIVERSITY_INSTITUTE,
    nameVi: 'Trường Đại học Tân Tạo',
    nameEn: 'Tan Tao University',
    shortName: 'ĐH Tân Tạo',
    descriptionVi:
      'Trường đại học tại Đức Hòa; cùng Sở KH&CN đăng cai Techfest Long An 2023 (03–04/11/2023) với hơn 50 doanh nghiệp tham gia triển lãm. Nghiên cứu, chuyển giao công nghệ sinh học nông nghiệp và công nghệ thông tin.',
    descriptionEn:
      'A university in Đức Hòa; co-hosted Techfest Long An 2023 (3–4 November 2023) with the Department, with more than 50 exhibiting companies. Researches and transfers agricultural biotechnology and information technology.',
    website: 'https://ttu.edu.vn',
    commune: 'Đức Hòa',
    province: DEMO_PROVINCE,
    status: PUBLISHED,
    verified: true,
    publishedDaysAgo: 180,
    fields: ['406', '102', '211'],
  },
  coKhiXayDung: {
    kind: OrganisationKind.ENTERPRISE,
    nameVi: 'Công ty Cổ phần Cơ khí Xây dựng Long An',
    nameEn: 'Long An Construction Mechanical Joint Stock Company',
    shortName: 'Cơ khí Xây dựng Long An',
    descriptionVi:
      'Chế tạo kết cấu thép, băng tải và thiết bị cơ khí xây dựng. Năm 2023 được Sở KH&CN hỗ trợ để đơn đăng ký sáng chế được chấp nhận và được cấp Bằng kiểu dáng công nghiệp cho sản phẩm thanh giằng băng tải.',
    descriptionEn:
      'Builds steel structures, belt conveyors and construction machinery. In 2023, with the Department’s support, its patent application for a conveyor-belt brace was accepted and the brace’s industrial design was registered.',
    email: `cokhixaydung@${DEMO_EMAIL_DOMAIN}`,
    commune: 'Tân An',
    province: DEMO_PROVINCE,
    status: PUBLISHED,
    verified: true,
    publishedDaysAgo: 160,
    fields: ['203', '201', '205'],
  },
  sangViet: {
    kind: OrganisationKind.ENTERPRISE,
    nameVi: 'Công ty Cổ phần Sản xuất - Thương mại Sáng Việt',
    nameEn: 'Sang Viet Manufacturing and Trading Joint Stock Company',
    shortName: 'Sáng Việt',
    descriptionVi:
      'Doanh nghiệp sản xuất được Sở KH&CN gửi hồ sơ đề nghị Hội đồng Quốc gia xét tặng Giải thưởng Chất lượng Quốc gia năm 2023; áp dụng các công cụ cải tiến năng suất chất lượng.',
    descriptionEn:
      'A manufacturer the Department nominated for the 2023 Vietnam National Quality Award; applies productivity and quality improvement tools.',
    email: `sangviet@${DEMO_EMAIL_DOMAIN}`,
    commune: 'Bến Lức',
    province: DEMO_PROVINCE,
    status: PUBLISHED,
    verified: false,
    publishedDaysAgo: 95,
    fields: ['299', '502'],
  },
  leLong: {
    kind: OrganisationKind.ENTERPRISE,
    nameVi: 'Công ty TNHH Le Long Việt Nam',
    nameEn: 'Le Long Vietnam Co., Ltd.',
    shortName: 'Le Long Việt Nam',
    descriptionVi:
      'Doanh nghiệp được Sở KH&CN gửi hồ sơ đề nghị xét tặng Giải thưởng Chất lượng Quốc gia năm 2023; quan tâm các giải pháp tiết kiệm năng lượng và sản xuất sạch hơn.',
    descriptionEn:
      'A company the Department nominated for the 2023 Vietnam National Quality Award; interested in energy saving and cleaner production.',
    email: `lelong@${DEMO_EMAIL_DOMAIN}`,
    commune: 'Cần Giuộc',
    province: DEMO_PROVINCE,
    status: PUBLISHED,
    verified: true,
    publishedDaysAgo: 120,
    fields: ['211', '207'],
  },
  htxDuongXuan: {
    kind: OrganisationKind.COOPERATIVE,
    nameVi: 'Hợp tác xã Dương Xuân',
    nameEn: 'Duong Xuan Cooperative',
    shortName: 'HTX Dương Xuân',
    descriptionVi:
      'Hợp tác xã trồng và sơ chế thanh long; sản phẩm mang nhãn hiệu tập thể đã được Cục Sở hữu trí tuệ cấp Giấy chứng nhận.',
    descriptionEn:
      'A cooperative growing and packing dragon fruit; its collective trademark is registered with the IP Office of Viet Nam.',
    commune: 'Châu Thành',
    province: DEMO_PROVINCE,
    status: PUBLISHED,
    verified: true,
    publishedDaysAgo: 140,
    fields: ['401'],
  },
  htxThanhLongTamVu: {
    kind: OrganisationKind.COOPERATIVE,
    nameVi: 'Hợp tác xã Thanh long Tầm Vu',
    nameEn: 'Tam Vu Dragon Fruit Cooperative',
    shortName: 'HTX Thanh long Tầm Vu',
    descriptionVi:
      'Hợp tác xã thanh long trong vùng chỉ dẫn địa lý "Thanh long Châu Thành – Long An"; nhãn hiệu tập thể đã được cấp Giấy chứng nhận. Đang tìm giải pháp bảo quản để xuất khẩu đường biển.',
    descriptionEn:
      'A dragon-fruit cooperative inside the "Châu Thành – Long An dragon fruit" geographical indication area, with a registered collective trademark; looking for post-harvest technology for sea-freight exports.',
    commune: 'Tầm Vu',
    province: DEMO_PROVINCE,
    status: PUBLISHED,
    verified: true,
    publishedDaysAgo: 150,
    fields: ['401', '211'],
  },
  htxMyThanh: {
    kind: OrganisationKind.COOPERATIVE,
    nameVi: 'Hợp tác xã Nông nghiệp Mỹ Thạnh',
    nameEn: 'My Thanh Agricultural Cooperative',
    shortName: 'HTX NN Mỹ Thạnh',
    descriptionVi:
      'Hợp tác xã sản xuất lúa nếp vùng Thủ Thừa, có xưởng xay xát và nhãn hiệu tập thể đã được Cục Sở hữu trí tuệ cấp Giấy chứng nhận.',
    descriptionEn:
      'A cooperative growing glutinous rice in Thủ Thừa, with its own rice mill and a registered collective trademark.',
    commune: 'Thủ Thừa',
    province: DEMO_PROVINCE,
    status: PUBLISHED,
    verified: false,
    publishedDaysAgo: 130,
    fields: ['401', '211'],
  },
  cesti: {
    kind: OrganisationKind.ST_ORGANISATION,
    nameVi: 'Trung tâm Thông tin và Thống kê Khoa học và Công nghệ TP. Hồ Chí Minh',
    nameEn: 'Ho Chi Minh City Centre for Science and Technology Information and Statistics',
    shortName: 'CESTI',
    descriptionVi:
      'Tổ chức KH&CN hợp tác với Trung tâm Ứng dụng, kỹ thuật, thông tin KH&CN tỉnh Long An vận hành nền tảng Sàn giao dịch công nghệ và thiết bị trực tuyến tỉnh Long An.',
    descriptionEn:
      'The S&T organisation that runs the Long An online technology and equipment exchange platform together with the provincial Centre for S&T Application, Engineering and Information.',
    website: 'https://cesti.gov.vn',
    commune: null,
    province: 'TP. Hồ Chí Minh',
    status: PUBLISHED,
    verified: true,
    publishedDaysAgo: 215,
    fields: ['102', '502'],
  },
  // Not in the report: an illustrative S&T enterprise (the report counts 22 in the province without naming them).
  coDienVamCo: {
    kind: OrganisationKind.ST_ENTERPRISE,
    nameVi: 'Công ty TNHH Cơ điện Nông nghiệp Vàm Cỏ',
    nameEn: 'Vam Co Agricultural Electromechanics Co., Ltd.',
    shortName: 'Cơ điện Vàm Cỏ',
    stCertificateNumber: '18/DNKHCN',
    descriptionVi:
      'Doanh nghiệp khoa học và công nghệ (ví dụ minh họa) thiết kế, chế tạo thiết bị sau thu hoạch và chiếu sáng nông nghiệp: máy sấy bơm nhiệt, đèn LED xử lý ra hoa thanh long, nhà màng, kho lạnh.',
    descriptionEn:
      'An S&T enterprise (illustrative example) designing post-harvest and agricultural lighting equipment: heat-pump dryers, LED lamps for dragon-fruit flowering, net houses, cold rooms.',
    email: `codienvamco@${DEMO_EMAIL_DOMAIN}`,
    commune: 'Bến Lức',
    province: DEMO_PROVINCE,
    status: PUBLISHED,
    verified: true,
    publishedDaysAgo: 100,
    fields: ['202', '203', '401'],
  },
  // Not in the report: an illustrative start-up of the 2023 incubation round (the report plans 5 to 10 projects).
  camBienMekong: {
    kind: OrganisationKind.ENTERPRISE,
    nameVi: 'Công ty TNHH Công nghệ Cảm biến Mekong Xanh',
    nameEn: 'Mekong Xanh Sensor Technology Co., Ltd.',
    shortName: 'Cảm biến Mekong Xanh',
    descriptionVi:
      'Dự án khởi nghiệp (ví dụ minh họa) được ươm tạo tại Không gian khởi nghiệp đổi mới sáng tạo tỉnh, phát triển cảm biến đo độ mặn và mực nước giá thấp cho nông dân vùng ven biển.',
    descriptionEn:
      'A start-up (illustrative example) incubated at the provincial innovation space, developing low-cost salinity and water-level sensors for coastal farmers.',
    email: `mekongxanh@${DEMO_EMAIL_DOMAIN}`,
    commune: 'Cần Đước',
    province: DEMO_PROVINCE,
    status: PENDING_REVIEW,
    verified: false,
    fields: ['202', '207'],
  },
} satisfies Record<string, DemoOrganisation>;

export type DemoOrgKey = keyof typeof DEMO_ORGANISATIONS;
