// Limits that the text of an operation decides, as validation rules: Mercurius caches a validated document and
// remembers a refused one, so a repeated oversized query is refused by a cache lookup. Aliases and directives come
// from graphql-armor; root fields is a rule of our own (armor has none); depth stays Mercurius's `queryDepth`;
// tokens is graphql-js's own parser limit (parse stops at the limit instead of building a huge document).
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { limitError } from './limit-error.ts';

export interface StaticLimits {
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
  introspection: boolean;
}

/** Root fields of each operation (fragments at the root included); __typename is free. */
function maxRootFieldsRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const count = (set: SelectionSetNode, seen: Set<string>): number =>
      set.selections.reduce((n, s) => {
        if (s.kind === Kind.FIELD) return n + (s.name.value === '__typename' ? 0 : 1);
        if (s.kind === Kind.INLINE_FRAGMENT) return n + count(s.selectionSet, seen);
        if (seen.has(s.name.value)) return n;
        seen.add(s.name.value);
        const fragment = context.getFragment(s.name.value);
        return n + (fragment ? count(fragment.selectionSet, seen) : 0);
      }, 0);
    return {
      OperationDefinition(operation) {
        if (count(operation.selectionSet, new Set()) > max) context.reportError(limitError('rootFields', max));
      },
    };
  };
}

// graphql's NoSchemaIntrospectionCustomRule, by field name: it reads the schema's types, which under vitest come
// from the other (CommonJS) copy of graphql-js inside Mercurius and make it throw.
const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    const name = node.name.value;
    if (name === '__schema' || name === '__type') {
      context.reportError(new GraphQLError(`GraphQL introspection has been disabled, but the requested query contained the field "${name}".`, { nodes: node }));
    }
  },
});

export function staticLimitRules(limits: StaticLimits): ValidationRule[] {
  // armor throws its own "Syntax Error: …" by default; reporting ours instead keeps one code and lets Mercurius
  // cache the refusal like any validation error.
  const report = (limit: 'aliases' | 'directives', max: number) => ({
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(limitError(limit, max))],
  });
  const rules: ValidationRule[] = [
    maxAliasesRule({ n: limits.maxAliases, ...report('aliases', limits.maxAliases) }) as ValidationRule,
    maxDirectivesRule({ n: limits.maxDirectives, ...report('directives', limits.maxDirectives) }) as ValidationRule,
    maxRootFieldsRule(limits.maxRootFields),
  ];
  if (!limits.introspection) rules.push(noIntrospectionRule);
  return rules;
}
