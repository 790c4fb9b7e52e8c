import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { PAGE_CSP } from './csp.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // The API server imports build/handler.js and mounts it behind Fastify.
    adapter: adapter({ out: 'build', precompress: true }),
    // A nonce per rendered page for SvelteKit's inline scripts (hashes for prerendered pages, should any appear).
    csp: { mode: 'auto', directives: /** @type {import('@sveltejs/kit').CspDirectives} */ (PAGE_CSP) },
    typescript: {
      // Type-check the codegen script with the app (paths are relative to .svelte-kit/).
      config(tsconfig) {
        tsconfig.include.push('../scripts/**/*.ts');
      },
    },
  },
};

export default config;
