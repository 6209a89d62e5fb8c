import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  typeFromAST,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { COST_WEIGHTS } from './cost-weights.ts';
import { fieldWeight } from './field-weight.ts';
import { isConnectionType } from './is-connection-type.ts';
import { offsetOfCursor } from './offset-of-cursor.ts';

/** What a walk over an operation's selections needs (here and in compute-actual-cost.ts). */
export interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  isMutation: boolean;
}

/**
 * The most an operation can cost, before it runs: every field it will resolve, with fragments, aliases and
 * `@skip`/`@include` applied to the coerced variables, list sizes from `first`/`last` however they are given
 * (literal, variable or default), nested lists multiplied. Fragments on several types of one abstract field are all
 * counted, an upper bound.
 */
export function computeRequestedCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const walk: Walk = { schema, fragments, variables, isMutation: operation.operation === 'mutation' };
  return Math.ceil(costOfSelections(walk, operation.selectionSet, root, 1, null, true));
}

function costOfSelections(
  walk: Walk,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  multiplier: number,
  /** Set inside a connection: the page size its `edges`/`nodes` lists hold. */
  pageSize: number | null,
  isRoot: boolean,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (!isIncluded(walk, selection)) continue;
    if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition ? typeFromAST(walk.schema, fragment.typeCondition) : parentType;
      const type = condition && isCompositeType(condition) ? condition : parentType;
      cost += costOfSelections(walk, fragment.selectionSet, type, multiplier, pageSize, isRoot);
      continue;
    }
    const field = fieldOf(parentType, selection.name.value);
    if (!field) continue; // __typename and other meta fields
    const namedType = getNamedType(field.type);
    const isMutationRoot = walk.isMutation && isRoot;
    if (!isCompositeType(namedType)) {
      // A mutation does its work whatever it returns (signOut answers a Boolean).
      if (isMutationRoot) cost += multiplier * fieldWeight(`${parentType.name}.${field.name}`, { isMutationRoot, results: 0 });
      continue;
    }
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(field, selection, walk.variables);
    } catch {
      // Invalid arguments fail in execution with their own message; price the field as if none were given.
    }
    const key = `${parentType.name}.${field.name}`;
    const isConnection = isConnectionType(namedType);
    const size = pageSizeOf(args, isConnection);
    cost += multiplier * fieldWeight(key, { isMutationRoot, results: (offsetOfCursor(args.after) ?? 0) + (size ?? 0) });
    if (!selection.selectionSet) continue;
    if (isConnection) {
      // The connection object resolves once; its `edges`/`nodes` list holds the page.
      cost += costOfSelections(walk, selection.selectionSet, namedType, multiplier, size, false);
      continue;
    }
    const isPageList = pageSize !== null && (field.name === 'edges' || field.name === 'nodes');
    const length = isListType(getNullableType(field.type)) ? (size ?? (isPageList ? pageSize : COST_WEIGHTS.assumedListSize)) : 1;
    cost += costOfSelections(walk, selection.selectionSet, namedType, multiplier * length, null, false);
  }
  return cost;
}

export function isIncluded(walk: Pick<Walk, 'variables'>, node: Parameters<typeof getDirectiveValues>[1]): boolean {
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, walk.variables)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, node, walk.variables)?.if === false) return false;
  } catch {
    // A malformed directive argument fails validation or execution on its own.
  }
  return true;
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** `first`/`last` when given; a connection's default page otherwise; null for a plain list (assumed length). */
function pageSizeOf(args: Record<string, unknown>, isConnection: boolean): number | null {
  const requested = [args.first, args.last].find((value): value is number => typeof value === 'number');
  if (requested !== undefined) return Math.max(0, Math.min(requested, COST_WEIGHTS.maxPageSize));
  return isConnection ? COST_WEIGHTS.defaultPageSize : null;
}
