// The two plain routes GraphQL is not made for: uploading a listing photo (multipart) and serving one.
import { createReadStream } from 'node:fs';
import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';
import type { Config } from '../config.ts';
import { isDomainError } from '../lib/domain-error.ts';
import { sendRefusal } from './http-refusal.ts';
import { message } from '../i18n/messages.ts';
import { fieldError, inputError, isUuid } from '../lib/validation.ts';
import { bodyReadError } from './error-handler.ts';
import { requestContext } from './request-context.ts';
import { sameOriginOnly } from './same-origin.ts';

export const MEDIA_PREFIX = '/media/listing-images/';

export default fp(
  async (app, opts: { config: Config }) => {
    await app.register(async (scope) => {
      await scope.register(multipart, { limits: { files: 1, fields: 2, fileSize: opts.config.MAX_IMAGE_BYTES, fieldSize: 1000 } });

      scope.post<{ Params: { id: string } }>('/api/listings/:id/images', { onRequest: sameOriginOnly(opts.config) }, async (request, reply) => {
        const ctx = await requestContext(request, reply, opts.config);
        if (await request.server.rateLimits.refuseUpload(ctx, reply)) return reply;
        // A malformed id names no listing: refused before a byte of the photo is read.
        if (!isUuid(request.params.id)) return reply.code(404).send({ code: 'NOT_FOUND', message: message(ctx.locale, 'NOT_FOUND') });
        const part = await request.file().catch((err: unknown) => {
          throw bodyReadError(err);
        });
        if (!part) return reply.code(400).send(inputError(ctx.locale, [fieldError(ctx.locale, 'image', 'IMAGE_MISSING')]));
        const data = await part.toBuffer().catch((err: { code?: string }) => {
          if (err.code === 'FST_REQ_FILE_TOO_LARGE') return null;
          throw bodyReadError(err);
        });
        const alt = (part.fields.alt as { value?: string } | undefined)?.value ?? null;
        try {
          const result = await app.services.listingImages.add(ctx, request.params.id, { data: data ?? Buffer.alloc(0), filename: part.filename, truncated: data === null }, alt);
          if ('__typename' in result) return reply.code(400).send(result);
          return reply.code(201).send({ __typename: 'ListingImage', id: result.id, url: `${MEDIA_PREFIX}${result.fileName}` });
        } catch (err) {
          if (isDomainError(err)) return sendRefusal(reply, ctx.locale, err);
          throw err;
        }
      });
    });

    app.get<{ Params: { file: string } }>(`${MEDIA_PREFIX}:file`, async (request, reply) => {
      const ctx = await requestContext(request, reply, opts.config);
      const found = await app.services.listingImages.open(ctx, request.params.file);
      if (!found) return reply.code(404).send({ code: 'NOT_FOUND' });
      return reply
        .header('content-type', found.mimeType)
        .header('cache-control', 'private, max-age=3600')
        .header('content-security-policy', "default-src 'none'")
        .send(createReadStream(found.path));
    });
  },
  { name: 'media', dependencies: ['services'] },
);
