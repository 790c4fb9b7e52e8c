// Message keys for the values the search shows; enum labels come from the shared dictionaries where they exist.
import type { IpType, PriceBand, SearchKind, TechnologyLevel } from '$lib/graphql/generated';
import type { MessageKey, Translate } from '$lib/i18n';
import type { ActiveFilter, FilterGroup, SearchState } from './state';

export function kindKey(kind: SearchKind | string): MessageKey {
  switch (kind) {
    case 'TECHNOLOGY_OFFER':
    case 'EQUIPMENT_OFFER':
    case 'TECHNOLOGY_REQUEST':
      return `listingKind.${kind}`;
    // Search groups, wider than one organisation kind (enterprises include cooperatives, for instance).
    case 'ST_ORGANISATION':
    case 'ST_ENTERPRISE':
      return `search.kind.${kind}`;
    default:
      return 'search.group.kind';
  }
}

export function priceBandKey(band: PriceBand): MessageKey {
  return band === 'NEGOTIABLE' ? 'price.NEGOTIABLE' : `search.price.${band}`;
}

export const GROUP_KEY: Record<FilterGroup, MessageKey> = {
  kind: 'search.group.kind',
  field: 'search.group.field',
  trl: 'search.group.trl',
  price: 'search.group.price',
  commune: 'search.group.commune',
  ip: 'search.group.ip',
  appraisal: 'search.group.appraisal',
  verified: 'search.group.verified',
};

/** The text of one filter value, as its chip shows it. */
export function filterValueLabel(
  t: Translate,
  filter: ActiveFilter,
  state: SearchState,
  fieldName: (code: string) => string,
): string {
  switch (filter.group) {
    case 'kind':
      return t(kindKey(filter.value));
    case 'field':
      return fieldName(filter.value);
    case 'trl':
      return filter.value === 'trlMin'
        ? t('search.trl.chipMin', { level: state.trlMin ?? '' })
        : t('search.trl.chipMax', { level: state.trlMax ?? '' });
    case 'price':
      return t(priceBandKey(filter.value as PriceBand));
    case 'commune':
      return filter.value;
    case 'ip':
      return t(`ipType.${filter.value as IpType}`);
    case 'appraisal':
      return t(`technologyLevel.${filter.value as TechnologyLevel}`);
    case 'verified':
      return t(filter.value === 'true' ? 'search.verified.true' : 'search.verified.false');
  }
}
