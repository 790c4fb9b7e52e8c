// The time of day of an instant in Vietnam (a slot's end, beside its start's full date).
import type { Locale } from '$lib/i18n';

const formats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('vi-VN', { timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }),
  en: new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }),
};

export function formatTime(locale: Locale, iso: string): string {
  return formats[locale].format(new Date(iso));
}
