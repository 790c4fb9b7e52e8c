// Number and date formats per locale. Dates are shown in Vietnam's time zone so the server render and the
// browser's hydration agree whatever the machine's zone.
import { t, type Locale } from './index';

const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface PriceLike {
  type: 'FIXED' | 'RANGE' | 'NEGOTIABLE';
  min?: number | null;
  max?: number | null;
}

// Made once per locale: building an Intl formatter costs far more than using one (a report formats hundreds of amounts).
const vndFormats: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat(intlLocale.vi, { style: 'currency', currency: 'VND' }),
  en: new Intl.NumberFormat(intlLocale.en, { style: 'currency', currency: 'VND' }),
};

export function formatVnd(locale: Locale, amount: number): string {
  return vndFormats[locale].format(amount);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the locale's digits, with at most `fractionDigits` decimals (each formatter made once). */
export function formatNumber(locale: Locale, value: number, fractionDigits = 0): string {
  const key = `${locale}:${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: fractionDigits })));
  return format.format(value);
}

// Dates too: a list of results formats one or two dates per card (2% of a busy server's time when made per call).
const perLocale = (options: Intl.DateTimeFormatOptions): Record<Locale, Intl.DateTimeFormat> => ({
  vi: new Intl.DateTimeFormat(intlLocale.vi, options),
  en: new Intl.DateTimeFormat(intlLocale.en, options),
});
const dateFormats = perLocale({ dateStyle: 'medium', timeZone: TIME_ZONE });
const dateTimeFormats = perLocale({ dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });

export function formatDate(locale: Locale, iso: string): string {
  return dateFormats[locale].format(new Date(iso));
}

export function formatDateTime(locale: Locale, iso: string): string {
  return dateTimeFormats[locale].format(new Date(iso));
}

export function formatPrice(locale: Locale, price: PriceLike): string {
  const min = price.min == null ? null : formatVnd(locale, price.min);
  const max = price.max == null ? null : formatVnd(locale, price.max);
  if (price.type === 'NEGOTIABLE' || (!min && !max)) return t(locale, 'price.NEGOTIABLE');
  if (min && max && min !== max) return t(locale, 'price.range', { min, max });
  if (min) return price.type === 'RANGE' && !max ? t(locale, 'price.from', { min }) : min;
  return price.type === 'RANGE' ? t(locale, 'price.upTo', { max: max! }) : max!;
}

export function formatPlace(...parts: (string | null | undefined)[]): string {
  return parts.filter(Boolean).join(', ');
}

/** A technology request's TRL is the lowest level it asks for, and its price is the budget it offers. */
type KindLike = 'TECHNOLOGY_OFFER' | 'EQUIPMENT_OFFER' | 'TECHNOLOGY_REQUEST';

export function trlBadge(locale: Locale, kind: KindLike, trl: number): { text: string; title: string } {
  return kind === 'TECHNOLOGY_REQUEST'
    ? { text: t(locale, 'listing.minTrlBadge', { trl }), title: t(locale, 'listing.minTrlTitle', { trl }) }
    : { text: t(locale, 'listing.trlBadge', { trl }), title: t(locale, 'listing.trlTitle', { trl }) };
}

export function priceLabel(locale: Locale, kind: KindLike): string {
  return t(locale, kind === 'TECHNOLOGY_REQUEST' ? 'listing.budget' : 'listing.price');
}

/** A calendar day (YYYY-MM-DD, as the API gives signing dates) in words, whatever the machine's time zone. */
export function formatDay(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

const oneDecimal = (locale: Locale, n: number) => formatNumber(locale, n, 1);

/** 734 → "734 bytes", 48_213 → "48,2 KB", 2_400_000 → "2,4 MB", up to GB (decimal units, one decimal at most). */
export function formatBytes(locale: Locale, bytes: number): string {
  if (bytes >= 1e9) return t(locale, 'size.GB', { n: oneDecimal(locale, bytes / 1e9) });
  if (bytes >= 1e6) return t(locale, 'size.MB', { n: oneDecimal(locale, bytes / 1e6) });
  if (bytes >= 1e3) return t(locale, 'size.KB', { n: oneDecimal(locale, bytes / 1e3) });
  return t(locale, 'size.B', { n: bytes });
}

/** A limit in words, rounded down so it never promises more than it is. */
export function formatLimit(locale: Locale, bytes: number): string {
  if (bytes >= 1e6) return t(locale, 'size.MB', { n: oneDecimal(locale, Math.floor(bytes / 100_000) / 10) });
  return t(locale, 'size.KB', { n: oneDecimal(locale, Math.floor(bytes / 1000)) });
}
