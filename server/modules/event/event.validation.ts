import { z } from 'zod';
import type { Locale } from '../../i18n/messages.ts';
import { fieldError, inputError, isStorableDate, text, uuidField, validate, type FieldError, type Validated } from '../../lib/validation.ts';

/** Listings one exhibitor may show, and slots it may open: a booth, not a catalogue. */
export const MAX_EVENT_LISTINGS = 10;
export const MAX_SLOTS_PER_EXHIBITOR = 60;
const MAX_EVENT_DAYS = 31;
const DAY_MS = 86_400_000;

const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const instant = () => z.date().refine(isStorableDate);

const eventSchema = z.object({
  titleVi: text(5, 200),
  titleEn: optionalText(200),
  descriptionVi: text(20, 20_000),
  descriptionEn: optionalText(20_000),
  startsAt: instant(),
  endsAt: instant(),
  online: z.boolean(),
  place: optionalText(300),
  onlineUrl: z.url({ protocol: /^https?$/ }).max(500).nullish().or(z.literal('')).transform((v) => (v ? v : null)),
  registrationDeadline: instant(),
});

export type EventInput = z.output<typeof eventSchema>;

/** An event's dates in order, a place or an online room, a deadline before it starts. */
export function validateEvent(locale: Locale, input: unknown): Validated<EventInput> {
  const v = validate(eventSchema, input, locale);
  if (!v.ok) return v;
  const e = v.data;
  const errors: FieldError[] = [];
  if (e.endsAt <= e.startsAt) errors.push(fieldError(locale, 'endsAt', 'ENDS_BEFORE_START'));
  else if (e.endsAt.getTime() - e.startsAt.getTime() > MAX_EVENT_DAYS * DAY_MS) errors.push(fieldError(locale, 'endsAt', 'TOO_LARGE', { max: `${MAX_EVENT_DAYS}` }));
  if (e.registrationDeadline > e.startsAt) errors.push(fieldError(locale, 'registrationDeadline', 'DEADLINE_AFTER_START'));
  if (e.online ? !e.onlineUrl : !e.place) errors.push(fieldError(locale, e.online ? 'onlineUrl' : 'place', 'PLACE_OR_ONLINE'));
  if (errors.length) return { ok: false, error: inputError(locale, errors) };
  return { ok: true, data: { ...e, place: e.online ? null : e.place, onlineUrl: e.online ? e.onlineUrl : null } };
}

const listingIdsSchema = z.object({ listingIds: z.array(uuidField()).min(1).max(MAX_EVENT_LISTINGS) });

export function validateListingIds(locale: Locale, listingIds: unknown): Validated<string[]> {
  const v = validate(listingIdsSchema, { listingIds }, locale);
  return v.ok ? { ok: true, data: [...new Set(v.data.listingIds)] } : v;
}

const slotsSchema = z.object({ startsAt: instant(), endsAt: instant(), minutes: z.number().int().min(10).max(240) });

/** The slots of `minutes` from start to end (a last piece shorter than `minutes` is not a slot). */
export function validateSlots(locale: Locale, input: unknown): Validated<{ startsAt: Date; endsAt: Date }[]> {
  const v = validate(slotsSchema, input, locale);
  if (!v.ok) return v;
  const { startsAt, endsAt, minutes } = v.data;
  const step = minutes * 60_000;
  if (endsAt.getTime() - startsAt.getTime() < step) return { ok: false, error: inputError(locale, [fieldError(locale, 'endsAt', 'ENDS_BEFORE_START')]) };
  const count = Math.floor((endsAt.getTime() - startsAt.getTime()) / step);
  if (count > MAX_SLOTS_PER_EXHIBITOR) return { ok: false, error: inputError(locale, [fieldError(locale, 'minutes', 'TOO_MANY', { max: MAX_SLOTS_PER_EXHIBITOR })]) };
  const slots = Array.from({ length: count }, (_, i) => ({ startsAt: new Date(startsAt.getTime() + i * step), endsAt: new Date(startsAt.getTime() + (i + 1) * step) }));
  return { ok: true, data: slots };
}

const meetingSchema = z.object({ message: text(10, 2000) });

export function validateMeetingMessage(locale: Locale, message: unknown): Validated<string> {
  const v = validate(meetingSchema, { message }, locale);
  return v.ok ? { ok: true, data: v.data.message } : v;
}
