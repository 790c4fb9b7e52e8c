// The two plain routes of an inquiry's files: posting a message with attachments (multipart, message and files are
// stored together or not at all) and downloading an attachment, which only the two sides and the department may do.
import { createReadStream } from 'node:fs';
import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import type { Config } from '../config.ts';
import { isDomainError } from '../lib/domain-error.ts';
import { sendRefusal } from './http-refusal.ts';
import type { UploadedFile } from '../modules/inquiry/attachment-store.ts';
import { message } from '../i18n/messages.ts';
import { fieldError, inputError } from '../lib/validation.ts';
import { bodyReadError } from './error-handler.ts';
import { requestContext } from './request-context.ts';
import { sameOriginOnly } from './same-origin.ts';

export const ATTACHMENT_PREFIX = '/media/inquiry-attachments/';
/** Files one message may carry. */
export const MAX_ATTACHMENTS_PER_MESSAGE = 5;

export default fp(
  async (app, opts: { config: Config }) => {
    await app.register(async (scope) => {
      await scope.register(multipart, {
        throwFileSizeLimit: false,
        limits: { files: MAX_ATTACHMENTS_PER_MESSAGE, fields: 2, fileSize: opts.config.MAX_ATTACHMENT_BYTES, fieldSize: 64_000, parts: MAX_ATTACHMENTS_PER_MESSAGE + 2 },
      });

      /** Multipart fields: `body` (text) and up to five `file`s. Answers like replyToInquiry: the inquiry, or an InputError. */
      scope.post<{ Params: { id: string } }>('/api/inquiries/:id/messages', { onRequest: sameOriginOnly(opts.config) }, async (request, reply) => {
        const ctx = await requestContext(request, reply, opts.config);
        if (await request.server.rateLimits.refuseUpload(ctx, reply)) return reply;
        try {
          // Who may post is settled before a byte of the files is read.
          await app.services.inquiry.forParty(ctx, request.params.id);
        } catch (err) {
          if (isDomainError(err)) return sendRefusal(reply, ctx.locale, err);
          throw err;
        }
        if (!request.isMultipart()) {
          return reply.code(400).send(inputError(ctx.locale, [fieldError(ctx.locale, 'files', 'INVALID_VALUE')]));
        }
        let body = '';
        const files: UploadedFile[] = [];
        try {
          for await (const part of request.parts()) {
            if (part.type === 'field') {
              if (part.fieldname === 'body') body = String(part.value ?? '');
              continue;
            }
            // Past the size limit the stream is cut off and marked, and the service refuses the file by name.
            const data = await part.toBuffer();
            files.push({ data, filename: part.filename, truncated: part.file.truncated });
          }
        } catch (err) {
          const code = (err as { code?: string }).code;
          if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') {
            return reply
              .code(400)
              .send(inputError(ctx.locale, [fieldError(ctx.locale, 'files', 'TOO_MANY_ATTACHMENTS', { max: MAX_ATTACHMENTS_PER_MESSAGE })]));
          }
          throw bodyReadError(err);
        }
        try {
          const result = await app.services.inquiry.reply(ctx, request.params.id, body, files);
          if ('__typename' in result) return reply.code(result.code === 'INVALID_TRANSITION' ? 409 : 400).send(result);
          return reply.code(201).send({ __typename: 'Inquiry', id: result.id, status: result.status });
        } catch (err) {
          if (isDomainError(err)) return sendRefusal(reply, ctx.locale, err);
          throw err;
        }
      });
    });

    app.get<{ Params: { file: string } }>(`${ATTACHMENT_PREFIX}:file`, async (request, reply) => {
      const ctx = await requestContext(request, reply, opts.config);
      if (!ctx.user) return reply.code(401).send({ code: 'UNAUTHENTICATED', message: message(ctx.locale, 'UNAUTHENTICATED') });
      const found = await app.services.inquiry.openAttachment(ctx, request.params.file);
      if (!found) return reply.code(404).send({ code: 'NOT_FOUND', message: message(ctx.locale, 'NOT_FOUND') });
      return reply
        .header('content-type', found.mimeType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(found.name)}`)
        .header('cache-control', 'private, no-store')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(createReadStream(found.path));
    });
  },
  { name: 'inquiry-attachments', dependencies: ['services'] },
);
