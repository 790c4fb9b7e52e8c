// The judged query set `npm run eval:search` and tests/integration/search-relevance.test.ts measure search with.
// Written by reading the demo data (prisma/seed/demo/*.ts) and the department's 2023 report
// (/work/shared/seeds/long-an-dost-2023-report.vi.txt) as a person looking for something would, before looking at
// what any engine returns: a judgment says what that person wants, never what an engine happens to answer. Change a
// judgment only when the demo data changes.
//
// Grades: 3 = the item the person wants, 2 = clearly relevant, 1 = somewhat relevant; unjudged items count as 0.
// Items are named by slug, which the seed derives from the Vietnamese title or name (slugify, unique by check), so
// it is the same at every seeding; queries.test.ts checks every slug is a published demo item.

export type QueryKind =
  | 'exact' // a title as published
  | 'phrase' // how people ask: a title's words among others
  | 'no-accent' // typed without Vietnamese diacritics
  | 'typo' // a letter wrong or a common misspelling
  | 'english'
  | 'organisation' // an organisation's name
  | 'abbreviation' // HTX, KH&CN, DN, ĐH, TĐC…
  | 'synonym' // the other language's or the field's other word
  | 'field' // a field or topic, several items wanted
  | 'stopwords-only'; // only words that carry no meaning in a search

export type Grade = 1 | 2 | 3;

export interface JudgedQuery {
  text: string;
  kind: QueryKind;
  judgments: Readonly<Record<string, Grade>>;
}

/** The published demo items, by slug. */
const L = {
  // technology offers
  muU: 'cong-nghe-chiet-xuat-va-san-xuat-tinh-dau-tu-cay-mu-u',
  webgis: 'he-thong-thong-tin-nong-nghiep-ung-dung-cong-nghe-webgis-ma-nguon-mo',
  truyXuat: 'he-thong-quan-ly-thong-tin-truy-xuat-nguon-goc-san-pham-hang-hoa-tinh-long-an',
  thanhGiang: 'thanh-giang-bang-tai-lap-ghep-don-sang-che-da-duoc-chap-nhan',
  maiVang: 'quy-trinh-nhan-giong-in-vitro-cay-mai-vang-sach-benh',
  viSinh: 'che-pham-vi-sinh-u-canh-thanh-long-thai-bo-thanh-phan-huu-co',
  denLed: 'den-led-chuyen-dung-xu-ly-thanh-long-ra-hoa-trai-vu-tiet-kiem-dien',
  chanh: 'quy-trinh-canh-tac-chanh-khong-hat-theo-huong-vietgap',
  nhaMang: 'nha-mang-trong-rau-an-toan-kem-he-thong-tuoi-nho-giot-tu-dong',
  // equipment offers
  bangTai800: 'day-chuyen-bang-tai-long-mang-b800-dai-50-m-van-chuyen-cat-da',
  bangTaiDiDong: 'bang-tai-di-dong-nap-lieu-len-xe-tai-ghe-dai-12-m',
  maySay: 'may-say-bom-nhiet-300-kg-me-say-deo-thanh-long-da-qua-su-dung',
  xayXat: 'day-chuyen-xay-xat-danh-bong-gao-lien-hoan-2-tan-gio',
  tachMau: 'may-tach-mau-gao-5-mang-320-kenh',
  khoLanh: 'kho-lanh-container-40-feet-bao-quan-thanh-long-20-tan',
  aas: 'chia-se-khai-thac-may-quang-pho-hap-thu-nguyen-tu-aas-phan-tich-kim-loai-nang',
  pcr: 'cho-thue-ca-may-pcr-dinh-luong-real-time-pcr-phong-thi-nghiem-cong-nghe-sinh-hoc',
  epMuU: 'day-chuyen-ep-dau-hat-mu-u-200-kg-nhan-ngay-kem-quy-trinh-cong-nghe',
  // technology requests
  baoQuan: 'can-cong-nghe-bao-quan-thanh-long-tuoi-30-40-ngay-de-xuat-khau-duong-bien',
  nuocThai: 'tim-he-thong-xu-ly-nuoc-thai-cho-xuong-san-xuat-bun-tuoi-5-m-ngay',
  tuoi: 'can-he-thong-tuoi-tu-dong-dieu-khien-qua-dien-thoai-cho-20-ha-thanh-long',
  oee: 'tim-giai-phap-giam-sat-hieu-suat-thiet-bi-tong-the-oee-theo-thoi-gian-thuc',
  loHoi: 'tim-cong-nghe-thu-hoi-nhiet-khoi-thai-lo-hoi-de-giam-tieu-hao-nhien-lieu',
  khoaiMo: 'dat-hang-nhiem-vu-kh-cn-che-bien-sau-khoai-mo-ben-ke-thanh-san-pham-gia-tri-gia',
} as const;

const O = {
  vanPhong: 'van-phong-so-khoa-hoc-va-cong-nghe-tinh-long-an',
  qlKhoaHoc: 'phong-quan-ly-khoa-hoc-so-khoa-hoc-va-cong-nghe-tinh-long-an',
  qlCongNghe: 'phong-quan-ly-cong-nghe-so-khoa-hoc-va-cong-nghe-tinh-long-an',
  chiCuc: 'chi-cuc-tieu-chuan-do-luong-chat-luong-tinh-long-an',
  trungTam: 'trung-tam-ung-dung-ky-thuat-thong-tin-khoa-hoc-va-cong-nghe-tinh-long-an',
  tanTao: 'truong-dai-hoc-tan-tao',
  coKhi: 'cong-ty-co-phan-co-khi-xay-dung-long-an',
  sangViet: 'cong-ty-co-phan-san-xuat-thuong-mai-sang-viet',
  leLong: 'cong-ty-tnhh-le-long-viet-nam',
  duongXuan: 'hop-tac-xa-duong-xuan',
  tamVu: 'hop-tac-xa-thanh-long-tam-vu',
  myThanh: 'hop-tac-xa-nong-nghiep-my-thanh',
  cesti: 'trung-tam-thong-tin-va-thong-ke-khoa-hoc-va-cong-nghe-tp-ho-chi-minh',
  vamCo: 'cong-ty-tnhh-co-dien-nong-nghiep-vam-co',
} as const;

/** Everything a published request is: what a query of request phrasing alone can at best point to. */
const REQUESTS = [L.baoQuan, L.nuocThai, L.tuoi, L.oee, L.loHoi, L.khoaiMo] as const;
const grade = (g: Grade, slugs: readonly string[]) => Object.fromEntries(slugs.map((s) => [s, g])) as Record<string, Grade>;

const q = (kind: QueryKind, text: string, judgments: Record<string, Grade>): JudgedQuery => ({ text, kind, judgments });

export const JUDGED_QUERIES: readonly JudgedQuery[] = [
  // Titles as published (or their head, as copied from a link or the report).
  q('exact', 'Công nghệ chiết xuất và sản xuất tinh dầu từ cây Mù U', { [L.muU]: 3, [L.epMuU]: 2, [O.trungTam]: 1 }),
  q('exact', 'Hệ thống thông tin nông nghiệp ứng dụng công nghệ WebGIS mã nguồn mở', { [L.webgis]: 3 }),
  q('exact', 'Máy sấy bơm nhiệt 300 kg/mẻ sấy dẻo thanh long', { [L.maySay]: 3, [O.vamCo]: 1 }),
  q('exact', 'Kho lạnh container 40 feet bảo quản thanh long', { [L.khoLanh]: 3, [L.baoQuan]: 1 }),
  q('exact', 'Máy tách màu gạo', { [L.tachMau]: 3, [L.xayXat]: 1 }),
  q('exact', 'Thanh giằng băng tải', { [L.thanhGiang]: 3, [L.bangTai800]: 2, [O.coKhi]: 1, [L.bangTaiDiDong]: 1 }),
  q('exact', 'Quy trình nhân giống in vitro cây mai vàng sạch bệnh', { [L.maiVang]: 3 }),
  q('exact', 'Đèn LED chuyên dụng xử lý thanh long ra hoa trái vụ', { [L.denLed]: 3, [O.vamCo]: 1 }),
  q('exact', 'Quy trình canh tác chanh không hạt theo hướng VietGAP', { [L.chanh]: 3 }),
  q('exact', 'Nhà màng trồng rau an toàn', { [L.nhaMang]: 3 }),
  q('exact', 'Dây chuyền xay xát, đánh bóng gạo liên hoàn', { [L.xayXat]: 3, [L.tachMau]: 1 }),
  q('exact', 'Cho thuê ca máy PCR định lượng', { [L.pcr]: 3 }),
  q('exact', 'Chế phẩm vi sinh ủ cành thanh long', { [L.viSinh]: 3 }),
  q('exact', 'Hệ thống quản lý thông tin truy xuất nguồn gốc sản phẩm, hàng hóa tỉnh Long An', { [L.truyXuat]: 3, [O.chiCuc]: 2 }),

  // How people ask: the words of a title among words of their own.
  // The report's own wording of three of the department's tasks.
  q('phrase', 'Hoàn thiện công nghệ chiết xuất và sản xuất tinh dầu từ cây Mù U', { [L.muU]: 3, [L.epMuU]: 2, [O.trungTam]: 1 }),
  q('phrase', 'Xây dựng hệ thống thông tin nông nghiệp ứng dụng công nghệ Webgis mã nguồn mở', { [L.webgis]: 3 }),
  q('phrase', 'Xây dựng hệ thống quản lý thông tin truy xuất nguồn gốc sản phẩm, hàng hóa tỉnh Long An', { [L.truyXuat]: 3, [O.chiCuc]: 2 }),
  q('phrase', 'công nghệ sấy thanh long', { [L.maySay]: 3, [O.vamCo]: 2 }),
  q('phrase', 'giải pháp xử lý nước thải cho xưởng bún', { [L.nuocThai]: 3 }),
  q('phrase', 'máy ép dầu mù u công suất nhỏ', { [L.epMuU]: 3, [L.muU]: 2 }),
  q('phrase', 'bảo quản thanh long xuất khẩu bằng đường biển', { [L.baoQuan]: 3, [L.khoLanh]: 2, [O.tamVu]: 1 }),
  q('phrase', 'tưới tự động cho vườn thanh long', { [L.tuoi]: 3, [L.nhaMang]: 1 }),
  q('phrase', 'phân tích kim loại nặng trong nông sản', { [L.aas]: 3, [O.chiCuc]: 1 }),
  q('phrase', 'ủ phân hữu cơ từ phụ phẩm thanh long', { [L.viSinh]: 3 }),
  q('phrase', 'giảm tiêu hao nhiên liệu lò hơi nhà máy', { [L.loHoi]: 3, [O.leLong]: 1 }),
  q('phrase', 'băng tải vận chuyển cát đá cho bến bãi', { [L.bangTai800]: 3, [L.bangTaiDiDong]: 2, [O.coKhi]: 1 }),
  q('phrase', 'giám sát năng suất máy móc theo thời gian thực', { [L.oee]: 3 }),
  q('phrase', 'quy trình trồng chanh không hạt xuất khẩu', { [L.chanh]: 3 }),
  q('phrase', 'nhân giống mai vàng bằng nuôi cấy mô', { [L.maiVang]: 3 }),
  q('phrase', 'chế biến khoai mỡ Bến Kè thành sản phẩm', { [L.khoaiMo]: 3 }),
  q('phrase', 'cấp mã QR truy xuất nguồn gốc cho doanh nghiệp', { [L.truyXuat]: 3, [O.chiCuc]: 1 }),

  // Typed without diacritics.
  q('no-accent', 'cong nghe say thanh long', { [L.maySay]: 3, [O.vamCo]: 2 }),
  q('no-accent', 'cong nghe say', { [L.maySay]: 3, [O.vamCo]: 2 }),
  q('no-accent', 'giai phap xu ly nuoc thai cho xuong bun', { [L.nuocThai]: 3 }),
  q('no-accent', 'tinh dau mu u', { [L.muU]: 3, [L.epMuU]: 2 }),
  q('no-accent', 'may tach mau gao', { [L.tachMau]: 3, [L.xayXat]: 1 }),
  q('no-accent', 'truy xuat nguon goc', { [L.truyXuat]: 3, [O.chiCuc]: 2 }),
  q('no-accent', 'den led thanh long ra hoa', { [L.denLed]: 3, [O.vamCo]: 1 }),
  q('no-accent', 'hop tac xa thanh long tam vu', { [O.tamVu]: 3, [L.baoQuan]: 1 }),
  q('no-accent', 'nha mang rau an toan', { [L.nhaMang]: 3 }),

  // A letter wrong, or the misspellings Vietnamese writers make (s/x, à/ầ, ả/ã).
  q('typo', 'chiết suất tinh dầu mù u', { [L.muU]: 3, [L.epMuU]: 2 }),
  q('typo', 'máy tách mầu gạo', { [L.tachMau]: 3, [L.xayXat]: 1 }),
  q('typo', 'băng tãi', { [L.bangTai800]: 3, [L.bangTaiDiDong]: 3, [L.thanhGiang]: 2, [O.coKhi]: 2 }),
  q('typo', 'truy xuát nguồn gốc', { [L.truyXuat]: 3, [O.chiCuc]: 2 }),
  q('typo', 'webgsi', { [L.webgis]: 3 }),
  q('typo', 'kho lạnh conteiner', { [L.khoLanh]: 3 }),
  q('typo', 'máy quang phổ hấp thu nguyên tử', { [L.aas]: 3 }),
  q('typo', 'thanh long ra hao trái vụ', { [L.denLed]: 3 }),

  // English.
  q('english', 'heat pump dryer dragon fruit', { [L.maySay]: 3, [O.vamCo]: 2 }),
  q('english', 'tamanu oil', { [L.muU]: 3, [L.epMuU]: 2 }),
  q('english', 'wastewater treatment rice noodle', { [L.nuocThai]: 3 }),
  q('english', 'dragon fruit cold storage', { [L.khoLanh]: 3, [L.baoQuan]: 2 }),
  q('english', 'traceability QR code', { [L.truyXuat]: 3, [O.chiCuc]: 1 }),
  q('english', 'rice colour sorter', { [L.tachMau]: 3, [L.xayXat]: 1 }),
  q('english', 'real-time PCR rental', { [L.pcr]: 3 }),
  q('english', 'belt conveyor', { [L.bangTai800]: 3, [L.bangTaiDiDong]: 3, [L.thanhGiang]: 2, [O.coKhi]: 2 }),
  q('english', 'drip irrigation net house', { [L.nhaMang]: 3, [L.tuoi]: 1 }),
  q('english', 'boiler heat recovery', { [L.loHoi]: 3, [O.leLong]: 1 }),
  q('english', 'seedless lime VietGAP', { [L.chanh]: 3 }),

  // Organisations by name (their listings carry the name, so they are somewhat relevant too).
  q('organisation', 'Hợp tác xã Dương Xuân', { [O.duongXuan]: 3, [L.maySay]: 1, [L.tuoi]: 1 }),
  q('organisation', 'Trường Đại học Tân Tạo', { [O.tanTao]: 3, [L.maiVang]: 1, [L.viSinh]: 1, [L.pcr]: 1 }),
  q('organisation', 'Chi cục Tiêu chuẩn Đo lường Chất lượng', { [O.chiCuc]: 3, [L.truyXuat]: 1, [L.aas]: 1 }),
  q('organisation', 'Công ty Cổ phần Cơ khí Xây dựng Long An', { [O.coKhi]: 3, [L.thanhGiang]: 1, [L.bangTai800]: 1, [L.bangTaiDiDong]: 1 }),
  q('organisation', 'Sáng Việt', { [O.sangViet]: 3, [L.oee]: 1 }),
  q('organisation', 'Le Long Việt Nam', { [O.leLong]: 3, [L.loHoi]: 1 }),
  q('organisation', 'Cơ điện Vàm Cỏ', { [O.vamCo]: 3, [L.denLed]: 1, [L.tachMau]: 1, [L.khoLanh]: 1, [L.nhaMang]: 1 }),
  q('organisation', 'CESTI', { [O.cesti]: 3 }),
  q('organisation', 'Trung tâm Thông tin và thống kê KH&CN TP.HCM', { [O.cesti]: 3, [O.trungTam]: 1 }),
  q('organisation', 'Phòng Quản lý Công nghệ', { [O.qlCongNghe]: 3, [O.qlKhoaHoc]: 1 }),
  q('organisation', 'Văn phòng Sở', { [O.vanPhong]: 3 }),
  q('organisation', 'Trung tâm Ứng dụng, kỹ thuật thông tin KH&CN', { [O.trungTam]: 3 }),

  // Abbreviations of the field (KH&CN, HTX, DN, ĐH, TĐC, NN).
  q('abbreviation', 'HTX Dương Xuân', { [O.duongXuan]: 3, [L.maySay]: 1, [L.tuoi]: 1 }),
  q('abbreviation', 'HTX NN Mỹ Thạnh', { [O.myThanh]: 3, [L.xayXat]: 1, [L.nuocThai]: 1 }),
  q('abbreviation', 'HTX Thanh long Tầm Vu', { [O.tamVu]: 3, [L.baoQuan]: 1 }),
  q('abbreviation', 'Sở KH&CN Long An', { [O.vanPhong]: 2, [O.qlKhoaHoc]: 2, [O.qlCongNghe]: 2, [O.chiCuc]: 1, [O.trungTam]: 1 }),
  q('abbreviation', 'Chi cục TĐC', { [O.chiCuc]: 3 }),
  q('abbreviation', 'ĐH Tân Tạo', { [O.tanTao]: 3 }),
  q('abbreviation', 'doanh nghiệp KH&CN', { [O.vamCo]: 3, [O.qlCongNghe]: 1 }),
  q('abbreviation', 'đặt hàng nhiệm vụ KH&CN', { [L.khoaiMo]: 3, [O.qlKhoaHoc]: 2 }),
  q('abbreviation', 'DN cơ khí xây dựng', { [O.coKhi]: 3, [L.thanhGiang]: 1, [L.bangTai800]: 1 }),
  q('abbreviation', 'hợp tác xã thanh long', { [O.tamVu]: 3, [O.duongXuan]: 3, [L.baoQuan]: 1, [L.tuoi]: 1, [L.maySay]: 1 }),

  // The other language's word, or the field's other word, for the same thing.
  q('synonym', 'máy sấy dragon fruit', { [L.maySay]: 3, [O.vamCo]: 1 }),
  q('synonym', 'dầu tamanu', { [L.muU]: 3, [L.epMuU]: 2 }),
  q('synonym', 'thiết bị sấy thanh long', { [L.maySay]: 3, [O.vamCo]: 2 }),
  q('synonym', 'cooperative dragon fruit', { [O.tamVu]: 3, [O.duongXuan]: 3, [L.baoQuan]: 1, [L.tuoi]: 1, [L.maySay]: 1 }),
  q('synonym', 'yam Bến Kè', { [L.khoaiMo]: 3 }),
  q('synonym', 'wastewater xưởng bún', { [L.nuocThai]: 3 }),

  // A field or topic: several items are wanted, none above the others.
  q('field', 'thanh long', {
    ...grade(2, [L.maySay, L.denLed, L.viSinh, L.khoLanh, L.baoQuan, L.tuoi, O.tamVu, O.duongXuan]),
    [O.vamCo]: 1,
  }),
  q('field', 'công nghệ sinh học', { [L.pcr]: 3, [O.tanTao]: 2, [L.maiVang]: 2, [L.viSinh]: 1 }),
  q('field', 'tiết kiệm năng lượng', { [L.loHoi]: 3, [L.denLed]: 2, [O.leLong]: 2 }),
  q('field', 'phòng thí nghiệm', { [L.pcr]: 3, [L.aas]: 3 }),
  q('field', 'sáng chế', { [L.thanhGiang]: 3, [O.coKhi]: 2 }),
  q('field', 'chế biến lúa gạo', { [L.xayXat]: 3, [L.tachMau]: 3, [O.myThanh]: 1 }),
  q('field', 'máy cũ đã qua sử dụng', { [L.maySay]: 3, [L.xayXat]: 1, [L.khoLanh]: 1 }),
  q('field', 'nông nghiệp công nghệ cao', { [L.nhaMang]: 3, [L.tuoi]: 1, [L.denLed]: 1 }),
  q('field', 'chỉ dẫn địa lý', { [L.khoaiMo]: 2, [L.chanh]: 2, [O.tamVu]: 1 }),
  q('field', 'xâm nhập mặn', { [L.tuoi]: 3 }),
  q('field', 'kinh tế tuần hoàn', { [L.viSinh]: 3 }),
  q('field', 'năng suất chất lượng', { [L.oee]: 2, [O.sangViet]: 2, [O.chiCuc]: 2, [O.leLong]: 1 }),

  // Request phrasing alone: nothing to find but requests; any of them is a sensible answer.
  q('stopwords-only', 'tìm giải pháp', { ...grade(1, REQUESTS), [L.oee]: 2 }),
  q('stopwords-only', 'cần tìm', grade(1, REQUESTS)),
  q('stopwords-only', 'cần', grade(1, REQUESTS)),
];
