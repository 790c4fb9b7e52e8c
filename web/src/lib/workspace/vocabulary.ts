// The closed lists a seller picks from, in the order the forms show them (the API's enums, typed by codegen).
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

export const TRANSFER_OBJECTS: readonly TransferObject[] = ['KNOW_HOW', 'PROCESS_DESIGN_SOFTWARE', 'RATIONALISATION', 'MACHINERY_WITH_TECHNOLOGY'];
export const TRANSFER_FORMS: readonly TransferForm[] = [
  'STANDALONE_CONTRACT',
  'INVESTMENT_PROJECT',
  'CAPITAL_CONTRIBUTION',
  'FRANCHISE',
  'IP_RIGHT_TRANSFER',
  'MACHINERY_SALE_WITH_KNOW_HOW',
];
export const TRANSFER_MODES: readonly TransferMode[] = ['DOCUMENTS', 'TRAINING', 'EXPERT_ASSISTANCE', 'MACHINERY'];
export const DEAL_TYPES: readonly DealType[] = ['SALE', 'LICENSE', 'JOINT_DEVELOPMENT', 'CAPITAL_CONTRIBUTION', 'SERVICE', 'LEASE'];
export const RIGHTS_KINDS: readonly RightsKind[] = ['OWNERSHIP', 'RIGHT_OF_USE'];
export const EQUIPMENT_CONDITIONS: readonly EquipmentCondition[] = ['NEW', 'USED', 'REFURBISHED', 'IN_SERVICE'];
export const PARTNER_TYPES: readonly PartnerType[] = ['ST_ORGANISATION', 'ST_ENTERPRISE', 'ENTERPRISE', 'UNIVERSITY_INSTITUTE', 'ANY'];
export const PRICE_TYPES: readonly PriceType[] = ['NEGOTIABLE', 'FIXED', 'RANGE'];
export const PRICE_BASES: readonly PriceBasis[] = ['LUMP_SUM', 'ROYALTY'];
export const TECHNOLOGY_LEVELS: readonly TechnologyLevel[] = ['ADVANCED', 'MEDIUM_ADVANCED', 'OUTDATED'];
export const IP_TYPES: readonly IpType[] = [
  'PATENT',
  'UTILITY_SOLUTION',
  'INDUSTRIAL_DESIGN',
  'TRADEMARK',
  'COLLECTIVE_TRADEMARK',
  'CERTIFICATION_TRADEMARK',
  'GEOGRAPHICAL_INDICATION',
  'TRADE_SECRET',
  'SOFTWARE',
];
export const IP_STATUSES: readonly IpStatus[] = ['APPLICATION_FILED', 'APPLICATION_ACCEPTED', 'GRANTED', 'EXPIRED'];
export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'ST_ORGANISATION',
  'ST_ENTERPRISE',
  'ENTERPRISE',
  'UNIVERSITY_INSTITUTE',
  'COOPERATIVE',
  'DEPARTMENT_UNIT',
  // INDIVIDUAL is not registered by hand: a person's requester profile is made when they post as an individual.
  'HOUSEHOLD_BUSINESS',
];
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
