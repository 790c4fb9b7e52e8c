// Words the bulk generator combines into plausible Vietnamese (and English) listings and organisations:
// crops, industries and places of Tây Ninh (with the former Long An), organisation name patterns, technologies.
// Each term is a [Vietnamese, English] pair so a generated title and its translation say the same thing.

export type Term = readonly [vi: string, en: string];

/** Communes and wards of Tây Ninh province after the July 2025 merger (former Long An first). */
export const COMMUNES: readonly string[] = [
  'Tân An', 'Long An', 'Khánh Hậu', 'Kiến Tường', 'Bến Lức', 'Cần Giuộc', 'Cần Đước', 'Thủ Thừa', 'Tầm Vu',
  'Đức Hòa', 'Hậu Nghĩa', 'Đức Huệ', 'Tân Trụ', 'Thạnh Hóa', 'Tân Thạnh', 'Mộc Hóa', 'Vĩnh Hưng', 'Tân Hưng',
  'Rạch Kiến', 'Mỹ Lệ', 'Châu Thành', 'Tây Ninh', 'Hòa Thành', 'Trảng Bàng', 'Gò Dầu', 'Bến Cầu', 'Tân Biên',
  'Tân Châu', 'Dương Minh Châu',
];

/** Provinces of organisations from outside Tây Ninh, with their weight. */
export const OTHER_PROVINCES: readonly (readonly [string, number])[] = [
  ['TP. Hồ Chí Minh', 6],
  ['Đồng Tháp', 1],
  ['Vĩnh Long', 1],
  ['Cần Thơ', 1],
  ['Đồng Nai', 1],
];

export const CROPS: readonly Term[] = [
  ['thanh long', 'dragon fruit'], ['lúa', 'rice'], ['nếp', 'glutinous rice'], ['chanh không hạt', 'seedless lime'],
  ['khoai mỡ', 'purple yam'], ['rau ăn lá', 'leafy vegetables'], ['khóm', 'pineapple'], ['dưa hấu', 'watermelon'],
  ['mãng cầu', 'custard apple'], ['mía', 'sugarcane'], ['mì', 'cassava'], ['đậu phộng', 'peanuts'],
  ['bưởi', 'pomelo'], ['xoài', 'mango'], ['ớt', 'chilli'], ['sen', 'lotus'], ['bắp', 'maize'], ['nấm rơm', 'straw mushrooms'],
];

export const FRUITS: readonly Term[] = [
  ['thanh long', 'dragon fruit'], ['chanh không hạt', 'seedless lime'], ['khóm', 'pineapple'], ['dưa hấu', 'watermelon'],
  ['mãng cầu', 'custard apple'], ['bưởi', 'pomelo'], ['xoài', 'mango'], ['chuối', 'bananas'],
];

export const PROPAGATED_PLANTS: readonly Term[] = [
  ['mai vàng', 'yellow apricot blossom'], ['thanh long ruột đỏ', 'red-fleshed dragon fruit'], ['chuối', 'bananas'],
  ['lan hồ điệp', 'moth orchids'], ['khoai mỡ', 'purple yam'], ['mía', 'sugarcane'], ['khóm', 'pineapple'],
];

export const INDUSTRIES: readonly Term[] = [
  ['chế biến thủy sản', 'seafood processing'], ['chế biến tinh bột mì', 'tapioca starch processing'],
  ['giết mổ gia súc', 'slaughterhouse'], ['sản xuất bún, bánh phở', 'rice-noodle production'],
  ['chăn nuôi heo', 'pig farm'], ['sơ chế mủ cao su', 'rubber latex processing'], ['chế biến hạt điều', 'cashew processing'],
  ['dệt nhuộm', 'textile dyeing'],
];

export const FACILITIES: readonly Term[] = [
  ['trang trại chăn nuôi', 'livestock farms'], ['kho lạnh nông sản', 'farm cold stores'],
  ['nhà xưởng chế biến', 'processing plants'], ['trạm bơm tưới', 'irrigation pumping stations'],
  ['nhà máy xay xát lúa gạo', 'rice mills'],
];

export const AQUACULTURE: readonly Term[] = [
  ['tôm thẻ chân trắng', 'whiteleg shrimp'], ['tôm càng xanh', 'giant freshwater prawn'], ['cá lóc', 'snakehead fish'],
  ['lươn', 'swamp eel'], ['ếch', 'frogs'], ['cá rô đầu vuông', 'climbing perch'],
];

export const LIVESTOCK: readonly Term[] = [
  ['heo', 'pigs'], ['gà thả vườn', 'free-range chickens'], ['bò thịt', 'beef cattle'], ['dê', 'goats'], ['vịt', 'ducks'],
  ['bò sữa', 'dairy cows'],
];

export const HERBS: readonly Term[] = [
  ['lá mù u', 'tamanu leaves'], ['nghệ', 'turmeric'], ['rau má', 'gotu kola'], ['diệp hạ châu', 'Phyllanthus'],
  ['sả', 'lemongrass'], ['gừng', 'ginger'], ['lá sen', 'lotus leaves'], ['cỏ mực', 'Eclipta'],
];

export const WASTES: readonly Term[] = [
  ['tro trấu', 'rice-husk ash'], ['xỉ lò hơi', 'boiler slag'], ['bùn nạo vét', 'dredged mud'], ['vỏ sò', 'shells'],
  ['xơ dừa', 'coconut coir'],
];

export const SOFTWARE_DOMAINS: readonly Term[] = [
  ['vùng trồng', 'growing areas'], ['kho và bán hàng', 'inventory and sales'], ['nhật ký sản xuất', 'production logs'],
  ['tài chính – kế toán', 'finance and accounting'], ['thành viên và dịch vụ', 'members and services'],
  ['đơn hàng xuất khẩu', 'export orders'],
];

export const PRODUCTS: readonly Term[] = [
  ['bột khoai mỡ', 'purple-yam flour'], ['thanh long sấy dẻo', 'soft-dried dragon fruit'], ['nước cốt chanh', 'lime juice'],
  ['gạo mầm', 'germinated rice'], ['bánh tráng', 'rice paper'], ['tinh bột mì', 'tapioca starch'],
  ['mứt mãng cầu', 'custard-apple jam'], ['nước ép khóm', 'pineapple juice'], ['trà sen', 'lotus tea'],
];

const NONE: readonly Term[] = [['', '']];

export interface OfferTemplate {
  vi: string; // "{s}" is replaced by a subject
  en: string;
  subjects: readonly Term[];
  field: string;
  /** Index into PROBLEMS. */
  problem: number;
  trl: readonly [number, number];
  price: readonly [number, number]; // VND, million
  keywords: readonly string[];
}

export const TECHNOLOGY_TEMPLATES: readonly OfferTemplate[] = [
  { vi: 'Quy trình canh tác {s} theo hướng VietGAP', en: 'VietGAP-oriented cultivation of {s}', subjects: CROPS, field: '401', problem: 3, trl: [6, 9], price: [15, 80], keywords: ['VietGAP', 'canh tác'] },
  { vi: 'Công nghệ sấy bơm nhiệt {s}', en: 'Heat-pump drying of {s}', subjects: CROPS, field: '211', problem: 2, trl: [5, 9], price: [80, 600], keywords: ['sấy bơm nhiệt', 'sau thu hoạch'] },
  { vi: 'Chế phẩm sinh học phòng trừ nấm bệnh hại {s}', en: 'Biological control of fungal diseases in {s}', subjects: CROPS, field: '406', problem: 3, trl: [4, 8], price: [30, 250], keywords: ['chế phẩm sinh học', 'bảo vệ thực vật'] },
  { vi: 'Màng bao ăn được kéo dài thời gian bảo quản {s}', en: 'Edible coating extending the shelf life of {s}', subjects: FRUITS, field: '211', problem: 2, trl: [4, 8], price: [50, 400], keywords: ['màng bao', 'bảo quản'] },
  { vi: 'Hệ thống giám sát vườn {s} bằng cảm biến IoT', en: 'IoT sensor monitoring of {s} farms', subjects: CROPS, field: '202', problem: 0, trl: [5, 9], price: [40, 350], keywords: ['IoT', 'nông nghiệp thông minh'] },
  { vi: 'Phần mềm truy xuất nguồn gốc {s} bằng mã QR', en: 'QR-code traceability software for {s}', subjects: CROPS, field: '102', problem: 3, trl: [6, 9], price: [20, 150], keywords: ['truy xuất nguồn gốc', 'mã QR'] },
  { vi: 'Quy trình sản xuất phân hữu cơ từ phụ phẩm {s}', en: 'Organic fertiliser from by-products of {s}', subjects: CROPS, field: '208', problem: 4, trl: [5, 9], price: [30, 200], keywords: ['phân hữu cơ', 'phụ phẩm'] },
  { vi: 'Quy trình nhân giống {s} bằng nuôi cấy mô', en: 'Tissue-culture propagation of {s}', subjects: PROPAGATED_PLANTS, field: '406', problem: 1, trl: [4, 8], price: [40, 200], keywords: ['nuôi cấy mô', 'giống cây trồng'] },
  { vi: 'Công nghệ xử lý nước thải {s} bằng bể sinh học MBBR', en: 'MBBR biological treatment of {s} wastewater', subjects: INDUSTRIES, field: '207', problem: 4, trl: [6, 9], price: [150, 3000], keywords: ['xử lý nước thải', 'MBBR'] },
  { vi: 'Hệ thống điện mặt trời áp mái cho {s}', en: 'Rooftop solar power for {s}', subjects: FACILITIES, field: '202', problem: 5, trl: [8, 9], price: [200, 5000], keywords: ['điện mặt trời', 'năng lượng tái tạo'] },
  { vi: 'Quy trình nuôi {s} trong ao lót bạt tuần hoàn nước', en: 'Recirculating lined-pond farming of {s}', subjects: AQUACULTURE, field: '405', problem: 5, trl: [5, 9], price: [30, 300], keywords: ['nuôi trồng thủy sản', 'tuần hoàn nước'] },
  { vi: 'Quy trình chăn nuôi {s} an toàn sinh học', en: 'Biosecure farming of {s}', subjects: LIVESTOCK, field: '402', problem: 1, trl: [6, 9], price: [20, 150], keywords: ['chăn nuôi', 'an toàn sinh học'] },
  { vi: 'Chế phẩm thảo dược thay kháng sinh trong chăn nuôi {s}', en: 'Herbal alternative to antibiotics for {s}', subjects: LIVESTOCK, field: '403', problem: 3, trl: [4, 8], price: [50, 400], keywords: ['thú y', 'giảm kháng sinh'] },
  { vi: 'Quy trình chiết xuất cao dược liệu từ {s}', en: 'Herbal extract production from {s}', subjects: HERBS, field: '304', problem: 1, trl: [4, 8], price: [80, 900], keywords: ['dược liệu', 'chiết xuất'] },
  { vi: 'Gạch không nung từ {s}', en: 'Unfired bricks made from {s}', subjects: WASTES, field: '205', problem: 4, trl: [5, 9], price: [100, 1500], keywords: ['vật liệu xây dựng', 'tái chế'] },
  { vi: 'Phần mềm quản lý {s} cho hợp tác xã', en: 'Cooperative software for {s}', subjects: SOFTWARE_DOMAINS, field: '102', problem: 0, trl: [6, 9], price: [15, 120], keywords: ['phần mềm', 'chuyển đổi số'] },
  { vi: 'Công nghệ chế biến {s} quy mô hợp tác xã', en: 'Cooperative-scale processing of {s}', subjects: PRODUCTS, field: '211', problem: 7, trl: [5, 9], price: [60, 800], keywords: ['chế biến', 'giá trị gia tăng'] },
  { vi: 'Bộ kit phát hiện nhanh dư lượng thuốc bảo vệ thực vật trên {s}', en: 'Rapid pesticide-residue test kit for {s}', subjects: CROPS, field: '104', problem: 3, trl: [5, 8], price: [20, 150], keywords: ['an toàn thực phẩm', 'kiểm nghiệm nhanh'] },
  { vi: 'Mô hình du lịch cộng đồng gắn với vùng trồng {s}', en: 'Community tourism around {s} growing areas', subjects: CROPS, field: '502', problem: 0, trl: [3, 7], price: [30, 200], keywords: ['du lịch cộng đồng', 'kinh tế nông thôn'] },
  { vi: 'Cống ngăn mặn cửa van tự động cho kênh nội đồng', en: 'Automatic salinity-barrier sluice gate for field canals', subjects: NONE, field: '201', problem: 6, trl: [6, 9], price: [300, 4000], keywords: ['ngăn mặn', 'thủy lợi', 'xâm nhập mặn'] },
];

export interface EquipmentTemplate {
  vi: string; // "{n}" is replaced by a size
  en: string;
  sizes: readonly number[];
  field: string;
  price: readonly [number, number]; // VND, million
  makes: readonly (readonly [make: string, origin: string])[];
  keywords: readonly string[];
}

const DOMESTIC: readonly [string, string] = ['Chế tạo trong nước', 'Việt Nam'];

/** English for the makes and countries of origin that are Vietnamese words. */
export const MAKES_EN: Readonly<Record<string, string>> = {
  'Chế tạo trong nước': 'locally built',
  'Cơ điện Nông nghiệp Vàm Cỏ': 'Vam Co Agricultural Electromechanics',
  'Cơ khí Xây dựng Long An': 'Long An Construction Mechanical',
  'Dow (màng lọc)': 'Dow membranes',
};
export const COUNTRIES_EN: Readonly<Record<string, string>> = {
  'Việt Nam': 'Vietnam',
  'Trung Quốc': 'China',
  'Nhật Bản': 'Japan',
  'Đài Loan': 'Taiwan',
  'Hàn Quốc': 'South Korea',
  'Mỹ': 'USA',
  Israel: 'Israel',
};

export const EQUIPMENT_TEMPLATES: readonly EquipmentTemplate[] = [
  { vi: 'Máy sấy bơm nhiệt {n} kg/mẻ', en: 'Heat-pump dryer, {n} kg per batch', sizes: [100, 200, 300, 500, 1000], field: '203', price: [60, 900], makes: [DOMESTIC, ['Cơ điện Nông nghiệp Vàm Cỏ', 'Việt Nam'], ['OEM', 'Trung Quốc']], keywords: ['máy sấy', 'sau thu hoạch'] },
  { vi: 'Dây chuyền xay xát gạo liên hoàn {n} tấn/giờ', en: 'Integrated rice mill, {n} t/h', sizes: [1, 2, 3, 5], field: '203', price: [300, 2500], makes: [DOMESTIC, ['Satake', 'Nhật Bản']], keywords: ['xay xát', 'lúa gạo'] },
  { vi: 'Máy tách màu gạo {n} máng', en: 'Rice colour sorter, {n} chutes', sizes: [3, 4, 5, 6, 7], field: '203', price: [350, 1200], makes: [['Hefei Meyer Optoelectronic', 'Trung Quốc'], ['Satake', 'Nhật Bản']], keywords: ['tách màu', 'chế biến gạo'] },
  { vi: 'Kho lạnh {n} tấn bảo quản nông sản', en: 'Cold store for {n} t of produce', sizes: [10, 20, 50, 100], field: '211', price: [250, 3000], makes: [['Thermo King', 'Mỹ'], ['Daikin', 'Nhật Bản'], DOMESTIC], keywords: ['kho lạnh', 'chuỗi lạnh'] },
  { vi: 'Máy ép viên phân hữu cơ {n} tấn/giờ', en: 'Organic fertiliser pellet mill, {n} t/h', sizes: [1, 2, 3], field: '203', price: [150, 800], makes: [DOMESTIC, ['OEM', 'Trung Quốc']], keywords: ['phân hữu cơ', 'ép viên'] },
  { vi: 'Lò hơi đốt trấu {n} tấn hơi/giờ', en: 'Husk-fired boiler, {n} t of steam per hour', sizes: [1, 2, 4, 6], field: '203', price: [300, 2000], makes: [DOMESTIC], keywords: ['lò hơi', 'đốt trấu'] },
  { vi: 'Băng tải cao su bản rộng {n} mm', en: 'Rubber belt conveyor, {n} mm wide', sizes: [500, 650, 800, 1000], field: '203', price: [150, 1500], makes: [DOMESTIC, ['Cơ khí Xây dựng Long An', 'Việt Nam']], keywords: ['băng tải', 'bốc xếp'] },
  { vi: 'Máy đóng gói hút chân không {n} buồng', en: 'Vacuum packing machine, {n} chamber(s)', sizes: [1, 2], field: '211', price: [40, 250], makes: [DOMESTIC, ['OEM', 'Đài Loan']], keywords: ['đóng gói', 'hút chân không'] },
  { vi: 'Máy phân loại trái cây theo trọng lượng {n} làn', en: 'Fruit weight grader, {n} lanes', sizes: [2, 4, 6, 8], field: '203', price: [200, 1500], makes: [DOMESTIC, ['OEM', 'Trung Quốc']], keywords: ['phân loại', 'đóng gói trái cây'] },
  { vi: 'Hệ thống lọc nước RO {n} m³/giờ', en: 'Reverse-osmosis water system, {n} m³/h', sizes: [1, 2, 5, 10], field: '207', price: [60, 800], makes: [DOMESTIC, ['Dow (màng lọc)', 'Mỹ']], keywords: ['lọc nước', 'RO'] },
  { vi: 'Nồi hấp tiệt trùng {n} lít', en: 'Autoclave, {n} litres', sizes: [50, 75, 100], field: '106', price: [60, 300], makes: [['Hirayama', 'Nhật Bản'], ['OEM', 'Hàn Quốc']], keywords: ['phòng thí nghiệm', 'tiệt trùng'] },
  { vi: 'Máy cấy lúa {n} hàng', en: 'Rice transplanter, {n} rows', sizes: [4, 6, 8], field: '203', price: [150, 600], makes: [['Kubota', 'Nhật Bản'], ['Yanmar', 'Nhật Bản']], keywords: ['cơ giới hóa', 'máy cấy'] },
  { vi: 'Máy bay không người lái phun thuốc {n} lít', en: 'Crop-spraying drone, {n} litres', sizes: [10, 16, 20, 30, 40], field: '202', price: [150, 600], makes: [['DJI', 'Trung Quốc'], ['XAG', 'Trung Quốc']], keywords: ['drone', 'phun thuốc'] },
  { vi: 'Dây chuyền sản xuất bún tươi {n} kg/giờ', en: 'Fresh rice-noodle line, {n} kg/h', sizes: [100, 200, 500], field: '211', price: [200, 1200], makes: [DOMESTIC], keywords: ['bún tươi', 'chế biến thực phẩm'] },
  { vi: 'Máy ép dầu thực vật trục vít {n} kg/giờ', en: 'Screw oil press, {n} kg/h', sizes: [20, 50, 100, 200], field: '203', price: [40, 400], makes: [DOMESTIC, ['OEM', 'Trung Quốc']], keywords: ['ép dầu', 'dầu thực vật'] },
  { vi: 'Bồn lên men inox {n} lít', en: 'Stainless fermentation tank, {n} litres', sizes: [500, 1000, 2000, 5000], field: '209', price: [50, 600], makes: [DOMESTIC], keywords: ['lên men', 'inox'] },
  { vi: 'Hệ thống tưới nhỏ giọt tự động {n} ha', en: 'Automatic drip irrigation for {n} ha', sizes: [1, 2, 5, 10, 20], field: '202', price: [50, 900], makes: [['Netafim', 'Israel'], DOMESTIC], keywords: ['tưới nhỏ giọt', 'tiết kiệm nước'] },
];

export interface RequestTemplate {
  vi: string; // "{s}" subject, "{n}" size
  en: string;
  subjects: readonly Term[];
  sizes: readonly number[];
  field: string;
  /** Index into PROBLEMS. */
  problem: number;
  minTrl: readonly [number, number];
  budget: readonly [number, number]; // VND, million
  keywords: readonly string[];
}

export const REQUEST_TEMPLATES: readonly RequestTemplate[] = [
  { vi: 'Cần công nghệ bảo quản {s} tươi {n} ngày', en: 'Wanted: technology keeping {s} fresh for {n} days', subjects: FRUITS, sizes: [20, 30, 45, 60], field: '211', problem: 2, minTrl: [6, 8], budget: [200, 1500], keywords: ['bảo quản', 'sau thu hoạch'] },
  { vi: 'Tìm giải pháp xử lý nước thải {s} {n} m³/ngày', en: 'Wanted: wastewater treatment for {s}, {n} m³/day', subjects: INDUSTRIES, sizes: [5, 10, 20, 50, 100], field: '207', problem: 4, minTrl: [7, 9], budget: [150, 3000], keywords: ['xử lý nước thải', 'môi trường'] },
  { vi: 'Cần hệ thống tưới tự động cho {n} ha {s}', en: 'Wanted: automatic irrigation for {n} ha of {s}', subjects: CROPS, sizes: [2, 5, 10, 20, 50], field: '202', problem: 5, minTrl: [7, 9], budget: [80, 1500], keywords: ['tưới tự động', 'IoT'] },
  { vi: 'Tìm dây chuyền chế biến {s} công suất {n} tấn/ngày', en: 'Wanted: processing line for {s}, {n} t/day', subjects: PRODUCTS, sizes: [1, 2, 5, 10], field: '211', problem: 7, minTrl: [7, 9], budget: [500, 5000], keywords: ['dây chuyền', 'chế biến'] },
  { vi: 'Đặt hàng giải pháp chuyển đổi số quản lý {s}', en: 'Commission: digital management of {s}', subjects: SOFTWARE_DOMAINS, sizes: [0], field: '102', problem: 0, minTrl: [6, 9], budget: [50, 500], keywords: ['chuyển đổi số', 'phần mềm'] },
  { vi: 'Tìm công nghệ giảm tiêu hao năng lượng cho {s}', en: 'Wanted: energy-saving technology for {s}', subjects: FACILITIES, sizes: [0], field: '202', problem: 5, minTrl: [7, 9], budget: [100, 2000], keywords: ['tiết kiệm năng lượng', 'sản xuất sạch hơn'] },
  { vi: 'Cần chuyển giao quy trình nhân giống {s} sạch bệnh', en: 'Wanted: disease-free propagation of {s}', subjects: PROPAGATED_PLANTS, sizes: [0], field: '406', problem: 1, minTrl: [5, 8], budget: [50, 400], keywords: ['giống cây trồng', 'sạch bệnh'] },
  { vi: 'Tìm đối tác nghiên cứu sản phẩm mới từ {s}', en: 'Wanted: research partner for new {s} products', subjects: CROPS, sizes: [0], field: '211', problem: 7, minTrl: [3, 6], budget: [100, 1500], keywords: ['nghiên cứu phát triển', 'sản phẩm mới'] },
  { vi: 'Cần thiết bị kiểm tra nhanh dư lượng thuốc bảo vệ thực vật trên {s}', en: 'Wanted: rapid pesticide-residue testing for {s}', subjects: CROPS, sizes: [0], field: '104', problem: 3, minTrl: [7, 9], budget: [30, 300], keywords: ['an toàn thực phẩm', 'kiểm nghiệm'] },
  { vi: 'Tìm giải pháp xử lý mùi và chất thải trại {s}', en: 'Wanted: odour and waste treatment for {s} farms', subjects: LIVESTOCK, sizes: [0], field: '207', problem: 4, minTrl: [7, 9], budget: [100, 1200], keywords: ['chất thải chăn nuôi', 'xử lý mùi'] },
];

// ───────────────────────────── organisations ─────────────────────────────

/** [Vietnamese, English, field code] of what an organisation does. */
export const ORG_DOMAINS: readonly (readonly [string, string, string])[] = [
  ['Chế biến Nông sản', 'Agricultural Products Processing', '211'], ['Cơ khí Nông nghiệp', 'Agricultural Machinery', '203'],
  ['Thực phẩm', 'Food', '211'], ['Công nghệ Sinh học', 'Biotechnology', '406'], ['Thiết bị Điện', 'Electrical Equipment', '202'],
  ['Môi trường', 'Environment', '207'], ['Phân bón', 'Fertiliser', '208'], ['Giải pháp Phần mềm', 'Software Solutions', '102'],
  ['Vật liệu Xây dựng', 'Building Materials', '205'], ['Bao bì', 'Packaging', '205'], ['Thủy sản', 'Aquaculture', '405'],
  ['Xuất nhập khẩu Nông sản', 'Agricultural Trading', '502'], ['Tự động hóa', 'Automation', '202'],
  ['Năng lượng Mặt trời', 'Solar Energy', '202'], ['Dược liệu', 'Medicinal Herbs', '304'], ['Giống cây trồng', 'Seeds and Seedlings', '401'],
  ['Thức ăn Chăn nuôi', 'Animal Feed', '402'], ['Kết cấu Thép', 'Steel Structures', '201'], ['Thiết bị Y tế', 'Medical Devices', '206'],
  ['Đo lường Thử nghiệm', 'Testing and Measurement', '104'],
];

export const BRAND_WORDS: readonly string[] = [
  'Phát Đạt', 'Thành Công', 'Hưng Thịnh', 'Phước Lộc', 'An Phú', 'Tân Phát', 'Minh Khang', 'Hoàng Gia', 'Đại Lộc', 'Kim Long',
  'Vàm Cỏ', 'Long Hậu', 'Cửu Long', 'Mê Kông', 'Trường Thịnh', 'Thuận Phát', 'Nhật Minh', 'Bình An', 'Song Phát', 'Gia Phú',
  'Tân Long', 'Việt Hưng', 'Phú Thịnh', 'Hòa Bình', 'Sao Mai', 'Đồng Tâm', 'Thiên Phúc', 'Hợp Nhất', 'Mỹ Phú', 'Tâm Đức',
  'Phương Nam', 'Nam Việt', 'Đông Á', 'Tín Nghĩa', 'Hiệp Hòa', 'Lộc Phát', 'Bảo Long', 'An Khang', 'Quang Minh', 'Trí Việt',
];

export const COMPANY_FORMS: readonly Term[] = [
  ['TNHH', 'Co., Ltd.'], ['Cổ phần', 'JSC'], ['TNHH MTV', 'Co., Ltd.'],
];

export const COOPERATIVE_TYPES: readonly Term[] = [
  ['Nông nghiệp', 'Agricultural'], ['Dịch vụ Nông nghiệp', 'Agricultural Services'], ['Thanh long', 'Dragon Fruit'],
  ['Rau an toàn', 'Safe Vegetables'], ['Lúa gạo', 'Rice'], ['Chanh', 'Lime'], ['Khóm', 'Pineapple'], ['Thủy sản', 'Aquaculture'],
  ['Mai vàng', 'Yellow Apricot Blossom'], ['Sen', 'Lotus'], ['Mãng cầu', 'Custard Apple'], ['Mía đường', 'Sugarcane'],
];

export const REGIONS: readonly Term[] = [
  ['Phía Nam', 'Southern'], ['Đồng bằng sông Cửu Long', 'Mekong Delta'], ['Đông Nam Bộ', 'South-East'],
  ['Tây Ninh', 'Tay Ninh'], ['Long An', 'Long An'],
];

// ───────────────────────────── sentences ─────────────────────────────

/** "{p}" is replaced by a percentage. */
export const BENEFITS: readonly Term[] = [
  ['giảm {p}% chi phí vận hành so với cách làm truyền thống', 'cuts operating costs by {p}% against traditional practice'],
  ['tăng năng suất {p}%', 'raises productivity by {p}%'],
  ['rút ngắn {p}% thời gian xử lý', 'shortens processing time by {p}%'],
  ['giảm {p}% lượng nước sử dụng', 'uses {p}% less water'],
  ['giảm {p}% hao hụt sau thu hoạch', 'cuts post-harvest losses by {p}%'],
  ['tiết kiệm {p}% điện năng', 'saves {p}% of electricity'],
];

/** "{n}" is replaced by a count. */
export const EVIDENCE: readonly Term[] = [
  ['Đã thử nghiệm tại {n} hộ và hợp tác xã', 'Tested with {n} farms and cooperatives'],
  ['Đang ứng dụng tại {n} cơ sở sản xuất', 'In use at {n} production sites'],
  ['Kết quả nhiệm vụ KH&CN cấp tỉnh đã nghiệm thu, sản xuất thử {n} lô', 'From a completed provincial S&T task, {n} pilot batches'],
  ['Đã sản xuất thử nghiệm {n} lô ở quy mô thực', 'Produced in {n} full-scale pilot batches'],
];

export const BUYERS: readonly Term[] = [
  ['hợp tác xã', 'cooperatives'], ['doanh nghiệp nhỏ và vừa', 'small and medium enterprises'], ['nông hộ', 'farming households'],
  ['cơ sở chế biến', 'processors'], ['trang trại', 'farms'],
];

export const EQUIPMENT_REASONS: readonly Term[] = [
  ['Thanh lý do nâng cấp dây chuyền', 'Sold because the line was upgraded'],
  ['Hàng mới, giao và lắp đặt tận nơi', 'New, delivered and installed on site'],
  ['Thiết bị trưng bày, còn bảo hành hãng', 'Ex-demonstration unit with maker’s warranty'],
  ['Cho thuê theo mùa vụ hoặc bán', 'For seasonal hire or sale'],
];

/** The problems a template answers, by index: see `problem` in the templates. */
export const PROBLEMS: readonly Term[] = [
  ['Chi phí sản xuất cao, phụ thuộc lao động thủ công', 'Production costs are high and depend on manual labour'],
  ['Chất lượng sản phẩm không đồng đều giữa các lô', 'Product quality varies from batch to batch'],
  ['Hao hụt lớn sau thu hoạch và trong bảo quản', 'Large losses after harvest and in storage'],
  ['Khó đáp ứng yêu cầu của thị trường xuất khẩu', 'Hard to meet export market requirements'],
  ['Chất thải gây ô nhiễm môi trường xung quanh', 'Waste pollutes the surroundings'],
  ['Tiêu hao nhiều điện, nước và nhiên liệu', 'High use of electricity, water and fuel'],
  ['Xâm nhập mặn ảnh hưởng sản xuất', 'Saline intrusion hurts production'],
  ['Sản phẩm chủ yếu bán thô, giá trị thấp', 'Produce is mostly sold raw, at low value'],
];

export const CURRENT_SOLUTIONS: readonly string[] = [
  'Làm thủ công theo kinh nghiệm',
  'Thuê đơn vị bên ngoài xử lý theo từng đợt',
  'Dùng thiết bị cũ, công suất thấp',
  'Chưa có giải pháp, đang bán sản phẩm thô',
];

export const SUPPORT_OFFERS: readonly string[] = [
  'Đào tạo vận hành tại cơ sở',
  'Hỗ trợ kỹ thuật từ xa 12 tháng',
  'Chuyên gia theo dõi vụ hoặc lô sản xuất đầu tiên',
  'Bảo hành thiết bị đi kèm 24 tháng',
  'Cung cấp tài liệu quy trình và biểu mẫu',
];

export const STREETS: readonly string[] = [
  'Hùng Vương', 'Nguyễn Huệ', 'Quốc lộ 1', 'Quốc lộ 22', 'Quốc lộ 62', 'Quốc lộ 50', 'Trần Hưng Đạo', 'Lê Lợi',
  'Cách Mạng Tháng Tám', 'Đường tỉnh 830',
];
