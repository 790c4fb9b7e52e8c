// Which version of a seller's text a reader sees. English readers get the English version where the seller wrote
// one, else the Vietnamese text, marked as untranslated (and tagged lang="vi" so screen readers and translation
// tools read it as Vietnamese); Vietnamese readers always get the Vietnamese text.
import type { Locale } from '$lib/i18n';

export interface Reading<T> {
  value: T;
  /** The Vietnamese text stands in for a missing English version. */
  untranslated: boolean;
  /** The lang attribute the text needs on this page (undefined: the page's own). */
  lang: 'vi' | undefined;
}

/** Whether an English version holds anything (a blank text or an empty list is no translation). */
export function written(en: unknown): boolean {
  if (en === null || en === undefined) return false;
  if (typeof en === 'string') return en.trim() !== '';
  return Array.isArray(en) ? en.length > 0 : true;
}

export function reading<T>(locale: Locale, vi: T, en: T | null | undefined): Reading<T> {
  if (locale === 'vi') return { value: vi, untranslated: false, lang: undefined };
  if (written(en)) return { value: en as T, untranslated: false, lang: undefined };
  return { value: vi, untranslated: true, lang: 'vi' };
}
