// The demo data, taken from the Long An Department of Science and Technology's 2023 report
// (/work/shared/seeds/long-an-dost-2023-report.vi.txt): its units, organisations, technologies, IP titles and figures.
// Where the report names a technology but not who holds it, the holder chosen here is an assumption for the demo,
// and so are communes, prices and technical figures; IP numbers and grant dates the report does not give are left
// empty rather than invented. Two organisations are not in the report and say so below.
// Dates are relative (days before or after the seeding moment) so a fresh demo always looks current.
import {
  IpStatus,
  IpType,
  ListingKind,
  Locale,
  MembershipRole,
  ModerationStatus,
  OrganisationKind,
  TechnologyLevel,
  UserRole,
} from '../../server/generated/prisma/enums.ts';
import type { EquipmentOfferDetails, TechnologyOfferDetails, TechnologyRequestDetails } from '../../server/modules/listing/listing-details.ts';

/** Password of every demo account; printed at start-up and by `npm run seed:demo`. */
export const DEMO_PASSWORD = 'demo-password-2023';
export const DEMO_EMAIL_DOMAIN = 'demo.sangiaodich.vn';
/** Since 1 July 2025 Long An is part of Tây Ninh province. */
export const DEMO_PROVINCE = 'Tây Ninh';

const { PUBLISHED, DRAFT, PENDING_REVIEW, CHANGES_REQUESTED, REJECTED, ARCHIVED } = ModerationStatus;

// ───────────────────────────── organisations ─────────────────────────────

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

// ───────────────────────────── accounts ─────────────────────────────

export interface DemoAccount {
  /** What the account demonstrates, printed next to its email. */
  label: string;
  email: string;
  displayName: string;
  role: UserRole;
  locale: Locale;
  memberships: { org: DemoOrgKey; role: MembershipRole }[];
}

export const DEMO_ACCOUNTS = {
  admin: {
    label: 'admin',
    email: `admin@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Quản trị hệ thống',
    role: UserRole.ADMIN,
    locale: Locale.vi,
    memberships: [],
  },
  moderator: {
    label: 'moderator',
    email: `moderator@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Nguyễn Thị Thu Hà (Phòng Quản lý Công nghệ)',
    role: UserRole.MODERATOR,
    locale: Locale.vi,
    memberships: [],
  },
  seller: {
    label: 'seller',
    email: `seller@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Trần Văn Minh (Cơ khí Xây dựng Long An)',
    role: UserRole.BUYER,
    locale: Locale.vi,
    memberships: [{ org: 'coKhiXayDung', role: MembershipRole.OWNER }],
  },
  editor: {
    label: 'editor',
    email: `editor@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Lê Thị Ngọc Hân (Trung tâm Ứng dụng KH&CN)',
    role: UserRole.BUYER,
    locale: Locale.vi,
    memberships: [{ org: 'trungTamUngDung', role: MembershipRole.EDITOR }],
  },
  buyer: {
    label: 'buyer',
    email: `buyer@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Phạm Quốc Bảo',
    role: UserRole.BUYER,
    locale: Locale.en,
    memberships: [],
  },
} satisfies Record<string, DemoAccount>;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;

/** The account whose presence means the demo data is loaded. */
export const DEMO_MARKER_EMAIL = DEMO_ACCOUNTS.admin.email;

// ───────────────────────────── listings ─────────────────────────────

export type DemoPrice =
  | { type: 'NEGOTIABLE' }
  | { type: 'FIXED'; amount: bigint }
  | { type: 'RANGE'; min: bigint; max: bigint };

interface DemoListingBase {
  /** Lets an IP title point at the listing. */
  key?: string;
  status: ModerationStatus;
  org: DemoOrgKey;
  createdBy?: DemoAccountKey;
  titleVi: string;
  titleEn?: string;
  summaryVi: string;
  summaryEn?: string;
  descriptionVi?: string;
  descriptionEn?: string;
  fieldCode: string;
  /** Offers only; a request's TRL column is the minimum it asks for (details.minTrl). */
  trl?: number;
  appraisalLevel?: TechnologyLevel;
  keywords: string[];
  price: DemoPrice;
  commune: string;
  /** Set for listings that have been public (PUBLISHED, ARCHIVED). */
  publishedDaysAgo?: number;
  validForDays?: number;
  /** The moderator's reason, for CHANGES_REQUESTED and REJECTED. */
  moderationNote?: string;
}

export type DemoRequestDetails = Omit<TechnologyRequestDetails, 'responseDeadline'> & { respondWithinDays: number };

export type DemoListing =
  | (DemoListingBase & { kind: typeof ListingKind.TECHNOLOGY_OFFER; details: TechnologyOfferDetails })
  | (DemoListingBase & { kind: typeof ListingKind.EQUIPMENT_OFFER; details: EquipmentOfferDetails })
  | (DemoListingBase & {
      kind: typeof ListingKind.TECHNOLOGY_REQUEST;
      hideOrganisation?: boolean;
      details: DemoRequestDetails;
    });

const NATIONWIDE = 'Toàn quốc';
const { TECHNOLOGY_OFFER, EQUIPMENT_OFFER, TECHNOLOGY_REQUEST } = ListingKind;

const TECHNOLOGY_OFFERS: DemoListing[] = [
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
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Các tỉnh Đồng bằng sông Cửu Long và Đông Nam Bộ', sublicensing: false },
      dealTypes: ['LICENSE', 'SALE'],
      support: 'Hướng dẫn vận hành tại cơ sở 5 ngày; hỗ trợ kỹ thuật từ xa 12 tháng.',
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

const EQUIPMENT_OFFERS: DemoListing[] = [
  {
    kind: EQUIPMENT_OFFER,
    status: PUBLISHED,
    org: 'coKhiXayDung',
    createdBy: 'seller',
    titleVi: 'Dây chuyền băng tải lòng máng B800 dài 50 m vận chuyển cát, đá',
    titleEn: 'B800 troughed belt conveyor line, 50 m, for sand and aggregate',
    summaryVi:
      'Băng tải lòng máng bản rộng 800 mm, năng suất 150 tấn/giờ, khung thép mạ kẽm dùng thanh giằng lắp ghép của Công ty; thiết kế theo mặt bằng bến bãi, lắp đặt trọn gói.',
    summaryEn:
      'An 800 mm troughed belt conveyor, 150 t/h, with a galvanised frame held by the company’s bolted braces; designed to the site and installed turnkey.',
    fieldCode: '203',
    keywords: ['băng tải', 'băng tải lòng máng', 'vật liệu xây dựng', 'bến bãi', 'cơ khí'],
    price: { type: 'FIXED', amount: 1_250_000_000n },
    commune: 'Tân An',
    publishedDaysAgo: 4,
    details: {
      make: 'Cơ khí Xây dựng Long An',
      model: 'BTLM-B800-50',
      origin: 'Việt Nam',
      year: 2025,
      condition: 'NEW',
      hoursOfUse: null,
      specifications: {
        'Bản rộng băng': '800 mm',
        'Chiều dài': '50 m',
        'Năng suất': '150 tấn/giờ',
        'Tốc độ băng': '2,0 m/s',
        'Động cơ': '22 kW, 380 V, hộp giảm tốc trục vuông góc',
        'Góc nghiêng tối đa': '18°',
      },
      quantity: 1,
      installation: 'Lắp đặt tại công trình trong 10–15 ngày, gồm cả móng trụ đỡ.',
      warranty: '12 tháng cho kết cấu và cụm truyền động.',
      knowHowIncluded: true,
      canDemonstrate: true,
      dealTypes: ['SALE'],
    },
  },
  {
    kind: EQUIPMENT_OFFER,
    status: PUBLISHED,
    org: 'coKhiXayDung',
    createdBy: 'seller',
    titleVi: 'Băng tải di động nạp liệu lên xe tải, ghe dài 12 m',
    titleEn: 'Mobile 12 m loading conveyor for trucks and barges',
    summaryVi:
      'Băng tải cao su B500 trên khung bánh hơi, nâng hạ góc nghiêng bằng tời, năng suất 60 tấn/giờ; dùng bốc xếp lúa, phân bón, cát tại bến và kho.',
    summaryEn:
      'A B500 rubber belt conveyor on a wheeled frame with winch-adjusted incline, 60 t/h; for loading paddy, fertiliser and sand at wharves and warehouses.',
    fieldCode: '203',
    keywords: ['băng tải di động', 'bốc xếp', 'kho lúa', 'bến ghe'],
    price: { type: 'FIXED', amount: 285_000_000n },
    commune: 'Tân An',
    publishedDaysAgo: 20,
    details: {
      make: 'Cơ khí Xây dựng Long An',
      model: 'BTDĐ-B500-12',
      origin: 'Việt Nam',
      year: 2025,
      condition: 'NEW',
      hoursOfUse: null,
      specifications: {
        'Bản rộng băng': '500 mm',
        'Chiều dài': '12 m',
        'Năng suất': '60 tấn/giờ',
        'Góc nghiêng': '0–25°, nâng hạ bằng tời tay',
        'Động cơ': '5,5 kW, 380 V',
      },
      quantity: 3,
      installation: 'Giao tại kho bên mua, chạy thử và hướng dẫn vận hành trong 1 ngày.',
      warranty: '12 tháng.',
      knowHowIncluded: false,
      canDemonstrate: true,
      dealTypes: ['SALE', 'LEASE'],
    },
  },
  {
    kind: EQUIPMENT_OFFER,
    status: DRAFT,
    org: 'coKhiXayDung',
    createdBy: 'seller',
    titleVi: 'Cầu trục dầm đơn 5 tấn khẩu độ 16 m',
    titleEn: 'Single-girder overhead crane, 5 t, 16 m span',
    summaryVi: 'Cầu trục dầm đơn sức nâng 5 tấn, khẩu độ 16 m, palăng cáp điện; chế tạo theo nhà xưởng (bản nháp).',
    fieldCode: '203',
    keywords: ['cầu trục', 'thiết bị nâng', 'nhà xưởng'],
    price: { type: 'FIXED', amount: 420_000_000n },
    commune: 'Tân An',
    details: {
      make: 'Cơ khí Xây dựng Long An',
      model: 'CT-DĐ-5T-16',
      origin: 'Việt Nam',
      year: 2025,
      condition: 'NEW',
      hoursOfUse: null,
      specifications: { 'Sức nâng': '5 tấn', 'Khẩu độ': '16 m', 'Chiều cao nâng': '8 m' },
      quantity: 1,
      installation: 'Lắp đặt và kiểm định an toàn trước khi bàn giao.',
      warranty: '12 tháng.',
      knowHowIncluded: false,
      canDemonstrate: false,
      dealTypes: ['SALE'],
    },
  },
  {
    kind: EQUIPMENT_OFFER,
    status: PUBLISHED,
    org: 'htxDuongXuan',
    titleVi: 'Máy sấy bơm nhiệt 300 kg/mẻ sấy dẻo thanh long, đã qua sử dụng',
    titleEn: 'Used heat-pump dryer, 300 kg/batch, for soft-dried dragon fruit',
    summaryVi:
      'Hợp tác xã nâng công suất nên chuyển nhượng máy sấy bơm nhiệt 300 kg trái tươi/mẻ, nhiệt độ sấy 40–65 °C, đã chạy 2 năm, hoạt động tốt; có thể xem máy chạy thực tế tại xưởng.',
    summaryEn:
      'The cooperative is upgrading and sells its heat-pump dryer: 300 kg of fresh fruit per batch, 40–65 °C, two years in service and in good order; can be seen running at the workshop.',
    fieldCode: '211',
    keywords: ['máy sấy bơm nhiệt', 'thanh long sấy dẻo', 'thiết bị sau thu hoạch', 'máy cũ'],
    price: { type: 'FIXED', amount: 165_000_000n },
    commune: 'Châu Thành',
    publishedDaysAgo: 12,
    validForDays: 90,
    details: {
      make: 'Cơ điện Nông nghiệp Vàm Cỏ',
      model: 'HPD-300',
      origin: 'Việt Nam',
      year: 2023,
      condition: 'USED',
      hoursOfUse: 5200,
      specifications: {
        'Năng suất': '300 kg nguyên liệu tươi/mẻ',
        'Nhiệt độ sấy': '40–65 °C',
        'Công suất điện': '9 kW',
        'Khay sấy': '60 khay inox 304',
        'Thời gian sấy': '14–18 giờ/mẻ (thanh long cắt lát)',
      },
      quantity: 1,
      installation: 'Bên mua tự vận chuyển; hợp tác xã hỗ trợ tháo dỡ và hướng dẫn lắp lại.',
      warranty: 'Hết bảo hành hãng; không bảo hành thêm.',
      knowHowIncluded: true,
      canDemonstrate: true,
      dealTypes: ['SALE'],
    },
  },
  {
    kind: EQUIPMENT_OFFER,
    status: PUBLISHED,
    org: 'htxMyThanh',
    titleVi: 'Dây chuyền xay xát, đánh bóng gạo liên hoàn 2 tấn/giờ',
    titleEn: 'Integrated rice milling and polishing line, 2 t/h',
    summaryVi:
      'Dây chuyền bóc vỏ, tách thóc, xát trắng 2 cấp, đánh bóng và sàng đảo, năng suất 2 tấn lúa/giờ; hợp tác xã chuyển sang dây chuyền mới nên cần chuyển nhượng.',
    summaryEn:
      'Husking, paddy separation, two-stage whitening, polishing and grading, 2 tonnes of paddy per hour; for sale because the cooperative moved to a new line.',
    fieldCode: '203',
    keywords: ['xay xát gạo', 'đánh bóng gạo', 'lúa nếp', 'chế biến lúa gạo'],
    price: { type: 'FIXED', amount: 780_000_000n },
    commune: 'Thủ Thừa',
    publishedDaysAgo: 9,
    details: {
      make: 'Chế tạo trong nước',
      model: 'XXL-2T',
      origin: 'Việt Nam',
      year: 2019,
      condition: 'USED',
      hoursOfUse: 16000,
      specifications: {
        'Năng suất': '2 tấn lúa/giờ',
        'Tổng công suất điện': '75 kW',
        'Cụm máy': 'Bóc vỏ, tách thóc, xát trắng 2 cấp, đánh bóng 1 cấp, sàng đảo',
        'Tỷ lệ gạo nguyên': '≥ 55% với nếp Thủ Thừa',
      },
      quantity: 1,
      installation: 'Tháo dỡ tại xưởng hợp tác xã; bên mua lo vận chuyển và lắp đặt.',
      warranty: 'Không bảo hành.',
      knowHowIncluded: false,
      canDemonstrate: true,
      dealTypes: ['SALE'],
    },
  },
  {
    kind: EQUIPMENT_OFFER,
    status: PUBLISHED,
    org: 'coDienVamCo',
    titleVi: 'Máy tách màu gạo 5 máng 320 kênh',
    titleEn: 'Rice colour sorter, 5 chutes, 320 channels',
    summaryVi:
      'Máy tách màu dùng camera CCD loại bỏ hạt vàng, hạt bạc bụng, sạn; năng suất 4–6 tấn gạo/giờ; phân phối, lắp đặt và bảo hành tại Tây Ninh.',
    summaryEn:
      'A CCD-camera colour sorter removing yellow and chalky kernels and stones; 4–6 tonnes of rice per hour; supplied, installed and serviced in Tây Ninh.',
    fieldCode: '203',
    keywords: ['máy tách màu', 'chế biến gạo', 'xuất khẩu gạo', 'camera CCD'],
    price: { type: 'FIXED', amount: 690_000_000n },
    commune: 'Bến Lức',
    publishedDaysAgo: 16,
    details: {
      make: 'Hefei Meyer Optoelectronic',
      model: '6SXM-320',
      origin: 'Trung Quốc',
      year: 2025,
      condition: 'NEW',
      hoursOfUse: null,
      specifications: {
        'Số máng': '5',
        'Số kênh': '320',
        'Năng suất': '4–6 tấn/giờ',
        'Độ chính xác tách': '≥ 99,9%',
        'Khí nén': '0,6–0,8 MPa',
      },
      quantity: 2,
      installation: 'Lắp đặt, cài đặt chương trình tách theo loại gạo trong 2 ngày.',
      warranty: '24 tháng.',
      knowHowIncluded: true,
      canDemonstrate: true,
      dealTypes: ['SALE'],
    },
  },
  {
    kind: EQUIPMENT_OFFER,
    status: PUBLISHED,
    org: 'coDienVamCo',
    titleVi: 'Kho lạnh container 40 feet bảo quản thanh long 20 tấn',
    titleEn: '40-foot reefer container cold room for 20 t of dragon fruit',
    summaryVi:
      'Container lạnh 40 feet tân trang, giữ nhiệt 2–8 °C, chứa khoảng 20 tấn thanh long đóng thùng; đặt tại vườn hoặc điểm thu mua, chỉ cần điện 3 pha.',
    summaryEn:
      'A refurbished 40-foot reefer container holding 2–8 °C for about 20 t of boxed dragon fruit; placed at the farm or collection point with three-phase power.',
    fieldCode: '211',
    keywords: ['kho lạnh', 'container lạnh', 'bảo quản thanh long', 'chuỗi lạnh'],
    price: { type: 'FIXED', amount: 320_000_000n },
    commune: 'Bến Lức',
    publishedDaysAgo: 27,
    details: {
      make: 'Thermo King',
      model: 'Magnum Plus (container 40 feet)',
      origin: 'Cụm máy lạnh Mỹ; vỏ container tân trang tại Việt Nam',
      year: 2016,
      condition: 'REFURBISHED',
      hoursOfUse: 18000,
      specifications: {
        'Dải nhiệt độ': '−25 đến +25 °C (dùng 2–8 °C cho thanh long)',
        'Sức chứa': 'khoảng 20 tấn thanh long đóng thùng 10 kg',
        'Nguồn điện': '380 V, 3 pha',
      },
      quantity: 4,
      installation: 'Giao và đặt bằng xe cẩu; cần nền bằng và nguồn điện 3 pha.',
      warranty: '12 tháng cho cụm máy lạnh.',
      knowHowIncluded: true,
      canDemonstrate: true,
      dealTypes: ['SALE', 'LEASE'],
    },
  },
  {
    kind: EQUIPMENT_OFFER,
    status: PUBLISHED,
    org: 'chiCucTdc',
    titleVi: 'Chia sẻ khai thác máy quang phổ hấp thụ nguyên tử (AAS) phân tích kim loại nặng',
    titleEn: 'Shared use of an atomic absorption spectrometer (AAS) for heavy-metal testing',
    summaryVi:
      'Phòng thử nghiệm cho doanh nghiệp, hợp tác xã thuê ca máy hoặc gửi mẫu phân tích chì, cadimi, asen, thủy ngân trong nông sản, thực phẩm, phân bón; có kỹ thuật viên vận hành.',
    summaryEn:
      'The testing laboratory rents machine time or takes samples from enterprises and cooperatives for lead, cadmium, arsenic and mercury in produce, food and fertiliser; operated by its technicians.',
    fieldCode: '104',
    keywords: ['AAS', 'kim loại nặng', 'phòng thử nghiệm', 'kiểm nghiệm thực phẩm', 'chia sẻ thiết bị'],
    price: { type: 'FIXED', amount: 450_000n },
    commune: 'Tân An',
    publishedDaysAgo: 5,
    validForDays: 365,
    details: {
      make: 'Shimadzu',
      model: 'AA-7000',
      origin: 'Nhật Bản',
      year: 2019,
      condition: 'IN_SERVICE',
      hoursOfUse: null,
      specifications: {
        'Kỹ thuật': 'Ngọn lửa, lò graphite, hóa hơi lạnh (Hg), hydride (As)',
        'Chỉ tiêu thường làm': 'Pb, Cd, As, Hg, Cu, Zn, Fe',
        'Hình thức': 'Gửi mẫu hoặc thuê ca máy có kỹ thuật viên',
      },
      quantity: 1,
      installation: 'Thiết bị đặt cố định tại phòng thử nghiệm.',
      warranty: 'Máy được hiệu chuẩn định kỳ; kết quả kèm phiếu thử nghiệm.',
      knowHowIncluded: false,
      canDemonstrate: true,
      dealTypes: ['SERVICE', 'LEASE'],
      priceUnit: 'đồng/chỉ tiêu',
    },
  },
  {
    kind: EQUIPMENT_OFFER,
    status: PUBLISHED,
    org: 'daiHocTanTao',
    titleVi: 'Cho thuê ca máy PCR định lượng (real-time PCR) phòng thí nghiệm công nghệ sinh học',
    titleEn: 'Real-time PCR instrument time for rent at a biotechnology laboratory',
    summaryVi:
      'Máy real-time PCR 96 giếng cho doanh nghiệp, viện, trường thuê theo lượt chạy: định danh giống, phát hiện mầm bệnh trên cây trồng, vật nuôi, thủy sản.',
    summaryEn:
      'A 96-well real-time PCR instrument rented per run to companies and institutes: variety identification and pathogen detection in crops, livestock and aquaculture.',
    fieldCode: '406',
    keywords: ['real-time PCR', 'sinh học phân tử', 'phát hiện mầm bệnh', 'chia sẻ thiết bị'],
    price: { type: 'FIXED', amount: 1_500_000n },
    commune: 'Đức Hòa',
    publishedDaysAgo: 22,
    details: {
      make: 'Bio-Rad',
      model: 'CFX96 Touch',
      origin: 'Mỹ',
      year: 2020,
      condition: 'IN_SERVICE',
      hoursOfUse: null,
      specifications: { 'Số giếng': '96', 'Kênh màu': '5 kênh + FRET', 'Thời gian một lượt': 'khoảng 2 giờ' },
      quantity: 1,
      installation: 'Sử dụng tại phòng thí nghiệm của Trường.',
      warranty: 'Bảo trì định kỳ theo hợp đồng với hãng.',
      knowHowIncluded: false,
      canDemonstrate: true,
      dealTypes: ['LEASE', 'SERVICE'],
      priceUnit: 'đồng/lượt chạy 96 giếng (chưa gồm hóa chất)',
    },
  },
  {
    kind: EQUIPMENT_OFFER,
    status: PUBLISHED,
    org: 'trungTamUngDung',
    createdBy: 'editor',
    titleVi: 'Dây chuyền ép dầu hạt Mù U 200 kg nhân/ngày kèm quy trình công nghệ',
    titleEn: 'Tamanu seed oil pressing line, 200 kg of kernels per day, with the process',
    summaryVi:
      'Máy tách vỏ, máy sấy nhân, máy ép trục vít ép lạnh, bồn lắng và máy lọc khung bản; bán kèm quy trình chiết xuất dầu Mù U và đào tạo vận hành (mua bán máy móc kèm công nghệ).',
    summaryEn:
      'Sheller, kernel dryer, cold screw press, settling tanks and plate filter press; sold with the tamanu oil process and operator training (machinery sale with know-how).',
    fieldCode: '204',
    keywords: ['mù u', 'máy ép dầu', 'ép lạnh', 'chuyển giao công nghệ'],
    price: { type: 'FIXED', amount: 420_000_000n },
    commune: 'Tân An',
    publishedDaysAgo: 3,
    details: {
      make: 'Chế tạo trong nước theo thiết kế của Trung tâm',
      model: 'EMU-200',
      origin: 'Việt Nam',
      year: 2025,
      condition: 'NEW',
      hoursOfUse: null,
      specifications: {
        'Công suất': '200 kg nhân/ngày (8 giờ)',
        'Máy ép': 'Trục vít, nhiệt độ ép dưới 50 °C',
        'Tổng công suất điện': '15 kW',
        'Vật liệu tiếp xúc dầu': 'Inox 304',
      },
      quantity: 1,
      installation: 'Lắp đặt, chạy thử với nguyên liệu của bên mua trong 5 ngày.',
      warranty: '12 tháng.',
      knowHowIncluded: true,
      canDemonstrate: true,
      dealTypes: ['SALE'],
    },
  },
  {
    kind: EQUIPMENT_OFFER,
    status: REJECTED,
    org: 'leLong',
    titleVi: 'Lò hơi đốt trấu 2 tấn hơi/giờ đã qua sử dụng',
    titleEn: 'Used rice-husk boiler, 2 t of steam per hour',
    summaryVi: 'Chuyển nhượng lò hơi ống lửa đốt trấu 2 tấn hơi/giờ sau khi nhà máy thay lò công suất lớn hơn.',
    summaryEn: 'A 2 t/h husk-fired fire-tube boiler for sale after the plant installed a larger one.',
    fieldCode: '203',
    keywords: ['lò hơi', 'đốt trấu', 'thiết bị chịu áp lực', 'máy cũ'],
    price: { type: 'FIXED', amount: 350_000_000n },
    commune: 'Cần Giuộc',
    moderationNote:
      'Lò hơi thuộc danh mục máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động: cần đính kèm biên bản kiểm định kỹ thuật an toàn còn hiệu lực trước khi đăng.',
    details: {
      make: 'Chế tạo trong nước',
      model: 'LHT-2T',
      origin: 'Việt Nam',
      year: 2015,
      condition: 'USED',
      hoursOfUse: 42000,
      specifications: { 'Năng suất hơi': '2 tấn/giờ', 'Áp suất làm việc': '8 bar', 'Nhiên liệu': 'Trấu, củi' },
      quantity: 1,
      installation: 'Bên mua tháo dỡ, vận chuyển.',
      warranty: 'Không bảo hành.',
      knowHowIncluded: false,
      canDemonstrate: false,
      dealTypes: ['SALE'],
    },
  },
  {
    kind: EQUIPMENT_OFFER,
    status: CHANGES_REQUESTED,
    org: 'sangViet',
    titleVi: 'Máy nén khí trục vít 37 kW biến tần',
    titleEn: '37 kW variable-speed screw air compressor',
    summaryVi: 'Máy nén khí trục vít 37 kW có biến tần, lưu lượng khoảng 6 m³/phút, thanh lý do nhà máy nâng cấp hệ thống khí nén.',
    summaryEn: 'A 37 kW variable-speed screw compressor, about 6 m³/min, sold as the plant upgrades its compressed-air system.',
    fieldCode: '203',
    keywords: ['máy nén khí', 'biến tần', 'tiết kiệm năng lượng', 'máy cũ'],
    price: { type: 'FIXED', amount: 210_000_000n },
    commune: 'Bến Lức',
    moderationNote:
      'Đề nghị bổ sung ảnh bảng tên máy, số giờ chạy trên bộ điều khiển và thời điểm bảo dưỡng gần nhất.',
    details: {
      make: 'Atlas Copco',
      model: 'GA 37 VSD',
      origin: 'Bỉ',
      year: 2018,
      condition: 'USED',
      hoursOfUse: 21000,
      specifications: { 'Công suất động cơ': '37 kW', 'Lưu lượng': 'khoảng 6 m³/phút', 'Áp suất': '7,5 bar' },
      quantity: 1,
      installation: 'Bên mua tự vận chuyển.',
      warranty: 'Không bảo hành.',
      knowHowIncluded: false,
      canDemonstrate: true,
      dealTypes: ['SALE'],
    },
  },
];

const TECHNOLOGY_REQUESTS: DemoListing[] = [
  {
    kind: TECHNOLOGY_REQUEST,
    status: PUBLISHED,
    org: 'htxThanhLongTamVu',
    titleVi: 'Cần công nghệ bảo quản thanh long tươi 30–40 ngày để xuất khẩu đường biển',
    titleEn: 'Wanted: post-harvest technology keeping fresh dragon fruit 30–40 days for sea freight',
    summaryVi:
      'Hợp tác xã cần giải pháp xử lý sau thu hoạch (làm sạch, xử lý nấm, bao màng, bảo quản lạnh) để thanh long ruột trắng, ruột đỏ giữ chất lượng 30–40 ngày, đủ thời gian đi đường biển sang châu Âu.',
    summaryEn:
      'The cooperative needs post-harvest treatment (cleaning, fungal control, coating, cold storage) keeping white- and red-fleshed dragon fruit in good condition for 30–40 days, long enough for sea freight to Europe.',
    fieldCode: '211',
    keywords: ['thanh long', 'bảo quản sau thu hoạch', 'xuất khẩu', 'chuỗi lạnh', 'màng bao'],
    price: { type: 'RANGE', min: 500_000_000n, max: 1_200_000_000n },
    commune: 'Tầm Vu',
    publishedDaysAgo: 1,
    details: {
      problem:
        'Vận chuyển hàng không quá đắt; đi đường biển 25–30 ngày thì trái thối cuống, héo tai, có lô hư hỏng trên 20%.',
      currentSolution: 'Rửa nước sạch, phân loại thủ công, bảo quản lạnh 5–8 °C ở kho thuê; chỉ giữ được 2–3 tuần.',
      requiredSpecs: [
        'Bảo quản tối thiểu 30 ngày, tỷ lệ hư hỏng dưới 5%',
        'Hóa chất, màng bao được phép dùng tại EU, không để lại dư lượng vượt mức tối đa cho phép',
        'Công suất xử lý 5–10 tấn/ngày',
        'Chi phí xử lý không quá 1.500 đồng/kg',
      ],
      minTrl: 7,
      budget: { min: 500_000_000, max: 1_200_000_000 },
      respondWithinDays: 60,
      partnerType: ['ST_ORGANISATION', 'ST_ENTERPRISE', 'UNIVERSITY_INSTITUTE'],
    },
  },
  {
    kind: TECHNOLOGY_REQUEST,
    status: PUBLISHED,
    org: 'htxMyThanh',
    hideOrganisation: true,
    titleVi: 'Tìm hệ thống xử lý nước thải cho xưởng sản xuất bún tươi 5 m³/ngày',
    titleEn: 'Wanted: wastewater treatment for a fresh rice-noodle workshop, 5 m³/day',
    summaryVi:
      'Xưởng bún tươi cần hệ thống xử lý nước thải giàu tinh bột, có tính axit, đạt quy chuẩn nước thải công nghiệp trước khi xả ra kênh; mặt bằng lắp đặt chỉ khoảng 30 m².',
    summaryEn:
      'A fresh rice-noodle workshop needs to treat starchy, acidic wastewater to the industrial discharge standard before it reaches the canal; only about 30 m² is available.',
    fieldCode: '207',
    keywords: ['xử lý nước thải', 'bún tươi', 'tinh bột', 'COD', 'môi trường'],
    price: { type: 'RANGE', min: 150_000_000n, max: 300_000_000n },
    commune: 'Thủ Thừa',
    publishedDaysAgo: 7,
    details: {
      problem:
        'Nước thải ngâm gạo, xay bột, luộc bún có COD cao (ước 3.000–5.000 mg/L), pH thấp, bốc mùi chua; bể lắng hiện có quá tải.',
      currentSolution: 'Bể lắng 3 ngăn rồi xả ra kênh; đã bị nhắc nhở về mùi.',
      requiredSpecs: [
        'Công suất 5 m³/ngày, mở rộng được lên 10 m³/ngày',
        'Nước sau xử lý đạt quy chuẩn kỹ thuật quốc gia về nước thải công nghiệp (QCVN 40), cột B',
        'Diện tích không quá 30 m², có thể đặt âm',
        'Chi phí vận hành dưới 15.000 đồng/m³',
      ],
      minTrl: 8,
      budget: { min: 150_000_000, max: 300_000_000 },
      respondWithinDays: 45,
      partnerType: ['ST_ENTERPRISE', 'ENTERPRISE'],
    },
  },
  {
    kind: TECHNOLOGY_REQUEST,
    status: PUBLISHED,
    org: 'htxDuongXuan',
    titleVi: 'Cần hệ thống tưới tự động điều khiển qua điện thoại cho 20 ha thanh long',
    titleEn: 'Wanted: phone-controlled automatic irrigation for 20 ha of dragon fruit',
    summaryVi:
      'Hợp tác xã cần hệ thống tưới theo lịch và theo ẩm độ đất, cảnh báo khi nguồn nước nhiễm mặn, điều khiển từ điện thoại cho 20 ha thanh long của thành viên.',
    summaryEn:
      'The cooperative needs irrigation run by schedule and soil moisture, with saline-water alerts and phone control, for 20 ha of its members’ dragon fruit.',
    fieldCode: '202',
    keywords: ['tưới tự động', 'IoT', 'xâm nhập mặn', 'thanh long', 'nông nghiệp thông minh'],
    price: { type: 'RANGE', min: 600_000_000n, max: 900_000_000n },
    commune: 'Châu Thành',
    publishedDaysAgo: 14,
    details: {
      problem:
        'Mùa khô tưới thủ công tốn 2–3 công/ha mỗi lần; nước kênh có lúc nhiễm mặn, tưới không kiểm soát làm cây bị sốc.',
      currentSolution: 'Bơm dầu, tưới béc thủ công theo kinh nghiệm.',
      requiredSpecs: [
        'Điều khiển bơm, van theo lịch và theo ẩm độ đất qua ứng dụng điện thoại',
        'Cảnh báo độ mặn nguồn nước trên 1‰ và tự ngưng bơm',
        'Bộ điều khiển tại chỗ vẫn chạy khi mất Internet',
        'Bảo hành tối thiểu 24 tháng, có kỹ thuật viên tại địa phương',
      ],
      minTrl: 8,
      budget: { min: 600_000_000, max: 900_000_000 },
      respondWithinDays: 30,
      partnerType: ['ST_ENTERPRISE', 'ENTERPRISE'],
    },
  },
  {
    kind: TECHNOLOGY_REQUEST,
    status: PUBLISHED,
    org: 'sangViet',
    titleVi: 'Tìm giải pháp giám sát hiệu suất thiết bị tổng thể (OEE) theo thời gian thực',
    titleEn: 'Wanted: real-time overall equipment effectiveness (OEE) monitoring',
    summaryVi:
      'Công ty đang áp dụng công cụ năng suất chất lượng và cần số liệu dừng máy, tốc độ, phế phẩm tự động cho 12 máy thay cho ghi chép tay.',
    summaryEn:
      'The company applies productivity and quality tools and needs automatic downtime, speed and scrap data for 12 machines instead of paper logs.',
    fieldCode: '202',
    keywords: ['OEE', 'năng suất chất lượng', 'IoT công nghiệp', 'chuyển đổi số', 'Giải thưởng Chất lượng Quốc gia'],
    price: { type: 'RANGE', min: 200_000_000n, max: 450_000_000n },
    commune: 'Bến Lức',
    publishedDaysAgo: 11,
    details: {
      problem: 'Số liệu dừng máy, tốc độ, phế phẩm ghi tay theo ca nên chậm và thiếu chính xác cho các dự án cải tiến.',
      currentSolution: 'Phiếu ghi chép theo ca, nhập Excel cuối ngày.',
      requiredSpecs: [
        'Thu tín hiệu chạy/dừng và sản lượng từ PLC hoặc cảm biến gắn ngoài cho 12 máy',
        'Bảng OEE theo ca, theo máy; phân tích nguyên nhân dừng máy (Pareto)',
        'Triển khai tại chỗ hoặc trên đám mây đặt tại Việt Nam',
        'Đào tạo tổ trưởng ca và nhóm cải tiến',
      ],
      minTrl: 8,
      budget: { min: 200_000_000, max: 450_000_000 },
      respondWithinDays: 40,
      partnerType: ['ST_ENTERPRISE', 'ENTERPRISE', 'UNIVERSITY_INSTITUTE'],
    },
  },
  {
    kind: TECHNOLOGY_REQUEST,
    status: PUBLISHED,
    org: 'leLong',
    titleVi: 'Tìm công nghệ thu hồi nhiệt khói thải lò hơi để giảm tiêu hao nhiên liệu',
    titleEn: 'Wanted: boiler flue-gas heat recovery to cut fuel use',
    summaryVi:
      'Nhà máy cần bộ hâm nước (economizer) hoặc giải pháp tương đương cho lò hơi 4 tấn hơi/giờ, hạ nhiệt độ khói thải và giảm ít nhất 5% nhiên liệu.',
    summaryEn:
      'The plant needs an economiser or equivalent for its 4 t/h boiler, lowering flue-gas temperature and cutting fuel by at least 5%.',
    fieldCode: '203',
    keywords: ['tiết kiệm năng lượng', 'lò hơi', 'thu hồi nhiệt', 'economizer', 'sản xuất sạch hơn'],
    price: { type: 'RANGE', min: 300_000_000n, max: 600_000_000n },
    commune: 'Cần Giuộc',
    publishedDaysAgo: 19,
    details: {
      problem: 'Khói thải lò hơi 4 tấn hơi/giờ ra ống khói ở khoảng 220 °C; nhiên liệu chiếm tỷ trọng lớn trong giá thành.',
      currentSolution: 'Chưa có bộ hâm nước; nước cấp vào lò ở nhiệt độ thường.',
      requiredSpecs: [
        'Hạ nhiệt độ khói thải xuống dưới 150 °C',
        'Giảm tiêu hao nhiên liệu tối thiểu 5%',
        'Lắp đặt trong đợt dừng lò bảo trì, không quá 7 ngày',
        'Hồ sơ thiết kế đáp ứng yêu cầu kiểm định thiết bị chịu áp lực',
      ],
      minTrl: 9,
      budget: { min: 300_000_000, max: 600_000_000 },
      respondWithinDays: 50,
      partnerType: ['ST_ENTERPRISE', 'ENTERPRISE'],
    },
  },
  {
    kind: TECHNOLOGY_REQUEST,
    status: PENDING_REVIEW,
    org: 'coKhiXayDung',
    createdBy: 'seller',
    titleVi: 'Tìm đối tác chuyển giao dây chuyền sơn tĩnh điện khung thép băng tải',
    titleEn: 'Wanted: technology partner for a powder-coating line for conveyor frames',
    summaryVi:
      'Công ty cần chuyển giao dây chuyền xử lý bề mặt và sơn tĩnh điện cho chi tiết thép dài đến 6 m, bổ sung cho mạ kẽm nhúng nóng.',
    summaryEn:
      'The company wants a surface-treatment and powder-coating line for steel parts up to 6 m long, alongside hot-dip galvanising.',
    fieldCode: '205',
    keywords: ['sơn tĩnh điện', 'xử lý bề mặt', 'kết cấu thép', 'chuyển giao công nghệ'],
    price: { type: 'RANGE', min: 1_500_000_000n, max: 2_500_000_000n },
    commune: 'Tân An',
    details: {
      problem: 'Một số khách hàng yêu cầu khung băng tải sơn màu theo nhận diện; hiện phải thuê ngoài, giao hàng chậm.',
      currentSolution: 'Thuê cơ sở bên ngoài sơn, mất 7–10 ngày mỗi lô.',
      requiredSpecs: [
        'Chi tiết dài đến 6 m, năng suất 300 m² bề mặt/ca',
        'Tiền xử lý không dùng crom',
        'Độ bám dính đạt ISO 2409 cấp 0–1',
      ],
      minTrl: 9,
      budget: { min: 1_500_000_000, max: 2_500_000_000 },
      respondWithinDays: 60,
      partnerType: ['ST_ENTERPRISE', 'ENTERPRISE'],
    },
  },
  {
    kind: TECHNOLOGY_REQUEST,
    status: PUBLISHED,
    org: 'phongQuanLyKhoaHoc',
    titleVi: 'Đặt hàng nhiệm vụ KH&CN: chế biến sâu khoai mỡ Bến Kè thành sản phẩm giá trị gia tăng',
    titleEn: 'Commissioned S&T task: added-value processing of Bến Kè purple yam',
    summaryVi:
      'Sở KH&CN tìm tổ chức chủ trì nghiên cứu, chuyển giao công nghệ chế biến (bột, snack, mứt…) từ khoai mỡ Bến Kè – sản phẩm đã được bảo hộ chỉ dẫn địa lý – để giảm áp lực tiêu thụ củ tươi vào chính vụ.',
    summaryEn:
      'The Department seeks a lead organisation to develop and transfer processing (flour, snacks, candied yam…) for Bến Kè purple yam, a protected geographical indication, to ease the glut of fresh tubers at harvest.',
    fieldCode: '211',
    keywords: ['khoai mỡ Bến Kè', 'chỉ dẫn địa lý', 'chế biến sâu', 'đặt hàng nhiệm vụ', 'nông sản chủ lực'],
    price: { type: 'RANGE', min: 1_200_000_000n, max: 1_800_000_000n },
    commune: 'Thạnh Hóa',
    publishedDaysAgo: 21,
    validForDays: 120,
    details: {
      problem:
        'Khoai mỡ Bến Kè chủ yếu bán củ tươi, giá biến động mạnh vào chính vụ; chưa có cơ sở chế biến sâu quy mô công nghiệp trong vùng chỉ dẫn địa lý.',
      currentSolution: 'Thương lái thu mua củ tươi; một số hộ làm bột thủ công.',
      requiredSpecs: [
        'Ít nhất 2 sản phẩm chế biến có hạn sử dụng từ 6 tháng',
        'Giữ màu tím tự nhiên, không dùng phẩm màu tổng hợp',
        'Sản xuất thử nghiệm tối thiểu 1 tấn củ/ngày',
        'Chuyển giao cho ít nhất 1 doanh nghiệp hoặc hợp tác xã trong vùng chỉ dẫn địa lý',
      ],
      minTrl: 4,
      budget: { min: 1_200_000_000, max: 1_800_000_000 },
      respondWithinDays: 75,
      partnerType: ['ST_ORGANISATION', 'UNIVERSITY_INSTITUTE', 'ST_ENTERPRISE'],
    },
  },
  {
    kind: TECHNOLOGY_REQUEST,
    status: ARCHIVED,
    org: 'htxMyThanh',
    titleVi: 'Cần máy sấy lúa vỉ ngang 8 tấn/mẻ đốt trấu',
    titleEn: 'Wanted: 8 t/batch flat-bed paddy dryer fired with husk',
    summaryVi: 'Hợp tác xã đã tìm được nhà cung cấp qua Sàn; nhu cầu đã đóng.',
    summaryEn: 'The cooperative found a supplier through the exchange; the request is closed.',
    fieldCode: '203',
    keywords: ['máy sấy lúa', 'sấy vỉ ngang', 'đốt trấu'],
    price: { type: 'RANGE', min: 250_000_000n, max: 350_000_000n },
    commune: 'Thủ Thừa',
    publishedDaysAgo: 120,
    details: {
      problem: 'Thu hoạch mùa mưa, lúa ướt phải bán ngay với giá thấp.',
      currentSolution: 'Phơi sân, thuê sấy bên ngoài.',
      requiredSpecs: ['8 tấn lúa/mẻ', 'Lò đốt trấu, quạt hướng trục', 'Ẩm độ sau sấy 14%'],
      minTrl: 9,
      budget: { min: 250_000_000, max: 350_000_000 },
      respondWithinDays: 30,
      partnerType: ['ENTERPRISE'],
    },
  },
  {
    kind: TECHNOLOGY_REQUEST,
    status: DRAFT,
    org: 'camBienMekong',
    titleVi: 'Tìm đối tác sản xuất cảm biến đo độ mặn nước tưới giá thấp',
    summaryVi: 'Dự án khởi nghiệp tìm đối tác gia công đầu dò độ dẫn điện chịu bùn, giá dưới 300.000 đồng/đầu dò (bản nháp).',
    fieldCode: '202',
    keywords: ['cảm biến độ mặn', 'xâm nhập mặn', 'khởi nghiệp', 'gia công điện tử'],
    price: { type: 'NEGOTIABLE' },
    commune: 'Cần Đước',
    details: {
      problem: 'Đầu dò nhập khẩu đắt, nhanh bám bẩn khi đặt trong kênh nội đồng.',
      currentSolution: 'Tự lắp đầu dò thủ công với số lượng nhỏ.',
      requiredSpecs: ['Dải đo 0–20‰', 'Vỏ chịu bùn, dễ vệ sinh', 'Sản lượng 1.000 đầu dò/năm'],
      minTrl: 5,
      budget: { min: null, max: null },
      respondWithinDays: 90,
      partnerType: ['ENTERPRISE', 'UNIVERSITY_INSTITUTE'],
    },
  },
];

export const DEMO_LISTINGS: readonly DemoListing[] = [...TECHNOLOGY_OFFERS, ...EQUIPMENT_OFFERS, ...TECHNOLOGY_REQUESTS];

// ───────────────────────────── IP titles ─────────────────────────────

export interface DemoIpTitle {
  type: IpType;
  status: IpStatus;
  number?: string;
  titleVi: string;
  titleEn: string;
  ownerName: string;
  org?: DemoOrgKey;
  /** The key of the listing the title protects. */
  listing?: string;
}

// Geographical indications belong to the State and are managed by the provincial People's Committee (IP Law art. 121).
const GI_OWNER = 'Nhà nước (UBND tỉnh Long An quản lý)';
// The report does not say who holds the certification marks; the province registers them for its specialities.
const CERTIFICATION_MARK_OWNER = 'Tỉnh Long An (tổ chức quản lý nhãn hiệu chứng nhận)';

export const DEMO_IP_TITLES: readonly DemoIpTitle[] = [
  {
    type: IpType.PATENT,
    status: IpStatus.APPLICATION_ACCEPTED,
    titleVi: 'Thanh giằng băng tải',
    titleEn: 'Conveyor-belt brace',
    ownerName: 'Công ty Cổ phần Cơ khí Xây dựng Long An',
    org: 'coKhiXayDung',
    listing: 'thanhGiangBangTai',
  },
  {
    type: IpType.INDUSTRIAL_DESIGN,
    status: IpStatus.GRANTED,
    titleVi: 'Thanh giằng băng tải',
    titleEn: 'Conveyor-belt brace',
    ownerName: 'Công ty Cổ phần Cơ khí Xây dựng Long An',
    org: 'coKhiXayDung',
    listing: 'thanhGiangBangTai',
  },
  {
    type: IpType.GEOGRAPHICAL_INDICATION,
    status: IpStatus.GRANTED,
    titleVi: 'Thanh long Châu Thành – Long An',
    titleEn: 'Châu Thành – Long An dragon fruit',
    ownerName: GI_OWNER,
  },
  {
    type: IpType.GEOGRAPHICAL_INDICATION,
    status: IpStatus.GRANTED,
    titleVi: 'Khoai mỡ Bến Kè',
    titleEn: 'Bến Kè purple yam',
    ownerName: GI_OWNER,
  },
  {
    type: IpType.GEOGRAPHICAL_INDICATION,
    status: IpStatus.APPLICATION_FILED,
    titleVi: 'Chanh không hạt Bến Lức',
    titleEn: 'Bến Lức seedless lime',
    ownerName: GI_OWNER,
  },
  {
    type: IpType.GEOGRAPHICAL_INDICATION,
    status: IpStatus.APPLICATION_FILED,
    titleVi: 'Gạo Nàng Thơm Chợ Đào',
    titleEn: 'Nàng Thơm Chợ Đào rice',
    ownerName: GI_OWNER,
  },
  {
    type: IpType.CERTIFICATION_TRADEMARK,
    status: IpStatus.GRANTED,
    titleVi: 'Nếp Thủ Thừa',
    titleEn: 'Thủ Thừa glutinous rice',
    ownerName: CERTIFICATION_MARK_OWNER,
  },
  // "Đang triển khai thực hiện đăng ký": registration under way, recorded as filed.
  ...(
    [
      ['Rượu đế Gò Đen', 'Gò Đen rice spirit'],
      ['Rau Cần Giuộc', 'Cần Giuộc vegetables'],
      ['Mai vàng Thủ Thừa', 'Thủ Thừa yellow apricot blossom'],
      ['Mai vàng Tân Tây', 'Tân Tây yellow apricot blossom'],
    ] as const
  ).map(([titleVi, titleEn]) => ({
    type: IpType.CERTIFICATION_TRADEMARK,
    status: IpStatus.APPLICATION_FILED,
    titleVi,
    titleEn,
    ownerName: CERTIFICATION_MARK_OWNER,
  })),
  {
    type: IpType.COLLECTIVE_TRADEMARK,
    status: IpStatus.GRANTED,
    titleVi: 'Nhãn hiệu tập thể Dương Xuân',
    titleEn: 'Dương Xuân collective trademark',
    ownerName: 'Hợp tác xã Dương Xuân',
    org: 'htxDuongXuan',
  },
  {
    type: IpType.COLLECTIVE_TRADEMARK,
    status: IpStatus.GRANTED,
    titleVi: 'Nhãn hiệu tập thể Thanh long Tầm Vu',
    titleEn: 'Tầm Vu dragon fruit collective trademark',
    ownerName: 'Hợp tác xã Thanh long Tầm Vu',
    org: 'htxThanhLongTamVu',
  },
  {
    type: IpType.COLLECTIVE_TRADEMARK,
    status: IpStatus.GRANTED,
    titleVi: 'Nhãn hiệu tập thể Mỹ Thạnh',
    titleEn: 'Mỹ Thạnh collective trademark',
    ownerName: 'Hợp tác xã Nông nghiệp Mỹ Thạnh',
    org: 'htxMyThanh',
  },
];
