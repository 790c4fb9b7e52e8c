import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  ssr: {
    // The root node_modules holds cookie@2 (for fastify) while kit needs its own cookie@0.6; bundling it
    // resolves it from kit's folder instead of whatever the built handler would find at run time.
    noExternal: ['cookie'],
  },
  server: {
    port: 5173,
    strictPort: false,
  },
});
