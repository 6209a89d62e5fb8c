// An incremental sync: the changes after the mirror's cursor, oldest first, then each changed record read again once
// through `nodes` (as it is now, so several changes to one record cost one read). A record `nodes` answers null for
// is gone or no longer visible to the key: it leaves the mirror. The cursor moves only after everything is applied,
// so a crash in between means reading some changes again, never losing one.
import { CANDIDATE_FIELDS, INTERVIEW_FIELDS, JOB_FIELDS, PROPOSAL_FIELDS } from './fragments.ts';
import type { GraphQLRequest } from './graphql-client.ts';
import { putNode, removeNode, type Mirror, type MirroredNode } from './mirror.ts';

/** What the feed said happened, in change-log order. */
export interface AppliedChange {
  /** The change's place in the log (a decimal string: it may exceed 2^53). */
  position: string;
  /** `<entity>.<what happened>`, e.g. "candidate.updated", "proposal.expired". */
  kind: string;
  entityType: 'JOB' | 'CANDIDATE' | 'PROPOSAL' | 'INTERVIEW';
  /** The global ID, as `node(id:)` takes it. */
  entityId: string;
  occurredAt: string;
  fields: string[];
}

const CHANGES = /* GraphQL */ `query Changes($after: String!) {
  changes(after: $after, first: 100) {
    pageInfo { hasNextPage endCursor }
    edges { node { position kind entityType entityId occurredAt fields } }
  }
}`;

const NODES = /* GraphQL */ `query Nodes($ids: [ID!]!) {
  nodes(ids: $ids) { ...MirroredJob ...MirroredCandidate ...MirroredProposal ...MirroredInterview }
} ${JOB_FIELDS} ${CANDIDATE_FIELDS} ${PROPOSAL_FIELDS} ${INTERVIEW_FIELDS}`;

/** `nodes` takes at most 100 IDs. */
const NODES_PER_READ = 100;

interface ChangesPage {
  changes: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: AppliedChange }>;
  };
}

export async function incrementalSync(request: GraphQLRequest, mirror: Mirror): Promise<AppliedChange[]> {
  if (!mirror.cursor) throw new Error('The mirror has no cursor: run a full sync first.');
  const changes: AppliedChange[] = [];
  const seenPositions = new Set<string>();
  let cursor = mirror.cursor;
  for (;;) {
    const { changes: page } = await request<ChangesPage>(CHANGES, { after: cursor });
    for (const { node } of page.edges) {
      // At least once: a change may come again; its position says so.
      if (seenPositions.has(node.position)) continue;
      seenPositions.add(node.position);
      changes.push(node);
    }
    // An empty page has no endCursor: keep the cursor we sent.
    if (page.pageInfo.endCursor) cursor = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage) break;
  }

  const ids = [...new Set(changes.map((change) => change.entityId))];
  for (let i = 0; i < ids.length; i += NODES_PER_READ) {
    const batch = ids.slice(i, i + NODES_PER_READ);
    const { nodes } = await request<{ nodes: Array<MirroredNode | null> }>(NODES, { ids: batch });
    nodes.forEach((node, index) => (node ? putNode(mirror, node) : removeNode(mirror, batch[index]!)));
  }
  mirror.cursor = cursor;
  return changes;
}
