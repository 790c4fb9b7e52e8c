import { describe, it, expect } from 'vitest';
import { slugify, stripDiacritics, SLUG_MAX_LENGTH } from './slug.ts';

describe('slugify', () => {
  it('strips Vietnamese tone and vowel marks', () => {
    expect(slugify('Công nghệ chiết xuất và sản xuất tinh dầu từ cây Mù U')).toBe(
      'cong-nghe-chiet-xuat-va-san-xuat-tinh-dau-tu-cay-mu-u',
    );
    expect(slugify('Khoai mỡ Bến Kè')).toBe('khoai-mo-ben-ke');
    expect(slugify('Ưu tiên ở Ấp Ổi, Ỹ, ỵ')).toBe('uu-tien-o-ap-oi-y-y');
  });

  it('maps đ and Đ to d', () => {
    expect(slugify('Đường Điện Biên Phủ, Đức Hòa')).toBe('duong-dien-bien-phu-duc-hoa');
    expect(slugify('Gạo Nàng Thơm Chợ Đào')).toBe('gao-nang-thom-cho-dao');
  });

  it('handles precomposed and decomposed input alike', () => {
    const precomposed = 'Thủ Thừa';
    const decomposed = precomposed.normalize('NFD');
    expect(decomposed).not.toBe(precomposed);
    expect(slugify(decomposed)).toBe(slugify(precomposed));
    expect(slugify(precomposed)).toBe('thu-thua');
  });

  it('collapses punctuation and spaces into single hyphens, none at the ends', () => {
    expect(slugify('  Máy sấy bơm nhiệt – 500 kg/mẻ (đã qua sử dụng)!  ')).toBe(
      'may-say-bom-nhiet-500-kg-me-da-qua-su-dung',
    );
    expect(slugify('KH&CN')).toBe('kh-cn');
    expect(slugify('---')).toBe('');
  });

  it('cuts long titles at a word boundary within the limit', () => {
    const title =
      'Xây dựng hệ thống quản lý thông tin truy xuất nguồn gốc sản phẩm, hàng hóa tỉnh Long An giai đoạn thí điểm với hai mươi hai doanh nghiệp';
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugify(title).startsWith('xay-dung-he-thong-quan-ly-thong-tin-truy-xuat-nguon-goc')).toBe(true);
    expect(`${slugify(title, 1000)}-`.startsWith(`${slug}-`)).toBe(true);
  });

  it('cuts a single overlong word hard', () => {
    expect(slugify('a'.repeat(100), 10)).toBe('a'.repeat(10));
  });

  it('produces only lowercase ASCII letters, digits and hyphens', () => {
    const slug = slugify('Rượu đế Gò Đen 29,5% — Tây Ninh (2025)');
    expect(slug).toBe('ruou-de-go-den-29-5-tay-ninh-2025');
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('stripDiacritics', () => {
  it('keeps case, spacing and punctuation', () => {
    expect(stripDiacritics('Đức Hòa, Thủ Thừa – Tây Ninh')).toBe('Duc Hoa, Thu Thua – Tay Ninh');
  });
});
