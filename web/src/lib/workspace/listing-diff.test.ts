import { describe, expect, it } from 'vitest';
import type { WorkspaceListingFragment } from '$lib/graphql/generated';
import { changedInput, changePath, changeText, ipTitlesChanged } from './listing-diff';
import { listing } from './listing-fixture';
import { formDataOf, parseIpTitles, parseStep, valuesOf } from './listing-parse';

describe('revisions', () => {
  it('reads revision changes in the form’s terms', () => {
    expect(changePath('TECHNOLOGY_OFFER', 'details.problemSolved')).toBe('technology.problemSolved');
    expect(changePath('TECHNOLOGY_REQUEST', 'details.partnerType')).toBe('request.partnerTypes');
    expect(changePath('EQUIPMENT_OFFER', 'priceMin')).toBe('price.min');
    expect(changeText('[\n "a",\n "b"\n]')).toBe('a\nb');
    expect(changeText('{"kind":"OWNERSHIP","territory":"Toàn quốc"}')).toBe('kind: OWNERSHIP\nterritory: Toàn quốc');
    expect(changeText('plain [text')).toBe('plain [text');
  });
});

describe('changedInput', () => {
  it('sends only what differs from the listing, read the same way', () => {
    const values = valuesOf(listing);
    const basics = parseStep('TECHNOLOGY_OFFER', 'basics', formDataOf({ ...values, titleVi: 'Sấy lạnh bằng bơm nhiệt' }));
    // The validity date is read back as the end of its day, another instant than the stored one: not a change.
    expect(changedInput({ ...listing, validUntil: '2027-06-30T04:26:04.514Z' }, 'basics', basics.input)).toEqual({
      titleVi: 'Sấy lạnh bằng bơm nhiệt',
    });
    const terms = parseStep('TECHNOLOGY_OFFER', 'terms', formDataOf({ ...values, 'technology.support': 'Đào tạo 5 ngày' }));
    expect(changedInput(listing, 'terms', terms.input)).toEqual({ technology: { support: 'Đào tạo 5 ngày' } });
    // A fixed price stored with both bounds (as the demo data has it) is the same price.
    const seeded = { ...listing, price: { type: 'FIXED' as const, min: 150_000_000, max: 150_000_000 } };
    expect(changedInput(seeded, 'terms', parseStep('TECHNOLOGY_OFFER', 'terms', formDataOf(valuesOf(seeded))).input)).toEqual({});
  });

  it('always sends what is still missing, even when the form shows a value', () => {
    const equipment: WorkspaceListingFragment = {
      ...listing,
      kind: 'EQUIPMENT_OFFER',
      technology: null,
      ipTitles: [],
      equipment: {
        make: 'Hãng', model: '', origin: '', year: null, condition: null, hoursOfUse: null, specifications: [], quantity: 1,
        installation: '', warranty: '', knowHowIncluded: false, canDemonstrate: false, dealTypes: [], priceUnit: null,
        specificationsEn: [], installationEn: null, warrantyEn: null,
      },
      missingForSubmission: ['equipment.quantity'],
    };
    const details = parseStep('EQUIPMENT_OFFER', 'details', formDataOf(valuesOf(equipment)));
    expect(changedInput(equipment, 'details', details.input)).toEqual({ equipment: { quantity: 1 } });
  });

  it('notices changed IP titles only', () => {
    const same = parseIpTitles(formDataOf(valuesOf(listing))).ipTitles;
    expect(ipTitlesChanged(listing, same)).toBe(false);
    expect(ipTitlesChanged(listing, [{ ...same[0]!, number: '1-0099999' }])).toBe(true);
    expect(ipTitlesChanged(listing, [])).toBe(true);
  });
});
