// Issue 11: every connection refuses `first` with `last`, and takes only a cursor of its own list; another list's
// cursor or garbage used to give a silent empty page, which a partner's sync reads as "nothing more".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from './start-test-server.ts';

let server: TestServer;
let recruiter: TestBrowser;
let candidate: TestBrowser;

const LISTS = {
  jobs: 'jobs',
  candidates: 'candidates',
  proposals: 'proposals',
  notifications: 'notifications',
} as const;
type List = keyof typeof LISTS;

const pageQuery = (list: List) => `query($first: Int, $last: Int, $after: String, $before: String) {
  ${list}(first: $first, last: $last, after: $after, before: $before) {
    edges { cursor node { id } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

/** Who reads each list: staff read the agency's lists, the candidate their own notifications. */
const readerOf = (list: List) => (list === 'notifications' ? candidate : recruiter);

async function page(list: List, variables: Record<string, unknown>) {
  const { body } = await readerOf(list).graphql(pageQuery(list), variables);
  return body;
}

async function ids(list: List, variables: Record<string, unknown>): Promise<{ ids: string[]; startCursor: string; endCursor: string }> {
  const body = await page(list, variables);
  expect(body.errors).toBeUndefined();
  const connection = body.data[list];
  return { ids: connection.edges.map((edge: any) => edge.node.id), startCursor: connection.pageInfo.startCursor, endCursor: connection.pageInfo.endCursor };
}

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ recruiter, candidate } = await signInDemoUsers(server));
});

afterAll(() => server?.close());

describe.each(Object.keys(LISTS) as List[])('%s', (list) => {
  it('refuses first and last together with BAD_USER_INPUT instead of paging from one end', async () => {
    const body = await page(list, { first: 2, last: 2 });
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/^Pass either first or last, not both/);
  });

  it('pages forward and back with its own cursors', async () => {
    const all = await ids(list, { first: 4 });
    expect(all.ids.length, 'the demo seed has at least four in this list').toBe(4);
    const first = await ids(list, { first: 2 });
    const second = await ids(list, { first: 2, after: first.endCursor });
    expect([...first.ids, ...second.ids]).toEqual(all.ids);
    const back = await ids(list, { last: 2, before: second.startCursor });
    expect(back.ids).toEqual(first.ids);
  });

  it("refuses another list's cursor, a hand-made row cursor and garbage, each as BAD_USER_INPUT naming the argument", async () => {
    const otherList: List = list === 'jobs' ? 'proposals' : 'jobs';
    const foreign = (await ids(otherList, { first: 1 })).endCursor;
    const own = await ids(list, { first: 1 });
    // What Pothos's own cursors look like: the bare row ID of a row of this very list.
    const bareRowId = Buffer.from(`GPC:S:${Buffer.from(own.ids[0]!, 'base64').toString().split(':')[1]}`).toString('base64');
    for (const [argument, cursor] of [
      ['after', foreign],
      ['before', foreign],
      ['after', bareRowId],
      ['after', 'not a cursor'],
      ['after', Buffer.from(`Query.${list}:GPC:S:0`).toString('base64url')],
    ] as const) {
      const body = await page(list, { [argument === 'after' ? 'first' : 'last']: 2, [argument]: cursor });
      expect(body.data, `${argument}: ${cursor}`).toBeNull();
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument, reason: 'INVALID_CURSOR' });
      expect(body.errors[0].message).toMatch(/^This cursor does not belong to this list/);
    }
  });
});

describe('a connection loaded with its parent (Job.proposals)', () => {
  const JOB_PROPOSALS = `query($id: ID!, $first: Int, $last: Int, $after: String) {
    job(id: $id) { proposals(first: $first, last: $last, after: $after) { edges { cursor node { id } } pageInfo { endCursor } } }
  }`;

  it("pages with its own cursors and refuses the proposals list's cursor and first with last", async () => {
    const { body: jobs } = await recruiter.graphql('{ jobs(first: 50) { edges { node { id proposals(first: 3) { edges { node { id } } } } } } }');
    const job = jobs.data.jobs.edges.map((edge: any) => edge.node).find((node: any) => node.proposals.edges.length >= 2);
    expect(job, 'a demo job with at least two proposals').toBeDefined();

    const { body: first } = await recruiter.graphql(JOB_PROPOSALS, { id: job.id, first: 1 });
    const { body: next } = await recruiter.graphql(JOB_PROPOSALS, { id: job.id, first: 1, after: first.data.job.proposals.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    expect(next.data.job.proposals.edges.map((edge: any) => edge.node.id)).toEqual([job.proposals.edges[1].node.id]);

    const foreign = (await ids('proposals', { first: 1 })).endCursor;
    const { body: refused } = await recruiter.graphql(JOB_PROPOSALS, { id: job.id, first: 1, after: foreign });
    expect(refused.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });

    const { body: both } = await recruiter.graphql(JOB_PROPOSALS, { id: job.id, first: 1, last: 1 });
    expect(both.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(both.errors[0].message).toMatch(/^Pass either first or last, not both/);
  });
});
