// Phone numbers as people in Vietnam write them, to E.164. No phone-number library is installed (libphonenumber-js
// would be the maintained choice, and could replace this file); this checks what can be checked without its tables:
// Vietnamese numbers exactly (mobile 0[35789] + 8 digits, landline 02 + 9 digits since the 2017–2018 renumbering),
// other countries only by E.164's shape (a country code, 8 to 15 digits in all).

const VN_NATIONAL = /^(?:[35789]\d{8}|2\d{9})$/; // without the leading 0
const E164_DIGITS = /^[1-9]\d{7,14}$/;

/** `+84 912 345 678`, `0912.345.678`, `(0272) 3826 123`, `0033 1 23 45 67 89` → E.164; null when not a number. */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.\-()/]/g, '');
  let international: string;
  if (/^\+\d+$/.test(compact)) international = compact.slice(1);
  else if (/^00\d+$/.test(compact)) international = compact.slice(2);
  else if (/^0\d+$/.test(compact)) international = `84${compact.slice(1)}`;
  else return null;
  if (international.startsWith('84')) {
    // "+84 (0)912…" is common: the trunk 0 written after the country code.
    const national = international.slice(2).replace(/^0/, '');
    return VN_NATIONAL.test(national) ? `+84${national}` : null;
  }
  return E164_DIGITS.test(international) ? `+${international}` : null;
}
