// Request logs name the path, and some paths carry a secret: the token of a password reset link, of an address
// verification link or of an invitation (/reset-password/<token>, /verify-email/<token>, /invitations/<token>, and the
// form actions posted to them). Whoever reads the logs must not be able to use those links, so the token is replaced
// before the line is written: in Fastify's request serializer and in the web app's error details.
import type { FastifyRequest } from 'fastify';

const TOKEN_IN_PATH = /^(\/(?:reset-password|verify-email|invitations)\/)[^/?#]+/;
const TOKEN_IN_QUERY = /([?&]token=)[^&#]*/gi;

export const REDACTED = '[redacted]';

export function redactUrl(url: string): string {
  return url.replace(TOKEN_IN_PATH, `$1${REDACTED}`).replace(TOKEN_IN_QUERY, `$1${REDACTED}`);
}

/** Fastify's own request serializer (fastify/lib/logger-pino.js) with the url's tokens redacted. */
export function requestSerializer(req: FastifyRequest) {
  return {
    method: req.method,
    url: redactUrl(req.url),
    version: ([] as string[]).concat(req.headers?.['accept-version'] ?? [])[0],
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/**
 * Paths pino blanks wherever a log call would carry them (no request log does: this guards a future `log.info({
 * headers })` or an error that holds its input).
 */
export const LOG_REDACT_PATHS = {
  paths: [
    'req.headers.cookie',
    'req.headers.authorization',
    'headers.cookie',
    'headers.authorization',
    'res.headers["set-cookie"]',
    '*.password',
    '*.currentPassword',
    '*.newPassword',
    '*.token',
    'variables.*.password',
  ],
  censor: REDACTED,
};
