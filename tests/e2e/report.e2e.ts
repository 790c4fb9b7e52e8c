// The department's report in Debian's Chromium against the real platform with the demo data: a moderator opens the
// 2026 report without JavaScript and sees its sections with SVG charts beside the tables, downloads a table as CSV
// and the whole report as an Excel workbook (both opened and checked here), and `npm run report:pdf` prints it
// (its text read back with unpdf); a seller is refused the page and its downloads; the public statistics page
// shows figures and no one's name or e-mail.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signInDemo } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const LONG = 180_000;
const MODERATOR = 'moderator@demo.sangiaodich.vn';
const SELLER = 'seller@demo.sangiaodich.vn';
// In the order of the department's 2023 report (the search section joins when the search log lands; it sits before the department's).
const SECTIONS = ['Tin đăng công nghệ, thiết bị', 'Tổ chức tham gia sàn', 'Tài sản trí tuệ được chào bán', 'Kiểm duyệt', 'Kết nối, thương lượng và giao dịch', 'Hoạt động khác của Sở'];
const inOrder = (names: string[]) => names.filter((name) => SECTIONS.includes(name));
const ROOT = path.resolve(import.meta.dirname, '../..');

const { server, openPage } = useE2E();


/** The figures of a row of a table on the page, by the row's name. */
async function rowCells(page: Page, tableId: string, rowName: string): Promise<string[]> {
  const row = page.locator(`[data-table="${tableId}"] tbody tr`).filter({ has: page.getByRole('rowheader', { name: rowName, exact: true }) });
  return row.locator('td').allTextContents();
}

async function download(page: Page, link: ReturnType<Page['getByRole']>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

describe('the department report', () => {
  it('shows a moderator the 2026 report without JavaScript: sections in order, SVG charts beside tables, every figure explained', async () => {
    await server.db.prisma.departmentFigures.create({
      data: {
        year: 2026,
        ...{ stTasksNational: 1, stTasksMinisterial: 2, stTasksProvincial: 14, stTasksGrassroots: 9, stTasksSource: 'Báo cáo số 45/BC-SKHCN ngày 10/12/2026' },
        ...{ appraisals: 31, appraisalsSource: 'Sổ thẩm định công nghệ 2026', ipRegistrationsSupported: 12, ipSupportSource: 'Chương trình SHTT tỉnh' },
        ...{ events: 4, eventParticipants: 620, eventsSource: 'Techmart Tây Ninh 2026', programmes: 3, programmesSource: 'Kế hoạch 12/KH-SKHCN' },
      },
    });
    const page = await openPage({ javaScriptEnabled: false });
    await signInDemo(page, MODERATOR);
    await page.goto('/moderation');
    await page.getByRole('link', { name: 'Báo cáo của Sở →' }).click();
    await page.waitForURL('**/moderation/report');
    await page.getByLabel('Năm', { exact: true }).selectOption('2026');
    await page.getByRole('form', { name: 'Theo năm' }).getByRole('button', { name: 'Xem báo cáo' }).click();
    await page.waitForURL('**/moderation/report?year=2026');

    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(inOrder(headings)).toEqual(SECTIONS);
    expect(headings.at(-1)).toBe('Hoạt động khác của Sở');
    expect(await page.getByTestId('report-period').textContent()).toMatch(/Kỳ báo cáo: 1 thg 1, 2026 – 31 thg 12, 2026; so với kỳ trước: 1 thg 1, 2025 – 31 thg 12, 2025\./);

    // Charts are SVG drawn on the server, each with a title naming its table, beside the table it illustrates.
    const charts = page.locator('[data-testid="report-chart"] svg[role="img"]');
    expect(await charts.count()).toBeGreaterThanOrEqual(8);
    const byKind = page.locator('[data-table="listings.byKind"]');
    expect(await byKind.locator('svg title').first().textContent()).toBe('Biểu đồ: Tin đăng theo loại');
    expect(await byKind.locator('svg rect.now').count()).toBe(3);
    const offers = await rowCells(page, 'listings.byKind', 'Chào bán công nghệ');
    expect(Number(offers[0])).toBeGreaterThan(0);
    const published2026 = await server.db.prisma.listing.count({
      where: { kind: 'TECHNOLOGY_OFFER', publishedAt: { gte: new Date('2025-12-31T17:00:00Z'), lt: new Date('2026-12-31T17:00:00Z') } },
    });
    expect(Number(offers[0])).toBe(published2026);

    // Every figure says its window, denominator and method.
    const byField = page.locator('[data-table="listings.byField"]');
    expect(await byField.getByTestId('report-window').textContent()).toBe('Kỳ: 1 thg 1, 2026 – 31 thg 12, 2026');
    expect(await byField.getByTestId('report-denominator').textContent()).toMatch(/^Mẫu số: \d+$/);
    expect(await byField.textContent()).toContain('mỗi tin trên sàn có đúng một lĩnh vực khoa học');
    expect(await page.locator('[data-testid="report-table"]').count()).toBe(await page.getByText('Cách tính:').count());

    // The department's own figures say where they come from and lead to the form that enters them.
    const tasks = page.locator('[data-table="department.stTasks"]');
    expect(await rowCells(page, 'department.stTasks', 'Cấp tỉnh')).toEqual(['14', '—']);
    expect(await tasks.getByTestId('report-source-note').textContent()).toBe('Sở ghi nguồn: Báo cáo số 45/BC-SKHCN ngày 10/12/2026');
    expect(await tasks.textContent()).toContain('Nguồn: Sở nhập cho kỳ báo cáo');
    expect(await tasks.getByRole('link', { name: 'Nhập hoặc sửa số liệu của Sở' }).getAttribute('href')).toBe('/moderation/report/figures?year=2026');
  }, LONG);

  it('downloads a table as CSV with a byte-order mark and the whole report as an Excel workbook with its method notes', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await signInDemo(page, MODERATOR);
    await page.goto('/moderation/report?year=2026');
    const offers = await rowCells(page, 'listings.byKind', 'Chào bán công nghệ');

    const csv = await download(page, page.getByRole('link', { name: 'Tải bảng “Tin đăng theo loại” dạng CSV' }));
    expect(csv.name).toBe('report-2026-listings.byKind.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Mục,Số lượng,Số lượng (kỳ trước)');
    expect(lines[1]).toBe(`Chào bán công nghệ,${offers[0]},${offers[1]}`);

    const xlsx = await download(page, page.getByTestId('report-workbook'));
    expect(xlsx.name).toBe('report-2026.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheets = workbook.worksheets.map((s) => s.name);
    expect(sheets.filter((name) => SECTIONS.map((s) => s.slice(0, 31)).includes(name))).toEqual(SECTIONS.map((s) => s.slice(0, 31)));
    expect(sheets.at(-1)).toBe('Ghi chú phương pháp');
    const listings = workbook.getWorksheet(SECTIONS[0]!)!;
    expect(listings.getCell('A1').value).toBe('Tin đăng theo loại');
    expect(listings.getRow(4).values).toEqual([undefined, 'Chào bán công nghệ', Number(offers[0]), Number(offers[1])]);
    const notes = workbook.getWorksheet('Ghi chú phương pháp')!;
    expect(notes.getRow(1).values).toEqual([undefined, 'Mục', 'Bảng', 'Kỳ', 'Kỳ so sánh', 'Mẫu số', 'Cách tính', 'Nguồn']);
    const noted = notes.getColumn(2).values.slice(2);
    expect(noted).toContain('Tin đăng theo lĩnh vực khoa học');
    expect(noted).toHaveLength(await page.locator('[data-testid="report-table"]').count());
  }, LONG);

  it('prints the 2026 report as an A4 PDF with `npm run report:pdf`, with a session that is gone afterwards', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'report-pdf-'));
    try {
      const out = path.join(dir, 'report.pdf');
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/operations/report-pdf.ts', '--year', '2026', '--out', out], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: server.db.url, LOG_LEVEL: 'warn' },
        timeout: 150_000,
      });
      expect(stdout).toContain(`Wrote ${out} (the 2026 report, printed as admin@demo.sangiaodich.vn)`);
      const pdf = await getDocumentProxy(new Uint8Array(await readFile(out)));
      const { totalPages, text } = await extractText(pdf, { mergePages: true });
      expect(totalPages).toBeGreaterThanOrEqual(SECTIONS.length + 1);
      for (const words of ['Báo cáo hoạt động sàn giao dịch', 'Tin đăng theo loại', 'Chào bán công nghệ', 'Cách tính', 'Mẫu số']) expect(text).toContain(words);
      expect(text).not.toContain('Xem báo cáo');
      expect(await server.db.prisma.session.count({ where: { userAgent: 'npm run report:pdf' } })).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, LONG);

  it('refuses a seller the report and its downloads, and sends a visitor to sign in', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await signInDemo(page, SELLER);
    for (const url of ['/moderation/report?year=2026', '/moderation/report/csv/listings.byKind?year=2026', '/moderation/report/workbook?year=2026']) {
      const response = await page.request.get(url);
      expect(response.status(), url).toBe(403);
      expect(await response.text()).not.toContain('Chào bán công nghệ');
    }
    const visitor = await openPage({ javaScriptEnabled: false });
    await visitor.goto('/moderation/report?year=2026');
    expect(new URL(visitor.url()).pathname).toBe('/sign-in');
  }, LONG);

  it('shows anyone the public statistics, reached from the footer, with no one’s name or e-mail', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Thống kê' }).click();
    await page.waitForURL('**/statistics');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Thống kê sàn giao dịch \d{4}$/);
    await page.goto('/statistics?year=2026');
    expect(await page.locator('[data-testid="report-chart"] svg').count()).toBeGreaterThan(0);
    const offers = await rowCells(page, 'listings.byKind', 'Chào bán công nghệ');
    expect(offers[0]).toMatch(/^(\d+|< 3)$/);
    const text = (await page.locator('main').textContent()) ?? '';
    const people = await server.db.prisma.user.findMany({ select: { displayName: true, email: true, phone: true } });
    for (const person of people) {
      for (const detail of [person.displayName, person.email, person.phone]) if (detail) expect(text).not.toContain(detail);
    }
  }, LONG);
});
