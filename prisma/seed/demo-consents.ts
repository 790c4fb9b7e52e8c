// The demo accounts accepted the legal documents in force when they were created, as an account signed up through
// the form has; otherwise every demo sign-in would stop at /consent first.
import type { Prisma } from '../../server/generated/prisma/client.ts';
import { acceptedCurrentVersions } from '../../server/modules/privacy/legal-documents.ts';

export function demoConsents(users: readonly Prisma.UserCreateManyInput[]): Prisma.ConsentCreateManyInput[] {
  return users.flatMap((u) => acceptedCurrentVersions(new Date(u.createdAt ?? Date.now())).map((v) => ({ userId: u.id!, ...v })));
}
