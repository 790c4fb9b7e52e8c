import { z } from 'zod';
import { text } from '../../lib/validation.ts';
import { PASSWORD_MIN } from './account.validation.ts';
import { normalisePhone } from './phone.ts';

export const profileSchema = z.object({
  displayName: text(2, 120), // as at sign-up
  phone: z
    .string()
    .trim()
    .max(40)
    .nullish()
    .refine((v) => !v || normalisePhone(v) !== null, { params: { code: 'INVALID_PHONE' } })
    .transform((v) => (v ? normalisePhone(v) : null)),
  locale: z.enum(['vi', 'en']),
});

/** The new password is held to the sign-up rules (length, not the e-mail), and must differ from the current one. */
export const changePasswordSchema = (email: string) =>
  z
    .object({
      currentPassword: z.string().min(1).max(200),
      newPassword: z.string().min(PASSWORD_MIN).max(200),
    })
    .refine((v) => v.newPassword.trim().toLowerCase() !== email, { path: ['newPassword'], params: { code: 'WEAK_PASSWORD' } })
    .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], params: { code: 'SAME_PASSWORD' } });
