// POST /webhooks/stripe: Stripe's news about payments. A plain route, because the signature covers the exact
// bytes Stripe sent: the body is kept raw by a content-type parser registered in this plugin's own scope only, so
// every other route still gets parsed JSON. Signature check, then one small transaction (idempotent by event id),
// then the answer; a refund the event calls for is sent after answering.
import fp from 'fastify-plugin';
import type Stripe from 'stripe';
import type { Config } from '../config.ts';
import { message } from '../i18n/messages.ts';
import { requestLocale } from './error-handler.ts';

export const STRIPE_WEBHOOK_PATH = '/webhooks/stripe';

export default fp(
  async (app, opts: { config: Config }) => {
    await app.register(async (scope) => {
      scope.removeContentTypeParser(['application/json']);
      scope.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 1_048_576 }, (_req, body, done) => done(null, body));

      scope.post(STRIPE_WEBHOOK_PATH, async (request, reply) => {
        const secret = opts.config.STRIPE_WEBHOOK_SECRET;
        const refuse = (status: number, code: string) => reply.code(status).send({ code, message: message(requestLocale(request), code) });
        if (!app.stripe || !secret) return refuse(503, 'PAYMENTS_NOT_CONFIGURED');
        const signature = request.headers['stripe-signature'];
        if (typeof signature !== 'string' || !Buffer.isBuffer(request.body)) {
          return refuse(400, 'STRIPE_SIGNATURE_MISSING');
        }
        let event: Stripe.Event;
        try {
          event = app.stripe.webhooks.constructEvent(request.body, signature, secret);
        } catch (err) {
          request.log.warn({ message: (err as Error).message }, 'Stripe webhook refused: bad signature');
          return refuse(400, 'STRIPE_SIGNATURE_INVALID');
        }
        const outcome = await app.services.paymentEvents.handle(event);
        if (outcome.warning) request.log.error({ eventId: event.id, type: event.type }, outcome.warning);
        for (const orderId of outcome.refundOrderIds) {
          void app.services.paymentRefunds.send(orderId).then((r) => {
            if (r.error) request.log.error({ err: r.error, orderId }, 'refund failed; the payment clock will retry it');
          });
        }
        return reply.code(200).send({ received: true, duplicate: outcome.duplicate });
      });
    });
  },
  { name: 'stripe-webhook', dependencies: ['services', 'stripe'] },
);
