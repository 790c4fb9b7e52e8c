import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

export const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return date.toISOString();
  },
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

function parseDate(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string');
  return date;
}

// VND amounts are bigint in PostgreSQL; JSON numbers are exact up to 2^53 đồng (9 million billion), far above any deal.
export const VND = new GraphQLScalarType<bigint, number>({
  name: 'VND',
  serialize: (value) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new GraphQLError('VND amount out of range');
    return n;
  },
  parseValue: (value) => parseVnd(value),
  parseLiteral: (ast) => parseVnd(ast.kind === Kind.INT ? Number(ast.value) : NaN),
});

function parseVnd(value: unknown): bigint {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new GraphQLError('VND must be a whole, non-negative number of đồng');
  }
  return BigInt(value);
}
