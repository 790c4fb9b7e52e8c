import { describe, expect, it } from 'vitest';
import { postWay, type MembershipChoice } from './choices';

const org = (id: string, kind: MembershipChoice['organisation']['kind'] = 'ENTERPRISE'): MembershipChoice => ({
  organisation: { id, name: `Org ${id}`, kind },
});

describe('where the post links lead', () => {
  it('explains the ways in to someone without an organisation', () => {
    expect(postWay([], 'offer')).toEqual({ kind: 'explain' });
    expect(postWay([], 'need')).toEqual({ kind: 'explain' });
  });

  it('goes straight to the new-listing form, kind chosen, with one organisation', () => {
    expect(postWay([org('a')], 'offer')).toEqual({ kind: 'redirect', href: '/workspace/listings/new?org=a&kind=TECHNOLOGY_OFFER' });
    expect(postWay([org('a')], 'need')).toEqual({ kind: 'redirect', href: '/workspace/listings/new?org=a&kind=TECHNOLOGY_REQUEST' });
  });

  it('never offers a personal requester profile for an offer, and lists it last for a need', () => {
    expect(postWay([org('me', 'INDIVIDUAL')], 'offer')).toEqual({ kind: 'explain' });
    const way = postWay([org('me', 'INDIVIDUAL'), org('a'), org('b', 'HOUSEHOLD_BUSINESS')], 'need');
    expect(way.kind === 'choose' && way.options.map((o) => [o.organisationId, o.personal])).toEqual([
      ['a', false],
      ['b', false],
      ['me', true],
    ]);
  });
});
