// Operations drawn from the API's own schema: any Query or Mutation field, arguments built from their declared types
// (hostile values, sometimes null, sometimes a wrong enum), passed inline or as variables, and a random selection
// of the result's fields a few levels deep (inline fragments for unions and interfaces).
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { loadSdl } from '../../server/graphql/sdl.ts';
import { hostileDateTime, hostileInt, hostileMoney, hostileString, outOfRangeNumber } from './hostile-values.ts';

export function apiSchema(): GraphQLSchema {
  return buildSchema(loadSdl());
}

export interface FuzzOperation {
  /** The root field, e.g. `Mutation.updateListing`, for grouping failures. */
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

type Gen = fc.GeneratorValue;
/** An enum value that is no value of the enum, as a literal (a valid name) and as a variable (any string). */
const NOT_AN_ENUM_VALUE = 'NOT_A_VALUE';
const MAX_DEPTH = 3;
const MAX_FIELDS = 4;

/** Marks an enum literal, printed bare rather than quoted. */
class EnumLiteral {
  constructor(readonly name: string) {}
}

function printLiteral(value: unknown): string {
  if (value instanceof EnumLiteral) return value.name;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(printLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${printLiteral(v)}`)
      .join(', ')}}`;
  }
  // JSON's escapes are GraphQL's; a number as a string (a big VND) goes out as the string it is.
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function scalarValue(g: Gen, name: string, argName: string, ids: fc.Arbitrary<string>): unknown {
  switch (name) {
    case 'ID':
      return g(() => ids);
    case 'String':
      return /id$/i.test(argName) ? g(() => fc.oneof(ids, hostileString)) : g(() => hostileString);
    case 'Int':
      return g(() => fc.oneof({ weight: 9, arbitrary: hostileInt }, { weight: 1, arbitrary: outOfRangeNumber }));
    case 'Float':
      return g(() => fc.oneof(fc.double({ noNaN: true }), outOfRangeNumber));
    case 'Boolean':
      return g(() => fc.boolean());
    case 'DateTime':
      return g(() => hostileDateTime);
    case 'VND':
      return g(() => hostileMoney);
    default:
      return g(() => hostileString);
  }
}

/** A value for an input type; `literal` marks enums so they print bare in the query text. */
function inputValue(g: Gen, type: GraphQLInputType, argName: string, ids: fc.Arbitrary<string>, literal: boolean, depth = 0): unknown {
  if (isNonNullType(type)) {
    // Now and then a null where one is not allowed: a coercion error, which must be refused cleanly.
    if (g(() => fc.integer({ min: 0, max: 29 })) === 0) return null;
    return inputValue(g, type.ofType, argName, ids, literal, depth);
  }
  if (g(() => fc.integer({ min: 0, max: 9 })) === 0) return null;
  if (isListType(type)) {
    const n = g(() => fc.integer({ min: 0, max: depth > 1 ? 1 : 3 }));
    return Array.from({ length: n }, () => inputValue(g, type.ofType, argName, ids, literal, depth + 1));
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((v) => v.name);
    const name = g(() => fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.constant(NOT_AN_ENUM_VALUE) }));
    return literal ? new EnumLiteral(name) : name;
  }
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (required || (depth < 3 && g(() => fc.boolean()))) out[field.name] = inputValue(g, field.type, field.name, ids, literal, depth + 1);
    }
    return out;
  }
  return scalarValue(g, type.name, argName, ids);
}

function argumentsOf(g: Gen, args: readonly GraphQLArgument[], ids: fc.Arbitrary<string>, variables: Map<string, [string, unknown]>): string {
  const parts: string[] = [];
  for (const arg of args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (!required && g(() => fc.boolean())) continue;
    const asVariable = g(() => fc.boolean());
    const value = inputValue(g, arg.type, arg.name, ids, !asVariable);
    if (asVariable) {
      const name = `v${variables.size}`;
      variables.set(name, [String(arg.type), value]);
      parts.push(`${arg.name}: $${name}`);
    } else {
      parts.push(`${arg.name}: ${printLiteral(value)}`);
    }
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

function selectionOf(g: Gen, type: GraphQLOutputType, ids: fc.Arbitrary<string>, variables: Map<string, [string, unknown]>, depth: number): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) {
    const possible = isUnionType(named) ? named.getTypes() : [];
    const fragments = possible
      .filter(() => g(() => fc.boolean()))
      .map((t) => `... on ${t.name} ${selectionOf(g, t, ids, variables, depth)}`);
    const own = isInterfaceType(named) ? fieldsOf(g, named.getFields(), ids, variables, depth) : [];
    return `{ __typename ${[...own, ...fragments].join(' ')} }`;
  }
  return `{ __typename ${fieldsOf(g, (named as GraphQLObjectType).getFields(), ids, variables, depth).join(' ')} }`;
}

function fieldsOf(
  g: Gen,
  fields: Record<string, GraphQLField<unknown, unknown>>,
  ids: fc.Arbitrary<string>,
  variables: Map<string, [string, unknown]>,
  depth: number,
): string[] {
  const all = Object.values(fields);
  const leaves = all.filter((f) => isLeafType(getNamedType(f.type)));
  const nested = depth < MAX_DEPTH ? all.filter((f) => !isLeafType(getNamedType(f.type))) : [];
  const candidates = [...leaves, ...nested];
  const pick = g(() => fc.subarray(candidates, { maxLength: Math.min(MAX_FIELDS, candidates.length) }));
  return pick.map((f) => `${f.name}${argumentsOf(g, f.args, ids, variables)} ${selectionOf(g, f.type, ids, variables, depth + 1)}`.trim());
}

/** Any root operation of the schema, with hostile arguments and a random selection. */
export function operationArbitrary(schema: GraphQLSchema, ids: fc.Arbitrary<string>): fc.Arbitrary<FuzzOperation> {
  const roots = (['query', 'mutation'] as const).flatMap((kind) => {
    const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    return Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field }));
  });
  return fc.gen().map((g) => {
    const { kind, field } = g(() => fc.constantFrom(...roots));
    const variables = new Map<string, [string, unknown]>();
    const args = argumentsOf(g, field.args, ids, variables);
    const selection = selectionOf(g, field.type, ids, variables, 1);
    const declared = [...variables].map(([name, [type]]) => `$${name}: ${type}`).join(', ');
    return {
      field: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
      query: `${kind}${declared ? ` F(${declared})` : ''} { ${field.name}${args} ${selection} }`,
      variables: Object.fromEntries([...variables].map(([name, [, value]]) => [name, value])),
    };
  });
}
