/**
 * The path to return to after a form, kept on this site: only relative paths such as `/account?x=1` pass,
 * never `//evil.example` or `https://…`, so a crafted link cannot bounce a fresh session elsewhere.
 */
export function safeRedirectTarget(value: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  const base = 'http://same-site.invalid';
  const url = new URL(value, base);
  return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
