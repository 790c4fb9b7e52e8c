// gzip/brotli for the API's responses (GraphQL JSON above 1 KB; images and files are already compressed and are not
// compressible types). The web app's pages bypass Fastify's onSend hooks (reply.hijack in web.ts), so SvelteKit
// compresses them itself (web/src/lib/server/compression.ts); its static files are precompressed at build time.
import fp from 'fastify-plugin';
import compress from '@fastify/compress';

export default fp(
  async (app) => {
    await app.register(compress, {
      encodings: ['br', 'gzip', 'deflate'],
      // Request bodies are taken as sent: inflating them would only let a small upload become a large one.
      globalDecompression: false,
    });
  },
  { name: 'compression' },
);
