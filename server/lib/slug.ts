// URL slugs from Vietnamese titles: "Công nghệ sấy thanh long" → "cong-nghe-say-thanh-long".
// NFD splits a letter from its tone and vowel marks so the marks can be dropped; đ/Đ is a letter of its own
// (not d plus a mark), so it is mapped by hand.

export const SLUG_MAX_LENGTH = 80;

/** "Đức Hòa" → "Duc Hoa". */
export function stripDiacritics(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/\p{M}/gu, '');
}

export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const ascii = stripDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  // Cut at the last word boundary that fits, so a slug never ends in half a word.
  const cut = ascii.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : ascii.slice(0, maxLength)).replace(/-+$/, '');
}
