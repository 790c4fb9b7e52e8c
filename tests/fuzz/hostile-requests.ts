// Hostile requests for the plain HTTP routes, taken from the running app's own route table: odd methods, path
// parameters that are not ids or file names, random content types, cut or boundary-less multipart, binary and
// wrong-shaped JSON bodies, oversized headers, and Stripe events that are signed but say anything at all.
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import Stripe from 'stripe';
import { MALFORMED_IDS, hostileInt, hostileString } from './hostile-values.ts';

export interface Route {
  path: string;
  methods: string[];
}

/** The app's routes, read from printRoutes' tree (`├── /path (GET, HEAD)`, children indented under parents). */
export function routesOf(app: FastifyInstance): Route[] {
  const routes: Route[] = [];
  const parents: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (\S+) \(([^)]+)\)/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    parents.length = depth;
    const path = (parents[depth - 1] ?? '') + m[2]!;
    parents[depth] = path;
    routes.push({ path, methods: m[3]!.split(', ') });
  }
  return routes;
}

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const PARAMS = [...MALFORMED_IDS, '%00', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '..%2F..%2Fpackage.json', '%E0%A4%A', '%', '00000000000000000000000000000000.png', 'a.png', '.env'];
const CONTENT_TYPES = [
  'application/json',
  'multipart/form-data',
  'multipart/form-data; boundary=',
  'multipart/form-data; boundary=zz',
  'multipart/mixed; boundary=zz',
  'application/x-www-form-urlencoded',
  'text/plain',
  'application/octet-stream',
  'image/png',
  'application/graphql',
  'application/json; charset=utf-32',
  'x/y; q="unterminated',
  '',
];

const BOUNDARY = 'zz';
function multipart(parts: { name: string; filename?: string; type?: string; data: Buffer }[], close = true): Buffer {
  const chunks = parts.flatMap((p) => [
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`),
    p.data,
    Buffer.from('\r\n'),
  ]);
  return Buffer.concat([...chunks, Buffer.from(close ? `--${BOUNDARY}--\r\n` : '')]);
}

const bodyArbitrary: fc.Arbitrary<{ label: string; type: string; payload: string | Buffer }> = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }).map((b) => ({ label: 'binary', type: 'application/octet-stream', payload: Buffer.from(b) })),
  fc.tuple(fc.constantFrom(...CONTENT_TYPES), fc.uint8Array({ maxLength: 500 })).map(([type, b]) => ({ label: `binary as ${type || 'none'}`, type, payload: Buffer.from(b) })),
  fc.tuple(fc.constantFrom(...CONTENT_TYPES), hostileString).map(([type, s]) => ({ label: `text as ${type || 'none'}`, type, payload: s })),
  fc.constantFrom<unknown>({ query: 5 }, [], null, 5, '"x"', { body: null }, { image: [1, 2] }, '{"__proto__":{"admin":true}}', { constructor: { prototype: {} } }, '{"a":').map((v) => ({
    label: 'JSON of the wrong shape',
    type: 'application/json',
    payload: typeof v === 'string' ? v : JSON.stringify(v),
  })),
  // Multipart: whole, cut anywhere, without a closing boundary, under the wrong boundary, many parts, huge fields.
  fc
    .tuple(fc.constantFrom('image', 'file', 'body', 'alt', 'x'), fc.constantFrom('a.png', '', '../../x.png', 'a\u0000.png', 'ả.png', undefined), fc.boolean(), fc.nat({ max: 400 }))
    .map(([name, filename, png, cut]) => {
      const whole = multipart([{ name, filename, type: 'image/png', data: png ? PNG : Buffer.from('not an image') }, { name: 'body', data: Buffer.from('Xin chào, đây là tin nhắn thử.') }]);
      return { label: cut > 0 && cut < whole.length ? 'cut multipart' : 'multipart', type: `multipart/form-data; boundary=${BOUNDARY}`, payload: cut > 0 ? whole.subarray(0, cut) : whole };
    }),
  fc.constantFrom('multipart/form-data', 'multipart/form-data; boundary=other').map((type) => ({
    label: `multipart as ${type}`,
    type,
    payload: multipart([{ name: 'image', filename: 'a.png', type: 'image/png', data: PNG }]),
  })),
  fc.nat({ max: 30 }).map((n) => ({
    label: 'many parts',
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    payload: multipart(Array.from({ length: n }, (_, i) => ({ name: i % 2 ? 'file' : 'body', filename: i % 2 ? `f${i}.png` : undefined, data: PNG }))),
  })),
  fc.constantFrom(70_000, 1_100_000).map((size) => ({
    label: `field of ${size} bytes`,
    type: `multipart/form-data; boundary=${BOUNDARY}`,
    payload: multipart([{ name: 'body', data: Buffer.alloc(size, 'a') }], false),
  })),
);

const headerArbitrary: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    origin: fc.constantFrom('https://evil.example', 'null', 'http://localhost', '%00'),
    'accept-language': fc.constantFrom('en', 'vi', '*', 'xx-YY;q=abc', ''),
    accept: fc.constantFrom('*/*', 'application/graphql-response+json', 'text/html', ';;;'),
    'x-forwarded-for': fc.constantFrom('1.2.3.4', 'not-an-ip', '::1, 10.0.0.1'),
    'x-big': fc.constantFrom('a'.repeat(16_000), 'ạ'.repeat(8_000)),
  },
  { requiredKeys: [] },
);

export interface HostileRequest {
  label: string;
  options: InjectOptions;
}

/** A Stripe event that passes the signature check and says anything: unknown types, hostile ids and amounts. */
function signedStripeEvent(secret: string): fc.Arbitrary<HostileRequest> {
  const stripe = new Stripe('sk_test_fuzz');
  const object = fc.record({
    id: hostileString,
    object: fc.constantFrom('checkout.session', 'charge', 'refund'),
    metadata: fc.oneof(fc.constant(null), fc.record({ orderId: fc.oneof(hostileString, fc.constantFrom(...MALFORMED_IDS)), kind: hostileString })),
    client_reference_id: fc.oneof(fc.constant(null), hostileString),
    payment_intent: fc.oneof(fc.constant(null), hostileString, fc.record({ id: hostileString })),
    amount_total: fc.oneof(hostileInt, fc.constant(null), fc.constant(-1)),
    amount: hostileInt,
    amount_refunded: hostileInt,
    refunded: fc.boolean(),
    status: fc.oneof(hostileString, fc.constantFrom('succeeded', 'failed', 'pending')),
    payment_status: fc.constantFrom('paid', 'unpaid', 'no_payment_required', 'x'),
    charge: fc.oneof(fc.constant(null), hostileString),
  });
  const types = fc.constantFrom(
    'checkout.session.completed',
    'checkout.session.async_payment_succeeded',
    'checkout.session.expired',
    'checkout.session.async_payment_failed',
    'charge.refunded',
    'refund.created',
    'refund.updated',
    'refund.failed',
    'customer.created',
  );
  return fc.tuple(types, object, hostileString).map(([type, data, id]) => {
    const payload = JSON.stringify({ id: `evt_${Buffer.from(id).toString('hex').slice(0, 40)}`, object: 'event', type, created: 1_700_000_000, data: { object: data } });
    const signature = stripe.webhooks.generateTestHeaderString({ payload, secret });
    return {
      label: `signed Stripe ${type}`,
      options: { method: 'POST', url: '/webhooks/stripe', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, payload },
    };
  });
}

export function hostileRequestArbitrary(routes: Route[], webhookSecret: string): fc.Arbitrary<HostileRequest> {
  const plain = fc
    .tuple(fc.constantFrom(...routes), fc.constantFrom(...PARAMS), bodyArbitrary, headerArbitrary, fc.nat({ max: 9 }), fc.constantFrom('', '?a=%00', '?query=%7B', `?${'x='.repeat(2000)}`))
    .map(([route, param, body, headers, pick, query]) => {
      const methods = [...route.methods, 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'];
      const method = methods[pick % methods.length] as InjectOptions['method'] & string;
      const url = route.path.replace(/:[a-z]+/gi, param) + query;
      const withBody = method !== 'GET' && method !== 'HEAD';
      return {
        label: `${method} ${route.path} ${withBody ? body.label : ''}`.trim(),
        options: {
          method,
          url,
          headers: { ...headers, ...(withBody && body.type ? { 'content-type': body.type } : {}) },
          ...(withBody ? { payload: body.payload } : {}),
        },
      };
    });
  return fc.oneof({ weight: 5, arbitrary: plain }, { weight: 1, arbitrary: signedStripeEvent(webhookSecret) });
}
