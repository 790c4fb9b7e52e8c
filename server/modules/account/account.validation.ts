import { z } from 'zod';
import { text } from '../../lib/validation.ts';

export const PASSWORD_MIN = 10;

const email = z.string().trim().toLowerCase().min(1).max(254).pipe(z.email());
const locale = z.enum(['vi', 'en']);

export const signUpSchema = z
  .object({
    email,
    password: z.string().min(PASSWORD_MIN).max(200),
    displayName: text(2, 120),
    locale: locale.nullish(),
    // Consent must be an act of the person (Law 91/2025/QH15): an unticked box is refused, never assumed.
    acceptTerms: z.boolean().refine((v) => v, { params: { code: 'TERMS_NOT_ACCEPTED' } }),
  })
  .refine((v) => v.password.trim().toLowerCase() !== v.email, {
    path: ['password'],
    params: { code: 'WEAK_PASSWORD' },
  });

export const signInSchema = z.object({
  email,
  password: z.string().min(1).max(200),
});

export const localeSchema = locale;
