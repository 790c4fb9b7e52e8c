// Each match reason said in words, in the reader's language: the same sentence on the pages (through GraphQL's
// MatchReason.text) and in the e-mails, e.g. "cùng lĩnh vực: Công nghệ thực phẩm · TRL 7 ≥ 6 · giá trong ngân sách".
import type { Locale } from '../../i18n/messages.ts';
import type { TRANSFER_FORMS, TRANSFER_MODES } from '../listing/listing-details.ts';
import type { MatchReason } from './match-reasons.ts';

type Form = (typeof TRANSFER_FORMS)[number];
type Mode = (typeof TRANSFER_MODES)[number];

const FORMS: Record<Locale, Record<Form, string>> = {
  vi: {
    STANDALONE_CONTRACT: 'hợp đồng chuyển giao độc lập',
    INVESTMENT_PROJECT: 'trong dự án đầu tư',
    CAPITAL_CONTRIBUTION: 'góp vốn bằng công nghệ',
    FRANCHISE: 'nhượng quyền thương mại',
    IP_RIGHT_TRANSFER: 'chuyển giao quyền SHTT',
    MACHINERY_SALE_WITH_KNOW_HOW: 'mua bán thiết bị kèm công nghệ',
  },
  en: {
    STANDALONE_CONTRACT: 'standalone transfer contract',
    INVESTMENT_PROJECT: 'within an investment project',
    CAPITAL_CONTRIBUTION: 'technology as capital',
    FRANCHISE: 'franchise',
    IP_RIGHT_TRANSFER: 'IP rights transfer',
    MACHINERY_SALE_WITH_KNOW_HOW: 'equipment sale with know-how',
  },
};

const MODES: Record<Locale, Record<Mode, string>> = {
  vi: { DOCUMENTS: 'tài liệu', TRAINING: 'đào tạo', EXPERT_ASSISTANCE: 'chuyên gia hỗ trợ', MACHINERY: 'máy móc kèm công nghệ' },
  en: { DOCUMENTS: 'documents', TRAINING: 'training', EXPERT_ASSISTANCE: 'expert assistance', MACHINERY: 'machinery with the technology' },
};

const list = (locale: Locale, codes: string[], labels: Record<string, string>) =>
  new Intl.ListFormat(locale === 'vi' ? 'vi' : 'en', { type: 'conjunction' }).format(codes.map((c) => labels[c] ?? c));

const money = (locale: Locale, vnd: number) =>
  new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { style: 'currency', currency: 'VND', notation: 'compact', maximumFractionDigits: 1 }).format(vnd);

export interface ReasonNames {
  /** The field of science's name in the reader's language (FieldOfScience.nameVi / nameEn). */
  field(code: string): string | undefined;
}

/** One reason as a short phrase; `names` supplies what the reason only holds by code. */
export function matchReasonText(reason: MatchReason, locale: Locale, names: ReasonNames): string {
  const vi = locale === 'vi';
  switch (reason.kind) {
    case 'field': {
      const name = names.field(reason.fieldCode) ?? reason.fieldCode;
      if (reason.same === 'field') return vi ? `cùng lĩnh vực: ${name}` : `same field: ${name}`;
      return vi ? `cùng nhóm lĩnh vực: ${name}` : `same group of fields: ${name}`;
    }
    case 'trl':
      return `TRL ${reason.offerTrl} ≥ ${reason.minTrl}`;
    case 'price':
      return vi
        ? `giá trong ngân sách (${money(locale, reason.priceVnd)} ≤ ${money(locale, reason.budgetMaxVnd)})`
        : `price within budget (${money(locale, reason.priceVnd)} ≤ ${money(locale, reason.budgetMaxVnd)})`;
    case 'transferForm':
      return (vi ? 'hình thức mong muốn: ' : 'wanted form: ') + list(locale, reason.forms, FORMS[locale]);
    case 'transferMode':
      return (vi ? 'phương thức mong muốn: ' : 'wanted mode: ') + list(locale, reason.modes, MODES[locale]);
    case 'place':
      return reason.same === 'commune'
        ? (vi ? `cùng xã/phường: ${reason.name}` : `same commune: ${reason.name}`)
        : (vi ? `cùng tỉnh: ${reason.name}` : `same province: ${reason.name}`);
    case 'keywords': {
      const n = reason.shared.length;
      const words = reason.shared.slice(0, 3).join(', ');
      return vi ? `${n} từ khóa chung (${words})` : `${n} shared keyword${n === 1 ? '' : 's'} (${words})`;
    }
    case 'text':
      return vi ? 'nội dung liên quan' : 'related text';
  }
}

/** Every reason joined the way pages and e-mails show them: "a · b · c". */
export function matchReasonsText(reasons: readonly MatchReason[], locale: Locale, names: ReasonNames): string {
  return reasons.map((r) => matchReasonText(r, locale, names)).join(' · ');
}
