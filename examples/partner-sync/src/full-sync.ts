// A full sync: every job, candidate and proposal (with its interviews) the key may see, page by page, into an empty
// mirror. The change feed's head is read first, so the incremental sync that follows misses nothing that changed
// while the pages were read (it may see such a change twice, which re-reading the record makes harmless).
import { CANDIDATE_FIELDS, INTERVIEW_FIELDS, JOB_FIELDS, PROPOSAL_FIELDS } from './fragments.ts';
import type { GraphQLRequest } from './graphql-client.ts';
import { emptyMirror, putNode, type Mirror, type MirroredNode, type MirroredProposal, type MirroredInterview } from './mirror.ts';

/** The most a list gives per page. */
const PAGE_SIZE = 100;

const HEAD = /* GraphQL */ `query Head { changes(first: 1) { headCursor } }`;

interface Page<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: Node }>;
}

/** The three lists, each read with `first: 100` and `after` the previous page's `endCursor`. */
const LISTS = {
  jobs: `query Jobs($first: Int!, $after: String) {
    jobs(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...MirroredJob } } }
  } ${JOB_FIELDS}`,
  candidates: `query Candidates($first: Int!, $after: String) {
    candidates(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ...MirroredCandidate } } }
  } ${CANDIDATE_FIELDS}`,
  proposals: `query Proposals($first: Int!, $after: String) {
    proposals(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...MirroredProposal interviews { ...MirroredInterview } } }
    }
  } ${PROPOSAL_FIELDS} ${INTERVIEW_FIELDS}`,
} as const;

export type FullSyncCounts = Record<keyof typeof LISTS, number>;

/** Reads one list to its end; answers how many it read and how many the list held (`totalCount`) when it began. */
async function readList<Node>(request: GraphQLRequest, list: keyof typeof LISTS, onNode: (node: Node) => void) {
  let after: string | null = null;
  let count = 0;
  let total: number | null = null;
  do {
    const data: Record<string, Page<Node>> = await request(LISTS[list], { first: PAGE_SIZE, after });
    const page = data[list]!;
    total ??= page.totalCount;
    for (const { node } of page.edges) onNode(node);
    count += page.edges.length;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { count, total };
}

/**
 * `counts` is what was mirrored, `totals` what the lists said they held. They differ only when something was created
 * or deleted while the pages were read, which the incremental sync then catches up on.
 */
export async function fullSync(request: GraphQLRequest): Promise<{ mirror: Mirror; counts: FullSyncCounts; totals: FullSyncCounts }> {
  const mirror = emptyMirror();
  const { changes } = await request<{ changes: { headCursor: string } }>(HEAD);

  const put = (node: MirroredNode) => putNode(mirror, node);
  const jobs = await readList(request, 'jobs', put);
  const candidates = await readList(request, 'candidates', put);
  const proposals = await readList<MirroredProposal & { interviews: MirroredInterview[] }>(request, 'proposals', ({ interviews, ...proposal }) => {
    put(proposal);
    for (const interview of interviews) put(interview);
  });
  mirror.cursor = changes.headCursor;
  return {
    mirror,
    counts: { jobs: jobs.count, candidates: candidates.count, proposals: proposals.count },
    totals: { jobs: jobs.total, candidates: candidates.total, proposals: proposals.total },
  };
}
