// The browser and system of a session, named from its User-Agent header so a person can recognise their devices.
// No user-agent parser is installed (ua-parser-js or bowser would be the maintained choice, and could replace this
// file); this recognises the browsers and systems people here use, by the tokens their vendors document, and says
// nothing rather than guess for the rest. Order matters: most browsers also claim to be Chrome, Safari and Mozilla.

const BROWSERS: [RegExp, string][] = [
  [/\bZalo\b/i, 'Zalo'], // the in-app browser of Vietnam's most used messenger
  [/\bcoc_coc_browser\//, 'Cốc Cốc'],
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\b(?:OPR|Opera|OPT)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\bYaBrowser\//, 'Yandex'],
  [/\bFxiOS\/|\bFirefox\//, 'Firefox'],
  [/\bCriOS\/|\b(?:Headless)?Chrom(?:e|ium)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
];

const SYSTEMS: [RegExp, string][] = [
  [/\biPhone\b/, 'iPhone'],
  [/\biPad\b/, 'iPad'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

export interface DeviceSummary {
  browser: string | null;
  system: string | null;
}

const first = (table: [RegExp, string][], ua: string) => table.find(([pattern]) => pattern.test(ua))?.[1] ?? null;

export function describeUserAgent(userAgent: string | null): DeviceSummary {
  if (!userAgent) return { browser: null, system: null };
  return { browser: first(BROWSERS, userAgent), system: first(SYSTEMS, userAgent) };
}
