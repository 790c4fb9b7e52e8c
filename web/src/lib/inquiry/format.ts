// Sizes of files and moments of a thread in the reader's language, in Vietnam's time zone like every date of the
// app, so the server render and the browser agree.
import { t, type Locale } from '$lib/i18n';

const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };

export function formatDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(iso),
  );
}

/** A calendar day (YYYY-MM-DD, as the API gives signing dates) in words, whatever the machine's time zone. */
export function formatDay(locale: Locale, day: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** 734 → "734 B", 48_213 → "48,2 KB", 2_400_000 → "2,4 MB" (decimal units, one decimal at most). */
export function formatBytes(locale: Locale, bytes: number): string {
  const number = (n: number) => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1_000_000) return t(locale, 'inquiry.size.MB', { n: number(bytes / 1_000_000) });
  if (bytes >= 1000) return t(locale, 'inquiry.size.KB', { n: number(bytes / 1000) });
  return t(locale, 'inquiry.size.B', { n: bytes });
}

/** A limit in words, rounded down so it never promises more than it is. */
export function formatLimit(locale: Locale, bytes: number): string {
  const number = (n: number) => new Intl.NumberFormat(intlLocale[locale], { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1_000_000) return t(locale, 'inquiry.size.MB', { n: number(Math.floor(bytes / 100_000) / 10) });
  return t(locale, 'inquiry.size.KB', { n: number(Math.floor(bytes / 1000)) });
}
