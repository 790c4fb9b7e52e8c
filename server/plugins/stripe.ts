// The Stripe client of the process, or null when STRIPE_SECRET_KEY is not set: the platform then runs without
// payments (the payment mutations say so). STRIPE_API_URL points the client at another address (tests use a
// local fake of the Stripe API).
import fp from 'fastify-plugin';
import Stripe from 'stripe';
import type { Config } from '../config.ts';

declare module 'fastify' {
  interface FastifyInstance {
    stripe: Stripe | null;
  }
}

/** The Stripe API version the code is written against (the one stripe@23 types describe). */
export const STRIPE_API_VERSION = '2026-10-28.endive' as const;

export function createStripeClient(config: Pick<Config, 'STRIPE_SECRET_KEY' | 'STRIPE_API_URL'>): Stripe | null {
  if (!config.STRIPE_SECRET_KEY) return null;
  const api = config.STRIPE_API_URL ? new URL(config.STRIPE_API_URL) : null;
  return new Stripe(config.STRIPE_SECRET_KEY, {
    apiVersion: STRIPE_API_VERSION,
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: !api,
    ...(api
      ? {
          host: api.hostname,
          port: api.port || (api.protocol === 'http:' ? 80 : 443),
          protocol: api.protocol === 'http:' ? ('http' as const) : ('https' as const),
        }
      : {}),
  });
}

export default fp(
  async (app, opts: { config: Config }) => {
    const stripe = createStripeClient(opts.config);
    app.decorate('stripe', stripe);
    if (stripe && !opts.config.STRIPE_WEBHOOK_SECRET) {
      app.log.warn('STRIPE_SECRET_KEY is set but STRIPE_WEBHOOK_SECRET is not: payments stay off until both are set');
    }
  },
  { name: 'stripe' },
);
