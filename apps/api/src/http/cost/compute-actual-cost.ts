import {
  getArgumentValues,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  typeFromAST,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { fieldWeight } from './field-weight.ts';
import { isIncluded, type Walk } from './compute-requested-cost.ts';
import { offsetOfCursor } from './offset-of-cursor.ts';

type Selected = { node: FieldNode; field: GraphQLField<unknown, unknown>; parentType: GraphQLCompositeType };

/**
 * What an operation cost once it ran, from its answer: every composite field that resolved (it has a key in the
 * answer's object) at its weight, once per object it resolved on; a ranked field its ranking and each result up to
 * the end of the page it returned; a mutation its base cost. The same points a hook on every field would count, without
 * one: Apollo's per-field instrumentation (willResolveField) wrapped every resolver, scalars included, and cost the
 * job page ~10 % of its throughput (issue 10).
 *
 * A field whose error nulled its parent is not in the answer and is not counted.
 */
export function computeActualCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  data: Record<string, unknown> | null | undefined,
  plans: ActualCostPlans = createActualCostPlans(schema, fragments, variables, operation),
): number {
  const root = schema.getRootType(operation.operation);
  if (!root || !data) return 0;
  return costOfObject(plans, [operation.selectionSet], root, data, true);
}

/**
 * What computeActualCost works out per selection and type, filled as answers are counted. It depends on the
 * operation and its variables only, never on the answer, so answers to the same operation with the same variables
 * may share one (cached-operation-costs.ts).
 */
export type ActualCostPlans = Plans;

export function createActualCostPlans(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  operation: OperationDefinitionNode,
): ActualCostPlans {
  return { walk: { schema, fragments, variables, isMutation: operation.operation === 'mutation' }, byKey: new Map(), ids: new Map(), bySets: new WeakMap() };
}

/** What to count on an object of one type for one set of selections: worked out once per walk, used per object. */
type PlannedField = {
  responseKey: string;
  isComposite: boolean;
  /** Points when resolved: a composite field's weight, a mutation's base cost, else 0. */
  weight: number;
  /** A ranked field's points per result up to the end of its page; 0 otherwise. */
  perResult: number;
  after: unknown;
  namedType: GraphQLCompositeType | null;
  selectionSets: SelectionSetNode[];
};

type Plans = {
  walk: Walk;
  byKey: Map<string, PlannedField[]>;
  ids: Map<SelectionSetNode, number>;
  /** The same plans by the selection-set list a planned field holds, asked once per object below it: no key to build. */
  bySets: WeakMap<SelectionSetNode[], Map<string | null, PlannedField[]>>;
};

function planOf(plans: Plans, selectionSets: SelectionSetNode[], type: GraphQLCompositeType, runtimeTypeName: string | null, isRoot: boolean): PlannedField[] {
  // Below the root, one list of selection sets always comes with one type and isRoot false: the runtime type decides.
  let byRuntimeType = isRoot ? undefined : plans.bySets.get(selectionSets);
  const known = byRuntimeType?.get(runtimeTypeName);
  if (known) return known;
  const key = `${selectionSets.map((set) => plans.ids.get(set) ?? plans.ids.set(set, plans.ids.size).size - 1).join(',')}|${type.name}|${runtimeTypeName ?? ''}|${isRoot}`;
  let cached = plans.byKey.get(key);
  if (!cached) {
    cached = createPlan(plans, selectionSets, type, runtimeTypeName, isRoot);
    plans.byKey.set(key, cached);
  }
  if (!isRoot) {
    if (!byRuntimeType) plans.bySets.set(selectionSets, (byRuntimeType = new Map()));
    byRuntimeType.set(runtimeTypeName, cached);
  }
  return cached;
}

function createPlan(plans: Plans, selectionSets: SelectionSetNode[], type: GraphQLCompositeType, runtimeTypeName: string | null, isRoot: boolean): PlannedField[] {
  const { walk } = plans;
  const fields = new Map<string, Selected[]>();
  for (const set of selectionSets) collectFields(walk, set, type, runtimeTypeName, fields);
  const plan: PlannedField[] = [];
  for (const [responseKey, selected] of fields) {
    const { field, parentType, node } = selected[0]!;
    const isMutationRoot = walk.isMutation && isRoot;
    const namedType = getNamedType(field.type);
    const fieldKey = `${parentType.name}.${field.name}`;
    if (!isCompositeType(namedType)) {
      if (isMutationRoot) plan.push({ responseKey, isComposite: false, weight: fieldWeight(fieldKey, { isMutationRoot, results: 0 }), perResult: 0, after: null, namedType: null, selectionSets: [] });
      continue;
    }
    const weight = fieldWeight(fieldKey, { isMutationRoot, results: 0 });
    const perResult = fieldWeight(fieldKey, { isMutationRoot, results: 1 }) - weight;
    let after: unknown = null;
    if (perResult !== 0) {
      try {
        after = getArgumentValues(field, node, walk.variables).after;
      } catch {
        // Priced as if no cursor was given, as the requested cost does.
      }
    }
    const selectionSetsBelow = selected.flatMap((s) => (s.node.selectionSet ? [s.node.selectionSet] : []));
    plan.push({ responseKey, isComposite: true, weight, perResult, after, namedType, selectionSets: selectionSetsBelow });
  }
  return plan;
}

function costOfObject(plans: Plans, selectionSets: SelectionSetNode[], type: GraphQLCompositeType, data: Record<string, unknown>, isRoot: boolean): number {
  let cost = 0;
  for (const planned of planOf(plans, selectionSets, type, typeof data.__typename === 'string' ? data.__typename : null, isRoot)) {
    if (!(planned.responseKey in data)) continue; // not resolved: skipped, another type's fragment, or nulled by an error
    cost += planned.weight;
    if (!planned.isComposite) continue;
    const value = data[planned.responseKey];
    if (planned.perResult !== 0 && value && typeof value === 'object') {
      // A ranked field: each result up to the end of the page it returned.
      const edges = (value as { edges?: unknown }).edges;
      cost += planned.perResult * ((offsetOfCursor(planned.after) ?? 0) + (Array.isArray(edges) ? edges.length : 0));
    }
    cost += costOfValue(plans, planned.selectionSets, planned.namedType!, value);
  }
  return cost;
}

/** The objects in a field's value (a list, nested lists or one object). */
function costOfValue(plans: Plans, selectionSets: SelectionSetNode[], type: GraphQLCompositeType, value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  if (Array.isArray(value)) {
    let cost = 0;
    for (const item of value) cost += costOfValue(plans, selectionSets, type, item);
    return cost;
  }
  return costOfObject(plans, selectionSets, type, value as Record<string, unknown>, false);
}

/**
 * The fields selected on an object by response key, fragments and `@skip`/`@include` applied. On an abstract type
 * without `__typename` in the answer, fragments on any of its types are taken; the answer's keys say which resolved.
 */
function collectFields(
  walk: Walk,
  selectionSet: SelectionSetNode,
  type: GraphQLCompositeType,
  runtimeTypeName: string | null,
  into: Map<string, Selected[]>,
): void {
  for (const selection of selectionSet.selections) {
    if (!isIncluded(walk, selection)) continue;
    if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition ? typeFromAST(walk.schema, fragment.typeCondition) : type;
      if (!condition || !isCompositeType(condition)) continue;
      if (runtimeTypeName && isObjectType(condition) && condition.name !== runtimeTypeName) continue;
      // Fields are looked up on the narrower type: the fragment's own when it names an object or an interface.
      const fieldsType = isObjectType(condition) || isInterfaceType(condition) ? condition : type;
      collectFields(walk, fragment.selectionSet, fieldsType, runtimeTypeName, into);
      continue;
    }
    const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
    if (!field) continue; // __typename and other meta fields cost nothing
    const responseKey = selection.alias?.value ?? selection.name.value;
    const list = into.get(responseKey);
    if (list) list.push({ node: selection, field, parentType: type });
    else into.set(responseKey, [{ node: selection, field, parentType: type }]);
  }
}
