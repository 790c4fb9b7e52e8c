// The event forms read from plain posts: the department's event form and the exhibitor's slot form. Times are
// typed as Vietnam's wall-clock time (UTC+7 all year, no daylight saving) and sent to the API as instants.
import type { EventInput, OpenSlotsInput } from '$lib/graphql/generated';
import type { Problems } from '$lib/inquiry/forms';
import { text } from '$lib/server/forms';
import { isDateInput } from '$lib/workspace/dates';
import { SLOT_MINUTES } from './slots';

type Values = Record<string, string>;

/** What a form sent, read: the input for the API (null when the web already sees a problem), the typed values, problems by input. */
export interface Parsed<T> {
  input: T | null;
  values: Values;
  problems: Problems;
}

const OFFSET = '+07:00';
const HOUR = 3_600_000;

/** `2026-12-16T09:30` typed in Vietnam → the instant, or null when it is no such time. */
export function fromVietnamTime(value: string): string | null {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(value)) return null;
  const date = new Date(`${value}:00${OFFSET}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** An instant as a `datetime-local` input shows it in Vietnam: `2026-12-16T09:30`. */
export function toVietnamTime(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(new Date(iso).getTime() + 7 * HOUR).toISOString().slice(0, 16);
}

const EVENT_TEXTS = ['titleVi', 'titleEn', 'descriptionVi', 'descriptionEn', 'place', 'onlineUrl'] as const;
const EVENT_TIMES = ['startsAt', 'endsAt', 'registrationDeadline'] as const;

export function parseEventForm(form: FormData): Parsed<EventInput> {
  const values: Values = Object.fromEntries([...EVENT_TEXTS, ...EVENT_TIMES, 'online'].map((name) => [name, text(form, name)]));
  const problems: Problems = {};
  const times = Object.fromEntries(EVENT_TIMES.map((name) => [name, fromVietnamTime(values[name]!)]));
  for (const name of EVENT_TIMES) if (!times[name]) problems[name] = values[name] ? 'INVALID_VALUE' : 'REQUIRED';
  if (Object.keys(problems).length) return { input: null, values, problems };
  const optional = (name: string) => values[name]!.trim() || null;
  return {
    input: {
      titleVi: values.titleVi!,
      titleEn: optional('titleEn'),
      descriptionVi: values.descriptionVi!,
      descriptionEn: optional('descriptionEn'),
      startsAt: times.startsAt!,
      endsAt: times.endsAt!,
      online: values.online === 'on',
      place: optional('place'),
      onlineUrl: optional('onlineUrl'),
      registrationDeadline: times.registrationDeadline!,
    },
    values,
    problems,
  };
}

/** The event's values as the form shows them (times in Vietnam). */
export function eventFormValues(e: { titleVi: string; titleEn?: string | null; descriptionVi: string; descriptionEn?: string | null; startsAt: string; endsAt: string; online: boolean; place?: string | null; onlineUrl?: string | null; registrationDeadline: string }): Values {
  return {
    titleVi: e.titleVi, titleEn: e.titleEn ?? '', descriptionVi: e.descriptionVi, descriptionEn: e.descriptionEn ?? '',
    startsAt: toVietnamTime(e.startsAt), endsAt: toVietnamTime(e.endsAt), registrationDeadline: toVietnamTime(e.registrationDeadline),
    online: e.online ? 'on' : '', place: e.place ?? '', onlineUrl: e.onlineUrl ?? '',
  };
}

/** A day, a from and a to time of day, and a meeting length: the slots between the two times. */
export function parseSlotForm(form: FormData): Parsed<OpenSlotsInput> {
  const values: Values = { day: text(form, 'day'), from: text(form, 'from'), to: text(form, 'to'), minutes: text(form, 'minutes') };
  const problems: Problems = {};
  const startsAt = /^\d\d:\d\d$/.test(values.from!) ? fromVietnamTime(`${values.day}T${values.from}`) : null;
  const endsAt = /^\d\d:\d\d$/.test(values.to!) ? fromVietnamTime(`${values.day}T${values.to}`) : null;
  const minutes = Number(values.minutes);
  if (!isDateInput(values.day!)) problems.day = values.day ? 'INVALID_VALUE' : 'REQUIRED';
  else if (!startsAt) problems.from = values.from ? 'INVALID_VALUE' : 'REQUIRED';
  else if (!endsAt) problems.to = values.to ? 'INVALID_VALUE' : 'REQUIRED';
  if (!(SLOT_MINUTES as readonly number[]).includes(minutes)) problems.minutes = 'REQUIRED';
  if (!startsAt || !endsAt || Object.keys(problems).length) return { input: null, values, problems };
  return { input: { startsAt, endsAt, minutes }, values, problems };
}
