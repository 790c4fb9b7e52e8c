// Listing photos in the workspace form: the limits the seller is told (and the browser checks before sending),
// and sizes in words.
import { t, type Locale } from '$lib/i18n';

export interface PhotoLimits {
  /** The largest photo the form can take: the API's limit, or less when the web's own body limit is lower. */
  maxBytes: number;
  /** Photos per listing. */
  maxCount: number;
}

/** The step whose form holds the photos. */
export const PHOTO_STEP = 'description';

/** A size in decimal units, rounded down so the limit shown is never more than the real one. */
export function formatSize(locale: Locale, bytes: number): string {
  const number = (n: number) => new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 1 }).format(n);
  if (bytes >= 1_000_000) return t(locale, 'ws.photos.sizeMB', { n: number(Math.floor(bytes / 100_000) / 10) });
  return t(locale, 'ws.photos.sizeKB', { n: number(Math.floor(bytes / 1000)) });
}

/** A file the seller chose (an empty file input still sends a nameless, empty part). */
export function isChosenFile(value: FormDataEntryValue | null): value is File {
  return typeof value === 'object' && value !== null && (value.size > 0 || value.name !== '');
}
