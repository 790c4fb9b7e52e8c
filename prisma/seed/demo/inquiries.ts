// Inquiries and a deal between the demo accounts, so a fresh install shows a negotiation in progress and a recorded
// transfer. Times are hours after the listing's publication.
//
// The deal follows the report (/work/shared/seeds/long-an-dost-2023-report.vi.txt): in 2023 the Department ran
// 08 model-replication tasks ("nhiệm vụ nhân rộng mô hình") under the province's policy supporting the replication
// of research results, and the Centre's completed tamanu (Mù U) oil technology ("Hoàn thiện công nghệ chiết xuất và
// sản xuất tinh dầu từ cây Mù U") is the one the report names. Here it is replicated at a cooperative with provincial
// support: a domestic transfer using state budget funds, which must be registered (Law on Technology Transfer 2017,
// art. 31.1c). The cooperative, the contract value (within the listing's price range) and the dates are assumptions.
import type { DealInput } from '../../../server/modules/deal/deal.validation.ts';
import type { DemoAccountKey } from './accounts.ts';

export interface DemoInquiryMessage {
  by: DemoAccountKey;
  side: 'REQUESTER' | 'OWNER';
  body: string;
  hoursAfterOpen: number;
}

export interface DemoInquiry {
  /** Key of the listing in DEMO_LISTINGS. */
  listing: string;
  requester: DemoAccountKey;
  requesterOrganisationName: string;
  message: string;
  intendedUse: string;
  openedHoursAfterPublication: number;
  status: 'IN_DISCUSSION' | 'NDA_REQUESTED' | 'NDA_ACCEPTED' | 'AGREED';
  messages: DemoInquiryMessage[];
  nda?: { requestedHoursAfterOpen: number; acceptedBy: { side: 'REQUESTER' | 'OWNER'; by: DemoAccountKey; hoursAfterOpen: number }[] };
  deal?: Omit<DealInput, 'signedOn' | 'crossBorder' | 'stateFunded'> & { recordedBy: DemoAccountKey; signedHoursAfterOpen: number; crossBorder: boolean; stateFunded: boolean };
}

export const DEMO_INQUIRIES: readonly DemoInquiry[] = [
  {
    listing: 'thanhGiangBangTai',
    requester: 'buyer',
    requesterOrganisationName: 'Công ty TNHH Vật liệu Xây dựng Bến Lức',
    message:
      'Công ty chúng tôi vận hành 3 tuyến băng tải cát, đá dài 40–60 m tại bến ven sông Vàm Cỏ Đông và muốn thay giằng hàn bằng thanh giằng lắp ghép. ' +
      'Xin Công ty cho biết điều kiện chuyển giao quyền sử dụng kiểu dáng và bộ bản vẽ chế tạo.',
    intendedUse: 'Chế tạo và lắp thanh giằng cho 3 tuyến băng tải tại bến vật liệu của công ty.',
    openedHoursAfterPublication: 10,
    status: 'NDA_REQUESTED',
    messages: [
      {
        by: 'seller',
        side: 'OWNER',
        hoursAfterOpen: 5,
        body:
          'Chào anh Bảo, Công ty có thể chuyển giao bộ bản vẽ chế tạo, quy trình mạ kẽm và quyền sử dụng kiểu dáng trong khu vực Đông Nam Bộ. ' +
          'Để gửi bản vẽ và bảng tính tải trọng, hai bên ký thỏa thuận bảo mật trên sàn trước nhé.',
      },
      {
        by: 'buyer',
        side: 'REQUESTER',
        hoursAfterOpen: 7,
        body: 'Đồng ý. Tôi đã gửi yêu cầu và chấp nhận thỏa thuận bảo mật. Khung băng tải của chúng tôi bản rộng 800 mm.',
      },
    ],
    nda: { requestedHoursAfterOpen: 7, acceptedBy: [{ side: 'REQUESTER', by: 'buyer', hoursAfterOpen: 7 }] },
  },
  {
    listing: 'muU',
    requester: 'buyer',
    requesterOrganisationName: 'Hợp tác xã Dược liệu Cần Giuộc',
    message:
      'Hợp tác xã có vùng nguyên liệu Mù U ven sông, khoảng 30 tấn hạt mỗi năm. Chúng tôi muốn nhận chuyển giao quy trình ép lạnh, tinh chế ' +
      'kèm dây chuyền 200 kg nhân/ngày theo chính sách hỗ trợ nhân rộng kết quả nghiên cứu của tỉnh.',
    intendedUse: 'Sản xuất dầu Mù U làm nguyên liệu mỹ phẩm tại xưởng của hợp tác xã.',
    openedHoursAfterPublication: 4,
    status: 'AGREED',
    messages: [
      {
        by: 'editor',
        side: 'OWNER',
        hoursAfterOpen: 3,
        body: 'Trung tâm sẽ gửi dự toán và hồ sơ công nghệ sau khi hai bên chấp nhận thỏa thuận bảo mật trên sàn.',
      },
      {
        by: 'buyer',
        side: 'REQUESTER',
        hoursAfterOpen: 20,
        body: 'Hồ sơ phù hợp với xưởng của hợp tác xã. Đề nghị Trung tâm chuẩn bị hợp đồng chuyển giao để trình Sở hỗ trợ kinh phí.',
      },
      {
        by: 'editor',
        side: 'OWNER',
        hoursAfterOpen: 44,
        body: 'Hai bên đã ký hợp đồng chuyển giao; Trung tâm ghi nhận giao dịch trên sàn và hướng dẫn hợp tác xã đăng ký chuyển giao công nghệ tại Sở.',
      },
    ],
    nda: {
      requestedHoursAfterOpen: 3,
      acceptedBy: [
        { side: 'OWNER', by: 'editor', hoursAfterOpen: 3 },
        { side: 'REQUESTER', by: 'buyer', hoursAfterOpen: 6 },
      ],
    },
    deal: {
      recordedBy: 'editor',
      signedHoursAfterOpen: 44,
      transferObjects: ['PROCESS_DESIGN_SOFTWARE', 'KNOW_HOW', 'MACHINERY_WITH_TECHNOLOGY'],
      transferForm: 'MACHINERY_SALE_WITH_KNOW_HOW',
      transferModes: ['DOCUMENTS', 'TRAINING', 'EXPERT_ASSISTANCE', 'MACHINERY'],
      rights: { kind: 'RIGHT_OF_USE', exclusive: false, territory: 'Tỉnh Tây Ninh', sublicensing: false },
      valueVnd: 420_000_000n,
      crossBorder: false,
      stateFunded: true,
    },
  },
];

/** Confidential dossiers of the demo listings the inquiries are about (shown once both sides accepted the NDA). */
export const DEMO_DOSSIERS: Record<string, { dossierVi: string; dossierEn: string }> = {
  thanhGiangBangTai: {
    dossierVi:
      '## Hồ sơ kỹ thuật\n\n' +
      '- 12 bản vẽ chế tạo thanh giằng cho khung băng tải bản rộng 500, 650, 800 và 1.000 mm.\n' +
      '- Quy trình gia công: cắt, đột lỗ, hàn bản mã trong xưởng, mạ kẽm nhúng nóng theo TCVN 5408:2007.\n' +
      '- Bảng tính tải trọng và khoảng cách giằng theo chiều dài khung.\n' +
      '- Tiêu chuẩn kiểm tra lô: chiều dày lớp mạ, dung sai lỗ bu lông ±0,5 mm.\n' +
      '- Bản sao văn bằng kiểu dáng công nghiệp và thông báo chấp nhận đơn đăng ký sáng chế.',
    dossierEn:
      '## Technical dossier\n\n' +
      '- 12 shop drawings of the brace for conveyor frames 500, 650, 800 and 1,000 mm wide.\n' +
      '- Fabrication: cutting, punching, shop-welding the gusset plates, hot-dip galvanising to TCVN 5408:2007.\n' +
      '- Load and spacing tables by frame length.\n' +
      '- Batch inspection: coating thickness, bolt-hole tolerance ±0.5 mm.\n' +
      '- Copies of the industrial design certificate and of the notice accepting the patent application.',
  },
  muU: {
    dossierVi:
      '## Hồ sơ công nghệ\n\n' +
      '- Sơ đồ dây chuyền 200 kg nhân/ngày và danh mục thiết bị.\n' +
      '- Thông số từng công đoạn: sấy nhân đến độ ẩm 6–8%, ép lạnh với nhiệt độ nhân không quá 45 °C, lắng 48 giờ, lọc hai cấp.\n' +
      '- Tiêu chuẩn cơ sở của dầu thành phẩm và phiếu kết quả thử nghiệm 3 lô sản xuất thử.\n' +
      '- Dự toán đầu tư và chi phí vận hành.',
    dossierEn:
      '## Technology dossier\n\n' +
      '- Layout of the 200 kg/day line and its equipment list.\n' +
      '- Settings of each step: kernels dried to 6–8% moisture, cold pressing with kernels below 45 °C, 48 h settling, two-stage filtering.\n' +
      '- In-house standard of the finished oil and test reports of the 3 trial batches.\n' +
      '- Investment estimate and running costs.',
  },
};

/** The default DEAL_SURVEY_MONTHS: seeded deals are followed up on the same schedule as recorded ones. */
export const DEMO_SURVEY_MONTHS = 6;
