// A local FAKE of the parts of the Stripe API the platform uses, because the real one cannot be reached from
// tests: Checkout Sessions (create, retrieve, list), Payment Intents (retrieve, list), Refunds (create, retrieve,
// list), with Stripe's list pagination (limit, starting_after, created[gte|lte|gt|lt]), idempotency keys and error
// shape. It serves its own hosted checkout page (GET /fake-checkout/<session id>, a "Pay" button); paying marks the
// session paid and SENDS the signed checkout.session.completed webhook, signed by the real stripe library
// (webhooks.generateTestHeaderString), to the app's /webhooks/stripe, then sends the browser to success_url.
// The server is real HTTP; the Stripe client reaches it through STRIPE_API_URL (host/port/protocol options).
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import Stripe from 'stripe';

export const FAKE_SECRET_KEY = 'sk_test_fake_exchange';
export const FAKE_WEBHOOK_SECRET = 'whsec_fake_exchange';
const API_VERSION = '2026-10-28.endive';

type Json = Record<string, any>;

export interface RecordedRequest {
  method: string;
  path: string;
  query: Json;
  body: Json;
  idempotencyKey: string | null;
}

export interface FakeStripeOptions {
  secretKey?: string;
  webhookSecret?: string;
  /** Where events are POSTed (e.g. http://127.0.0.1:3000/webhooks/stripe). */
  webhookUrl?: string;
  /** Status refunds are created with (`pending` ones settle through `settleRefund`). */
  refundStatus?: 'succeeded' | 'pending';
}

/** Delivers one signed event and answers the HTTP status the app returned. */
export type Deliver = (payload: string, signature: string) => Promise<number>;

const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString('hex')}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Stripe's form encoding (`a[b][0][c]=v`) back to objects; objects keyed 0..n become arrays. */
export function parseStripeForm(text: string): Json {
  const root: Json = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const path = rawKey.replace(/\]/g, '').split('[');
    let node = root;
    path.forEach((key, i) => {
      if (i === path.length - 1) node[key] = value;
      else node = node[key] ??= {};
    });
  }
  const arrays = (v: unknown): unknown => {
    if (!v || typeof v !== 'object') return v;
    const entries = Object.entries(v as Json).map(([k, x]) => [k, arrays(x)] as const);
    const indexed = entries.length > 0 && entries.every(([k], i) => k === String(i));
    return indexed ? entries.map(([, x]) => x) : Object.fromEntries(entries);
  };
  return arrays(root) as Json;
}

export class FakeStripeApi {
  readonly requests: RecordedRequest[] = [];
  readonly sentEvents: { event: Json; status: number }[] = [];
  readonly sessions = new Map<string, Json>();
  readonly paymentIntents = new Map<string, Json>();
  readonly charges = new Map<string, Json>();
  readonly refunds = new Map<string, Json>();
  webhookUrl: string | undefined;
  /** Replaces HTTP delivery (API tests deliver through app.inject instead). */
  deliver: Deliver | undefined;
  refundStatus: 'succeeded' | 'pending';
  readonly secretKey: string;
  readonly webhookSecret: string;
  private readonly idempotent = new Map<string, { status: number; body: Json }>();
  private failures: { status: number; remaining: number; pathPrefix: string }[] = [];
  private seq = 0;
  private readonly pending = new Set<Promise<unknown>>();
  private readonly order = new Map<string, number>();
  private readonly signer = new Stripe('sk_test_signer_only');

  private constructor(
    private readonly server: Server,
    readonly url: string,
    opts: FakeStripeOptions,
  ) {
    this.secretKey = opts.secretKey ?? FAKE_SECRET_KEY;
    this.webhookSecret = opts.webhookSecret ?? FAKE_WEBHOOK_SECRET;
    this.webhookUrl = opts.webhookUrl;
    this.refundStatus = opts.refundStatus ?? 'succeeded';
  }

  static async start(opts: FakeStripeOptions = {}): Promise<FakeStripeApi> {
    let fake: FakeStripeApi | null = null;
    const server = createServer((req, res) => {
      fake!.handle(req, res).catch((err) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { type: 'api_error', message: String(err) } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeStripeApi(server, `http://127.0.0.1:${port}`, opts);
    return fake;
  }

  /** Environment that points the app's Stripe client and webhook check at this fake. */
  env(): Record<string, string> {
    return { STRIPE_SECRET_KEY: this.secretKey, STRIPE_WEBHOOK_SECRET: this.webhookSecret, STRIPE_API_URL: this.url };
  }

  /** Delivers events to an app in the same process (app.inject), for tests that do not listen on a port. */
  deliverTo(app: FastifyInstance, path = '/webhooks/stripe') {
    this.deliver = async (payload, signature) =>
      (await app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/json', 'stripe-signature': signature }, payload })).statusCode;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Waits until the webhooks the fake sends on its own (after refunds) are delivered. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }

  private track(p: Promise<unknown>) {
    const tracked = p.catch(() => {}).finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  /** The next `times` API calls whose path starts with `pathPrefix` answer `status` (and say not to retry). */
  failNext(pathPrefix: string, status = 500, times = 1) {
    this.failures.push({ pathPrefix, status, remaining: times });
  }

  requestsTo(method: string, path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path === path);
  }

  // ── what a buyer or Stripe does (test side) ─────────────────────────────────────────────────────────────────

  /** The buyer pays on the hosted page: the session completes and checkout.session.completed is sent. */
  async pay(sessionId: string, opts: { amountPaid?: number } = {}): Promise<{ status: number; event: Json }> {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`fake Stripe: no session ${sessionId}`);
    if (session.status !== 'open') throw new Error(`fake Stripe: session ${sessionId} is ${session.status}`);
    const amount = opts.amountPaid ?? session.amount_total;
    const created = nowSeconds();
    const pi = this.store(this.paymentIntents, {
      id: id('pi'), object: 'payment_intent', amount, amount_received: amount, currency: session.currency,
      status: 'succeeded', metadata: { ...(session.payment_intent_data?.metadata ?? {}) }, created, latest_charge: null,
    });
    const charge = this.store(this.charges, {
      id: id('ch'), object: 'charge', amount, amount_refunded: 0, refunded: false, currency: session.currency,
      payment_intent: pi.id, metadata: { ...pi.metadata }, status: 'succeeded', paid: true, created,
    });
    pi.latest_charge = charge.id;
    Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: pi.id, amount_total: amount });
    const event = this.event('checkout.session.completed', session);
    return { status: await this.send(event), event };
  }

  /** The session runs out unpaid: checkout.session.expired is sent. */
  async expire(sessionId: string): Promise<{ status: number; event: Json }> {
    const session = this.sessions.get(sessionId)!;
    Object.assign(session, { status: 'expired', url: null });
    const event = this.event('checkout.session.expired', session);
    return { status: await this.send(event), event };
  }

  /** A pending refund reaches its outcome: refund.updated (and charge.refunded when it succeeded) are sent. */
  async settleRefund(refundId: string, status: 'succeeded' | 'failed'): Promise<number[]> {
    const refund = this.refunds.get(refundId)!;
    refund.status = status;
    const statuses = [await this.send(this.event('refund.updated', refund))];
    if (status === 'succeeded') {
      const charge = this.applyRefundToCharge(refund);
      statuses.push(await this.send(this.event('charge.refunded', charge)));
    }
    return statuses;
  }

  /** Builds an event the way Stripe does (a snapshot of the object). */
  event(type: string, object: Json, created = nowSeconds()): Json {
    return {
      id: id('evt'), object: 'event', api_version: API_VERSION, created, livemode: false, pending_webhooks: 1,
      request: { id: null, idempotency_key: null }, type, data: { object: structuredClone(object) },
    };
  }

  /** The exact bytes and Stripe-Signature header Stripe would send (signed with the real library). */
  sign(event: Json, secret = this.webhookSecret): { payload: string; signature: string } {
    const payload = JSON.stringify(event, null, 2);
    return { payload, signature: this.signer.webhooks.generateTestHeaderString({ payload, secret }) };
  }

  /** Signs and delivers an event; answers the HTTP status the app returned (0 when there is nowhere to send). */
  async send(event: Json): Promise<number> {
    const { payload, signature } = this.sign(event);
    let status = 0;
    if (this.deliver) status = await this.deliver(payload, signature);
    else if (this.webhookUrl) {
      const res = await fetch(this.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
      status = res.status;
    }
    this.sentEvents.push({ event, status });
    return status;
  }

  // ── seeding objects directly (reconciliation tests) ─────────────────────────────────────────────────────────

  seedSession(fields: Json): Json {
    return this.store(this.sessions, this.newSession({}, fields));
  }

  seedPaymentIntent(fields: Json): Json {
    return this.store(this.paymentIntents, { id: id('pi'), object: 'payment_intent', currency: 'vnd', status: 'succeeded', metadata: {}, created: nowSeconds(), ...fields });
  }

  seedRefund(fields: Json): Json {
    return this.store(this.refunds, { id: id('re'), object: 'refund', currency: 'vnd', status: 'succeeded', metadata: {}, created: nowSeconds(), ...fields });
  }

  // ── the HTTP side ───────────────────────────────────────────────────────────────────────────────────────────

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', this.url);
    const text = await new Promise<string>((resolve) => {
      let data = '';
      req.setEncoding('utf8');
      req.on('data', (c) => (data += c));
      req.on('end', () => resolve(data));
    });
    if (url.pathname.startsWith('/fake-checkout/')) return this.hostedPage(req.method ?? 'GET', url.pathname, res);

    const body = parseStripeForm(text);
    const query = parseStripeForm(url.search.slice(1));
    const key = (req.headers['idempotency-key'] as string | undefined) ?? null;
    this.requests.push({ method: req.method ?? '', path: url.pathname, query, body, idempotencyKey: key });
    const answer = (status: number, json: Json, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req'), ...headers });
      res.end(JSON.stringify(json));
    };
    if (req.headers.authorization !== `Bearer ${this.secretKey}`) {
      return answer(401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    }
    const failure = this.failures.find((f) => f.remaining > 0 && url.pathname.startsWith(f.pathPrefix));
    if (failure) {
      failure.remaining--;
      return answer(failure.status, { error: { type: 'api_error', message: 'fake Stripe failure' } }, { 'stripe-should-retry': 'false' });
    }
    const remembered = key && req.method === 'POST' ? this.idempotent.get(`${url.pathname} ${key}`) : undefined;
    if (remembered) return answer(remembered.status, remembered.body, { 'idempotent-replayed': 'true' });

    const [status, json] = this.route(req.method ?? 'GET', url.pathname, body, query);
    if (key && req.method === 'POST') this.idempotent.set(`${url.pathname} ${key}`, { status, body: json });
    answer(status, json);
    // Stripe tells about a refund by webhook too, after answering the API call.
    if (req.method === 'POST' && url.pathname === '/v1/refunds' && status === 200) this.track(this.announceRefund(json));
  }

  private route(method: string, path: string, body: Json, query: Json): [number, Json] {
    const notFound = (what: string): [number, Json] => [404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${what}` } }];
    const one = (map: Map<string, Json>, what: string, key: string): [number, Json] => (map.has(key) ? [200, map.get(key)!] : notFound(what));
    let m: RegExpMatchArray | null;
    if (method === 'POST' && path === '/v1/checkout/sessions') return [200, this.store(this.sessions, this.newSession(body))];
    if (method === 'GET' && path === '/v1/checkout/sessions') return [200, this.list(this.sessions, query, path)];
    if (method === 'GET' && (m = path.match(/^\/v1\/checkout\/sessions\/([^/]+)$/))) return one(this.sessions, 'checkout.session', m[1]);
    if (method === 'GET' && path === '/v1/payment_intents') return [200, this.list(this.paymentIntents, query, path)];
    if (method === 'GET' && (m = path.match(/^\/v1\/payment_intents\/([^/]+)$/))) return one(this.paymentIntents, 'payment_intent', m[1]);
    if (method === 'POST' && path === '/v1/refunds') return this.createRefund(body);
    if (method === 'GET' && path === '/v1/refunds') return [200, this.list(this.refunds, query, path)];
    if (method === 'GET' && (m = path.match(/^\/v1\/refunds\/([^/]+)$/))) return one(this.refunds, 'refund', m[1]);
    return [404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}) in the fake Stripe API` } }];
  }

  private newSession(body: Json, fields: Json = {}): Json {
    const items: Json[] = body.line_items ?? [];
    const amount = items.reduce((sum, li) => sum + Number(li.price_data?.unit_amount ?? 0) * Number(li.quantity ?? 1), 0);
    const sessionId = fields.id ?? id('cs');
    return {
      id: sessionId, object: 'checkout.session', mode: body.mode ?? 'payment', status: 'open', payment_status: 'unpaid',
      amount_total: amount, amount_subtotal: amount, currency: items[0]?.price_data?.currency ?? 'vnd',
      client_reference_id: body.client_reference_id ?? null, metadata: body.metadata ?? {},
      payment_intent_data: body.payment_intent_data ?? null, payment_intent: null,
      success_url: body.success_url ?? null, cancel_url: body.cancel_url ?? null, locale: body.locale ?? null,
      expires_at: body.expires_at ? Number(body.expires_at) : nowSeconds() + 86_400, created: nowSeconds(),
      line_items_snapshot: items, url: `${this.url}/fake-checkout/${sessionId}`, livemode: false,
      ...fields,
    };
  }

  private createRefund(body: Json): [number, Json] {
    const pi = this.paymentIntents.get(body.payment_intent);
    if (!pi) return [404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such payment_intent: '${body.payment_intent}'` } }];
    const refunded = [...this.refunds.values()].filter((r) => r.payment_intent === pi.id && r.status !== 'failed' && r.status !== 'canceled').reduce((s, r) => s + r.amount, 0);
    const amount = body.amount ? Number(body.amount) : pi.amount_received - refunded;
    if (refunded + amount > pi.amount_received) {
      return [400, { error: { type: 'invalid_request_error', code: 'charge_already_refunded', message: `Charge for ${pi.id} has already been refunded.` } }];
    }
    const refund = this.store(this.refunds, {
      id: id('re'), object: 'refund', amount, currency: pi.currency, payment_intent: pi.id, charge: pi.latest_charge,
      status: this.refundStatus, metadata: body.metadata ?? {}, reason: body.reason ?? null, created: nowSeconds(),
    });
    return [200, refund];
  }

  private async announceRefund(refund: Json) {
    await this.send(this.event('refund.created', refund));
    if (refund.status === 'succeeded') await this.send(this.event('charge.refunded', this.applyRefundToCharge(refund)));
  }

  private applyRefundToCharge(refund: Json): Json {
    const charge = this.charges.get(refund.charge) ?? { id: refund.charge, object: 'charge', amount: refund.amount, amount_refunded: 0, payment_intent: refund.payment_intent, metadata: {} };
    charge.amount_refunded += refund.amount;
    charge.refunded = charge.amount_refunded >= charge.amount;
    return charge;
  }

  private list(map: Map<string, Json>, query: Json, url: string): Json {
    const created = query.created ?? {};
    const inRange = (c: number) =>
      (created.gte === undefined || c >= Number(created.gte)) && (created.lte === undefined || c <= Number(created.lte)) &&
      (created.gt === undefined || c > Number(created.gt)) && (created.lt === undefined || c < Number(created.lt));
    // Newest first, as Stripe lists.
    const all = [...map.values()].filter((o) => inRange(o.created)).sort((a, b) => b.created - a.created || this.order.get(b.id)! - this.order.get(a.id)!);
    const start = query.starting_after ? all.findIndex((o) => o.id === query.starting_after) + 1 : 0;
    const limit = Math.min(Number(query.limit ?? 10), 100);
    const data = all.slice(start, start + limit);
    return { object: 'list', data, has_more: start + limit < all.length, url };
  }

  private store(map: Map<string, Json>, object: Json): Json {
    map.set(object.id, object);
    this.order.set(object.id, this.seq++);
    return object;
  }

  private async hostedPage(method: string, path: string, res: ServerResponse) {
    const m = path.match(/^\/fake-checkout\/([^/]+)(\/pay)?$/);
    const session = m ? this.sessions.get(m[1]) : undefined;
    if (!session) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('No such checkout session');
    }
    if (method === 'POST' && m![2]) {
      if (session.status === 'open') await this.pay(session.id);
      res.writeHead(303, { location: String(session.success_url).replace('{CHECKOUT_SESSION_ID}', session.id) });
      return res.end();
    }
    const escape = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const name = session.line_items_snapshot?.[0]?.price_data?.product_data?.name ?? '';
    const amount = new Intl.NumberFormat('vi-VN').format(session.amount_total);
    const action = session.status === 'open'
      ? `<form method="post" action="/fake-checkout/${escape(session.id)}/pay"><button type="submit">Pay</button></form>
         <p><a href="${escape(session.cancel_url)}">Cancel</a></p>`
      : `<p>This checkout session is ${escape(session.status)}.</p>`;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fake Stripe Checkout</title></head>
      <body><h1>Fake Stripe Checkout</h1><p class="product">${escape(name)}</p>
      <p class="amount">${escape(amount)} ₫ (${escape(String(session.currency).toUpperCase())})</p>${action}</body></html>`);
  }
}
