// The admins' System page in Debian's Chromium against the real platform (API + built web app) with the demo data:
// the demo admin reaches it from the admin navigation, sees the version, the readiness checks and the search
// index's lag, rebuilds the index and sees the rebuild finish; a moderator and a buyer are refused like on every
// admin page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signInDemo, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';
import { SearchSource } from '../../search/source.ts';

const LONG = 120_000;
const ADMIN = 'admin@demo.sangiaodich.vn';
const MODERATOR = 'moderator@demo.sangiaodich.vn';
const BUYER = 'buyer@demo.sangiaodich.vn';

const { server, openPage } = useE2E();


describe('the System page', () => {
  it('shows the demo admin what runs, the readiness checks and the search lag, and rebuilds the index', async () => {
    // A change the index has not taken yet, two minutes old (the test platform runs no outbox worker).
    await server.db.prisma.outbox.create({ data: { entityType: 'listing', entityId: 'x', op: 'UPSERT', createdAt: new Date(Date.now() - 120_000) } });
    const admin = await openPage();
    await signInDemo(admin, ADMIN);
    await admin.goto('/admin/users');
    await admin.getByRole('navigation', { name: 'Khu vực quản trị' }).getByRole('link', { name: 'Hệ thống' }).click();
    await admin.waitForURL('**/admin/system');

    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    await textOf(admin.getByTestId('system-version')).toBe(version);
    await textOf(admin.getByTestId('system-ready')).toBe('Sẵn sàng nhận truy cập');
    const checks = admin.getByTestId('system-check');
    expect(await checks.allTextContents()).toEqual(
      ['Cơ sở dữ liệu', 'Cấu trúc dữ liệu (migration)', 'Máy tìm kiếm', 'Tác vụ nền'].map((name) => expect.stringMatching(new RegExp(`^\\s*${name.replace(/[()]/g, '\\$&')}\\s+Đạt\\s*$`))),
    );
    expect(await admin.getByTestId('system-uptime').textContent()).toMatch(/^\d+ ngày \d+ giờ \d+ phút$/);
    expect(Number(await admin.getByTestId('search-pending').textContent())).toBeGreaterThanOrEqual(1);
    const lag = Number((await admin.getByTestId('search-lag').textContent())!.match(/^(\d+) giây$/)?.[1]);
    expect(lag).toBeGreaterThanOrEqual(120);

    // Pressed twice in a row: one rebuild, which the page follows until it has finished.
    const button = admin.getByRole('button', { name: 'Dựng lại chỉ mục tìm kiếm' });
    await button.click();
    await admin.waitForSelector('[data-testid="search-rebuild"]');
    if (await button.isEnabled()) await button.click();
    await admin.waitForSelector('[data-testid="search-rebuild"][data-state="done"]', { timeout: 60_000 });
    const published = await new SearchSource(server.db.prisma).countPublished();
    expect(published).toBeGreaterThan(10);
    const formatted = published.toLocaleString('vi-VN');
    expect(await admin.getByTestId('search-rebuild').textContent()).toMatch(new RegExp(`^\\s*Đã dựng lại xong lúc .+: ${formatted} tài liệu\\.\\s*$`));
    await textOf(admin.getByTestId('search-documents')).toBe(formatted);
    expect(await server.app.searchEngine.size()).toBe(published);
  }, LONG);

  it('backs up when the admin asks and shows the run with its size', async () => {
    const admin = await openPage();
    await signInDemo(admin, ADMIN);
    await admin.goto('/admin/system');
    await visible(admin.getByText('Chưa có lần sao lưu nào.'));
    await admin.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await visible(admin.getByRole('status').filter({ hasText: 'Đã bắt đầu sao lưu.' }));
    // The run goes on in the background; the page shows it once finished.
    for (let i = 0; i < 60; i++) {
      await admin.goto('/admin/system');
      if (!(await admin.getByTestId('backup-run').first().textContent())?.includes('Đang chạy')) break;
      await admin.waitForTimeout(1000);
    }
    const run = admin.getByTestId('backup-run').first();
    expect(await run.textContent()).toContain('Thành công');
    expect(await run.textContent()).toMatch(/exchange-backup-.+\.tar\.gz/);
    expect(await run.textContent()).toMatch(/\d+(,\d+)? (KB|MB)/);
  }, LONG);

  it('is refused to a moderator and a buyer like every admin page, and sends a visitor to sign in', async () => {
    for (const email of [MODERATOR, BUYER]) {
      const page = await openPage();
      await signInDemo(page, email);
      expect(await page.getByRole('link', { name: 'Quản trị' }).count()).toBe(0);
      const refused = await page.goto('/admin/system');
      expect(refused?.status()).toBe(403);
      await visible(page.getByRole('heading', { name: 'Bạn không có quyền xem trang này' }));
      expect(await page.getByTestId('system-version').count()).toBe(0);
      // Nor can the rebuild be posted by hand.
      const posted = await page.request.post('/admin/system?/rebuildSearchIndex', { form: {}, headers: { origin: server.url } });
      expect(posted.status()).toBe(403);
    }
    const visitor = await openPage();
    await visitor.goto('/admin/system');
    expect(new URL(visitor.url()).pathname).toBe('/sign-in');
    expect(new URL(visitor.url()).searchParams.get('redirectTo')).toBe('/admin/system');
  }, LONG);
});
