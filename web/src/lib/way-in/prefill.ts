// A new technology request can start from words already typed (a search that found nothing): they travel as `title`
// in the address, through sign-in (which brings the person back to the same address) and the choice of organisation,
// to the first field of the form. One line, as long as a title may be.
export const PREFILL_PARAM = 'title';
const TITLE_MAX = 200;

/** The title an address carries, tidied; '' when none. */
export function prefillTitle(url: URL): string {
  return (url.searchParams.get(PREFILL_PARAM) ?? '').replace(/\s+/g, ' ').trim().slice(0, TITLE_MAX);
}

/** `href` (a path on this site) carrying `title`; unchanged when there is none. */
export function withPrefill(href: string, title: string): string {
  if (!title) return href;
  const url = new URL(href, 'http://same-site.invalid');
  url.searchParams.set(PREFILL_PARAM, title);
  return `${url.pathname}${url.search}`;
}
