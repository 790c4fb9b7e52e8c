import { describe, expect, it } from 'vitest';
import { BOM, csvFileName, tableCsv } from './csv';
import { reportFixture } from './fixture';
import { labelReport } from './view';

const table = (locale: 'vi' | 'en', id: string) =>
  labelReport(locale, reportFixture, new Map())
    .flatMap((s) => s.tables)
    .find((t) => t.id === id)!;
const lines = (csv: string) => csv.slice(BOM.length).split('\r\n');

describe('a report table as CSV', () => {
  it('starts with a byte-order mark and names the columns and rows in the page’s language', () => {
    const csv = tableCsv('vi', table('vi', 'listings.byKind'));
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines(csv)).toEqual([
      'Mục,Số lượng,Tỷ lệ (%),Số lượng (kỳ trước),Tỷ lệ (%) (kỳ trước)',
      'Chào bán công nghệ,12,60,8,50',
      'Chào bán thiết bị,5,25,6,37.5',
      'Nhu cầu công nghệ,3,15,2,12.5',
      'Tổng,20,100,16,100',
      '',
    ]);
    expect(lines(tableCsv('en', table('en', 'listings.byKind'))).slice(0, 2)).toEqual([
      'Item,Count,Share (%),Count (previous period),Share (%) (previous period)',
      'Technology offer,12,60,8,50',
    ]);
  });

  it('quotes a typed term with a comma and quotes so it stays one cell, as typed, and leaves an unknown cell empty', () => {
    expect(lines(tableCsv('vi', table('vi', 'search.unmetTerms')))[1]).toBe('"máy sấy ""nông sản"", loại nhỏ",7,');
  });

  it('writes a suppressed cell as "< 3", a total that would reveal it as hidden, and labels a quarter', () => {
    const vi = lines(tableCsv('vi', table('vi', 'negotiation.byQuarter')));
    expect(vi[1]).toBe('Quý 1/2026,< 3,5,4,3');
    expect(vi[3]).toBe('Tổng,ẩn,9,7,6');
    expect(lines(tableCsv('en', table('en', 'negotiation.byQuarter')))[2]).toBe('Q2 2026,6,4,3,3');
  });

  it('names the file in ASCII after the period and the table', () => {
    expect(csvFileName('2026', 'listings.byField')).toBe('report-2026-listings.byField.csv');
    expect(csvFileName('2026-01-01_2026-06-30', 'a/b"c')).toBe('report-2026-01-01_2026-06-30-a-b-c.csv');
  });
});
