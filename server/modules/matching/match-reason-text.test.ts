import { describe, expect, it } from 'vitest';
import { matchReasonsText } from './match-reason-text.ts';
import type { MatchReason } from './match-reasons.ts';

const names = { field: (code: string) => (code === '40103' ? 'Công nghệ thực phẩm' : undefined) };
const reasons: MatchReason[] = [
  { kind: 'field', fieldCode: '40103', same: 'field' },
  { kind: 'trl', offerTrl: 7, minTrl: 6 },
  { kind: 'price', priceVnd: 120_000_000, budgetMaxVnd: 200_000_000 },
  { kind: 'keywords', shared: ['sấy', 'thanh long', 'nông sản'] },
];

describe('match reasons in words', () => {
  it('read as one line in Vietnamese and in English', () => {
    expect(matchReasonsText(reasons, 'vi', names)).toMatch(/^cùng lĩnh vực: Công nghệ thực phẩm · TRL 7 ≥ 6 · giá trong ngân sách \(.+\) · 3 từ khóa chung \(sấy, thanh long, nông sản\)$/);
    expect(matchReasonsText(reasons, 'en', names)).toMatch(/^same field: Công nghệ thực phẩm · TRL 7 ≥ 6 · price within budget \(.+\) · 3 shared keywords/);
  });
  it('name the wanted transfer forms in the reader language', () => {
    expect(matchReasonsText([{ kind: 'transferForm', forms: ['FRANCHISE', 'CAPITAL_CONTRIBUTION'] }], 'en', names)).toBe('wanted form: franchise and technology as capital');
  });
});
