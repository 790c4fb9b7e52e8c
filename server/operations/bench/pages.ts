// The pages `npm run bench` measures, the people it signs in as, and what it adds to the bulk data for them: a
// seller who belongs to the organisation with the most listings (the workspace), a moderator (the queue and the
// report), and the search index.
import type pg from 'pg';
import { indexForSearch } from './database.ts';
import { createBenchUser } from './people.ts';

export const SELLER = 'nguoi-ban@bench.vn';
export const MODERATOR = 'kiem-duyet@bench.vn';

export interface BenchPage {
  name: string;
  path: string;
  /** Who looks at it (null: a visitor). */
  as: typeof SELLER | typeof MODERATOR | null;
  /** The operation of the page's GraphQL that the bare route reads the same roots of, and that route. */
  bare?: { operation: string; path: string };
  /** The variable that sets the page size of the page's operations, where it is not `first`. */
  size?: string;
}

/** The users, the membership and the search index, on a freshly loaded database. */
export async function fillForPages(url: string, client: pg.Client): Promise<void> {
  await createBenchUser(client, { email: MODERATOR, displayName: 'Kiểm duyệt viên', role: 'MODERATOR' });
  const seller = await createBenchUser(client, { email: SELLER, displayName: 'Người bán' });
  await client.query(
    `INSERT INTO "Membership" ("userId", "organisationId", role)
     SELECT $1, "organisationId", 'OWNER' FROM "Listing" GROUP BY "organisationId" ORDER BY count(*) DESC LIMIT 1`,
    [seller],
  );
  await indexForSearch(url);
}

/** Every page the bench measures, with the bulk data's busiest published listing and organisation. */
export async function benchPages(client: pg.Client): Promise<BenchPage[]> {
  const { rows } = await client.query<{ listing: string; organisation: string }>(
    `SELECT l.slug AS listing, o.slug AS organisation FROM "Organisation" o JOIN "Listing" l ON l."organisationId" = o.id
     WHERE o.status = 'PUBLISHED' AND l.status = 'PUBLISHED'
     ORDER BY (SELECT count(*) FROM "Listing" x WHERE x."organisationId" = o.id AND x.status = 'PUBLISHED') DESC, l."publishedAt" DESC LIMIT 1`,
  );
  const { listing, organisation } = rows[0]!;
  const search = 'q=bao+quan+nong+san&kind=TECHNOLOGY_OFFER&trlMin=6';
  return [
    { name: 'home', path: '/', as: null, bare: { operation: 'LatestListings', path: '/__bench/bare/home?first=12' } },
    { name: 'search, text and facets', path: `/search?${search}`, as: null, bare: { operation: 'SearchPage', path: `/__bench/bare/search?${search}` } },
    { name: 'listing', path: `/listings/${listing}`, as: null, bare: { operation: 'ListingDetail', path: `/__bench/bare/listing/${listing}` } },
    { name: 'organisation', path: `/organisations/${organisation}`, as: null, bare: { operation: 'OrganisationDetail', path: `/__bench/bare/organisation/${organisation}` }, size: 'listings' },
    { name: 'directory', path: '/organisations', as: null, bare: { operation: 'OrganisationDirectory', path: '/__bench/bare/directory?first=20' } },
    { name: 'workspace', path: '/workspace', as: SELLER },
    { name: 'moderation queue', path: '/moderation', as: MODERATOR },
    { name: 'report', path: '/moderation/report', as: MODERATOR },
  ];
}
