import { z } from 'zod';
import { text, uuidField } from '../../lib/validation.ts';

// Every change of a person says why, in words the next admin (and the person, if they ask) can understand.
const reason = text(5, 1000);
const role = z.enum(['BUYER', 'MODERATOR', 'ADMIN']);
const email = z.string().trim().toLowerCase().min(1).max(254).pipe(z.email());

export const QUERY_MAX = 200;

export const roleChangeSchema = z.object({ userId: uuidField(), role, reason });

export const statusChangeSchema = z.object({ userId: uuidField(), reason });

export const ownershipTransferSchema = z.object({
  organisationId: uuidField(),
  newOwnerEmail: email,
  reason,
  removePreviousOwners: z.boolean().nullish().transform((v) => v ?? false),
});
