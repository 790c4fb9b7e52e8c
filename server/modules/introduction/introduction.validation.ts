import { z } from 'zod';
import type { Locale } from '../../i18n/messages.ts';
import { text, validate, type Validated } from '../../lib/validation.ts';
import { MESSAGE_MAX } from '../inquiry/inquiry.validation.ts';

export const NOTE_MIN = 10;
export const NOTE_MAX = 2000;

const introduceSchema = z.object({
  // A listing's id, or its slug (the department may pick any request and offer by their address).
  request: text(1, 200),
  offer: text(1, 200),
  note: text(NOTE_MIN, NOTE_MAX),
});

export type IntroduceInput = z.output<typeof introduceSchema>;

export function validateIntroduce(locale: Locale, input: unknown): Validated<IntroduceInput> {
  return validate(introduceSchema, input, locale);
}

const declineSchema = z.object({ note: z.string().trim().max(NOTE_MAX).nullish().transform((v) => v || null) });

export function validateDeclineNote(locale: Locale, note: unknown): Validated<string | null> {
  const v = validate(declineSchema, { note }, locale);
  return v.ok ? { ok: true, data: v.data.note } : v;
}

/** An answer is the thread's first (or next) message: the inquiry's own limit. */
const answerSchema = z.object({ body: text(1, MESSAGE_MAX) });

export function validateAnswer(locale: Locale, body: unknown): Validated<string> {
  const v = validate(answerSchema, { body }, locale);
  return v.ok ? { ok: true, data: v.data.body } : v;
}
