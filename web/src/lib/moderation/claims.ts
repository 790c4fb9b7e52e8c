// The claims a moderator can verify, each with what the seller states about it: the IP title numbers, the TRL
// with its evidence, the appraisal level, the S&T enterprise certificate number.
import type { ClaimType, IpTitleFieldsFragment, TechnologyLevel } from '$lib/graphql/generated';
import type { Translate } from '$lib/i18n';

export interface ClaimRow {
  claim: ClaimType;
  verified: boolean;
  /** What the seller states; null when there is nothing to verify. */
  evidence: string | null;
}

export interface ClaimedListing {
  trl: number | null;
  appraisalLevel: TechnologyLevel | null;
  verifiedClaims: readonly ClaimType[];
  ipTitles: readonly Pick<IpTitleFieldsFragment, 'type' | 'number' | 'title'>[];
  technology?: { trlEvidence: string } | null;
}

export function listingClaims(t: Translate, listing: ClaimedListing): ClaimRow[] {
  const ip = listing.ipTitles.map((title) => `${t(`ipType.${title.type}`)}${title.number ? ` ${title.number}` : ''}: ${title.title}`);
  const trl =
    listing.trl == null
      ? null
      : [t('moderation.claims.trlValue', { trl: listing.trl }), listing.technology?.trlEvidence].filter(Boolean).join(' — ');
  return [
    { claim: 'IP_NUMBER', verified: listing.verifiedClaims.includes('IP_NUMBER'), evidence: ip.length ? ip.join('\n') : null },
    { claim: 'TRL_EVIDENCE', verified: listing.verifiedClaims.includes('TRL_EVIDENCE'), evidence: trl },
    {
      claim: 'APPRAISAL_LEVEL',
      verified: listing.verifiedClaims.includes('APPRAISAL_LEVEL'),
      evidence: listing.appraisalLevel ? t(`technologyLevel.${listing.appraisalLevel}`) : null,
    },
  ];
}

export function organisationClaims(organisation: {
  stCertificateNumber: string | null;
  verifiedClaims: readonly ClaimType[];
}): ClaimRow[] {
  return [
    {
      claim: 'ST_CERTIFICATE',
      verified: organisation.verifiedClaims.includes('ST_CERTIFICATE'),
      evidence: organisation.stCertificateNumber?.trim() || null,
    },
  ];
}
