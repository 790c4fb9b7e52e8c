import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportFixture } from './fixture';
import { labelReport } from './view';
import { reportWorkbook, sheetName } from './workbook';

async function open(locale: 'vi' | 'en') {
  const buffer = await reportWorkbook(locale, labelReport(locale, reportFixture, new Map()), new Date(reportFixture.generatedAt));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

const column = (sheet: ExcelJS.Worksheet, n: number) => sheet.getColumn(n).values.slice(1);

describe('the report as one workbook', () => {
  it('has a sheet per section, in order, and a method-notes sheet last', async () => {
    const workbook = await open('vi');
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Tin đăng công nghệ, thiết bị',
      'Nhu cầu tìm kiếm',
      'Kết nối, thương lượng và giao d',
      'Hoạt động khác của Sở',
      'Ghi chú phương pháp',
    ]);
  });

  it('writes each table under its name with numbers as numbers, the previous period beside, and the total', async () => {
    const sheet = (await open('vi')).getWorksheet('Tin đăng công nghệ, thiết bị')!;
    expect(sheet.getCell('A1').value).toBe('Tin đăng theo loại');
    expect(sheet.getCell('A2').value).toBe('Kỳ: 1 thg 1, 2026 – 31 thg 12, 2026 · Mẫu số: 20');
    expect(sheet.getRow(3).values).toEqual([undefined, 'Mục', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng (kỳ trước)', 'Tỷ lệ (%) (kỳ trước)']);
    expect(sheet.getRow(4).values).toEqual([undefined, 'Chào bán công nghệ', 12, 60, 8, 50]);
    expect(sheet.getCell('C4').numFmt).toBe('0.0');
    expect(sheet.getRow(7).values).toEqual([undefined, 'Tổng', 20, 100, 16, 100]);
    expect(column(sheet, 1)).toContain('Tin đăng theo lĩnh vực khoa học');
    expect(column(sheet, 1)).toContain('Khoa học kỹ thuật và công nghệ');
  });

  it('writes suppressed cells as "< 3" and a department table with the source it named', async () => {
    const workbook = await open('en');
    const deals = workbook.getWorksheet('Inquiries, negotiation and deal')!;
    expect(deals.getRow(4).values).toEqual([undefined, 'Q1 2026', '< 3', 5, 4, 3]);
    expect(deals.getRow(6).values).toEqual([undefined, 'Total', 'hidden', 9, 7, 6]);
    const notes = workbook.getWorksheet('Method notes')!;
    expect(notes.getRow(1).values).toEqual([undefined, 'Section', 'Table', 'Period', 'Compared with', 'Denominator', 'Method', 'Source']);
    const byField = notes.getRow(3).values as unknown[];
    expect(byField.slice(1, 6)).toEqual([
      'Technology and equipment listings',
      'Listings by field of science',
      'Period: Jan 1, 2026 – Dec 31, 2026',
      'Period: Jan 1, 2025 – Dec 31, 2025',
      'Denominator: 20',
    ]);
    expect(byField[6]).toMatch(/counts once, in that field’s group, and the shares add up to exactly 100%/);
    expect(notes.getRow(6).values).toEqual(
      expect.arrayContaining(['Events and participants', 'Source: entered by the department for the period — Source named by the department: Báo cáo số 123/BC-SKHCN']),
    );
  });

  it('keeps sheet names within Excel’s rules', () => {
    const taken = new Set<string>();
    expect(sheetName('a/b:c*d?e[f]', taken)).toBe('a b c d e f');
    expect(sheetName('A/B:C*D?E[F]', taken)).toBe('A B C D E F 2');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
  });
});
