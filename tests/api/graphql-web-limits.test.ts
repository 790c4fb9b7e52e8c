// The web app's own pages must stay within the GraphQL limits (issue 10): every operation it ships
// (web/src/lib/graphql/*.graphql, with the fragments it spreads) passes the default limits with every list at
// its cap, i.e. the most a page could ever ask for. The checks are the server's own: the parser's token limit,
// the validation rules, Mercurius's depth limit and the cost and list-cap walk.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  specifiedRules,
  typeFromAST,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR, loadConfig } from '../../server/config.ts';
import { loadSdl } from '../../server/graphql/sdl.ts';
import { capOf } from '../../server/graphql/limits/list-caps.ts';
import { operationCost } from '../../server/graphql/limits/operation-cost.ts';
import { checkExecutionLimits } from '../../server/graphql/limits/execution-limits.ts';
import { staticLimitRules } from '../../server/graphql/limits/validation-rules.ts';

const queryDepth = createRequire(import.meta.url)('mercurius/lib/queryDepth.js') as (definitions: readonly unknown[], limit: number) => Error[];

const config = loadConfig({ NODE_ENV: 'production' });
const schema = buildSchema(loadSdl());
const dir = path.join(ROOT_DIR, 'web', 'src', 'lib', 'graphql');
const all = parse(readdirSync(dir).filter((f) => f.endsWith('.graphql')).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n'));
const fragments = new Map(all.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
const operations = all.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

/** The operation as the web sends it: itself and every fragment it spreads, printed. */
function shipped(operation: OperationDefinitionNode): string {
  const used = new Set<string>();
  const queue: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  while (queue.length > 0) {
    visit(queue.pop()!, {
      FragmentSpread(node) {
        if (used.has(node.name.value)) return;
        used.add(node.name.value);
        queue.push(fragments.get(node.name.value)!);
      },
    });
  }
  return print({ kind: Kind.DOCUMENT, definitions: [operation, ...[...used].map((name) => fragments.get(name)!)] });
}

function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  }
  return ({ Int: 1, Float: 1, Boolean: true, VND: 1, DateTime: '2030-01-01T00:00:00Z' } as Record<string, unknown>)[type.name] ?? 'x';
}

/** Valid values for every variable, and every variable that sizes a list at that list's cap. */
function worstCaseVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const def of operation.variableDefinitions ?? []) variables[def.variable.name.value] = sample(typeFromAST(schema, def.type as never) as GraphQLInputType);
  const info = new TypeInfo(schema);
  visit(
    operation,
    visitWithTypeInfo(info, {
      Argument(node) {
        const field = info.getFieldDef();
        const parent = info.getParentType();
        const cap = field && parent ? capOf(parent.name, field.name, node.name.value) : undefined;
        if (node.value.kind === Kind.VARIABLE && cap !== undefined && node.name.value !== 'offset') variables[node.value.name.value] = cap;
      },
    }),
  );
  return variables;
}

describe('the web app’s operations within the default GraphQL limits', () => {
  it('has operations to check', () => expect(operations.length).toBeGreaterThan(50));

  it.each(operations.map((op) => [op.name!.value, op] as const))('%s', (name, operation) => {
    const text = shipped(operation);
    const document: DocumentNode = parse(text, { maxTokens: config.GRAPHQL_MAX_TOKENS });
    const rules = staticLimitRules({
      maxAliases: config.GRAPHQL_MAX_ALIASES,
      maxRootFields: config.GRAPHQL_MAX_ROOT_FIELDS,
      maxDirectives: config.GRAPHQL_MAX_DIRECTIVES,
      introspection: false,
    });
    expect(validate(schema, document, [...specifiedRules, ...rules]).map((e) => e.message)).toEqual([]);
    expect(queryDepth(document.definitions, config.GRAPHQL_DEPTH_LIMIT).map((e) => e.message)).toEqual([]);
    const variables = worstCaseVariables(operation);
    expect(() => checkExecutionLimits(schema, document, name, variables, 'en', config.GRAPHQL_MAX_COST)).not.toThrow();
    expect(operationCost(schema, document, name, variables)?.cost).toBeLessThanOrEqual(config.GRAPHQL_MAX_COST);
  });

  it('the heaviest page (search) at its largest stays under the cost limit with room to spare', () => {
    const search = operations.find((op) => op.name?.value === 'SearchPage')!;
    const cost = operationCost(schema, parse(shipped(search)), 'SearchPage', worstCaseVariables(search))!.cost;
    expect(cost).toBeGreaterThan(5_000);
    expect(cost).toBeLessThan(config.GRAPHQL_MAX_COST * 0.8);
  });
});
