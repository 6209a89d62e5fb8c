import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../schema.ts';
import { cachedOperationCosts } from './cached-operation-costs.ts';
import { computeActualCost } from './compute-actual-cost.ts';
import { computeRequestedCost } from './compute-requested-cost.ts';

const document = parse('query($n: Int!, $no: Boolean!) { jobs(first: $n) { edges { node { title clientCompany @skip(if: $no) { name } } } } }');
const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
const fragments: Record<string, FragmentDefinitionNode> = {};
const page = (n: number) => ({ jobs: { edges: Array.from({ length: n }, () => ({ node: { title: 'A job', clientCompany: { name: 'Lumen' } } })) } });

describe('operation costs kept per parsed operation', () => {
  it('price the same operation again by the variables it comes with', () => {
    for (const variables of [{ n: 10, no: false }, { n: 50, no: false }, { n: 10, no: true }, { n: 10, no: false }]) {
      expect(cachedOperationCosts(schema, operation, fragments, variables).requested).toBe(computeRequestedCost(schema, operation, fragments, variables));
    }
  });

  it('count each answer on its own', () => {
    for (const [variables, data] of [[{ n: 10, no: false }, page(3)], [{ n: 10, no: false }, page(7)], [{ n: 10, no: true }, page(7)]] as const) {
      expect(cachedOperationCosts(schema, operation, fragments, variables).actual(data)).toBe(computeActualCost(schema, operation, fragments, variables, data));
    }
  });
});
