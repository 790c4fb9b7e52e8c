// What one operation may cost, computed from the schema and the values it will run with: every field costs 1 plus
// what it selects, and a list multiplies that by its size (the `first` it asks for, its default, or an estimate for
// lists without a size argument). graphql-armor's cost rule multiplies only by literal `first:` values, so
// `listings { … }` (default 20) or `first: $n` would count once; this one reads defaults and variables.
// The same walk checks every size and skip argument against its cap (list-caps.ts).
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInterfaceType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { capOf, SIZE_ARGUMENTS } from './list-caps.ts';

/** A list argument beyond its cap (or below zero). */
export interface CapViolation {
  field: string;
  argument: string;
  value: number;
  max: number;
}

export interface OperationCost {
  cost: number;
  violation: CapViolation | null;
}

// The nodes of a connection: their length is the `first` the connection's field already counted, so they do not
// multiply again.
const isPageList = (typeName: string, fieldName: string) => fieldName === 'nodes' && typeName.endsWith('Connection');
/** Fields that do real work per value (markdown rendered on every read) weigh more than a column read. */
const FIELD_WEIGHTS: Record<string, number> = { 'Listing.descriptionHtml': 10, 'InquiryMessage.bodyHtml': 10 };
/** A list of objects without a size argument (a listing's images, an organisation's members) counts as this many. */
export const UNSIZED_LIST_ESTIMATE = 10;

interface Walk {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
  fragmentCosts: Map<string, number>;
  violation: CapViolation | null;
}

/**
 * The cost of the operation `operationName` with `variables` (raw, as sent), or null when the operation or its
 * variables are invalid (execution reports those itself).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): OperationCost | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return null;
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const walk: Walk = {
    schema,
    variables: coerced.coerced,
    fragments: new Map(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    ),
    fragmentCosts: new Map(),
    violation: null,
  };
  return { cost: selectionCost(walk, operation.selectionSet, root), violation: walk.violation };
}

function selectionCost(walk: Walk, set: SelectionSetNode, parent: GraphQLNamedType): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) total += fieldCost(walk, selection, parent);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type) total += selectionCost(walk, selection.selectionSet, type);
    } else total += fragmentCost(walk, selection.name.value);
  }
  return total;
}

// Counted once per fragment, however often it is spread: fragments spreading fragments cannot make the walk
// itself exponential (validation has already refused cycles).
function fragmentCost(walk: Walk, name: string): number {
  const known = walk.fragmentCosts.get(name);
  if (known !== undefined) return known;
  const fragment = walk.fragments.get(name);
  const type = fragment && walk.schema.getType(fragment.typeCondition.name.value);
  const cost = fragment && type ? selectionCost(walk, fragment.selectionSet, type) : 0;
  walk.fragmentCosts.set(name, cost);
  return cost;
}

function fieldCost(walk: Walk, node: FieldNode, parent: GraphQLNamedType): number {
  const name = node.name.value;
  if (name === '__typename') return 0;
  // Introspection (__schema, __type) is bounded by the schema's size; it is on only when the IDE setting is.
  const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  if (!field) return 1;
  let multiplier = 1;
  let sized = false;
  if (field.args.length > 0) {
    const args = getArgumentValues(field, node, walk.variables);
    for (const arg of field.args) {
      const max = capOf(parent.name, name, arg.name);
      const value = args[arg.name];
      if (max === undefined || typeof value !== 'number') continue;
      if ((value < 0 || value > max) && !walk.violation) walk.violation = { field: `${parent.name}.${name}`, argument: arg.name, value, max };
      if (SIZE_ARGUMENTS.has(arg.name)) {
        sized = true;
        multiplier = Math.max(1, Math.min(value, max));
      }
    }
  }
  const type = getNamedType(field.type);
  if (!node.selectionSet || isLeafType(type)) return FIELD_WEIGHTS[`${parent.name}.${name}`] ?? 1;
  if (!sized && isListType(getNullableType(field.type)) && !isPageList(parent.name, name)) multiplier = UNSIZED_LIST_ESTIMATE;
  return multiplier * (1 + selectionCost(walk, node.selectionSet, type));
}
