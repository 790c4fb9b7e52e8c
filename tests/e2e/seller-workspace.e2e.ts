// The seller workspace in Debian's Chromium against the real platform (API + built web app) over a fresh database
// with the demo data: the demo seller (owner of Cơ khí Xây dựng Long An) writes a technology offer step by step
// and submits it; a step saves without JavaScript; a step in English; an owner invites a colleague who joins;
// photos are added and removed (with and without JavaScript) and show on the public page of a published listing.
import { deflateSync } from 'node:zlib';
import { describe, it, expect } from 'vitest';
import { type Page } from 'playwright-core';
import { countOf, hydrated, routeOf, textOf, visible } from '../support/browser.ts';
import { useE2E } from '../support/e2e.ts';

const SELLER = { email: 'seller@demo.sangiaodich.vn', password: 'demo-password-2023' };

const { server, openPage } = useE2E();

/** A text box, select or text area by its label (labels may carry a "required to submit" note, hence not exact). */
const field = (page: Page, label: string) =>
  // The first: a field's English version is labelled with its label and "(tiếng Anh)", and comes after it.
  page.getByLabel(label).and(page.locator('input:not([type=checkbox]):not([type=radio]), textarea, select')).first();
const fieldError = (page: Page, path: string) => page.locator(`[data-field-error="${path}"]`);
const missingItems = (page: Page) => page.getByTestId('missing-item');

async function signIn(page: Page, email: string, password: string, redirectTo = '/workspace'): Promise<void> {
  await page.goto(`/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`);
  await page.getByLabel('Email').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('main').getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click();
  await page.waitForURL((url) => routeOf(url) === redirectTo);
}

/** Creates a draft technology offer from the dashboard and returns the URL of its form (first step). */
async function newTechnologyOffer(page: Page, title: string): Promise<string> {
  await page.goto('/workspace');
  await page.getByTestId('workspace-organisation').getByRole('link', { name: '+ Chào bán công nghệ' }).click();
  await page.waitForURL('**/workspace/listings/new?**');
  await hydrated(page);
  expect(await page.getByLabel('Chào bán công nghệ').isChecked()).toBe(true);
  await field(page, 'Tên tin (tiếng Việt)').fill(title);
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await page.waitForURL('**/edit/basics?created=1');
  await hydrated(page);
  return page.url().replace(/\/basics\?created=1$/, '');
}

describe('seller workspace', () => {
  it('writes a technology offer step by step, with field errors, a shrinking checklist, and submits it', async () => {
    const page = await openPage();
    await signIn(page, SELLER.email, SELLER.password);
    await visible(page.getByRole('heading', { level: 1, name: 'Không gian làm việc' }));
    await visible(page.getByRole('link', { name: 'Không gian làm việc' }));
    await countOf(page.getByTestId('workspace-organisation')).toBe(1);
    await page.screenshot({ path: '/tmp/ws-e2e-dashboard.png', fullPage: true });

    const form = await newTechnologyOffer(page, 'Công nghệ sấy lạnh nông sản bằng bơm nhiệt');
    await visible(page.getByRole('heading', { level: 1, name: 'Công nghệ sấy lạnh nông sản bằng bơm nhiệt' }));
    const atStart = await missingItems(page).count();
    expect(atStart).toBeGreaterThan(10);
    await visible(page.locator('[data-missing="technology.trlEvidence"]'));

    // Step 1: general information.
    await field(page, 'Tóm tắt (tiếng Việt)').fill(
      'Sấy lạnh trái cây, rau củ ở 40–50 °C bằng bơm nhiệt: giữ màu và vitamin, tiết kiệm 40% điện so với sấy điện trở.',
    );
    await field(page, 'Lĩnh vực khoa học').selectOption({ label: 'Kỹ thuật thực phẩm và đồ uống' });
    await field(page, 'Từ khóa').fill('sấy lạnh, bơm nhiệt, nông sản');
    await field(page, 'Hiệu lực đến ngày').fill(`${new Date().getFullYear() + 1}-06-30`);
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
    await page.waitForURL(`${form}/details`);
    await hydrated(page);
    await countOf(missingItems(page)).toBe(atStart - 4);

    // Step 2: the technology, its benefit and maturity.
    await field(page, 'Vấn đề công nghệ giải quyết').fill('Sấy nóng làm nông sản mất màu, mất vitamin; lò than tốn nhiên liệu.');
    await field(page, 'Ưu điểm nổi bật, có số liệu').fill('Tiết kiệm 40% điện năng\nGiữ 90% vitamin C');
    await field(page, 'Ứng dụng, đối tượng áp dụng').fill('Hợp tác xã thanh long\nCơ sở chế biến trái cây sấy');
    await field(page, 'Mức độ sẵn sàng công nghệ (TRL)').selectOption('7');
    await field(page, 'Minh chứng cho mức TRL').fill('Vận hành thử 6 tháng tại hợp tác xã, biên bản nghiệm thu năm 2024.');
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
    await page.waitForURL(`${form}/terms`);
    await hydrated(page);
    const beforeTerms = await missingItems(page).count();
    expect(beforeTerms).toBe(atStart - 9);

    // Step 3: a price that is not a number is refused next to its input; everything typed stays, the rest is saved.
    await page.getByLabel('Bí quyết kỹ thuật, bí quyết công nghệ').check();
    await page.getByLabel('Hợp đồng chuyển giao công nghệ độc lập').check();
    await page.getByLabel('Đào tạo cho bên nhận').check();
    await page.getByLabel('Quyền sử dụng công nghệ').check();
    await field(page, 'Phạm vi lãnh thổ').fill('Toàn quốc');
    await page.getByLabel('Cấp phép sử dụng (li-xăng)').check();
    await page.getByLabel('Khoảng giá').check();
    await field(page, 'Giá từ (đồng)').fill('khoảng 2 tỷ');
    await field(page, 'Giá đến (đồng)').fill('3.000.000.000');
    await field(page, 'Hỗ trợ sau chuyển giao').fill('Đào tạo vận hành 5 ngày, bảo trì 12 tháng.');
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();

    await textOf(fieldError(page, 'price.min')).toMatch(/^Vui lòng nhập số tiền bằng chữ số/);
    await visible(page.getByTestId('error-summary'));
    expect(page.url()).toBe(`${form}/terms`);
    const priceMin = field(page, 'Giá từ (đồng)');
    expect(await priceMin.inputValue()).toBe('khoảng 2 tỷ');
    expect(await priceMin.getAttribute('aria-invalid')).toBe('true');
    expect(await priceMin.getAttribute('aria-describedby')).toContain('f-price-min-error');
    expect(await field(page, 'Giá đến (đồng)').inputValue()).toBe('3.000.000.000');
    expect(await field(page, 'Phạm vi lãnh thổ').inputValue()).toBe('Toàn quốc');
    expect(await page.getByLabel('Đào tạo cho bên nhận').isChecked()).toBe(true);
    // The fields that were fine are saved, so the checklist shrinks even though the step was refused.
    await countOf(missingItems(page)).toBe(0);
    await page.screenshot({ path: '/tmp/ws-e2e-form-error.png', fullPage: true });

    await priceMin.fill('2.000.000.000');
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
    await page.waitForURL(`${form}/description`);
    await hydrated(page);

    // Step 4: an IP title, then another row.
    await field(page, 'Loại văn bằng').selectOption('UTILITY_SOLUTION');
    await field(page, 'Tình trạng').selectOption('GRANTED');
    await field(page, 'Số đơn hoặc số văn bằng').fill('2-0002345');
    await field(page, 'Tên đối tượng được bảo hộ').fill('Máy sấy bơm nhiệt hai buồng');
    await field(page, 'Chủ sở hữu').fill('Công ty Cổ phần Cơ khí Xây dựng Long An');
    await page.getByRole('button', { name: '+ Thêm văn bằng' }).click();
    await countOf(page.getByTestId('ip-row')).toBe(2);
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
    await page.waitForURL(`${form}/review`);
    await hydrated(page);

    // Step 5: the whole listing in words, and the submit button.
    await visible(page.getByText('TRL 7 — Trình diễn mẫu thử trong điều kiện thực tế'));
    await visible(page.getByText(/^2\.000\.000\.000\s₫\s–\s3\.000\.000\.000\s₫$/));
    await visible(page.getByText(/Giải pháp hữu ích · 2-0002345 · Máy sấy bơm nhiệt hai buồng/));
    await textOf(page.getByTestId('missing-checklist').locator('.missing__done')).toMatch(/có thể gửi duyệt/);
    await page.screenshot({ path: '/tmp/ws-e2e-review.png', fullPage: true });
    await page.getByRole('button', { name: 'Gửi Sở kiểm duyệt' }).click();
    await page.waitForURL(`${form.replace(/\/edit$/, '')}?done=submitted`);
    await textOf(page.getByTestId('flash')).toBe('Đã gửi Sở kiểm duyệt.');
    await textOf(page.locator('.ws-head [data-status]')).toBe('Chờ kiểm duyệt');
    await visible(page.getByRole('button', { name: 'Rút lại để chỉnh sửa' }));

    // The dashboard counts it among the listings waiting for review.
    await page.goto('/workspace?status=PENDING_REVIEW');
    await visible(page.getByTestId('workspace-listing').getByRole('link', { name: 'Công nghệ sấy lạnh nông sản bằng bơm nhiệt' }));
  });

  it('saves a step of the form without JavaScript, errors and typed values included', async () => {
    const setup = await openPage();
    await signIn(setup, SELLER.email, SELLER.password);
    const form = await newTechnologyOffer(setup, 'Quy trình ủ phân hữu cơ từ bã mía');
    await setup.context().close();

    const page = await openPage({ javaScriptEnabled: false });
    await signIn(page, SELLER.email, SELLER.password);
    await page.goto(`${form}/details`);
    const before = await missingItems(page).count();
    await field(page, 'Vấn đề công nghệ giải quyết').fill('Bã mía thải bỏ gây ô nhiễm; phân hữu cơ nhập về giá cao.');
    await field(page, 'Mức độ sẵn sàng công nghệ (TRL)').selectOption('6');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    // A plain form post lands on the action's URL (…/details?/save) and renders the step again.
    await page.waitForURL((url) => url.pathname.endsWith('/details') && url.search === '?/save');
    await textOf(page.getByTestId('saved')).toBe('Đã lưu.');
    expect(await field(page, 'Vấn đề công nghệ giải quyết').inputValue()).toBe('Bã mía thải bỏ gây ô nhiễm; phân hữu cơ nhập về giá cao.');
    await countOf(missingItems(page)).toBe(before - 2);

    // A plain form post brings field errors back too, with what was typed.
    await page.goto(`${form}/basics`);
    await field(page, 'Hiệu lực đến ngày').fill('2020-01-01');
    await field(page, 'Từ khóa').fill('phân bón, bã mía');
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
    await textOf(fieldError(page, 'validUntil')).toBe('Ngày này đã qua; vui lòng chọn một ngày trong tương lai.');
    expect(await field(page, 'Từ khóa').inputValue()).toBe('phân bón, bã mía');
  });

  it('runs a step in English', async () => {
    const setup = await openPage();
    await signIn(setup, SELLER.email, SELLER.password);
    const form = await newTechnologyOffer(setup, 'Máy tách hạt điều tự động');
    await setup.context().close();

    const page = await openPage({ locale: 'en-US' });
    await page.context().addCookies([{ name: 'lang', value: 'en', url: server.url }]);
    await signIn(page, SELLER.email, SELLER.password);
    await page.goto(`${form}/terms`);
    await visible(page.getByRole('heading', { level: 2, name: 'Transfer under the Law on Technology Transfer 2017' }));
    await visible(page.getByRole('navigation', { name: 'Form steps' }).getByRole('link', { name: /Transfer and price/ }));
    await page.getByLabel('Fixed price').check();
    await field(page, 'Price (VND)').fill('twelve million');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await textOf(fieldError(page, 'price.min')).toBe('Please enter the amount in digits, in đồng, e.g. 150000000 or 150,000,000.');
    expect(await field(page, 'Price (VND)').inputValue()).toBe('twelve million');
    await visible(page.getByRole('heading', { name: 'Missing before submission' }));
    await page.screenshot({ path: '/tmp/ws-e2e-english.png', fullPage: true });
  });

  it('lets an owner invite a colleague, who joins after signing up', async () => {
    const owner = await openPage();
    await signIn(owner, SELLER.email, SELLER.password);
    await owner.getByTestId('workspace-organisation').getByRole('link', { name: 'Quản lý hồ sơ →' }).click();
    await visible(owner.getByRole('heading', { level: 2, name: 'Thành viên' }));
    const email = `dong-nghiep-${Date.now()}@example.vn`;
    await owner.getByLabel('Email người được mời').fill(email);
    await owner.getByRole('button', { name: 'Tạo lời mời' }).click();
    await visible(owner.getByTestId('invitation'));
    const link = await owner.locator('.invite-link').inputValue();
    expect(link).toMatch(/\/invitations\/[\w-]+$/);

    const colleague = await openPage();
    await colleague.goto(new URL(link).pathname);
    await colleague.waitForURL('**/sign-in?redirectTo=**');
    await colleague.goto(`/sign-up?redirectTo=${encodeURIComponent(new URL(link).pathname)}`);
    await colleague.getByLabel('Email').fill(email);
    await colleague.getByLabel('Họ tên hoặc tên hiển thị').fill('Đồng Nghiệp Mới');
    await colleague.getByLabel('Mật khẩu').fill('mot-cum-tu-de-nho');
    await colleague.getByLabel('Tôi đã đọc và đồng ý').check();
    await colleague.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await colleague.waitForURL('**/invitations/**');
    await hydrated(colleague);
    // A new account confirms its address first: the invitation page says so, and the link in the sign-up e-mail
    // (waiting in the outbox: this server sends no mail) does it.
    await colleague.getByRole('button', { name: 'Chấp nhận lời mời' }).click();
    await textOf(colleague.getByRole('alert')).toContain(`Vui lòng xác nhận địa chỉ email ${email} trước`);
    const welcome = await server.db.prisma.emailOutbox.findFirstOrThrow({ where: { to: email } });
    await colleague.goto(new URL(/https?:\/\/\S+\/verify-email\/\S+/.exec(welcome.text)![0]).pathname);
    await colleague.getByRole('button', { name: 'Xác nhận email' }).click();
    await visible(colleague.getByRole('heading', { name: 'Đã xác nhận email' }));
    await colleague.goto(new URL(link).pathname);
    await colleague.getByRole('button', { name: 'Chấp nhận lời mời' }).click();
    await colleague.waitForURL('**/workspace/organisations/**');
    await textOf(colleague.getByTestId('joined')).toBe('Bạn đã tham gia Công ty Cổ phần Cơ khí Xây dựng Long An.');

    await owner.reload();
    await visible(owner.getByTestId('member').filter({ hasText: email }));
    // Two people, sign-up, address confirmation and the invitation: longer than the default 30 s on a busy machine.
  }, 90_000);
});

// ───────────────────────────── photos ─────────────────────────────

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A real PNG (RGB, a diagonal gradient) made here, so the test needs no image file. */
function png(width = 96, height = 72): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1); // each row starts with filter type 0
    for (let x = 0; x < width; x++) rows.set([Math.round((255 * x) / width), 110, Math.round((255 * y) / height)], row + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const photos = (page: Page) => page.getByTestId('photo');
const photoSection = (page: Page) => page.locator('section[aria-labelledby="photos"]');
const FILE_TYPE_VI = 'Tệp này không phải ảnh JPEG, PNG hoặc WebP (sàn kiểm tra nội dung tệp, không chỉ đuôi tên tệp). Hãy chọn một ảnh đúng định dạng.';

describe('listing photos', () => {
  it('adds a photo with its description, refuses a text file named .png and a file too large, and removes the photo', async () => {
    const page = await openPage();
    await signIn(page, SELLER.email, SELLER.password);
    const form = await newTechnologyOffer(page, 'Máy sấy bơm nhiệt hai buồng');
    await page.goto(`${form}/description`);
    await visible(page.getByRole('heading', { level: 2, name: 'Hình ảnh' }));
    await visible(page.getByTestId('photos-none'));
    await visible(page.getByText(/^Ảnh JPEG, PNG hoặc WebP, mỗi ảnh tối đa [\d,.]+ (MB|KB); mỗi tin tối đa 8 ảnh\.$/));

    // Text typed on the step and not yet saved goes in with the photo.
    const description = 'Hai buồng sấy độc lập, điều khiển nhiệt độ từng buồng.';
    await field(page, 'Mô tả chi tiết (tiếng Việt)').fill(description);
    await page.getByLabel('Tệp ảnh').setInputFiles({ name: 'may-say.png', mimeType: 'image/png', buffer: png() });
    await field(page, 'Mô tả ảnh').fill('Máy sấy lắp tại hợp tác xã');
    await page.getByRole('button', { name: 'Thêm ảnh' }).click();

    await countOf(photos(page)).toBe(1);
    await textOf(page.getByTestId('saved')).toBe('Đã thêm ảnh. Những gì bạn sửa ở bước này cũng đã được lưu.');
    const thumbnail = photos(page).getByRole('img', { name: 'Máy sấy lắp tại hợp tác xã' });
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(96);
    await textOf(photos(page).locator('.photo__alt')).toBe('Máy sấy lắp tại hợp tác xã');
    expect(await field(page, 'Mô tả chi tiết (tiếng Việt)').inputValue()).toBe(description);
    // The chosen file and its description are cleared once the photo is in, so the next save does not send it again.
    expect(await page.getByLabel('Tệp ảnh').evaluate((input: HTMLInputElement) => input.files?.length)).toBe(0);
    expect(await field(page, 'Mô tả ảnh').inputValue()).toBe('');

    // A photo goes in even when another field of the step is refused: said so, and not sent a second time.
    await field(page, 'Số đơn hoặc số văn bằng').fill('1-2021-01234');
    await page.getByLabel('Tệp ảnh').setInputFiles({ name: 'may-say-2.png', mimeType: 'image/png', buffer: png(80, 60) });
    await page.getByRole('button', { name: 'Thêm ảnh' }).click();
    await textOf(page.getByTestId('photo-done')).toBe('Đã thêm ảnh.');
    await visible(fieldError(page, 'ipTitles.0.type'));
    await countOf(photos(page)).toBe(2);
    expect(await page.getByLabel('Tệp ảnh').evaluate((input: HTMLInputElement) => input.files?.length)).toBe(0);
    await field(page, 'Số đơn hoặc số văn bằng').fill('');

    // A text file renamed .png is refused by its content, in Vietnamese, beside the file input.
    await page.getByLabel('Tệp ảnh').setInputFiles({ name: 'anh-that.png', mimeType: 'image/png', buffer: Buffer.from('Đây là một tệp văn bản, không phải ảnh.') });
    await field(page, 'Mô tả ảnh').fill('Không phải ảnh');
    await page.getByRole('button', { name: 'Thêm ảnh' }).click();
    await textOf(fieldError(page, 'image')).toBe(FILE_TYPE_VI);
    expect(await page.getByLabel('Tệp ảnh').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Tệp ảnh').getAttribute('aria-describedby')).toContain('f-image-error');
    await visible(page.getByTestId('error-summary').getByRole('link', { name: 'Tệp ảnh' }));
    expect(await field(page, 'Mô tả ảnh').inputValue()).toBe('Không phải ảnh');
    await countOf(photos(page)).toBe(2);
    await photoSection(page).scrollIntoViewIfNeeded();
    await photoSection(page).screenshot({ path: '/tmp/photos.png' });

    // A photo larger than the form takes is refused in the browser as soon as it is chosen, and not kept.
    await page.getByLabel('Tệp ảnh').setInputFiles({ name: 'qua-lon.png', mimeType: 'image/png', buffer: Buffer.concat([png(), Buffer.alloc(6_000_000)]) });
    await textOf(fieldError(page, 'image')).toMatch(/^Ảnh quá lớn: mỗi ảnh tối đa [\d,.]+ (MB|KB)\./);
    expect(await page.getByLabel('Tệp ảnh').evaluate((input: HTMLInputElement) => input.files?.length)).toBe(0);
    await countOf(photos(page)).toBe(2);

    await page.getByRole('button', { name: 'Xóa ảnh 1' }).click();
    await countOf(photos(page)).toBe(1);
    await visible(photos(page).getByRole('img', { name: /^Ảnh 1: Máy sấy bơm nhiệt hai buồng$/ }));
    await page.getByRole('button', { name: 'Xóa ảnh 1' }).click();
    await countOf(photos(page)).toBe(0);
    await textOf(page.getByTestId('saved')).toBe('Đã xóa ảnh. Những gì bạn sửa ở bước này cũng đã được lưu.');
    await visible(page.getByTestId('photos-none'));

    // What was typed with the photo was saved, not just kept on screen.
    await page.reload();
    await hydrated(page);
    expect(await field(page, 'Mô tả chi tiết (tiếng Việt)').inputValue()).toBe(description);
  });

  it('adds and removes a photo without JavaScript (multipart form, named actions)', async () => {
    const setup = await openPage();
    await signIn(setup, SELLER.email, SELLER.password);
    const form = await newTechnologyOffer(setup, 'Dây chuyền ép dầu dừa');
    await setup.context().close();

    const page = await openPage({ javaScriptEnabled: false });
    await signIn(page, SELLER.email, SELLER.password);
    await page.goto(`${form}/description`);
    expect(await page.locator('form[action="?/save"]').getAttribute('enctype')).toBe('multipart/form-data');
    await field(page, 'Mô tả chi tiết (tiếng Việt)').fill('Ép nguội, năng suất 200 kg cơm dừa mỗi giờ.');
    await page.getByLabel('Tệp ảnh').setInputFiles({ name: 'ep-dau.png', mimeType: 'image/png', buffer: png(64, 48) });
    await field(page, 'Mô tả ảnh').fill('Dây chuyền ép dầu');
    await page.getByRole('button', { name: 'Thêm ảnh' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/description') && url.search === '?/addPhoto');
    await countOf(photos(page)).toBe(1);
    await visible(photos(page).getByRole('img', { name: 'Dây chuyền ép dầu' }));
    expect(await field(page, 'Mô tả chi tiết (tiếng Việt)').inputValue()).toBe('Ép nguội, năng suất 200 kg cơm dừa mỗi giờ.');

    // "Add photo" with no file chosen says so beside the file input.
    await page.getByRole('button', { name: 'Thêm ảnh' }).click();
    await textOf(fieldError(page, 'image')).toBe('Vui lòng chọn một tệp ảnh trước khi bấm “Thêm ảnh”.');

    // A request larger than the web server takes cannot be read at all: said so, nothing else claimed saved.
    await page.getByLabel('Tệp ảnh').setInputFiles({ name: 'qua-lon.png', mimeType: 'image/png', buffer: Buffer.concat([png(), Buffer.alloc(6_000_000)]) });
    await page.getByRole('button', { name: 'Thêm ảnh' }).click();
    await textOf(fieldError(page, 'image')).toMatch(/^(Không nhận được biểu mẫu vì ảnh quá lớn|Ảnh quá lớn)/);
    await countOf(photos(page)).toBe(1);

    await page.getByRole('button', { name: 'Xóa ảnh 1' }).click();
    await page.waitForURL((url) => url.search === '?/removePhoto');
    await countOf(photos(page)).toBe(0);
    await textOf(page.getByTestId('saved')).toBe('Đã xóa ảnh. Những gì bạn sửa ở bước này cũng đã được lưu.');
  });

  it('shows the photos of a published listing on its public page at once', async () => {
    const published = await server.db.prisma.listing.findFirstOrThrow({
      where: { status: 'PUBLISHED', organisation: { memberships: { some: { user: { email: SELLER.email } } } } },
      select: { id: true, slug: true },
    });
    const page = await openPage();
    await signIn(page, SELLER.email, SELLER.password);
    await page.goto(`/workspace/listings/${published.id}/edit/description`);
    await visible(page.getByTestId('photos-published-note'));
    await page.getByLabel('Tệp ảnh').setInputFiles({ name: 'thiet-bi.png', mimeType: 'image/png', buffer: png() });
    await field(page, 'Mô tả ảnh').fill('Thiết bị đang vận hành');
    await page.getByRole('button', { name: 'Thêm ảnh' }).click();
    await countOf(photos(page)).toBe(1);
    // A photo alone is no edit for the department to review.
    expect(await page.getByTestId('saved').textContent()).not.toContain('bản chỉnh sửa');

    const visitor = await openPage();
    await visitor.goto(`/listings/${published.slug}`);
    const image = visitor.locator('main').getByRole('img', { name: 'Thiết bị đang vận hành' });
    await visible(image);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(96);
    const src = await image.getAttribute('src');
    const served = await visitor.request.get(src!);
    expect(served.status()).toBe(200);
    expect(served.headers()['content-type']).toBe('image/png');
    expect(await visitor.locator('meta[property="og:image"]').getAttribute('content')).toBe(new URL(src!, server.url).href);
  });
});
