// How the plain HTTP routes (uploads, media) answer a DomainError: its status and code, in the caller's language.
import type { FastifyReply } from 'fastify';
import { HTTP_STATUS, type DomainError } from '../lib/domain-error.ts';
import { message, type Locale } from '../i18n/messages.ts';

export function sendRefusal(reply: FastifyReply, locale: Locale, err: DomainError): FastifyReply {
  return reply.code(HTTP_STATUS[err.code]).send({ code: err.code, message: message(locale, err.code) });
}
