// The e-mails of the account itself (not notifications: nobody can turn them off, and they carry single-use links):
// a password reset link, an address verification link (at sign-up and for a new address), the notice to the old
// address that a change was asked, and the notice that the password was reset. In the account's language, with
// links that start with PUBLIC_URL.
import type { Locale } from '../../i18n/messages.ts';
import { absoluteUrl, escapeHtml, type EmailContent } from '../notification/notification-email.ts';

export type AccountEmail =
  | { kind: 'passwordReset'; token: string; minutes: number }
  | { kind: 'verifyAddress'; token: string; hours: number; change: boolean }
  | { kind: 'addressChangeAsked'; newEmail: string }
  | { kind: 'passwordWasReset' };

interface Parts {
  subject: string;
  lines: string[];
  link?: { label: string; url: string };
  after?: string[];
}

const SITE = {
  vi: 'Sàn giao dịch công nghệ và thiết bị – Sở Khoa học và Công nghệ tỉnh Tây Ninh',
  en: 'Technology and Equipment Exchange – Tây Ninh Department of Science and Technology',
};

const hours = (locale: Locale, h: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(h);
const minutes = (locale: Locale, m: number) => new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(m);

function parts(locale: Locale, email: AccountEmail): Parts {
  const vi = locale === 'vi';
  switch (email.kind) {
    case 'passwordReset':
      return {
        subject: vi ? 'Đặt lại mật khẩu của bạn' : 'Reset your password',
        lines: [
          vi
            ? 'Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản gắn với địa chỉ email này.'
            : 'Someone asked to reset the password of the account that uses this e-mail address.',
          vi
            ? `Liên kết dưới đây chỉ dùng được một lần, trong ${minutes(locale, email.minutes)}.`
            : `The link below works once, for ${minutes(locale, email.minutes)}.`,
        ],
        link: { label: vi ? 'Đặt mật khẩu mới' : 'Choose a new password', url: absoluteUrl(`/reset-password/${email.token}`) },
        after: [
          vi
            ? 'Nếu bạn không yêu cầu, hãy bỏ qua email này: mật khẩu của bạn không thay đổi.'
            : 'If it was not you, ignore this e-mail: your password stays as it is.',
        ],
      };
    case 'verifyAddress':
      return {
        subject: email.change
          ? vi ? 'Xác nhận địa chỉ email mới' : 'Confirm your new e-mail address'
          : vi ? 'Xác nhận địa chỉ email của bạn' : 'Confirm your e-mail address',
        lines: [
          email.change
            ? vi
              ? 'Bạn đã yêu cầu dùng địa chỉ này cho tài khoản trên Sàn. Địa chỉ chỉ được thay đổi khi bạn mở liên kết dưới đây.'
              : 'You asked to use this address for your account on the Exchange. The address changes only once you open the link below.'
            : vi
              ? 'Cảm ơn bạn đã đăng ký. Hãy xác nhận địa chỉ email để gửi yêu cầu, tham gia hoặc đăng ký tổ chức và thanh toán trên Sàn.'
              : 'Thank you for signing up. Confirm your e-mail address to send inquiries, join or register an organisation and pay on the Exchange.',
          vi
            ? `Liên kết có hiệu lực trong ${hours(locale, email.hours)}.`
            : `The link works for ${hours(locale, email.hours)}.`,
        ],
        link: { label: vi ? 'Xác nhận địa chỉ email' : 'Confirm the address', url: absoluteUrl(`/verify-email/${email.token}`) },
        after: [vi ? 'Nếu bạn không yêu cầu, hãy bỏ qua email này.' : 'If it was not you, ignore this e-mail.'],
      };
    case 'addressChangeAsked':
      return {
        subject: vi ? 'Yêu cầu đổi địa chỉ email của tài khoản' : 'A change of your account’s e-mail address was asked',
        lines: [
          vi
            ? `Có yêu cầu đổi địa chỉ email của tài khoản bạn thành ${email.newEmail}. Địa chỉ chỉ đổi khi liên kết gửi tới địa chỉ mới được mở.`
            : `Someone asked to change your account’s e-mail address to ${email.newEmail}. It changes only once the link sent to the new address is opened.`,
          vi
            ? 'Nếu không phải bạn, hãy đặt lại mật khẩu ngay: yêu cầu này cần mật khẩu hiện tại.'
            : 'If it was not you, reset your password now: the request needed your current password.',
        ],
        link: { label: vi ? 'Đặt lại mật khẩu' : 'Reset your password', url: absoluteUrl('/forgot-password') },
      };
    case 'passwordWasReset':
      return {
        subject: vi ? 'Mật khẩu của bạn đã được đặt lại' : 'Your password was reset',
        lines: [
          vi
            ? 'Mật khẩu tài khoản của bạn vừa được đặt lại bằng liên kết gửi tới địa chỉ này; mọi phiên đăng nhập cũ đã kết thúc.'
            : 'Your account’s password was just reset with a link sent to this address; every earlier session has ended.',
          vi
            ? 'Nếu không phải bạn, hãy đặt lại mật khẩu lần nữa và liên hệ Sở Khoa học và Công nghệ.'
            : 'If it was not you, reset it again and contact the Department of Science and Technology.',
        ],
        link: { label: vi ? 'Đăng nhập' : 'Sign in', url: absoluteUrl('/sign-in') },
      };
  }
}

export function renderAccountEmail(locale: Locale, name: string, email: AccountEmail): EmailContent {
  const p = parts(locale, email);
  const hello = locale === 'vi' ? `Xin chào ${name.trim() || 'bạn'},` : `Hello ${name.trim() || 'there'},`;
  const text = [
    hello,
    '',
    ...p.lines,
    ...(p.link ? ['', `${p.link.label}: ${p.link.url}`] : []),
    ...(p.after?.length ? ['', ...p.after] : []),
    '',
    '—',
    SITE[locale],
    '',
  ].join('\n');
  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${e(p.subject)}</title></head>
<body style="font-family: Arial, sans-serif; color: #1d2733; line-height: 1.5">
<p>${e(hello)}</p>
${p.lines.map((l) => `<p>${e(l)}</p>`).join('\n')}
${p.link ? `<p><a href="${e(p.link.url)}" style="display: inline-block; padding: 8px 16px; background: #0b5cad; color: #fff; text-decoration: none; border-radius: 4px">${e(p.link.label)}</a></p>\n<p style="font-size: 13px; color: #57606a">${e(p.link.url)}</p>` : ''}
${(p.after ?? []).map((l) => `<p>${e(l)}</p>`).join('\n')}
<hr style="border: 0; border-top: 1px solid #d0d7de">
<p style="font-size: 13px; color: #57606a">${e(SITE[locale])}</p>
</body></html>
`;
  return { subject: p.subject, text, html };
}
