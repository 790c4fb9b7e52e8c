// The people a bench signs in as: made straight in the database (verified, the current terms accepted), then
// signed in through the API like anyone else, so their pages cost what a real session costs.
import type pg from 'pg';
import { hashPassword } from '../../modules/account/password.ts';
import { acceptedCurrentVersions } from '../../modules/privacy/legal-documents.ts';

export const BENCH_PASSWORD = 'bench password 2026';

/** A verified account with the current terms and privacy notice accepted; its id. */
export async function createBenchUser(client: pg.Client, { email, displayName, role = 'BUYER' }: { email: string; displayName: string; role?: string }): Promise<string> {
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO "User" (id, email, "passwordHash", "displayName", role, "emailVerifiedAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, now(), now()) RETURNING id`,
    [email, await hashPassword(BENCH_PASSWORD), displayName, role],
  );
  const id = rows[0]!.id;
  for (const c of acceptedCurrentVersions()) {
    await client.query(`INSERT INTO "Consent" ("userId", document, version) VALUES ($1, $2, $3)`, [id, c.document, c.version]);
  }
  return id;
}

/** Signs in through GraphQL; the cookies to send as that person (`sid=…`). */
export async function signIn(base: string, email: string, password = BENCH_PASSWORD, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { __typename ... on InputError { code } } }', variables: { e: email, p: password } }),
  });
  const body = (await res.json()) as { data?: { signIn: { __typename: string; code?: string } }; errors?: unknown };
  if (body.errors || body.data?.signIn.__typename === 'InputError') throw new Error(`signing in as ${email} failed: ${JSON.stringify(body)}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}
