// Security headers on every response, the web app's pages included. @fastify/helmet writes them onto the raw Node
// response in an onRequest hook, so they also reach the SvelteKit responses that web.ts hands over with
// reply.hijack() (which skip every onSend hook). SvelteKit then replaces the Content-Security-Policy of the pages it
// renders with its own (the same policy plus a nonce, see web/csp.js).
import fp from 'fastify-plugin';
import helmet from '@fastify/helmet';
import { servedOverHttps, type Config } from '../config.ts';
import { PAGE_CSP } from '../../web/csp.js';

/** JSON, media and files: nothing in them may load anything, and nobody may frame them. */
const API_CSP = { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"] };

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic', 'unsafe-hashes', 'report-sample', 'wasm-unsafe-eval']);

/** The pages' policy in helmet's form: SvelteKit writes keywords bare, the header quotes them. */
export const PAGE_CSP_HEADER_DIRECTIVES = Object.fromEntries(
  Object.entries(PAGE_CSP).map(([name, values]) => [name, values.map((v) => (KEYWORDS.has(v) ? `'${v}'` : v))]),
);

/** The web's responses that SvelteKit does not give a policy of its own (static files, the fallback error page). */
export const webHelmetOptions = { contentSecurityPolicy: { useDefaults: false, directives: PAGE_CSP_HEADER_DIRECTIVES } };

export default fp(
  async (app, opts: { config: Config }) => {
    // GraphiQL (on only when GRAPHQL_IDE allows it) loads its scripts and styles from a CDN: no policy there.
    app.addHook('onRoute', (route) => {
      if (route.url.startsWith('/graphiql')) route.helmet = { contentSecurityPolicy: false };
    });
    await app.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: API_CSP },
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      // Only a site reached over https may promise browsers to come back over https.
      strictTransportSecurity: servedOverHttps(opts.config) ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    });
  },
  { name: 'security-headers' },
);
