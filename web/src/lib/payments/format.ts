// Payment figures in the reader's language: percentages of a price and moments (date and time), in Vietnam's time
// zone like every other date of the app, so the server render and the browser agree.
import type { Locale } from '$lib/i18n';

const intlLocale: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US' };

/** 10 → "10%", 12.5 → "12,5%" in Vietnamese. */
export function formatPercent(locale: Locale, percent: number): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
}

export function formatDateTime(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(iso),
  );
}
