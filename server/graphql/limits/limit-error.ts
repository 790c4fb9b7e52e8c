// A request refused by one of the limits: one stable code, which limit and its value. The message is put in the
// caller's language by the error policy (error-policy.ts), which knows the caller; rules run before it does.
import { GraphQLError } from 'graphql';

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export type LimitName = 'aliases' | 'rootFields' | 'directives' | 'tokens' | 'cost' | 'depth';

export function limitError(limit: LimitName, max: number): GraphQLError {
  return new GraphQLError(`The request exceeds the ${limit} limit (${max}).`, { extensions: { code: QUERY_TOO_COMPLEX, limit, max } });
}
