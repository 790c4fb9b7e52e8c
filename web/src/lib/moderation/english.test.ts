import { describe, expect, it } from 'vitest';
import { reading, written } from './english';

describe('reading a seller’s text', () => {
  it('gives English readers the English version, or the Vietnamese marked and tagged as Vietnamese', () => {
    expect(reading('en', 'Sấy lạnh', 'Cold drying')).toEqual({ value: 'Cold drying', untranslated: false, lang: undefined });
    expect(reading('en', 'Sấy lạnh', null)).toEqual({ value: 'Sấy lạnh', untranslated: true, lang: 'vi' });
    expect(reading('en', 'Sấy lạnh', '  ')).toEqual({ value: 'Sấy lạnh', untranslated: true, lang: 'vi' });
    expect(reading('en', ['Tiết kiệm điện'], [])).toEqual({ value: ['Tiết kiệm điện'], untranslated: true, lang: 'vi' });
  });

  it('gives Vietnamese readers the Vietnamese text, whatever English exists', () => {
    expect(reading('vi', 'Sấy lạnh', 'Cold drying')).toEqual({ value: 'Sấy lạnh', untranslated: false, lang: undefined });
    expect(written(['Saves power'])).toBe(true);
    expect(written([])).toBe(false);
  });
});
