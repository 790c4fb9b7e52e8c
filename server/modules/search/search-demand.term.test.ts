import { describe, expect, it } from 'vitest';
import { demandTerm, MAX_TERM_CHARS } from './search-demand.term.ts';

describe('demandTerm', () => {
  it('folds a query as the engines do: no tone marks, lower case, single spaces, punctuation gone', () => {
    expect(demandTerm('  Máy SẤY   thanh long ')).toBe('may say thanh long');
    expect(demandTerm('Đặt hàng KH&CN')).toBe('dat hang kh cn');
    expect(demandTerm('ISO 9001:2015')).toBe('iso 9001 2015');
  });

  it('keeps nothing of an empty or punctuation-only query', () => {
    expect(demandTerm('')).toBeNull();
    expect(demandTerm('   ')).toBeNull();
    expect(demandTerm('?!…')).toBeNull();
    expect(demandTerm(null)).toBeNull();
  });

  it('drops queries holding an e-mail address, whole or partial', () => {
    expect(demandTerm('nguyen.van.a@gmail.com máy sấy')).toBeNull();
    expect(demandTerm('lien he an@abc')).toBeNull();
  });

  it('drops queries holding a phone or identity number, however it is written', () => {
    for (const q of ['0912345678', 'anh Nam 0912 345 678', '090.123.4567', '+84 912 345 678', '(028) 3822-1234', 'cccd 079123456789']) {
      expect(demandTerm(q), q).toBeNull();
    }
  });

  it('keeps short numbers: standards, years, TRL levels, patent numbers', () => {
    expect(demandTerm('TCVN 5945:2005')).toBe('tcvn 5945 2005');
    expect(demandTerm('sáng chế 1-0012345')).toBe('sang che 1 0012345');
  });

  it('drops a query longer than the cap instead of cutting it', () => {
    expect(demandTerm('a'.repeat(MAX_TERM_CHARS))).toHaveLength(MAX_TERM_CHARS);
    expect(demandTerm('a'.repeat(MAX_TERM_CHARS + 1))).toBeNull();
  });
});
