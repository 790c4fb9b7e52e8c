// What each notification says, in Vietnamese and English: one template per type, used for the in-app list (in
// the reader's language at the time of reading) and for the e-mail (in the recipient's language when sent).
// Templates return plain text; the e-mail's HTML escapes it, the web renders it as text.
import type { Locale } from '../../i18n/messages.ts';
import type { NotificationInput, NotificationType } from './notification-types.ts';
import { whyText } from '../alerts/alert-why.ts';

export type NotificationData = NotificationInput['data'];

export interface RenderedNotification {
  title: string;
  body: string;
}

/** Reads `data` for one locale; every value may be missing (older rows, other callers), so each has a fallback. */
class Reader {
  constructor(
    readonly locale: Locale,
    private readonly data: NotificationData,
  ) {}

  /** Every value, for templates that read several at once (alert.match's reasons). */
  get values(): NotificationData {
    return this.data;
  }

  /** A text value, the English variant (`keyEn`) for English readers when it is there. */
  text(key: string): string {
    const en = this.locale === 'en' ? this.data[`${key}En`] : null;
    const value = typeof en === 'string' && en.trim() ? en : this.data[key];
    return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  }

  quoted(key: string, fallback: { vi: string; en: string }): string {
    const value = this.text(key);
    return value ? `“${value}”` : fallback[this.locale];
  }

  flag(key: string): boolean {
    return this.data[key] === true;
  }

  amount(key: string): string {
    const value = Number(this.data[key]);
    if (this.data[key] === null || this.data[key] === undefined || !Number.isFinite(value)) return '';
    return new Intl.NumberFormat(this.locale === 'vi' ? 'vi-VN' : 'en-US', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(value);
  }

  date(key: string): string {
    const value = this.data[key];
    const date = typeof value === 'string' || typeof value === 'number' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) return '';
    return new Intl.DateTimeFormat(this.locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
  }
}

type Template = (r: Reader) => RenderedNotification;

/** What a moderation decision or a reminder is about: where its title is in `data`, and its common noun. */
interface Subject {
  key: string;
  noun: { vi: string; en: string };
}

const LISTING: Subject = { key: 'title', noun: { vi: 'tin đăng', en: 'listing' } };
const ORGANISATION: Subject = { key: 'name', noun: { vi: 'hồ sơ tổ chức', en: 'organisation profile' } };

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Your listing “X”" (or just "Your listing" when the title is missing), to open a sentence. */
function yours(r: Reader, subject: Subject): string {
  const t = r.text(subject.key);
  const vi = capitalised(subject.noun.vi);
  return r.locale === 'vi' ? (t ? `${vi} “${t}”` : `${vi} của bạn`) : t ? `Your ${subject.noun.en} “${t}”` : `Your ${subject.noun.en}`;
}

function yourEdit(r: Reader, subject: Subject): string {
  const t = r.text(subject.key);
  return r.locale === 'vi' ? (t ? `Bản chỉnh sửa “${t}”` : `Bản chỉnh sửa ${subject.noun.vi}`) : t ? `Your edit of “${t}”` : `Your edit of the ${subject.noun.en}`;
}

const INQUIRY = { vi: 'tin đăng', en: 'the listing' };
const SAVED_SEARCH = { vi: 'tìm kiếm đã lưu', en: 'your saved search' };

const REASONS: Record<string, { vi: string; en: string }> = {
  INCOMPLETE: { vi: 'Thông tin chưa đầy đủ', en: 'Information is incomplete' },
  UNCLEAR_BENEFIT: { vi: 'Lợi ích, hiệu quả chưa rõ ràng', en: 'Benefit or results are unclear' },
  UNVERIFIABLE_CLAIMS: { vi: 'Thông tin không kiểm chứng được', en: 'Claims cannot be verified' },
  NOT_A_TECHNOLOGY: { vi: 'Không phải công nghệ hoặc thiết bị', en: 'Not a technology or equipment' },
  DUPLICATE: { vi: 'Trùng với tin đã có', en: 'Duplicates an existing listing' },
  OUT_OF_SCOPE: { vi: 'Ngoài phạm vi của sàn', en: 'Outside the scope of the exchange' },
  IP_DISPUTE: { vi: 'Có tranh chấp về sở hữu trí tuệ', en: 'Intellectual property is disputed' },
  INAPPROPRIATE: { vi: 'Nội dung không phù hợp', en: 'Inappropriate content' },
  OTHER: { vi: 'Lý do khác', en: 'Other reason' },
};

const INQUIRY_STATUS: Record<string, { vi: string; en: string }> = {
  NDA_ACCEPTED: { vi: 'Thỏa thuận bảo mật đã được hai bên chấp nhận.', en: 'Both sides have accepted the non-disclosure agreement.' },
  AGREED: { vi: 'Hai bên đã thống nhất giao dịch.', en: 'Both sides have agreed on the deal.' },
  DECLINED: { vi: 'Trao đổi đã bị từ chối.', en: 'The inquiry was declined.' },
  WITHDRAWN: { vi: 'Trao đổi đã được rút lại.', en: 'The inquiry was withdrawn.' },
};

// Why an inquiry was declined (DeclineReason), told to the other side.
const DECLINE_REASONS: Record<string, { vi: string; en: string }> = {
  TOO_EARLY: { vi: 'Công nghệ còn ở giai đoạn sớm (mức sẵn sàng thấp)', en: 'Too early: the technology readiness level is too low' },
  PRICE: { vi: 'Giá chưa phù hợp', en: 'The price does not fit' },
  NOT_A_FIT: { vi: 'Không phù hợp với nhu cầu', en: 'Not a fit for the need' },
  IP_UNCLEAR: { vi: 'Quyền sở hữu trí tuệ chưa rõ ràng', en: 'Intellectual property is unclear' },
  OTHER: { vi: 'Lý do khác', en: 'Other reason' },
};

const PURPOSES: Record<string, { vi: string; en: string }> = {
  deposit: { vi: 'tiền đặt cọc', en: 'deposit' },
  featured: { vi: 'phí tin nổi bật', en: 'featured listing fee' },
};

/** Sentences in both languages, picked by the reader's locale. */
const say = (r: Reader, vi: string, en: string) => (r.locale === 'vi' ? vi : en);

/** A listing's price as its page says it (the web's formatPrice): an amount, a range, from / up to, or negotiable. */
function price(r: Reader, prefix: 'old' | 'new'): string {
  const min = r.amount(`${prefix}PriceMin`);
  const max = r.amount(`${prefix}PriceMax`);
  const type = r.text(`${prefix}PriceType`);
  if (type === 'NEGOTIABLE' || (!min && !max)) return say(r, 'thỏa thuận', 'negotiable');
  if (min && max && min !== max) return `${min} – ${max}`;
  if (min) return type === 'RANGE' && !max ? say(r, `từ ${min}`, `from ${min}`) : min;
  return type === 'RANGE' ? say(r, `đến ${max}`, `up to ${max}`) : max;
}

/** What happened to a saved listing, then its title when there is one: "A listing you saved has a new price: “X”". */
const saved = (r: Reader, vi: string, en: string) => {
  const t = r.text('title');
  return say(r, vi, en) + (t ? `: “${t}”` : '');
};

/** Why a followed listing left the exchange, by its status after the change. */
const ENDED: Record<string, { vi: string; en: string }> = {
  EXPIRED: { vi: 'Tin đăng đã hết hiệu lực.', en: 'The listing has expired.' },
  UNPUBLISHED: { vi: 'Sở Khoa học và Công nghệ đã gỡ tin đăng khỏi sàn.', en: 'The Department of Science and Technology took the listing off the exchange.' },
  ARCHIVED: { vi: 'Bên đăng đã gỡ tin đăng khỏi sàn.', en: 'The owner took the listing off the exchange.' },
};
const from = (r: Reader) => r.text('fromName') || say(r, 'Bên kia', 'The other side');

/** A moderator's decision on a listing or an organisation profile, or on an edit of a published one (`onRevision`). */
const decision = (what: Subject): Template => (r) => {
  const edit = r.flag('onRevision');
  const subject = edit ? yourEdit(r, what) : yours(r, what);
  const noun = what.noun[r.locale];
  const reasonCode = r.text('reason');
  const reason = REASONS[reasonCode]?.[r.locale] ?? '';
  const comment = r.text('comment');
  const why = [
    reason ? say(r, `Lý do: ${reason}.`, `Reason: ${reason}.`) : '',
    comment ? say(r, `Nhận xét của Sở: ${comment}`, `The department’s comment: ${comment}`) : '',
  ].filter(Boolean).join(' ');
  const withWhy = (text: string) => (why ? `${text} ${why}` : text);
  switch (r.text('decision')) {
    case 'APPROVE':
      return edit
        ? { title: say(r, `${subject} đã được duyệt`, `${subject} was approved`), body: say(r, `Sở Khoa học và Công nghệ đã duyệt bản chỉnh sửa; nội dung mới đã hiển thị trên sàn.`, `The Department of Science and Technology approved the edit; the new content is now public.`) }
        : { title: say(r, `${subject} đã được duyệt`, `${subject} was approved`), body: say(r, `Sở Khoa học và Công nghệ đã duyệt và công bố ${noun} trên sàn.`, `The Department of Science and Technology approved the ${noun} and published it on the exchange.`) };
    case 'REQUEST_CHANGES':
      return {
        title: edit ? say(r, `${subject} cần sửa thêm`, `${subject} needs changes`) : say(r, `${subject} cần chỉnh sửa`, `${subject} needs changes`),
        body: withWhy(say(r, 'Sở đề nghị chỉnh sửa trước khi công bố.', 'The department asks for changes before publishing.')),
      };
    case 'REJECT':
      return {
        title: say(r, `${subject} bị từ chối`, `${subject} was rejected`),
        body: withWhy(say(r, 'Sở không chấp nhận công bố nội dung này.', 'The department will not publish this content.')),
      };
    case 'UNPUBLISH':
      return {
        title: say(r, `${subject} đã bị gỡ khỏi sàn`, `${subject} was unpublished`),
        body: withWhy(say(r, `Sở đã gỡ ${noun} khỏi sàn; bạn có thể chỉnh sửa và gửi duyệt lại.`, `The department took the ${noun} off the exchange; you may edit it and submit it again.`)),
      };
    default:
      return { title: say(r, `${subject}: có quyết định kiểm duyệt`, `${subject}: a moderation decision`), body: withWhy(say(r, `Xem chi tiết trong khu vực quản lý ${noun}.`, 'See the details in your workspace.')) };
  }
};

const TEMPLATES: Record<NotificationType, Template> = {
  'inquiry.new': (r) => {
    const t = r.quoted('listingTitle', INQUIRY);
    const proposal = r.text('kind') === 'proposal';
    const org = r.text('fromOrganisation');
    const who = (r.text('fromName') || say(r, 'Một người dùng', 'Someone')) + (org ? ` (${org})` : '');
    return proposal
      ? { title: say(r, `Đề xuất mới cho nhu cầu ${t}`, `New proposal for ${t}`), body: say(r, `${who} đã gửi đề xuất cho nhu cầu công nghệ ${t}.`, `${who} sent a proposal for the technology request ${t}.`) }
      : { title: say(r, `Yêu cầu mới về ${t}`, `New inquiry about ${t}`), body: say(r, `${who} đã gửi yêu cầu về tin đăng ${t}.`, `${who} sent an inquiry about ${t}.`) };
  },
  'inquiry.reply': (r) => {
    const t = r.quoted('listingTitle', INQUIRY);
    const excerpt = r.text('excerpt');
    return {
      title: say(r, `Tin nhắn mới về ${t}`, `New message about ${t}`),
      body: excerpt ? say(r, `${from(r)} viết: “${excerpt}”`, `${from(r)} wrote: “${excerpt}”`) : say(r, `${from(r)} đã gửi tin nhắn mới.`, `${from(r)} sent a new message.`),
    };
  },
  'inquiry.ndaRequested': (r) => {
    const t = r.quoted('listingTitle', INQUIRY);
    return {
      title: say(r, `Đề nghị chấp nhận thỏa thuận bảo mật về ${t}`, `Please accept the non-disclosure agreement for ${t}`),
      body: say(r, `${from(r)} đề nghị bạn chấp nhận thỏa thuận bảo mật (NDA) trong trao đổi về ${t}.`, `${from(r)} asks you to accept the non-disclosure agreement (NDA) in the inquiry about ${t}.`),
    };
  },
  'inquiry.statusChanged': (r) => {
    const t = r.quoted('listingTitle', INQUIRY);
    const note = r.text('note');
    const status = INQUIRY_STATUS[r.text('status')]?.[r.locale] ?? say(r, 'Trạng thái trao đổi đã thay đổi.', 'The status of the inquiry has changed.');
    const reason = DECLINE_REASONS[r.text('reason')]?.[r.locale];
    const body = [status, reason ? say(r, `Lý do: ${reason}.`, `Reason: ${reason}.`) : '', note ? say(r, `Ghi chú: ${note}`, `Note: ${note}`) : '']
      .filter(Boolean)
      .join(' ');
    return { title: say(r, `Cập nhật trao đổi về ${t}`, `Update on the inquiry about ${t}`), body };
  },
  'deal.recorded': (r) => {
    const t = r.quoted('listingTitle', INQUIRY);
    const amount = r.amount('amountVnd');
    const recorded = amount ? say(r, `Giao dịch trị giá ${amount} đã được ghi nhận trên sàn.`, `A deal worth ${amount} was recorded on the exchange.`) : say(r, 'Giao dịch đã được ghi nhận trên sàn.', 'The deal was recorded on the exchange.');
    const register = r.flag('registrationRequired')
      ? ` ${say(r, 'Hợp đồng này thuộc diện phải đăng ký chuyển giao công nghệ với cơ quan nhà nước.', 'This contract must be registered with the authorities as a technology transfer.')}`
      : '';
    return { title: say(r, `Giao dịch về ${t} đã được ghi nhận`, `Deal on ${t} recorded`), body: recorded + register };
  },
  'deal.survey': (r) => {
    const t = r.quoted('listingTitle', INQUIRY);
    return {
      title: say(r, `Khảo sát sau giao dịch về ${t}`, `Survey after the deal on ${t}`),
      body: say(r, 'Xin dành ít phút cho biết kết quả ứng dụng sau giao dịch; ý kiến của bạn giúp Sở hỗ trợ tốt hơn.', 'Please take a few minutes to tell us how the deal worked out; your answers help the department support you better.'),
    };
  },
  'listing.decision': decision(LISTING),
  'organisation.decision': decision(ORGANISATION),
  'listing.expiring': (r) => {
    const date = r.date('validUntil');
    return {
      title: say(r, `${yours(r, LISTING)} sắp hết hiệu lực`, `${yours(r, LISTING)} expires soon`),
      body: date
        ? say(r, `Tin đăng hết hiệu lực ngày ${date}. Hãy gia hạn để tin tiếp tục hiển thị trên sàn.`, `The listing expires on ${date}. Renew it to keep it on the exchange.`)
        : say(r, 'Hãy gia hạn để tin tiếp tục hiển thị trên sàn.', 'Renew it to keep it on the exchange.'),
    };
  },
  'payment.received': (r) => {
    const amount = r.amount('amountVnd');
    const purpose = PURPOSES[r.text('purpose')]?.[r.locale] ?? say(r, 'khoản thanh toán', 'payment');
    const t = r.text('listingTitle') ? say(r, ` cho ${r.quoted('listingTitle', INQUIRY)}`, ` for ${r.quoted('listingTitle', INQUIRY)}`) : '';
    const held = r.date('reservedUntil');
    return {
      title: amount ? say(r, `Đã nhận thanh toán ${amount}`, `Payment of ${amount} received`) : say(r, 'Đã nhận thanh toán', 'Payment received'),
      body:
        say(r, `Sàn đã nhận ${purpose}${amount ? ` ${amount}` : ''}${t}.`, `The exchange received the ${purpose}${amount ? ` of ${amount}` : ''}${t}.`) +
        (held ? ` ${say(r, `Thiết bị được giữ đến ngày ${held}.`, `The equipment is held until ${held}.`)}` : ''),
    };
  },
  'payment.refunded': (r) => {
    const amount = r.amount('amountVnd');
    const purpose = PURPOSES[r.text('purpose')]?.[r.locale] ?? say(r, 'khoản thanh toán', 'payment');
    const t = r.text('listingTitle') ? say(r, ` cho ${r.quoted('listingTitle', INQUIRY)}`, ` for ${r.quoted('listingTitle', INQUIRY)}`) : '';
    return {
      title: amount ? say(r, `Đã hoàn tiền ${amount}`, `Refund of ${amount}`) : say(r, 'Đã hoàn tiền', 'Refund issued'),
      body: say(
        r,
        `Khoản ${purpose}${amount ? ` ${amount}` : ''}${t} đã được hoàn lại; tiền về tài khoản theo thời gian xử lý của ngân hàng.`,
        `The ${purpose}${amount ? ` of ${amount}` : ''}${t} was refunded; your bank decides when it shows on your account.`,
      ),
    };
  },
  'reservation.decided': (r) => {
    const t = r.quoted('listingTitle', INQUIRY);
    if (r.flag('confirmed')) {
      return { title: say(r, `Bên bán đã xác nhận đặt cọc cho ${t}`, `The seller confirmed your deposit for ${t}`), body: say(r, 'Thiết bị được giữ cho bạn trong thời gian đặt cọc.', 'The equipment is held for you while the deposit lasts.') };
    }
    const refund = say(r, 'Tiền đặt cọc sẽ được hoàn lại cho bạn.', 'Your deposit will be refunded.');
    const note = r.text('note');
    switch (r.text('decision')) {
      case 'EXPIRED':
        return { title: say(r, `Hết thời gian giữ thiết bị ${t}`, `The hold on ${t} has ended`), body: `${say(r, 'Bên bán chưa xác nhận trong thời gian giữ.', 'The seller did not confirm in time.')} ${refund}` };
      case 'UNAVAILABLE':
        return { title: say(r, `Không giữ được thiết bị ${t}`, `${t} could not be held for you`), body: `${say(r, 'Thiết bị không còn sẵn để giữ.', 'The equipment is no longer available to hold.')} ${refund}` };
      default:
        return {
          title: say(r, `Bên bán đã từ chối đặt cọc cho ${t}`, `The seller declined your deposit for ${t}`),
          body: note ? `${refund} ${say(r, `Lời nhắn của bên bán: ${note}`, `The seller’s note: ${note}`)}` : refund,
        };
    }
  },
  'backup.failed': (r) => {
    const when = r.date('startedAt');
    const error = r.text('error');
    return {
      title: say(r, 'Sao lưu dữ liệu không thành công', 'A backup failed'),
      body: [
        say(r, `Lần sao lưu${when ? ` ngày ${when}` : ''} không tạo được bản sao lưu.`, `The backup${when ? ` of ${when}` : ''} wrote no archive.`),
        error ? say(r, `Lỗi: ${error}`, `Error: ${error}`) : '',
        say(r, 'Hãy xem trang Hệ thống và chạy lại sao lưu.', 'Check the System page and run the backup again.'),
      ].filter(Boolean).join(' '),
    };
  },
  'introduction.received': (r) => {
    const request = r.quoted('requestTitle', { vi: 'một nhu cầu công nghệ', en: 'a technology request' });
    const offer = r.quoted('offerTitle', { vi: 'một tin chào bán', en: 'an offer' });
    const note = r.text('note');
    return {
      title: say(r, `Sở KH&CN giới thiệu: ${request} và ${offer}`, `The department introduces ${request} and ${offer}`),
      body: [
        say(r, 'Sở Khoa học và Công nghệ cho rằng hai bên có thể hợp tác.', 'The Department of Science and Technology thinks the two sides could work together.'),
        note ? say(r, `Lời giới thiệu: ${note}`, `The department’s note: ${note}`) : '',
        say(r, 'Hãy trả lời để bắt đầu trao đổi, hoặc từ chối nếu chưa phù hợp.', 'Answer to start a conversation, or decline if it is not a fit.'),
      ].filter(Boolean).join(' '),
    };
  },
  'introduction.declined': (r) => {
    const request = r.quoted('requestTitle', { vi: 'nhu cầu công nghệ', en: 'the technology request' });
    const offer = r.quoted('offerTitle', { vi: 'tin chào bán', en: 'the offer' });
    const note = r.text('note');
    return {
      title: say(r, `Lời giới thiệu ${request} – ${offer} đã bị từ chối`, `The introduction of ${request} and ${offer} was declined`),
      body: note ? say(r, `Lời nhắn: ${note}`, `Their note: ${note}`) : say(r, 'Bên kia chưa thấy phù hợp lúc này.', 'The other side does not see a fit for now.'),
    };
  },
  'bookmark.priceChanged': (r) => {
    return {
      title: saved(r, 'Tin bạn quan tâm đã đổi giá', 'A listing you saved has a new price'),
      body: say(r, `Giá: ${price(r, 'old')} → ${price(r, 'new')}.`, `Price: ${price(r, 'old')} → ${price(r, 'new')}.`),
    };
  },
  'bookmark.reserved': (r) => {
    const until = r.date('reservedUntil');
    return {
      title: saved(r, 'Thiết bị bạn quan tâm đã có người đặt cọc', 'Equipment you saved is reserved'),
      body:
        say(r, `Một người mua đã đặt cọc giữ thiết bị${until ? ` đến ngày ${until}` : ''}.`, `A buyer paid a deposit to hold the equipment${until ? ` until ${until}` : ''}.`) +
        ' ' +
        say(r, 'Nếu giao dịch không thành, thiết bị sẽ được chào bán lại.', 'If the deal does not go ahead, it is offered again.'),
    };
  },
  'bookmark.ended': (r) => {
    const why = ENDED[r.text('status')]?.[r.locale] ?? say(r, 'Tin đăng tạm thời không còn hiển thị.', 'The listing is no longer shown for now.');
    return {
      title: saved(r, 'Tin bạn quan tâm không còn trên sàn', 'A listing you saved is no longer on the exchange'),
      body: `${why} ${say(r, 'Tin vẫn nằm trong danh sách quan tâm của bạn cho đến khi bạn bỏ.', 'It stays in your saved items until you remove it.')}`,
    };
  },
  'alert.match': (r) => {
    const why = whyText(r.locale, r.values);
    return {
      title: say(
        r,
        `Tin mới phù hợp ${r.text('searchName') ? `tìm kiếm ${r.quoted('searchName', SAVED_SEARCH)}` : SAVED_SEARCH.vi}${r.text('title') ? `: ${r.text('title')}` : ''}`,
        `New match for ${r.text('searchName') ? `your search ${r.quoted('searchName', SAVED_SEARCH)}` : SAVED_SEARCH.en}${r.text('title') ? `: ${r.text('title')}` : ''}`,
      ),
      body: why ? say(r, `Phù hợp vì ${why}.`, `Matched on ${why}.`) : say(r, 'Tìm kiếm đã lưu của bạn không giới hạn nội dung.', 'Your saved search takes everything.'),
    };
  },
  'alert.digest': (r) => {
    const items = Number(r.values.items) || 0;
    const weekly = r.text('frequency') === 'WEEKLY';
    return {
      title: weekly ? say(r, `Tin mới trong tuần cho tìm kiếm đã lưu (${items})`, `This week’s new matches for your saved searches (${items})`) : say(r, `Tin mới trong ngày cho tìm kiếm đã lưu (${items})`, `Today’s new matches for your saved searches (${items})`),
      body: say(r, 'Các tin mới được nhóm theo từng tìm kiếm đã lưu.', 'The new items, grouped by saved search.'),
    };
  },
  'match.found': (r) => {
    const yoursTitle = r.quoted('listingTitle', { vi: 'tin đăng của bạn', en: 'your listing' });
    const match = r.quoted('matchTitle', { vi: 'Một tin đăng mới', en: 'A new listing' });
    const offer = r.text('matchKind') === 'offer';
    const reasons = r.text('reasons');
    return {
      title: offer
        ? say(r, `Công nghệ có thể đáp ứng nhu cầu ${yoursTitle}`, `An offer may answer ${yoursTitle}`)
        : say(r, `Nhu cầu phù hợp với chào bán ${yoursTitle}`, `A need that fits ${yoursTitle}`),
      body: [
        offer
          ? say(r, `${match} vừa được đăng trên sàn và có thể đáp ứng nhu cầu của bạn.`, `${match} was just published and may answer your request.`)
          : say(r, `${match} vừa được đăng trên sàn và phù hợp với chào bán của bạn.`, `${match} was just published and fits your offer.`),
        reasons ? say(r, `Lý do: ${reasons}.`, `Why: ${reasons}.`) : '',
      ].filter(Boolean).join(' '),
    };
  },
  'meeting.requested': (r) => {
    const when = meetingTime(r);
    const from = r.text('fromName');
    return {
      title: say(r, `Yêu cầu gặp B2B tại ${eventName(r)}`, `B2B meeting request at ${eventName(r)}`),
      body: say(r, `${from || 'Một người mua'} muốn gặp${when ? ` lúc ${when}` : ''}. Hãy xác nhận hoặc từ chối trong mục Sự kiện.`, `${from || 'A buyer'} asks to meet${when ? ` on ${when}` : ''}. Confirm or decline it under Events.`),
    };
  },
  'meeting.confirmed': (r) => {
    const when = meetingTime(r);
    const who = r.text('exhibitor');
    return {
      title: say(r, `Đã xác nhận cuộc gặp B2B tại ${eventName(r)}`, `B2B meeting confirmed at ${eventName(r)}`),
      body: say(
        r,
        `Cuộc gặp${who ? ` với ${who}` : ''}${r.text('fromName') ? ` và ${r.text('fromName')}` : ''}${when ? ` lúc ${when}` : ''} đã được hai bên xác nhận. Tệp lịch (.ics) được đính kèm.`,
        `The meeting${who ? ` with ${who}` : ''}${r.text('fromName') ? ` and ${r.text('fromName')}` : ''}${when ? ` on ${when}` : ''} is confirmed by both sides. The calendar file (.ics) is attached.`,
      ),
    };
  },
  'meeting.declined': (r) => {
    const when = meetingTime(r);
    const cancelled = r.flag('cancelled');
    return {
      title: cancelled
        ? say(r, `Cuộc gặp B2B tại ${eventName(r)} đã bị hủy`, `B2B meeting at ${eventName(r)} cancelled`)
        : say(r, `Yêu cầu gặp B2B tại ${eventName(r)} không được nhận`, `B2B meeting request at ${eventName(r)} declined`),
      body: say(r, `Khung giờ${when ? ` ${when}` : ''}${r.text('exhibitor') ? ` với ${r.text('exhibitor')}` : ''}. Bạn có thể chọn khung giờ khác trên trang sự kiện.`, `The slot${when ? ` of ${when}` : ''}${r.text('exhibitor') ? ` with ${r.text('exhibitor')}` : ''}. You may choose another slot on the event's page.`),
    };
  },
  'exhibitor.decided': (r) => {
    const org = r.text('organisation');
    return r.flag('approved')
      ? { title: say(r, `Đăng ký trưng bày tại ${eventName(r)} đã được duyệt`, `Exhibitor registration for ${eventName(r)} approved`), body: say(r, `${org || 'Tổ chức của bạn'} có thể mở khung giờ gặp B2B cho người mua.`, `${org || 'Your organisation'} can now open B2B meeting slots for buyers.`) }
      : { title: say(r, `Đăng ký trưng bày tại ${eventName(r)} không được duyệt`, `Exhibitor registration for ${eventName(r)} not approved`), body: say(r, 'Liên hệ Sở Khoa học và Công nghệ nếu cần biết thêm.', 'Contact the Department of Science and Technology to learn more.') };
  },
};

/** How each type is named in the e-mail preferences. */
export const TYPE_LABELS: Record<NotificationType, { vi: string; en: string }> = {
  'inquiry.new': { vi: 'Yêu cầu, đề xuất mới về tin đăng của tôi', en: 'New inquiries and proposals about my listings' },
  'inquiry.reply': { vi: 'Tin nhắn mới trong các trao đổi', en: 'New messages in my inquiries' },
  'inquiry.ndaRequested': { vi: 'Đề nghị chấp nhận thỏa thuận bảo mật (NDA)', en: 'Requests to accept a non-disclosure agreement (NDA)' },
  'inquiry.statusChanged': { vi: 'Thay đổi trạng thái trao đổi', en: 'Changes in the status of my inquiries' },
  'deal.recorded': { vi: 'Giao dịch được ghi nhận', en: 'Recorded deals' },
  'deal.survey': { vi: 'Khảo sát sau giao dịch', en: 'Surveys after a deal' },
  'listing.decision': { vi: 'Kết quả kiểm duyệt tin đăng', en: 'Moderation decisions on my listings' },
  'organisation.decision': { vi: 'Kết quả kiểm duyệt hồ sơ tổ chức', en: 'Moderation decisions on my organisation’s profile' },
  'listing.expiring': { vi: 'Tin đăng sắp hết hiệu lực', en: 'Listings about to expire' },
  'payment.received': { vi: 'Thanh toán đã nhận', en: 'Payments received' },
  'payment.refunded': { vi: 'Hoàn tiền', en: 'Refunds' },
  'reservation.decided': { vi: 'Quyết định của bên bán về đặt cọc thiết bị', en: 'Sellers’ decisions on equipment deposits' },
  'backup.failed': { vi: 'Sao lưu dữ liệu không thành công (quản trị viên)', en: 'Failed backups (admins)' },
  'introduction.received': { vi: 'Lời giới thiệu của Sở giữa nhu cầu và tin chào bán', en: 'The department’s introductions between requests and offers' },
  'introduction.declined': { vi: 'Lời giới thiệu bị từ chối', en: 'Declined introductions' },
  'bookmark.priceChanged': { vi: 'Tin tôi quan tâm đổi giá', en: 'Price changes of listings I saved' },
  'bookmark.reserved': { vi: 'Thiết bị tôi quan tâm có người đặt cọc', en: 'Equipment I saved is reserved' },
  'bookmark.ended': { vi: 'Tin tôi quan tâm không còn trên sàn', en: 'Listings I saved leave the exchange' },
  'alert.match': { vi: 'Tin mới phù hợp tìm kiếm đã lưu (gửi ngay)', en: 'New matches for my saved searches (at once)' },
  'alert.digest': { vi: 'Bản tin hằng ngày, hằng tuần của tìm kiếm đã lưu', en: 'Daily and weekly digests of my saved searches' },
  'match.found': { vi: 'Tin đăng mới phù hợp với nhu cầu hoặc chào bán của tôi', en: 'New listings that fit my requests or offers' },
  'meeting.requested': { vi: 'Yêu cầu gặp B2B tại sự kiện', en: 'B2B meeting requests at events' },
  'meeting.confirmed': { vi: 'Cuộc gặp B2B được xác nhận (kèm tệp lịch)', en: 'Confirmed B2B meetings (with the calendar file)' },
  'meeting.declined': { vi: 'Cuộc gặp B2B bị từ chối hoặc hủy', en: 'Declined or cancelled B2B meetings' },
  'exhibitor.decided': { vi: 'Kết quả duyệt đăng ký trưng bày tại sự kiện', en: 'Decisions on exhibitor registrations' },
};

export function renderNotification(locale: Locale, type: string, data: unknown): RenderedNotification {
  const template = TEMPLATES[type as NotificationType];
  const values = data && typeof data === 'object' && !Array.isArray(data) ? (data as NotificationData) : {};
  if (!template) return { title: locale === 'vi' ? 'Thông báo' : 'Notification', body: '' };
  return template(new Reader(locale, values));
}

/** An event's title, quoted, for the meeting templates. */
function eventName(r: Reader): string {
  return r.quoted('eventTitle', { vi: 'sự kiện', en: 'the event' });
}

/** A meeting's start with its time of day, in Vietnam's time zone. */
function meetingTime(r: Reader): string {
  const date = new Date(r.text('startsAt'));
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(r.locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}
