// A refusal by the platform's rules, without a transport: services throw it, and each transport says it once in its
// own terms (GraphQL: error-policy.ts, in the caller's language with `extensions.code`; HTTP routes: the status
// below). Expected outcomes a person can fix in a form are typed results (InputError) instead.
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    /** Field name → problem code, when the refusal is about given values. */
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(code);
  }
}

/** The one status table of the plain HTTP routes (uploads, media). */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400 };

export const isDomainError = (err: unknown): err is DomainError => err instanceof DomainError;
