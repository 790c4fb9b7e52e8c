import { en } from './en';
import { vi, type MessageKey, type Messages } from './vi';

export type { MessageKey };
export type Locale = 'vi' | 'en';
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const LOCALES: readonly Locale[] = ['vi', 'en'];
export const DEFAULT_LOCALE: Locale = 'vi';
export const LOCALE_COOKIE = 'lang';

const dictionaries: Record<Locale, Messages> = { vi, en };

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}

export function t(locale: Locale, key: MessageKey, params?: Params): string {
  return fill(locale, dictionaries[locale][key], params);
}

/**
 * Fills a dictionary text: `{name}` is the parameter as given; `{name, plural, one {…} other {…}}` (a small part
 * of ICU MessageFormat: `=N`, `zero`, `one`, `two`, `few`, `many`, `other`) picks the branch the locale's plural
 * rules name for the number `name`, with `#` in it standing for that number in the locale's digits. Vietnamese has
 * one form, so its texts need no plural; English says "1 result" but "2 results". A parameter left out stays
 * visible as `{name}`.
 */
export function fill(locale: Locale, template: string, params: Params = {}): string {
  const plural = /\{(\w+),\s*plural\s*,/g;
  let out = '';
  let from = 0;
  for (let match = plural.exec(template); match; match = plural.exec(template)) {
    const name = match[1]!;
    const { branches, end } = readBranches(template, plural.lastIndex);
    out += fillParams(template.slice(from, match.index), params);
    const value = params[name];
    // `#` is replaced before the parameters are filled in, so a `#` inside a parameter (a query) stays as typed.
    out +=
      value === undefined
        ? template.slice(match.index, end)
        : fill(locale, pickBranch(locale, branches, value).replaceAll('#', formatCount(locale, value)), params);
    from = plural.lastIndex = end;
  }
  return out + fillParams(template.slice(from), params);
}

function fillParams(text: string, params: Params): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Reads `sel {text} sel {text} … }` from `start`; returns the branches and the index after the closing brace. */
function readBranches(template: string, start: number): { branches: Map<string, string>; end: number } {
  const branches = new Map<string, string>();
  let at = start;
  for (;;) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{|^\s*\}/.exec(template.slice(at));
    if (!selector) throw new Error(`Malformed plural in "${template}"`);
    at += selector[0].length;
    if (!selector[1]) return { branches, end: at };
    let depth = 1;
    const bodyStart = at;
    for (; depth > 0; at++) {
      if (at >= template.length) throw new Error(`Unclosed plural branch in "${template}"`);
      if (template[at] === '{') depth++;
      else if (template[at] === '}') depth--;
    }
    branches.set(selector[1], template.slice(bodyStart, at - 1));
  }
}

const pluralRules: Record<Locale, Intl.PluralRules> = { vi: new Intl.PluralRules('vi-VN'), en: new Intl.PluralRules('en-US') };
const numberFormats: Record<Locale, Intl.NumberFormat> = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-US') };

function pickBranch(locale: Locale, branches: Map<string, string>, value: string | number): string {
  // A number already formatted by the caller ("1,200") counts as "other", which is right for every such number.
  const count = typeof value === 'number' ? value : Number(value);
  const branch = branches.get(`=${count}`) ?? branches.get(Number.isNaN(count) ? 'other' : pluralRules[locale].select(count));
  return branch ?? branches.get('other') ?? '';
}

function formatCount(locale: Locale, value: string | number): string {
  return typeof value === 'number' ? numberFormats[locale].format(value) : value;
}

export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}
