// The demo's IP titles from the 2023 report: patents, designs, marks and geographical indications.
import { IpStatus, IpType } from '../../../server/generated/prisma/enums.ts';
import type { DemoOrgKey } from './organisations.ts';

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
