// The payment module's part of the composition root: one repository, one settlement, and the services that
// share them (people's requests, Stripe's webhook, the clock).
import type Stripe from 'stripe';
import type { Config } from '../../config.ts';
import type { PrismaClient } from '../../lib/prisma.ts';
import { PaymentClock } from './payment-clock.service.ts';
import { StripeGateway, type PaymentGateway } from './payment-gateway.ts';
import { PaymentRepository } from './payment.repository.ts';
import { PaymentService } from './payment.service.ts';
import { RefundSender } from './refund-sender.ts';
import { Settlement } from './settlement.ts';
import { StripeEventService } from './stripe-events.service.ts';

export type PaymentConfig = Pick<
  Config,
  'PUBLIC_URL' | 'HOST' | 'PORT' | 'STRIPE_WEBHOOK_SECRET' | 'FEATURED_FEE_VND' | 'FEATURED_DAYS' | 'DEPOSIT_PERCENT' | 'DEPOSIT_HOLD_DAYS' | 'DEAL_SURVEY_MONTHS'
>;

export function publicUrl(config: Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  return (config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`).replace(/\/+$/, '');
}

/**
 * Payments are on when there is a Stripe client and a webhook secret: without the secret no payment could ever be
 * confirmed. `stripe` is a getter because the client is decorated on the app after the services exist.
 */
export function createPaymentServices(prisma: PrismaClient, config: PaymentConfig, stripe: () => Stripe | null) {
  const repo = new PaymentRepository(prisma);
  const settlement = new Settlement(repo);
  let gateway: PaymentGateway | null = null;
  const gatewayOf = () => {
    const client = stripe();
    if (!client || !config.STRIPE_WEBHOOK_SECRET) return null;
    return (gateway ??= new StripeGateway(client));
  };
  const refunds = new RefundSender(repo, settlement, gatewayOf);
  return {
    payment: new PaymentService(repo, settlement, refunds, gatewayOf, {
      publicUrl: publicUrl(config),
      featuredFeeVnd: config.FEATURED_FEE_VND,
      featuredDays: config.FEATURED_DAYS,
      depositPercent: config.DEPOSIT_PERCENT,
      depositHoldDays: config.DEPOSIT_HOLD_DAYS,
      dealSurveyMonths: config.DEAL_SURVEY_MONTHS,
    }),
    paymentEvents: new StripeEventService(repo, settlement),
    paymentClock: new PaymentClock(repo, settlement, refunds),
    paymentRefunds: refunds,
  };
}
