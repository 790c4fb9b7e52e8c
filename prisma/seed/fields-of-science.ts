// The national classification of fields of science and technology, levels 1 and 2.
// Thông tư 24/2025/TT-BKHCN (in force 15/12/2025, replacing Decision 12/2008/QĐ-BKHCN) keeps the OECD Frascati
// structure: 6 fields coded 1–6 and 46 sub-fields coded 101–699. The Vietnamese names below are those of the 2008
// table, which has the same 46 codes (worth a check against the circular's appendix when it is at hand); the
// English ones are the OECD "Fields of Science and Technology" names.
// The department's yearly report counts in five groups (social sciences and humanities together), hence
// reportField: fields 5 and 6 both map to SOCIAL_HUMANITIES.
import type { Tx } from '../../server/lib/prisma.ts';
import { ReportField } from '../../server/generated/prisma/enums.ts';

export interface FieldOfScienceSeed {
  code: string;
  parentCode: string | null;
  nameVi: string;
  nameEn: string;
  reportField: ReportField;
  position: number;
}

type SubField = [code: string, nameVi: string, nameEn: string];

interface TopField {
  code: string;
  nameVi: string;
  nameEn: string;
  reportField: ReportField;
  subFields: SubField[];
}

const TREE: TopField[] = [
  {
    code: '1',
    nameVi: 'Khoa học tự nhiên',
    nameEn: 'Natural sciences',
    reportField: ReportField.NATURAL_SCIENCES,
    subFields: [
      ['101', 'Toán học và thống kê', 'Mathematics and statistics'],
      ['102', 'Khoa học máy tính và thông tin', 'Computer and information sciences'],
      ['103', 'Vật lý', 'Physical sciences'],
      ['104', 'Hoá học', 'Chemical sciences'],
      ['105', 'Các khoa học trái đất và môi trường liên quan', 'Earth and related environmental sciences'],
      ['106', 'Sinh học', 'Biological sciences'],
      ['199', 'Khoa học tự nhiên khác', 'Other natural sciences'],
    ],
  },
  {
    code: '2',
    nameVi: 'Khoa học kỹ thuật và công nghệ',
    nameEn: 'Engineering and technology',
    reportField: ReportField.ENGINEERING_TECHNOLOGY,
    subFields: [
      ['201', 'Kỹ thuật dân dụng', 'Civil engineering'],
      ['202', 'Kỹ thuật điện, kỹ thuật điện tử, kỹ thuật thông tin', 'Electrical, electronic and information engineering'],
      ['203', 'Kỹ thuật cơ khí', 'Mechanical engineering'],
      ['204', 'Kỹ thuật hoá học', 'Chemical engineering'],
      ['205', 'Kỹ thuật vật liệu và luyện kim', 'Materials engineering and metallurgy'],
      ['206', 'Kỹ thuật y học', 'Medical engineering'],
      ['207', 'Kỹ thuật môi trường', 'Environmental engineering'],
      ['208', 'Công nghệ sinh học môi trường', 'Environmental biotechnology'],
      ['209', 'Công nghệ sinh học công nghiệp', 'Industrial biotechnology'],
      ['210', 'Công nghệ nano', 'Nanotechnology'],
      ['211', 'Kỹ thuật thực phẩm và đồ uống', 'Food and beverage engineering'],
      ['299', 'Khoa học kỹ thuật và công nghệ khác', 'Other engineering and technologies'],
    ],
  },
  {
    code: '3',
    nameVi: 'Khoa học y, dược',
    nameEn: 'Medical and health sciences',
    reportField: ReportField.MEDICAL_HEALTH,
    subFields: [
      ['301', 'Y học cơ sở', 'Basic medicine'],
      ['302', 'Y học lâm sàng', 'Clinical medicine'],
      ['303', 'Y tế', 'Health sciences'],
      ['304', 'Dược học', 'Pharmacy and pharmacology'],
      ['305', 'Công nghệ sinh học trong y học', 'Medical biotechnology'],
      ['399', 'Khoa học y, dược khác', 'Other medical sciences'],
    ],
  },
  {
    code: '4',
    nameVi: 'Khoa học nông nghiệp',
    nameEn: 'Agricultural sciences',
    reportField: ReportField.AGRICULTURAL,
    subFields: [
      ['401', 'Trồng trọt', 'Crop science'],
      ['402', 'Chăn nuôi', 'Animal and dairy science'],
      ['403', 'Thú y', 'Veterinary science'],
      ['404', 'Lâm nghiệp', 'Forestry'],
      ['405', 'Thuỷ sản', 'Fisheries and aquaculture'],
      ['406', 'Công nghệ sinh học trong nông nghiệp', 'Agricultural biotechnology'],
      ['499', 'Khoa học nông nghiệp khác', 'Other agricultural sciences'],
    ],
  },
  {
    code: '5',
    nameVi: 'Khoa học xã hội',
    nameEn: 'Social sciences',
    reportField: ReportField.SOCIAL_HUMANITIES,
    subFields: [
      ['501', 'Tâm lý học', 'Psychology'],
      ['502', 'Kinh tế và kinh doanh', 'Economics and business'],
      ['503', 'Khoa học giáo dục', 'Educational sciences'],
      ['504', 'Xã hội học', 'Sociology'],
      ['505', 'Pháp luật', 'Law'],
      ['506', 'Khoa học chính trị', 'Political science'],
      ['507', 'Địa lý kinh tế và xã hội', 'Social and economic geography'],
      ['508', 'Thông tin đại chúng và truyền thông', 'Media and communications'],
      ['599', 'Khoa học xã hội khác', 'Other social sciences'],
    ],
  },
  {
    code: '6',
    nameVi: 'Khoa học nhân văn',
    nameEn: 'Humanities',
    reportField: ReportField.SOCIAL_HUMANITIES,
    subFields: [
      ['601', 'Lịch sử và khảo cổ học', 'History and archaeology'],
      ['602', 'Ngôn ngữ học và văn học', 'Languages and literature'],
      ['603', 'Triết học, đạo đức học và tôn giáo', 'Philosophy, ethics and religion'],
      ['604', 'Nghệ thuật', 'Arts'],
      ['699', 'Khoa học nhân văn khác', 'Other humanities'],
    ],
  },
];

/** Parents before children, so inserting in this order satisfies the parentCode foreign key. */
export const FIELDS_OF_SCIENCE: readonly FieldOfScienceSeed[] = [
  ...TREE.map((top, i) => ({
    code: top.code,
    parentCode: null,
    nameVi: top.nameVi,
    nameEn: top.nameEn,
    reportField: top.reportField,
    position: i + 1,
  })),
  ...TREE.flatMap((top) =>
    top.subFields.map(([code, nameVi, nameEn], i) => ({
      code,
      parentCode: top.code,
      nameVi,
      nameEn,
      reportField: top.reportField,
      position: i + 1,
    })),
  ),
];

/** The sub-field codes: what a listing's fieldCode should hold. */
export const SUB_FIELD_CODES: readonly string[] = FIELDS_OF_SCIENCE.filter((f) => f.parentCode).map((f) => f.code);

/** Inserts the classification, or brings names and positions up to date: safe to run at every start. */
export async function seedFieldsOfScience(prisma: Tx): Promise<void> {
  for (const { code, ...rest } of FIELDS_OF_SCIENCE) {
    await prisma.fieldOfScience.upsert({ where: { code }, create: { code, ...rest }, update: rest });
  }
}
