// The closed lists a seller picks from, in the order the forms show them: the API's enums as codegen lists them
// (graphql/enums.ts), in another order or without a value only where the forms say why.
import type {
  DealType,
  EquipmentCondition,
  IpStatus,
  IpType,
  MembershipRole,
  ModerationStatus,
  OrganisationKind,
  PartnerType,
  PriceBasis,
  PriceType,
  RightsKind,
  TechnologyLevel,
  TransferForm,
  TransferMode,
  TransferObject,
} from '$lib/graphql/generated';
import {
  DEAL_TYPE_VALUES,
  EQUIPMENT_CONDITION_VALUES,
  IP_STATUS_VALUES,
  IP_TYPE_VALUES,
  ORGANISATION_KIND_VALUES,
  PARTNER_TYPE_VALUES,
  PRICE_BASIS_VALUES,
  RIGHTS_KIND_VALUES,
  TECHNOLOGY_LEVEL_VALUES,
  TRANSFER_FORM_VALUES,
  TRANSFER_MODE_VALUES,
  TRANSFER_OBJECT_VALUES,
} from '$lib/graphql/enums';

export const TRANSFER_OBJECTS: readonly TransferObject[] = TRANSFER_OBJECT_VALUES;
export const TRANSFER_FORMS: readonly TransferForm[] = TRANSFER_FORM_VALUES;
export const TRANSFER_MODES: readonly TransferMode[] = TRANSFER_MODE_VALUES;
export const DEAL_TYPES: readonly DealType[] = DEAL_TYPE_VALUES;
export const RIGHTS_KINDS: readonly RightsKind[] = RIGHTS_KIND_VALUES;
export const EQUIPMENT_CONDITIONS: readonly EquipmentCondition[] = EQUIPMENT_CONDITION_VALUES;
export const PARTNER_TYPES: readonly PartnerType[] = PARTNER_TYPE_VALUES;
/** Negotiable first: the form's default. */
export const PRICE_TYPES: readonly PriceType[] = ['NEGOTIABLE', 'FIXED', 'RANGE'];
export const PRICE_BASES: readonly PriceBasis[] = PRICE_BASIS_VALUES;
export const TECHNOLOGY_LEVELS: readonly TechnologyLevel[] = TECHNOLOGY_LEVEL_VALUES;
export const IP_TYPES: readonly IpType[] = IP_TYPE_VALUES;
export const IP_STATUSES: readonly IpStatus[] = IP_STATUS_VALUES;
// INDIVIDUAL is not registered by hand: a person's requester profile is made when they post as an individual.
export const ORGANISATION_KINDS: readonly OrganisationKind[] = ORGANISATION_KIND_VALUES.filter((kind) => kind !== 'INDIVIDUAL');
/** The lesser role first: the one an invitation offers by default. */
export const MEMBERSHIP_ROLES: readonly MembershipRole[] = ['EDITOR', 'OWNER'];

/** The dashboard's order: what needs the seller first, then what is live, then the rest. */
export const STATUS_ORDER: readonly ModerationStatus[] = [
  'CHANGES_REQUESTED',
  'DRAFT',
  'PENDING_REVIEW',
  'PUBLISHED',
  'EXPIRED',
  'REJECTED',
  'UNPUBLISHED',
  'ARCHIVED',
];

export function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}
