// The search's part in the department's demand figures (server/modules/search/search-demand.service.ts): a hit's link
// carries the search's ref, which the server counts as a click on that search before redirecting to the hit's clean
// address, so it works without script; a search that found nothing leads to posting a need, prefilled.
import { withPrefill } from '$lib/way-in/prefill';

/** The link of a hit at `path` (/listings/… or /organisations/…); straight to it when the search is not counted. */
export function hitHref(path: string, demandRef: string | null | undefined): string {
  return demandRef ? `${path}?${new URLSearchParams({ ref: demandRef })}` : path;
}

/** The page that posts a technology request, its title filled with what was searched. */
export function needHref(query: string): string {
  return withPrefill('/post/need', query);
}
