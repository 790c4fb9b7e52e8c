// The limits that depend on the values an operation runs with (list sizes from literals, variables and defaults):
// checked in Mercurius's preExecution hook, after validation and variable coercion, before any resolver runs.
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { message, type Locale } from '../../i18n/messages.ts';
import { limitError } from './limit-error.ts';
import { operationCost } from './operation-cost.ts';

export function checkExecutionLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  locale: Locale,
  maxCost: number,
): void {
  const result = operationCost(schema, document, operationName, variables);
  if (!result) return;
  if (result.violation) {
    const { argument, value, max } = result.violation;
    const text = value < 0 ? message(locale, 'TOO_SMALL', { field: argument, min: 0 }) : message(locale, 'TOO_LARGE', { field: argument, max });
    throw new GraphQLError(text, { extensions: { code: 'BAD_USER_INPUT', field: argument, argument: `${result.violation.field}(${argument})`, max } });
  }
  if (result.cost > maxCost) throw limitError('cost', maxCost);
}
