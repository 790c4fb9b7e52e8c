import { describe, expect, it } from 'vitest';
import { listingRef, parseMatchFilters } from './filters';

describe('the matches page address', () => {
  it('keeps known filters only: an offer kind, a reason kind, a field code', () => {
    expect(parseMatchFilters(new URLSearchParams('field=401&kind=EQUIPMENT_OFFER&reason=trl'))).toEqual({ fieldCode: '401', offerKind: 'EQUIPMENT_OFFER', reason: 'trl' });
    expect(parseMatchFilters(new URLSearchParams('field=%27;drop&kind=TECHNOLOGY_REQUEST&reason=magic'))).toEqual({ fieldCode: null, offerKind: null, reason: null });
  });

  it('reads a listing from an id, a slug or a pasted address', () => {
    expect(listingRef(' may-say-thanh-long ')).toBe('may-say-thanh-long');
    expect(listingRef('https://sangiaodich.vn/en/listings/may-say-thanh-long?tab=1#top')).toBe('may-say-thanh-long');
    expect(listingRef('/listings/may-say/')).toBe('may-say');
  });
});
