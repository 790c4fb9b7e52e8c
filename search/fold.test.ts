import { describe, expect, it } from 'vitest';
import { fold, highlight, queryTokens } from './fold.ts';

describe('Vietnamese folding', () => {
  it('drops tone and vowel marks, folds đ to d, keeps one character per character', () => {
    expect(fold('Khoai mỡ Bến Kè')).toBe('khoai mo ben ke');
    expect(fold('Đức Hòa, Thủ Thừa')).toBe('duc hoa, thu thua');
    expect(fold('Nếp Thủ Thừa').length).toBe('Nếp Thủ Thừa'.length);
  });

  it('splits a query into folded words', () => {
    expect(queryTokens('  Thanh LONG, thanh long! sấy-lạnh ')).toEqual(['thanh', 'long', 'say', 'lanh']);
  });

  it('marks the words a query matches in the original text, escaping the rest', () => {
    expect(highlight('Khoai mỡ Bến Kè <b>', queryTokens('khoai mo ben ke'))).toBe(
      '<mark>Khoai</mark> <mark>mỡ</mark> <mark>Bến</mark> <mark>Kè</mark> &lt;b&gt;',
    );
    expect(highlight('Máy sấy thanh long', ['thanh'])).toBe('Máy sấy <mark>thanh</mark> long');
    expect(highlight('Máy sấy thanh long', ['xyz'])).toBeNull();
  });

  it('marks whole words only, except the word still being typed', () => {
    expect(highlight('Công nghệ thanh long, lòng máng', ['thanh'], 'lon')).toBe('Công nghệ <mark>thanh</mark> <mark>lon</mark>g, <mark>lòn</mark>g máng');
    expect(highlight('Đường cống', ['cong'])).toBe('Đường <mark>cống</mark>');
    expect(highlight('Công cộng', ['con'])).toBeNull();
  });

  it('marks the spelling a typo was matched to', () => {
    expect(highlight('Tinh dầu Mù U', ['tihn', 'tinh'])).toBe('<mark>Tinh</mark> dầu Mù U');
  });
});
