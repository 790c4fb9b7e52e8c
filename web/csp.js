// The Content-Security-Policy of the web app's pages, in SvelteKit's `kit.csp.directives` form (keywords without
// quotes). SvelteKit adds a nonce for its inline scripts to every rendered page; the API server sends the same
// policy (without a nonce) on the web's other responses (static files, the fallback error page).
// Styles stay 'unsafe-inline': Svelte renders `style=` attributes, which nonces cannot cover.
/** @type {Record<string, string[]>} */
export const PAGE_CSP = {
  'default-src': ['self'],
  'script-src': ['self'],
  'style-src': ['self', 'unsafe-inline'],
  'img-src': ['self', 'data:'],
  'font-src': ['self'],
  'connect-src': ['self'],
  'object-src': ['none'],
  'base-uri': ['self'],
  // Forms post to the site itself; a payment form's answer redirects to Stripe Checkout.
  'form-action': ['self', 'https://checkout.stripe.com'],
  'frame-ancestors': ['none'],
};
