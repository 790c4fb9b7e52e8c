import { z } from 'zod';
import { text, uuidField } from '../../lib/validation.ts';

const document = z.enum(['TERMS', 'PRIVACY']);

export const acceptLegalDocumentsSchema = z.object({
  documents: z
    .array(z.object({ document, version: z.string().trim().min(1).max(20) }))
    .min(1)
    .max(2),
});

export const requestDeletionSchema = z.object({
  password: z.string().min(1).max(200),
});

export const answerRequestSchema = z
  .object({
    id: uuidField(),
    status: z.enum(['IN_PROGRESS', 'COMPLETED', 'REFUSED']),
    note: text(0, 2000).nullish().transform((v) => v || null),
  })
  // A refusal says why: the person reads the note on their privacy page.
  .refine((v) => v.status !== 'REFUSED' || v.note, { path: ['note'], params: { code: 'REQUIRED' } });

export const dataRequestStatusSchema = z.enum(['RECEIVED', 'IN_PROGRESS', 'COMPLETED', 'REFUSED']);
