import { z } from 'zod';
import type { Locale } from '../../i18n/messages.ts';
import { fieldError, inputError, validate, type Validated } from '../../lib/validation.ts';
import { isNotificationType, NOTIFICATION_TYPES, type NotificationType } from './notification-types.ts';

export const MAX_IDS = 100;

const idsSchema = z.object({ ids: z.array(z.uuid()).max(MAX_IDS) });

export function validateIds(locale: Locale, ids: unknown): Validated<string[]> {
  const v = validate(idsSchema, { ids }, locale);
  // One message for the list: a person cannot act on "ids.3".
  if (!v.ok) return { ok: false, error: inputError(locale, [fieldError(locale, 'ids', v.error.fieldErrors[0]?.code === 'TOO_MANY' ? 'TOO_MANY' : 'INVALID_VALUE', { max: MAX_IDS })]) };
  return { ok: true, data: [...new Set(v.data.ids)] };
}

const linkSchema = z.object({ link: z.string().max(300).regex(/^\/[^/\\]/) });

/** A path on the web app, as notifications store their links (never another site's address). */
export function validateLink(locale: Locale, link: unknown): Validated<string> {
  const v = validate(linkSchema, { link }, locale);
  if (!v.ok) return { ok: false, error: inputError(locale, [fieldError(locale, 'link', 'INVALID_VALUE')]) };
  return { ok: true, data: v.data.link };
}

/** The types a person turns e-mail off for: known types only, each once. */
export function validateEmailOff(locale: Locale, emailOff: unknown): Validated<NotificationType[]> {
  const list = Array.isArray(emailOff) ? emailOff : null;
  if (!list || list.length > NOTIFICATION_TYPES.length * 2) return { ok: false, error: inputError(locale, [fieldError(locale, 'emailOff', 'INVALID_VALUE')]) };
  const unknown = list.find((t) => typeof t !== 'string' || !isNotificationType(t));
  if (unknown !== undefined) {
    return { ok: false, error: inputError(locale, [fieldError(locale, 'emailOff', 'UNKNOWN_NOTIFICATION_TYPE', { value: String(unknown).slice(0, 60) })]) };
  }
  // Stored in the catalogue's order, so the same choice is always the same value.
  return { ok: true, data: NOTIFICATION_TYPES.filter((t) => list.includes(t)) };
}
