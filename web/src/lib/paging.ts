// Paged lists in page addresses: `?after=<cursor>` is the API's endCursor of the previous page (opaque here), and the
// links to the first and the next page keep the list's other parameters. A cursor the API refuses (an old or
// edited link) sends the list back to its first page ($lib/server/paging.ts).
/** Rows of a list page (the API's default and largest page are 20 and 100). */
export const PAGE_SIZE = 20;

/** The page's cursor from its address (`name`: a list's own parameter); anything too long to be ours is the first page. */
export function readAfter(params: URLSearchParams, name = 'after'): string | null {
  const after = params.get(name);
  return after && after.length <= 2048 ? after : null;
}

/** The address of a list with these parameters (empty ones left out). */
export function listHref(base: string, params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}

interface PageInfo {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** The two links of a Pager: the first page (when this is not it) and the next one (when there is one). */
export function pagerLinks(base: string, params: Record<string, string | null | undefined>, after: string | null, pageInfo: PageInfo, name = 'after') {
  return {
    first: after ? listHref(base, params) : null,
    next: pageInfo.hasNextPage && pageInfo.endCursor ? listHref(base, { ...params, [name]: pageInfo.endCursor }) : null,
  };
}
