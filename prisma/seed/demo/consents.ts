// The demo accounts have accepted the legal documents in force (at seeding time: the accounts are older than the
// documents' effective date, and an acceptance dated before it would make no sense); otherwise every demo sign-in
// would stop at /consent first.
import type { Prisma } from '../../../server/generated/prisma/client.ts';
import { acceptedCurrentVersions } from '../../../server/modules/privacy/legal-documents.ts';

export function demoConsents(users: readonly Prisma.UserCreateManyInput[], acceptedAt = new Date()): Prisma.ConsentCreateManyInput[] {
  return users.flatMap((u) => acceptedCurrentVersions(acceptedAt).map((v) => ({ userId: u.id!, ...v })));
}
