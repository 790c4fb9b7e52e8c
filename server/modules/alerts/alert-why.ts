// Why an item matched a saved search, in the reader's language: "từ khóa: máy sấy, thanh long · loại: chào bán công
// nghệ · lĩnh vực: Công nghệ thực phẩm". The same line in the in-app notification (rendered when read) and in the
// e-mails. Reads the notification's data (alert-delivery.ts `whyData`): plain values, the field's name in both
// languages.
import type { Locale } from '../../i18n/messages.ts';

type Labels = Record<string, { vi: string; en: string }>;

const KINDS: Labels = {
  TECHNOLOGY_OFFER: { vi: 'chào bán công nghệ', en: 'technology offer' },
  EQUIPMENT_OFFER: { vi: 'chào bán thiết bị', en: 'equipment offer' },
  TECHNOLOGY_REQUEST: { vi: 'nhu cầu công nghệ', en: 'technology request' },
  ST_ORGANISATION: { vi: 'tổ chức KH&CN', en: 'S&T organisation' },
  ST_ENTERPRISE: { vi: 'doanh nghiệp', en: 'enterprise' },
};
const PRICES: Labels = {
  NEGOTIABLE: { vi: 'thỏa thuận', en: 'negotiable' },
  UNDER_100M: { vi: 'dưới 100 triệu', en: 'under 100 million' },
  FROM_100M_TO_500M: { vi: '100–500 triệu', en: '100–500 million' },
  FROM_500M_TO_2B: { vi: '500 triệu – 2 tỷ', en: '500 million – 2 billion' },
  OVER_2B: { vi: 'trên 2 tỷ', en: 'over 2 billion' },
};
const IP_TYPES: Labels = {
  PATENT: { vi: 'sáng chế', en: 'patent' },
  UTILITY_SOLUTION: { vi: 'giải pháp hữu ích', en: 'utility solution' },
  INDUSTRIAL_DESIGN: { vi: 'kiểu dáng công nghiệp', en: 'industrial design' },
  TRADEMARK: { vi: 'nhãn hiệu', en: 'trademark' },
  COLLECTIVE_TRADEMARK: { vi: 'nhãn hiệu tập thể', en: 'collective trademark' },
  CERTIFICATION_TRADEMARK: { vi: 'nhãn hiệu chứng nhận', en: 'certification trademark' },
  GEOGRAPHICAL_INDICATION: { vi: 'chỉ dẫn địa lý', en: 'geographical indication' },
  TRADE_SECRET: { vi: 'bí mật kinh doanh', en: 'trade secret' },
  SOFTWARE: { vi: 'phần mềm', en: 'software' },
};
const LEVELS: Labels = {
  ADVANCED: { vi: 'tiên tiến', en: 'advanced' },
  MEDIUM_ADVANCED: { vi: 'trung bình tiên tiến', en: 'medium-advanced' },
  OUTDATED: { vi: 'lạc hậu', en: 'outdated' },
};

const NAMES = {
  words: { vi: 'từ khóa', en: 'words' },
  kind: { vi: 'loại', en: 'kind' },
  field: { vi: 'lĩnh vực', en: 'field' },
  trl: { vi: 'mức sẵn sàng', en: 'readiness' },
  price: { vi: 'giá', en: 'price' },
  commune: { vi: 'địa bàn', en: 'place' },
  ip: { vi: 'sở hữu trí tuệ', en: 'IP' },
  appraisal: { vi: 'trình độ công nghệ', en: 'technology level' },
  verified: { vi: 'đã được Sở xác minh', en: 'verified by the department' },
};

type Data = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The reasons, joined with " · "; empty when the search had neither words nor filters (everything matches). */
export function whyText(locale: Locale, data: Data): string {
  const label = (labels: Labels, code: string) => labels[code]?.[locale] ?? code;
  const part = (name: keyof typeof NAMES, value: string) => `${NAMES[name][locale]}: ${value}`;
  const parts: string[] = [];
  const words = str(data.words);
  if (words) parts.push(part('words', `“${words}”`));
  const kind = str(data.kind);
  if (kind) parts.push(part('kind', label(KINDS, kind)));
  const field = str(locale === 'en' ? (data.fieldNameEn ?? data.fieldName) : data.fieldName);
  if (field) parts.push(part('field', field));
  if (typeof data.trl === 'number') parts.push(part('trl', `TRL ${data.trl}`));
  const price = str(data.priceBand);
  if (price) parts.push(part('price', label(PRICES, price)));
  const commune = str(data.commune);
  if (commune) parts.push(part('commune', commune));
  const ip = str(data.ipTypes);
  if (ip) parts.push(part('ip', ip.split(',').map((t) => label(IP_TYPES, t)).join(', ')));
  const level = str(data.appraisalLevel);
  if (level) parts.push(part('appraisal', label(LEVELS, level)));
  if (data.verified === true) parts.push(NAMES.verified[locale]);
  return parts.join(' · ');
}
