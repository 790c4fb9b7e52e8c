// The e-mail that carries a notification: subject, plain text and HTML in the recipient's language, with absolute
// links. The web address is given once at boot (setPublicUrl), so notify() keeps its (tx, input) signature.
import type { Locale } from '../../i18n/messages.ts';
import { renderNotification, type NotificationData } from './notification-templates.ts';

let publicUrl = 'http://127.0.0.1:3000';

/** Where people reach the web app (PUBLIC_URL, or http://HOST:PORT); links in e-mails start with it. */
export function setPublicUrl(url: string): void {
  publicUrl = url.replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${publicUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Only paths on our own site are links: no other host, no `javascript:`. */
export function safePath(link: string | null | undefined): string | null {
  return link && /^\/(?![/\\])/.test(link) ? link : null;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A paragraph after the body: plain text, or a link (text, then its address in the plain-text version). */
export type EmailLine = string | { text: string; href: string };

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const WORDS = {
  vi: {
    site: 'Sàn giao dịch công nghệ và thiết bị',
    department: 'Sở Khoa học và Công nghệ tỉnh Tây Ninh',
    hello: (name: string) => `Xin chào ${name},`,
    open: 'Xem chi tiết',
    why: 'Bạn nhận được email này vì có tài khoản trên Sàn giao dịch công nghệ và thiết bị.',
    settings: 'Chọn loại email muốn nhận',
    unsubscribe: 'Hủy nhận loại email này',
  },
  en: {
    site: 'Technology and Equipment Exchange',
    department: 'Tây Ninh Department of Science and Technology',
    hello: (name: string) => `Hello ${name},`,
    open: 'Open',
    why: 'You receive this e-mail because you have an account on the Technology and Equipment Exchange.',
    settings: 'Choose which e-mails you receive',
    unsubscribe: 'Unsubscribe from these e-mails',
  },
};

export function renderEmail(
  locale: Locale,
  type: string,
  data: NotificationData,
  link: string | null,
  recipientName: string,
  /** The one-click unsubscribe page of this e-mail (its List-Unsubscribe address), shown in the footer too. */
  unsubscribeUrl: string | null = null,
  /** Paragraphs after the body (e.g. a digest's searches and items). */
  extra: readonly EmailLine[] = [],
): EmailContent {
  const w = WORDS[locale];
  const { title, body } = renderNotification(locale, type, data);
  const url = link ? absoluteUrl(link) : null;
  const settingsUrl = absoluteUrl('/notifications/settings');
  const name = recipientName.trim() || (locale === 'vi' ? 'bạn' : 'there');
  const text = [
    w.hello(name),
    '',
    title,
    body,
    ...extra.map((line) => (typeof line === 'string' ? line : `${line.text}: ${line.href}`)),
    ...(url ? ['', `${w.open}: ${url}`] : []),
    '',
    '—',
    `${w.site} – ${w.department}`,
    w.why,
    `${w.settings}: ${settingsUrl}`,
    ...(unsubscribeUrl ? [`${w.unsubscribe}: ${unsubscribeUrl}`] : []),
    '',
  ].join('\n');
  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${e(title)}</title></head>
<body style="font-family: Arial, sans-serif; color: #1d2733; line-height: 1.5">
<p>${e(w.hello(name))}</p>
<h1 style="font-size: 18px">${e(title)}</h1>
${body ? `<p>${e(body)}</p>` : ''}
${extra.map((line) => (typeof line === 'string' ? `<p>${e(line)}</p>` : `<p><a href="${e(line.href)}" style="color: #0b5cad">${e(line.text)}</a></p>`)).join('\n')}
${url ? `<p><a href="${e(url)}" style="color: #0b5cad">${e(w.open)}</a></p>` : ''}
<hr style="border: 0; border-top: 1px solid #d0d7de">
<p style="font-size: 13px; color: #57606a">${e(w.site)} – ${e(w.department)}<br>${e(w.why)}<br><a href="${e(settingsUrl)}" style="color: #57606a">${e(w.settings)}</a>${unsubscribeUrl ? ` · <a href="${e(unsubscribeUrl)}" style="color: #57606a">${e(w.unsubscribe)}</a>` : ''}</p>
</body></html>
`;
  return { subject: title, text, html };
}
