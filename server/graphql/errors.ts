// Unexpected failures are thrown with a stable `extensions.code`; expected outcomes are typed results instead.
import mercurius from 'mercurius';
import { message, type Locale } from '../i18n/messages.ts';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

export class AppError extends mercurius.ErrorWithProps {
  constructor(locale: Locale, code: ErrorCode, statusCode = 200) {
    super(message(locale, code), { code }, statusCode);
  }
}

export const forbidden = (locale: Locale) => new AppError(locale, 'FORBIDDEN');
export const unauthenticated = (locale: Locale) => new AppError(locale, 'UNAUTHENTICATED');
