import { describe, expect, it } from 'vitest';
import { escapeHtml, renderEmail, safePath, setPublicUrl } from './notification-email.ts';
import { renderNotification, TYPE_LABELS } from './notification-templates.ts';
import { NOTIFICATION_TYPES } from './notification-types.ts';

const FULL = {
  listingTitle: 'Chế phẩm sinh học xử lý rơm', listingTitleEn: 'Straw-decomposing bio-product', title: 'Máy sấy nông sản',
  titleEn: 'Crop dryer', fromName: 'HTX Thanh long Châu Thành', excerpt: 'Xin báo giá 2 bộ.', kind: 'inquiry', status: 'AGREED',
  decision: 'REJECT', reason: 'DUPLICATE', comment: 'Trùng tin đã đăng.', validUntil: '2031-03-01T00:00:00.000Z',
  amountVnd: 45_000_000, purpose: 'deposit', confirmed: true, fromOrganisation: 'HTX Thanh long', note: 'Đã bán.',
  registrationRequired: true, reservedUntil: '2031-03-01T00:00:00.000Z',
};

describe('notification texts', () => {
  it('give every type a title and body in both languages, with full data and with none, never showing a missing value', () => {
    for (const type of NOTIFICATION_TYPES) {
      for (const locale of ['vi', 'en'] as const) {
        for (const data of [FULL, { ...FULL, confirmed: false, decision: 'EXPIRED' }, { ...FULL, confirmed: false, decision: 'DECLINED' }, {}]) {
          const { title, body } = renderNotification(locale, type, data);
          expect(title.trim(), `${type} ${locale}`).not.toBe('');
          expect(body.trim(), `${type} ${locale}`).not.toBe('');
          expect(`${title} ${body}`, `${type} ${locale}`).not.toMatch(/undefined|null|NaN|“”|\{\w+\}/);
        }
      }
      expect(TYPE_LABELS[type].vi).not.toBe(TYPE_LABELS[type].en);
    }
  });

  it('use the English variant of a title for English readers and fall back to the Vietnamese one', () => {
    expect(renderNotification('en', 'inquiry.new', FULL).title).toBe('New inquiry about “Straw-decomposing bio-product”');
    expect(renderNotification('en', 'inquiry.new', { listingTitle: 'Chế phẩm' }).title).toBe('New inquiry about “Chế phẩm”');
    expect(renderNotification('vi', 'inquiry.new', FULL).title).toBe('Yêu cầu mới về “Chế phẩm sinh học xử lý rơm”');
  });

  it('write amounts in đồng per language', () => {
    const plain = (s: string) => s.replace(/\s/g, ' ');
    expect(plain(renderNotification('vi', 'payment.received', FULL).title)).toBe('Đã nhận thanh toán 45.000.000 ₫');
    expect(renderNotification('en', 'payment.refunded', FULL).title).toBe('Refund of ₫45,000,000');
  });

  it('say what happened to a deposit and how long the equipment is held', () => {
    const declined = renderNotification('en', 'reservation.decided', { ...FULL, confirmed: false, decision: 'DECLINED' });
    expect(declined).toEqual({ title: 'The seller declined your deposit for “Straw-decomposing bio-product”', body: 'Your deposit will be refunded. The seller’s note: Đã bán.' });
    expect(renderNotification('vi', 'reservation.decided', { ...FULL, confirmed: false, decision: 'EXPIRED' }).title).toBe('Hết thời gian giữ thiết bị “Chế phẩm sinh học xử lý rơm”');
    expect(renderNotification('en', 'payment.received', FULL).body).toContain('The equipment is held until 1 March 2031.');
  });

  it('tell the requester why an inquiry was declined', () => {
    const declined = { listingTitle: 'Máy sấy', status: 'DECLINED', reason: 'TOO_EARLY', note: 'Cần thêm số liệu thử nghiệm.' };
    expect(renderNotification('en', 'inquiry.statusChanged', declined).body).toBe(
      'The inquiry was declined. Reason: Too early: the technology readiness level is too low. Note: Cần thêm số liệu thử nghiệm.',
    );
    expect(renderNotification('vi', 'inquiry.statusChanged', declined).body).toContain('Lý do: Công nghệ còn ở giai đoạn sớm');
  });

  it('survive an unknown type (an old row) with a neutral title', () => {
    expect(renderNotification('vi', 'gone.type', null)).toEqual({ title: 'Thông báo', body: '' });
  });
});

describe('e-mails', () => {
  it('escape user text in HTML and keep it as typed in the plain text', () => {
    setPublicUrl('https://san.example.vn/');
    const mail = renderEmail('en', 'inquiry.reply', { listingTitle: '<img src=x onerror=alert(1)>', fromName: 'A & B', excerpt: '"hi"' }, '/workspace/inquiries/1', 'Jane <Doe>');
    expect(mail.html).not.toMatch(/<img|<Doe>/);
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.html).toContain('A &amp; B wrote: “&quot;hi&quot;”');
    expect(mail.html).toContain('href="https://san.example.vn/workspace/inquiries/1"');
    expect(mail.text).toContain('Hello Jane <Doe>,');
    expect(mail.text).toContain('Open: https://san.example.vn/workspace/inquiries/1');
    expect(mail.subject).toBe('New message about “<img src=x onerror=alert(1)>”');
  });

  it('link only to pages of the site', () => {
    expect(safePath('/notifications')).toBe('/notifications');
    expect(safePath('//evil.example')).toBeNull();
    expect(safePath('/\\evil.example')).toBeNull();
    expect(safePath('javascript:alert(1)')).toBeNull();
    expect(safePath('https://evil.example')).toBeNull();
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });
});
