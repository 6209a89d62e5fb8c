import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../schema.ts';
import { computeActualCost } from './compute-actual-cost.ts';
import { COST_WEIGHTS } from './cost-weights.ts';

/** The actual cost of `query` had it answered `data`. */
function actualCost(query: string, data: Record<string, unknown> | null, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return computeActualCost(schema, operation, fragments, variables, data);
}

const offsetCursor = (n: number) => Buffer.from(`OffsetConnection:${n}`).toString('base64');

describe('the actual cost, counted from the answer', () => {
  it('is one point per object resolved, lists once plus their items, scalars free', () => {
    const edges = [1, 2, 3].map(() => ({ node: { title: 'A job', clientCompany: { name: 'Lumen' } } }));
    // jobs + edges, then per edge: node + clientCompany.
    expect(actualCost('{ jobs(first: 100) { edges { node { title clientCompany { name } } } } }', { jobs: { edges } })).toBe(2 + 2 * 3);
    // A shorter page costs less: what the requested cost charged for 100 is given back.
    expect(actualCost('{ jobs(first: 100) { edges { node { title clientCompany { name } } } } }', { jobs: { edges: [] } })).toBe(2);
  });

  it('counts each alias, skips what @skip left out, and nothing under a null', () => {
    const query = 'query($no: Boolean!) { a: me { agency { name } } b: me { agency { name } } c: me @skip(if: $no) { agency { name } } }';
    expect(actualCost(query, { a: { agency: { name: 'X' } }, b: { agency: { name: 'X' } } }, { no: true })).toBe(4);
    expect(actualCost('{ me { agency { name } } }', { me: null })).toBe(1);
    expect(actualCost('{ me { agency { name } } }', null)).toBe(0);
  });

  it('charges a ranked field its ranking and every result up to the end of its page, after a cursor too', () => {
    const { ranking, perResult } = COST_WEIGHTS.ranked['Job.suggestedCandidates']!;
    const page = { edges: [0, 1].map(() => ({ node: { score: 80, explanation: { blockers: [] } } })) };
    const query = `query($id: ID!, $after: String) { node(id: $id) { ... on Job { suggestedCandidates(first: 2, after: $after) { edges { node { score explanation { blockers { code } } } } } } } }`;
    const perEdge = 1 + COST_WEIGHTS.explanation['Match.explanation']! + 1; // node, explanation, blockers
    const job = 1 + ranking + 1 + 2 * perEdge; // node(id), the ranking, edges, the two results' objects
    expect(actualCost(query, { node: { suggestedCandidates: page } }, { id: 'x' })).toBe(job + perResult * 2);
    // The page after the fifth result ranked seven.
    expect(actualCost(query, { node: { suggestedCandidates: page } }, { id: 'x', after: offsetCursor(4) })).toBe(job + perResult * 7);
  });

  it('charges a mutation its base cost whatever it returns', () => {
    expect(actualCost('mutation { signOut }', { signOut: true })).toBe(COST_WEIGHTS.mutation);
  });
});
