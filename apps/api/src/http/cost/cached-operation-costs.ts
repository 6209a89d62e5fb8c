import type { FragmentDefinitionNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { computeActualCost, createActualCostPlans, type ActualCostPlans } from './compute-actual-cost.ts';
import { computeRequestedCost } from './compute-requested-cost.ts';

/** Variable sets remembered per operation; the oldest goes first. */
const MAX_VARIABLE_SETS = 32;
/** Larger variables (a mutation's long text) are priced afresh rather than kept as a key. */
const MAX_KEY_LENGTH = 4_096;

interface OperationCosts {
  schema: GraphQLSchema;
  requested: number;
  plans: ActualCostPlans;
}

// Apollo keeps each parsed and validated document, so a client's repeated query arrives as the same operation node.
const byOperation = new WeakMap<OperationDefinitionNode, Map<string, OperationCosts>>();

/**
 * The requested cost of an operation and the plans its actual cost is counted with, worked out once per parsed
 * operation and variable values instead of on every request: both depend on nothing else (never on the caller or the
 * data), and walking the recruiter's job page for them took ~5 % of its CPU. Only the walk over each answer remains.
 */
export function cachedOperationCosts(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): { requested: number; actual: (data: Record<string, unknown> | null | undefined) => number } {
  const key = keyOf(variables);
  let entries = byOperation.get(operation);
  let costs = key === null ? undefined : entries?.get(key);
  if (!costs || costs.schema !== schema) {
    costs = {
      schema,
      requested: computeRequestedCost(schema, operation, fragments, variables),
      plans: createActualCostPlans(schema, fragments, variables, operation),
    };
    if (key !== null) {
      if (!entries) byOperation.set(operation, (entries = new Map()));
      entries.delete(key);
      if (entries.size >= MAX_VARIABLE_SETS) entries.delete(entries.keys().next().value!);
      entries.set(key, costs);
    }
  }
  const { requested, plans } = costs;
  return { requested, actual: (data) => computeActualCost(schema, operation, fragments, variables, data, plans) };
}

function keyOf(variables: Record<string, unknown>): string | null {
  try {
    const key = JSON.stringify(variables);
    return key.length <= MAX_KEY_LENGTH ? key : null;
  } catch {
    return null; // a value JSON cannot hold (a BigInt): priced afresh
  }
}
