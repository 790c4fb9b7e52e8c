// Where to send someone after a form (sign-in, sign-up, the language switch, a notification's link): a path on this
// site, or the fallback. The target is judged AFTER the URL parser has normalised it, because that is what the
// browser will follow: `/.//evil.example`, `/a/..//x`, `/%2e//x` and `/./\x` all look like paths but normalise to
// `//host`, which a browser reads as another site.
const SITE = 'http://same-site.invalid';

// ASCII control characters (tab and newlines are silently dropped by the URL parser) and backslashes (read as `/`).
const AMBIGUOUS = /[\u0000-\u001f\u007f\\]/;

/** `/account?x=1#y` for a same-site path, otherwise `fallback`. */
export function safeRedirectTarget(value: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || AMBIGUOUS.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, SITE);
  } catch {
    return fallback;
  }
  // A normalised path that starts with `//` would be sent as a protocol-relative address to another host.
  if (url.origin !== SITE || url.pathname.startsWith('//')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
