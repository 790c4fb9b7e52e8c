// The one-click unsubscribe of RFC 8058: a mail client POSTs `List-Unsubscribe=One-Click` to the address of an
// e-mail's List-Unsubscribe header, without cookies; it is answered 200 once what the token stands for is stopped.
// A GET of the same address is the web app's page (web/src/routes/unsubscribe), whose button POSTs here too (with
// `from=page`) and is sent back to the page to read the outcome. The token is the only credential: no sign-in, and no
// cross-site check (a forged request would need the token, which only the recipient's e-mail holds).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { systemContext } from '../lib/request-context.ts';
import { ONE_CLICK_BODY, UNSUBSCRIBE_PATH } from '../modules/notification/unsubscribe.ts';
import { requestLocale } from './error-handler.ts';
import { message } from '../i18n/messages.ts';

export default async function unsubscribe(app: FastifyInstance) {
  // A small form body, read as text: urlencoded, or multipart (RFC 8058 allows both).
  for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data']) {
    app.addContentTypeParser(type, { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) => done(null, body));
  }
  const handle = (prefix: string) => async (request: FastifyRequest<{ Params: { token: string } }>, reply: FastifyReply) => {
    const body = typeof request.body === 'string' ? request.body : '';
    const locale = prefix ? 'en' : requestLocale(request);
    if (!body.includes(ONE_CLICK_BODY.split('=')[0]!) || !body.includes('One-Click')) {
      return reply.code(400).send({ code: 'INVALID_VALUE', message: message(locale, 'INVALID_VALUE', { field: ONE_CLICK_BODY }) });
    }
    const result = await app.services.alerts.unsubscribe(systemContext(locale, 'unsubscribe'), request.params.token);
    const ok = result.__typename === 'Unsubscribed';
    if (/(^|&)from=page(&|$)/.test(body)) {
      return reply.redirect(`${prefix}${UNSUBSCRIBE_PATH}/${encodeURIComponent(request.params.token)}?done=${ok ? '1' : '0'}`, 303);
    }
    if (!ok) return reply.code(404).send({ code: result.code, message: result.message });
    return reply.code(200).type('text/plain; charset=utf-8').send('Unsubscribed');
  };
  app.post(`${UNSUBSCRIBE_PATH}/:token`, handle(''));
  app.post(`/en${UNSUBSCRIBE_PATH}/:token`, handle('/en'));
}
