// Messages the API returns to people (validation and refusal), in both languages. The web translates by `code`
// too; these are for every other client and as the web's fallback.
export type Locale = 'vi' | 'en';

const vi = {
  REQUIRED: 'Vui lòng nhập {field}.',
  TOO_SHORT: '{field} cần ít nhất {min} ký tự.',
  TOO_LONG: '{field} tối đa {max} ký tự.',
  INVALID_EMAIL: 'Địa chỉ email không hợp lệ.',
  INVALID_VALUE: 'Giá trị của {field} không hợp lệ.',
  TAKEN: 'Email này đã được đăng ký.',
  WEAK_PASSWORD: 'Mật khẩu không được trùng với email.',
  INVALID_CREDENTIALS: 'Email hoặc mật khẩu không đúng.',
  RATE_LIMITED: 'Bạn đã thử quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
  VALIDATION: 'Vui lòng kiểm tra lại các trường được đánh dấu.',
  UNAUTHENTICATED: 'Vui lòng đăng nhập.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  NOT_FOUND: 'Không tìm thấy.',
  'field.email': 'email',
  'field.password': 'mật khẩu',
  'field.displayName': 'họ tên',
  'field.locale': 'ngôn ngữ',
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  REQUIRED: 'Please enter {field}.',
  TOO_SHORT: '{field} needs at least {min} characters.',
  TOO_LONG: '{field} can have at most {max} characters.',
  INVALID_EMAIL: 'This email address is not valid.',
  INVALID_VALUE: 'The value of {field} is not valid.',
  TAKEN: 'This email address is already registered.',
  WEAK_PASSWORD: 'The password must not be the same as the email.',
  INVALID_CREDENTIALS: 'The email or password is incorrect.',
  RATE_LIMITED: 'Too many attempts. Please try again in {minutes} minutes.',
  VALIDATION: 'Please check the highlighted fields.',
  UNAUTHENTICATED: 'Please sign in.',
  FORBIDDEN: 'You are not allowed to do this.',
  NOT_FOUND: 'Not found.',
  'field.email': 'email',
  'field.password': 'password',
  'field.displayName': 'full name',
  'field.locale': 'language',
};

const dictionaries: Record<Locale, Record<Key, string>> = { vi, en };

export function message(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const dict = dictionaries[locale];
  const template = (dict as Record<string, string>)[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'field') {
      const label = (dict as Record<string, string>)[`field.${params.field}`] ?? String(params.field);
      return label;
    }
    return String(params[name] ?? '');
  });
}

export function pickLocale(...candidates: (string | null | undefined)[]): Locale {
  for (const c of candidates) {
    if (!c) continue;
    for (const part of c.split(',')) {
      const tag = part.trim().slice(0, 2).toLowerCase();
      if (tag === 'vi' || tag === 'en') return tag;
    }
  }
  return 'vi';
}
