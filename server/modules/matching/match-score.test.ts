import { describe, expect, it } from 'vitest';
import { scoreMatch, type MatchFacts } from './match-score.ts';

const base: MatchFacts = {
  id: '', kind: 'TECHNOLOGY_REQUEST', organisationId: '', fieldCode: null, fieldParent: null, trl: null, priceVnd: null,
  commune: null, province: 'Tây Ninh', keywords: [], transferForms: [], transferModes: [], minTrl: null, budgetMaxVnd: null,
  preferredForms: [], preferredModes: [],
};
const request = (over: Partial<MatchFacts> = {}): MatchFacts => ({ ...base, id: 'r', organisationId: 'buyer', fieldCode: '211', fieldParent: '2', minTrl: 5, ...over });
const offer = (over: Partial<MatchFacts> = {}): MatchFacts =>
  ({ ...base, id: 'o', kind: 'TECHNOLOGY_OFFER', organisationId: 'seller', fieldCode: '211', fieldParent: '2', trl: 7, ...over });
const kinds = (m: ReturnType<typeof scoreMatch>) => m?.reasons.map((r) => r.kind);

describe('the matching rule', () => {
  it('needs a shared subject: the same field, a keyword or relevant text; a group of fields alone is not enough', () => {
    expect(scoreMatch(request(), offer({ fieldCode: '204' }), null)).toBeNull();
    expect(scoreMatch(request(), offer({ fieldCode: '204' }), 0.1)).toBeNull(); // text too weak to say anything
    const group = scoreMatch(request({ keywords: ['Thanh long'] }), offer({ fieldCode: '204', keywords: ['thanh long '] }), null);
    expect(group?.reasons).toEqual([
      { kind: 'field', fieldCode: '2', same: 'group' },
      { kind: 'keywords', shared: ['thanh long'] },
      { kind: 'trl', offerTrl: 7, minTrl: 5 },
      { kind: 'place', same: 'province', name: 'Tây Ninh' },
    ]);
    expect(kinds(scoreMatch(request(), offer({ fieldCode: '204' }), 0.9))).toEqual(['field', 'text', 'trl', 'place']);
  });

  it('counts a sub-field of the wanted field, or its parent field, as the same field', () => {
    expect(scoreMatch(request({ fieldCode: '2', fieldParent: null }), offer(), null)?.reasons[0]).toEqual({ kind: 'field', fieldCode: '2', same: 'field' });
    expect(scoreMatch(request(), offer({ fieldCode: '2', fieldParent: null }), null)?.reasons[0]).toEqual({ kind: 'field', fieldCode: '2', same: 'field' });
  });

  it('leaves out a technology below the minimum TRL, says when it meets it, and ignores TRL for equipment', () => {
    expect(scoreMatch(request({ minTrl: 7 }), offer({ trl: 6 }), null)).toBeNull();
    expect(scoreMatch(request({ minTrl: 7 }), offer({ trl: 7 }), null)?.reasons).toContainEqual({ kind: 'trl', offerTrl: 7, minTrl: 7 });
    const equipment = scoreMatch(request({ minTrl: 7, keywords: ['máy sấy'] }), offer({ kind: 'EQUIPMENT_OFFER', trl: 3, keywords: ['máy sấy'] }), null);
    expect(kinds(equipment)).not.toContain('trl');
    expect(equipment).not.toBeNull();
  });

  it('says a price is within the budget only when it is, and never for a negotiable price', () => {
    const withPrice = (priceVnd: number | null) => kinds(scoreMatch(request({ budgetMaxVnd: 200_000_000 }), offer({ priceVnd }), null));
    expect(withPrice(200_000_000)).toContain('price');
    expect(withPrice(200_000_001)).not.toContain('price');
    expect(withPrice(null)).not.toContain('price');
  });

  it('names the wanted transfer forms and modes the offer provides', () => {
    const m = scoreMatch(
      request({ preferredForms: ['FRANCHISE', 'STANDALONE_CONTRACT'], preferredModes: ['TRAINING'] }),
      offer({ transferForms: ['STANDALONE_CONTRACT', 'IP_RIGHT_TRANSFER'], transferModes: ['DOCUMENTS'] }),
      null,
    );
    expect(m?.reasons).toContainEqual({ kind: 'transferForm', forms: ['STANDALONE_CONTRACT'] });
    expect(kinds(m)).not.toContain('transferMode');
  });

  it('prefers the same commune to the same province', () => {
    const place = (commune: string | null, province = 'Tây Ninh') =>
      scoreMatch(request({ commune: 'Tầm Vu' }), offer({ commune, province }), null)?.reasons.find((r) => r.kind === 'place');
    expect(place('Tầm Vu')).toEqual({ kind: 'place', same: 'commune', name: 'Tầm Vu' });
    expect(place('Tân An')).toEqual({ kind: 'place', same: 'province', name: 'Tây Ninh' });
    expect(place('Tân An', 'Đồng Tháp')).toBeUndefined();
  });

  it('pairs nothing on the same field and province alone', () => {
    expect(scoreMatch(request({ minTrl: null }), offer(), null)).toBeNull();
  });

  it('scores more reasons higher, within 0..1, and never pairs an organisation with itself', () => {
    const weak = scoreMatch(request(), offer(), null)!;
    const strong = scoreMatch(
      request({ minTrl: 6, budgetMaxVnd: 500_000_000, keywords: ['sấy', 'thanh long', 'nông sản'], commune: 'Tầm Vu', preferredForms: ['STANDALONE_CONTRACT'], preferredModes: ['TRAINING'] }),
      offer({ trl: 8, priceVnd: 120_000_000, keywords: ['Sấy', 'Thanh long', 'Nông sản'], commune: 'Tầm Vu', transferForms: ['STANDALONE_CONTRACT'], transferModes: ['TRAINING'] }),
      1,
    )!;
    expect(strong.score).toBeGreaterThan(weak.score);
    expect(strong.score).toBeLessThanOrEqual(1);
    expect(strong.score).toBeGreaterThanOrEqual(0.9);
    expect(scoreMatch(request(), offer({ organisationId: 'buyer' }), 1)).toBeNull();
  });
});
