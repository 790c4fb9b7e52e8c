import { describe, expect, it } from 'vitest';
import { MEMBERSHIP_ROLE_VALUES, MODERATION_STATUS_VALUES, ORGANISATION_KIND_VALUES, PRICE_TYPE_VALUES } from '$lib/graphql/enums';
import { ORGANISATION_KINDS as DIRECTORY_KINDS } from '$lib/moderation/directory';
import { MEMBERSHIP_ROLES, ORGANISATION_KINDS, PRICE_TYPES, STATUS_ORDER } from './vocabulary';

const sorted = (values: readonly string[]) => [...values].sort();

describe('lists the pages show in an order of their own', () => {
  // The schema's order comes with graphql/enums.ts; these lists choose another, so a value the API adds must be
  // placed in them by hand, and this says when one is missing.
  it('hold every value of their enum', () => {
    expect(sorted(PRICE_TYPES)).toEqual(sorted(PRICE_TYPE_VALUES));
    expect(sorted(MEMBERSHIP_ROLES)).toEqual(sorted(MEMBERSHIP_ROLE_VALUES));
    expect(sorted(STATUS_ORDER)).toEqual(sorted(MODERATION_STATUS_VALUES));
  });

  it('leave out only the kind nobody registers by hand', () => {
    const registrable = ORGANISATION_KIND_VALUES.filter((kind) => kind !== 'INDIVIDUAL');
    expect(sorted(ORGANISATION_KINDS)).toEqual(sorted(registrable));
    expect(sorted(DIRECTORY_KINDS)).toEqual(sorted(registrable));
  });
});
