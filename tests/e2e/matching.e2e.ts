// Matchmaking in Debian's Chromium against the real platform over the demo data (whose matches the seed computes):
// a technology request's page shows the offers that may answer it with their reasons, in Vietnamese and in English,
// every listing page its related listings, and the demo seller's workspace the needs that fit its offers.
import { describe, expect, it } from 'vitest';
import { clickAndLoad, countOf, signInDemo, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const { server, openPage } = useE2E();

const slugOf = async (title: string) => (await server.db.prisma.listing.findFirstOrThrow({ where: { titleVi: { startsWith: title } } })).slug;

describe('matchmaking pages', () => {
  it('show a request’s offers that may answer it, each with why, in both languages', async () => {
    const slug = await slugOf('Cần công nghệ bảo quản thanh long tươi');
    const page = await openPage();
    await page.goto(`/listings/${slug}`);
    const section = page.getByTestId('listing-matches');
    await visible(section.getByRole('heading', { name: 'Công nghệ có thể đáp ứng' }));
    const first = section.getByTestId('match').first();
    await visible(first.getByRole('link', { name: /^Kho lạnh container 40 feet/ }));
    await textOf(first.getByTestId('match-reasons')).toMatch(/cùng lĩnh vực: .+ · 1 từ khóa chung \(chuỗi lạnh\) · giá trong ngân sách/);
    await page.screenshot({ path: '/tmp/matching-request.png', fullPage: true });

    await page.goto(`/en/listings/${slug}`);
    await visible(page.getByRole('heading', { name: 'Offers that may answer this' }));
    await textOf(page.getByTestId('match-reasons').first()).toMatch(/same field: .+ · 1 shared keyword \(chuỗi lạnh\) · price within budget/);
    // The offer's link stays in English.
    expect(await page.getByTestId('match').first().getByRole('link').first().getAttribute('href')).toMatch(/^\/en\/listings\//);
  });

  it('show related listings of the same kind on a listing page, and no request matches on an offer', async () => {
    const page = await openPage();
    await page.goto(`/listings/${await slugOf('Dây chuyền băng tải lòng máng B800')}`);
    await visible(page.getByRole('heading', { name: 'Tin liên quan' }));
    await countOf(page.getByTestId('related-listings').getByTestId('listing-card')).toBeGreaterThan(0);
    await countOf(page.getByTestId('listing-matches')).toBe(0);
  });

  it('list the needs that fit the seller’s offers in its workspace, with why and for which offer', async () => {
    const page = await openPage();
    await signInDemo(page, 'seller@demo.sangiaodich.vn');
    await page.goto('/workspace');
    await clickAndLoad(page, page.getByRole('link', { name: 'Nhu cầu phù hợp với chào bán →' }));
    await visible(page.getByRole('heading', { level: 1, name: 'Nhu cầu phù hợp với chào bán của bạn' }));
    const need = page.getByTestId('match').filter({ hasText: 'thu hồi nhiệt khói thải lò hơi' }).first();
    await visible(need);
    await textOf(need.getByTestId('match-reasons')).toMatch(/^Lý do phù hợp: cùng lĩnh vực: /);
    await visible(need.getByRole('link', { name: /^Phù hợp với: / }).first());
    await page.screenshot({ path: '/tmp/matching-workspace.png', fullPage: true });
    const shown = await server.db.prisma.listingMatch.findMany({ where: { request: { titleVi: { contains: 'lò hơi' } } } });
    expect(shown.every((m) => m.firstShownAt)).toBe(true);
  });
});
