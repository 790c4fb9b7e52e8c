// The department enters its own figures of a year in Debian's Chromium without JavaScript (the form must work so):
// a source of blanks is refused beside its input with every value kept, and once fixed the figures are saved, shown
// again when the page is opened, and in the report of that year.
import { describe, expect, it } from 'vitest';
import { clickAndLoad, signInDemo, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const LONG = 120_000;
const MODERATOR = 'moderator@demo.sangiaodich.vn';

const { server, openPage } = useE2E();

describe('the department’s figures of a year', () => {
  it('are entered without JavaScript, refused field by field, then saved and shown again', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await signInDemo(page, MODERATOR);
    await page.goto('/moderation/report/figures?year=2025');
    await textOf(page.getByRole('heading', { level: 1 })).toBe('Số liệu của Sở năm 2025');
    await textOf(page.getByTestId('figures-state')).toBe('Chưa có số liệu cho năm 2025.');

    const numbers: Record<string, string> = {
      'Cấp quốc gia': '1', 'Cấp bộ': '0', 'Cấp tỉnh': '27', 'Cấp cơ sở': '24',
      'Số dự án được thẩm định, cho ý kiến': '45', 'Số hồ sơ đăng ký được hỗ trợ': '60',
      'Số sự kiện': '8', 'Số người tham dự': '1200', 'Số chương trình': '2',
    };
    for (const [label, value] of Object.entries(numbers)) await page.getByLabel(label, { exact: true }).fill(value);
    const sources = page.getByLabel('Nguồn số liệu');
    expect(await sources.count()).toBe(5);
    for (let i = 0; i < 5; i++) await sources.nth(i).fill(`Báo cáo số ${i + 1}/BC-SKHCN`);
    await sources.nth(3).fill('   ');
    await clickAndLoad(page, page.getByRole('button', { name: 'Lưu số liệu năm 2025' }));

    await visible(page.locator('[data-field-error="eventsSource"]'));
    await textOf(page.locator('[data-field-error="eventsSource"]')).toBe('Vui lòng nhập thông tin này.');
    expect(await page.getByLabel('Cấp tỉnh', { exact: true }).inputValue()).toBe('27');
    expect(await server.db.prisma.departmentFigures.count()).toBe(0);

    await sources.nth(3).fill('Techfest Long An 2025');
    await clickAndLoad(page, page.getByRole('button', { name: 'Lưu số liệu năm 2025' }));
    await textOf(page.getByTestId('figures-saved')).toBe('Đã lưu số liệu năm 2025.');
    expect(new URL(page.url()).search).toBe('?year=2025&saved=1');

    await page.goto('/moderation/report/figures?year=2025');
    expect(await page.getByLabel('Số người tham dự', { exact: true }).inputValue()).toBe('1200');
    expect(await page.getByLabel('Nguồn số liệu').nth(3).inputValue()).toBe('Techfest Long An 2025');
    expect(await server.db.prisma.departmentFigures.findUnique({ where: { year: 2025 } })).toMatchObject({ stTasksProvincial: 27, eventsSource: 'Techfest Long An 2025' });
  }, LONG);
});
