// Delivering saved searches' matches. When a listing or an organisation is published (the 'matchmaking.published'
// job), `SavedSearchAlerts` finds every saved search it matches (SQL picks the candidates by the item's search terms,
// TypeScript confirms: alerts-criteria.ts), records one delivery per search and item (a republished item, or a
// retried job, delivers nothing twice) and tells the owners of IMMEDIATE searches at once, in-app and by e-mail;
// `buildDigests` tells the owners of DAILY and WEEKLY ones, one in-app notification and one e-mail a person, grouped
// by search. (A popular item matches hundreds of digest searches: writing nothing for them at publication keeps
// the matcher within its 200 ms.)
import type { AlertFrequency, PrismaClient } from '../../generated/prisma/client.ts';
import type { Locale } from '../../i18n/messages.ts';
import { SearchSource } from '../../../search/source.ts';
import { documentTerms } from '../../../search/postgres-terms.ts';
import type { Publication, PublicationListener } from '../matchmaking/publication.ts';
import type { TaxonomyService } from '../taxonomy/taxonomy.service.ts';
import { absoluteUrl, renderEmail, type EmailLine } from '../notification/notification-email.ts';
import { queueEmails } from '../notification/notification.repository.ts';
import { listUnsubscribeHeaders, typeUnsubscribeTokens, unsubscribeUrl } from '../notification/unsubscribe.ts';
import { whyText } from './alert-why.ts';
import { matchesGroups, matchWhy, searchPath, type MatchWhy, type SearchCriteria } from './alerts-criteria.ts';
import type { AlertsRepository, PendingDelivery } from './alerts.repository.ts';

/** A page path in a language (English pages are under /en). */
export const localizedPath = (path: string, locale: Locale) => (locale === 'en' ? `/en${path}` : path);
const itemPath = (entityType: 'listing' | 'organisation', slug: string) => `${entityType === 'listing' ? '/listings/' : '/organisations/'}${slug}`;

type WhyData = Record<string, string | number | boolean | null>;

/** A match's reasons as notification data (plain values; alert-why.ts says them). */
function whyData(why: MatchWhy, fieldName: { vi: string; en: string } | null): WhyData {
  return {
    words: why.words.join(' ') || null,
    kind: why.kind,
    fieldName: why.fieldCode ? (fieldName?.vi ?? why.fieldCode) : null,
    fieldNameEn: why.fieldCode ? (fieldName?.en ?? why.fieldCode) : null,
    trl: why.trl,
    priceBand: why.priceBand,
    commune: why.commune,
    ipTypes: why.ipTypes.join(',') || null,
    appraisalLevel: why.appraisalLevel,
    verified: why.verified,
  };
}

export class SavedSearchAlerts implements PublicationListener {
  readonly name = 'savedSearchAlerts';
  private readonly source: SearchSource;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly repo: AlertsRepository,
    private readonly taxonomy: TaxonomyService,
  ) {
    this.source = new SearchSource(prisma);
  }

  async onPublished(publication: Publication): Promise<void> {
    // The item as the search indexes it, if it is public now (an anonymous request without its owner's name).
    const built = publication.kind === 'listing' ? await this.source.listings([publication.id]) : await this.source.organisations([publication.id]);
    const doc = built.docs[0];
    if (!doc) return;
    const terms = documentTerms(doc).all;
    const publisherId = publication.kind === 'organisation' ? publication.id : await this.publisherOf(publication.id);
    const termSet = new Set(terms);
    const matched = (await this.repo.candidates(terms, publisherId)).filter((c) => matchesGroups(c.groups, termSet));
    if (!matched.length) return;
    const field = doc.fieldCode ? (await this.taxonomy.byCodes([doc.fieldCode]))[0] : null;
    const fieldName = field ? { vi: field.nameVi, en: field.nameEn ?? field.nameVi } : null;
    const link = itemPath(doc.entityType, doc.slug);
    await this.repo.transaction(async (tx) => {
      const rows = matched.map((c) => ({ c, why: whyData(matchWhy(c.criteria, doc), fieldName) }));
      const fresh = await this.repo.recordDeliveries(
        tx,
        doc.entityType,
        doc.entityId,
        rows.map(({ c, why }) => ({ savedSearchId: c.id, reasons: why, digested: c.frequency === 'IMMEDIATE' })),
      );
      // Digest searches are told in their digest (in-app and e-mail); the others now.
      const news = rows.filter(({ c }) => fresh.has(c.id) && c.frequency === 'IMMEDIATE');
      if (!news.length) return;
      const dataOf = (c: (typeof news)[number]['c'], why: WhyData) => ({ searchName: c.name, title: doc.title, titleEn: doc.titleEn, ...why });
      const created = await tx.notification.createManyAndReturn({
        data: news.map(({ c, why }) => ({ userId: c.userId, type: 'alert.match', data: dataOf(c, why), link })),
        select: { id: true },
      });
      const emails = news.flatMap(({ c, why }, i) => {
        if (c.emailOptOut.includes('alert.match')) return [];
        const unsubscribe = unsubscribeUrl(c.unsubscribeToken, c.locale);
        const searchLine = { text: c.locale === 'vi' ? `Xem tìm kiếm “${c.name}”` : `See the search “${c.name}”`, href: absoluteUrl(localizedPath(searchPath(c.criteria), c.locale)) };
        return [{
          to: c.email,
          notificationId: created[i]!.id,
          headers: listUnsubscribeHeaders(unsubscribe),
          ...renderEmail(c.locale, 'alert.match', dataOf(c, why), localizedPath(link, c.locale), c.displayName, unsubscribe, [searchLine]),
        }];
      });
      await queueEmails(tx, emails);
    });
  }

  private async publisherOf(listingId: string): Promise<string | null> {
    const row = await this.prisma.listing.findUnique({ where: { id: listingId }, select: { organisationId: true } });
    return row?.organisationId ?? null;
  }
}

/** Rows by key, in the order met (the rows come sorted by person, then search). */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

/** The page where people manage their saved searches. */
export const ALERTS_PATH = '/account/alerts';
const DIGEST_PAGE = 500; // people per batch
const DIGEST_WORDS = {
  vi: { items: (n: number) => `${n} tin mới`, stop: 'Hủy nhận thông báo của tìm kiếm này', all: 'Xem tất cả kết quả' },
  en: { items: (n: number) => `${n} new item${n === 1 ? '' : 's'}`, stop: 'Stop the alerts of this search', all: 'See every result' },
};

interface VisibleItem {
  title: string;
  titleEn: string | null;
  path: string;
}

/**
 * Every digest of one frequency: one e-mail per person with new matches, grouped by saved search, each group
 * linking to its search page and to its own unsubscribe link; items no longer public are left out. A person who
 * turned digests off by e-mail gets none, and their matches count as carried. Returns the e-mails and items.
 */
export async function buildDigests(prisma: PrismaClient, repo: AlertsRepository, frequency: Exclude<AlertFrequency, 'IMMEDIATE'>): Promise<{ emails: number; items: number }> {
  let after: string | null = null;
  let emails = 0;
  let items = 0;
  for (;;) {
    const rows = await repo.pendingDigest(frequency, after, DIGEST_PAGE);
    if (!rows.length) break;
    after = rows[rows.length - 1]!.userId;
    const visible = await visibleItems(prisma, rows);
    const people = [...groupBy(rows, (r) => r.userId).values()];
    await repo.transaction(async (tx) => {
      const tokens = await typeUnsubscribeTokens(tx, people.map((p) => p[0]!.userId), 'alert.digest');
      const digests = people.flatMap((deliveries) => {
        const email = digestEmail(deliveries, visible, frequency, tokens.get(deliveries[0]!.userId)!);
        return email ? [{ person: deliveries[0]!, ...email }] : [];
      });
      // The in-app notification always comes; the e-mail unless the person turned digests off by e-mail.
      const created = await tx.notification.createManyAndReturn({
        data: digests.map((d) => ({ userId: d.person.userId, type: 'alert.digest', data: d.data, link: ALERTS_PATH })),
        select: { id: true },
      });
      const out = digests.flatMap((d, i) => (d.person.emailOptOut.includes('alert.digest') ? [] : [{ ...d.row, notificationId: created[i]!.id }]));
      items += digests.reduce((sum, d) => sum + d.items, 0);
      await queueEmails(tx, out);
      emails += out.length;
      await repo.markDigested(tx, rows.map((r) => r.deliveryId), [...new Set(rows.map((r) => r.savedSearchId))]);
    });
  }
  return { emails, items };
}

async function visibleItems(prisma: PrismaClient, rows: PendingDelivery[]): Promise<Map<string, VisibleItem>> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.entityType === type).map((r) => r.entityId))];
  const [listings, orgs] = await Promise.all([
    prisma.listing.findMany({ where: { id: { in: ids('listing') }, status: 'PUBLISHED' }, select: { id: true, slug: true, titleVi: true, titleEn: true } }),
    prisma.organisation.findMany({ where: { id: { in: ids('organisation') }, status: 'PUBLISHED' }, select: { id: true, slug: true, nameVi: true, nameEn: true } }),
  ]);
  return new Map([
    ...listings.map((l) => [l.id, { title: l.titleVi, titleEn: l.titleEn, path: itemPath('listing', l.slug) }] as const),
    ...orgs.map((o) => [o.id, { title: o.nameVi, titleEn: o.nameEn, path: itemPath('organisation', o.slug) }] as const),
  ]);
}

function digestEmail(deliveries: PendingDelivery[], visible: Map<string, VisibleItem>, frequency: AlertFrequency, digestToken: string) {
  const person = deliveries[0]!;
  const locale = person.locale;
  const w = DIGEST_WORDS[locale];
  const lines: EmailLine[] = [];
  let items = 0;
  for (const searchRows of groupBy(deliveries, (d) => d.savedSearchId).values()) {
    const shown = searchRows.flatMap((d) => {
      const item = visible.get(d.entityId);
      return item ? [{ d, item }] : [];
    });
    if (!shown.length) continue;
    const search = shown[0]!.d;
    items += shown.length;
    lines.push('', `“${search.name}” — ${w.items(shown.length)}`);
    for (const { d, item } of shown) {
      const title = locale === 'en' && item.titleEn ? item.titleEn : item.title;
      lines.push({ text: title, href: absoluteUrl(localizedPath(item.path, locale)) });
      const why = whyText(locale, (d.reasons ?? {}) as Record<string, unknown>);
      if (why) lines.push(why);
    }
    lines.push({ text: w.all, href: absoluteUrl(localizedPath(searchPath(search.criteria as SearchCriteria), locale)) });
    lines.push({ text: w.stop, href: unsubscribeUrl(search.unsubscribeToken, locale) });
  }
  if (!items) return null;
  const unsubscribe = unsubscribeUrl(digestToken, locale);
  const data = { frequency, items, searches: new Set(deliveries.map((d) => d.savedSearchId)).size };
  const content = renderEmail(locale, 'alert.digest', data, localizedPath(ALERTS_PATH, locale), person.displayName, unsubscribe, lines);
  return { items, data, row: { to: person.email, headers: listUnsubscribeHeaders(unsubscribe), ...content } };
}

