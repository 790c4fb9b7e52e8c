// Mercurius takes a query that does not parse for a JSON-encoded AST (`JSON.parse(query)`): `{"query":"5"}` then
// reached validation as the "document" 5 and failed as an internal error, and a JSON AST skips the parser's token
// limit. Only documents the parser built from this very query text are let through; its `loc.source.body` is that
// text (a JSON AST cannot contain itself as a string).
import { GraphQLError, type DocumentNode } from 'graphql';

/** `query`: the text the request sent (undefined when our own code calls app.graphql directly). */
export function assertParsedFromQuery(document: DocumentNode, query: unknown): void {
  if (query === undefined) return;
  const parsed = document?.kind === 'Document' && document.loc?.source?.body === query;
  if (!parsed) throw new GraphQLError('Syntax Error: the query is not a GraphQL document.');
}
