// A listing's editable content as one value: what a seller saves, what a revision holds while the published
// version stays visible, what a reviewer compares, and what approval writes back.
import { createHash } from 'node:crypto';
import { diffFields, stable, type FieldChange } from '../moderation/diff.ts';
import type { IpStatus, IpType, Listing, PriceType, TechnologyLevel } from '../../generated/prisma/client.ts';

export interface IpTitleContent {
  type: IpType;
  status: IpStatus;
  number: string | null;
  titleVi: string;
  titleEn: string | null;
  ownerName: string;
  grantedAt: string | null; // ISO date
}

export interface ListingContent {
  titleVi: string;
  titleEn: string | null;
  summaryVi: string;
  summaryEn: string | null;
  descriptionVi: string | null;
  descriptionEn: string | null;
  fieldCode: string | null;
  keywords: string[];
  keywordsEn: string[];
  trl: number | null;
  appraisalLevel: TechnologyLevel | null;
  priceType: PriceType;
  priceMin: number | null; // VND; JSON numbers are exact far beyond any deal
  priceMax: number | null;
  commune: string | null;
  province: string;
  validUntil: string | null; // ISO instant
  hideOrganisation: boolean;
  details: Record<string, unknown>;
  ipTitles: IpTitleContent[];
}

export const CONTENT_FIELDS: (keyof ListingContent)[] = [
  'titleVi', 'titleEn', 'summaryVi', 'summaryEn', 'descriptionVi', 'descriptionEn', 'fieldCode', 'keywords', 'keywordsEn', 'trl',
  'appraisalLevel', 'priceType', 'priceMin', 'priceMax', 'commune', 'province', 'validUntil', 'hideOrganisation',
  'details', 'ipTitles',
];

type IpRow = { type: IpType; status: IpStatus; number: string | null; titleVi: string; titleEn: string | null; ownerName: string; grantedAt: Date | null };

export function contentOf(listing: Listing, ipTitles: IpRow[]): ListingContent {
  return {
    titleVi: listing.titleVi,
    titleEn: listing.titleEn,
    summaryVi: listing.summaryVi,
    summaryEn: listing.summaryEn,
    descriptionVi: listing.descriptionVi,
    descriptionEn: listing.descriptionEn,
    fieldCode: listing.fieldCode,
    keywords: listing.keywords,
    keywordsEn: listing.keywordsEn ?? [],
    trl: listing.trl,
    appraisalLevel: listing.appraisalLevel,
    priceType: listing.priceType,
    priceMin: listing.priceMin === null ? null : Number(listing.priceMin),
    priceMax: listing.priceMax === null ? null : Number(listing.priceMax),
    commune: listing.commune,
    province: listing.province,
    validUntil: listing.validUntil?.toISOString() ?? null,
    hideOrganisation: listing.hideOrganisation,
    details: (listing.details ?? {}) as Record<string, unknown>,
    ipTitles: ipTitles.map((t) => ({
      type: t.type,
      status: t.status,
      number: t.number,
      titleVi: t.titleVi,
      titleEn: t.titleEn,
      ownerName: t.ownerName,
      grantedAt: t.grantedAt ? t.grantedAt.toISOString().slice(0, 10) : null,
    })),
  };
}

/** The listing's columns for a content value (IP titles are rows of their own). */
export function columnsOf(content: ListingContent) {
  const { ipTitles: _ipTitles, validUntil, priceMin, priceMax, details, ...rest } = content;
  return {
    ...rest,
    details: details as object,
    priceMin: priceMin === null ? null : BigInt(priceMin),
    priceMax: priceMax === null ? null : BigInt(priceMax),
    validUntil: validUntil ? new Date(validUntil) : null,
  };
}

/**
 * Identifies what reviewers approved; validity is left out, since renewing is not a change of content. English
 * versions count only when written, so content approved before they existed hashes as it did then.
 */
export function contentHash(content: ListingContent): string {
  const { validUntil: _v, keywordsEn, ipTitles, ...rest } = content;
  const hashed = {
    ...rest,
    ...(keywordsEn?.length ? { keywordsEn } : {}),
    ipTitles: ipTitles.map(({ titleEn, ...t }) => (titleEn ? { ...t, titleEn } : t)),
  };
  return createHash('sha256').update(JSON.stringify(stable(hashed))).digest('hex');
}

/** Field-by-field differences, details key by key, for a side-by-side review. */
export function diffContent(before: ListingContent, after: ListingContent): FieldChange[] {
  return diffFields(withEnglishDefaults(before), withEnglishDefaults(after), CONTENT_FIELDS, ['details']);
}

/** An edit saved before English versions existed has none: read it as having none written. */
function withEnglishDefaults(content: ListingContent): ListingContent {
  return {
    ...content,
    keywordsEn: content.keywordsEn ?? [],
    ipTitles: content.ipTitles.map((t) => ({ ...t, titleEn: t.titleEn ?? null })),
  };
}
