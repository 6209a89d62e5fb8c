import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const SKILLS = 'query($search: String, $first: Int) { skills(search: $search, first: $first) { id slug name category aliases } }';
const NODES = 'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Skill { slug name } } }';

let server: TestServer;
let candidate: TestBrowser;
beforeAll(async () => {
  server = await startTestServer('demo');
  candidate = server.browser();
  await candidate.signIn('candidate@shortlist.test');
});
afterAll(() => server.close());

describe('the skills autocomplete', () => {
  it('finds a skill by its alias first, with its canonical name and category', async () => {
    const { body } = await candidate.graphql(SKILLS, { search: 'k8s', first: 5 });
    expect(body.data.skills[0]).toMatchObject({ id: encodeGlobalID('Skill', 'kubernetes'), slug: 'kubernetes', name: 'Kubernetes' });
    expect(body.data.skills[0].aliases).toContain('k8s');
  });

  it('completes a prefix and forgives a typo', async () => {
    const prefix = (await candidate.graphql(SKILLS, { search: 'postg', first: 3 })).body.data.skills.map((s: any) => s.name);
    expect(prefix[0]).toBe('PostgreSQL');
    const typo = (await candidate.graphql(SKILLS, { search: 'Kubernets', first: 3 })).body.data.skills.map((s: any) => s.name);
    expect(typo[0]).toBe('Kubernetes');
  });

  it('is for signed-in people only', async () => {
    const { body } = await server.graphql(SKILLS, { search: 'react' });
    expect(body.errors[0].message).toBe('You are not allowed to see or do this.');
  });
});

describe('a skill is a Node', () => {
  it('node and nodes read a skill by the id the autocomplete gave, for anyone, signed in or not; an unknown slug is null', async () => {
    const { body: found } = await candidate.graphql(SKILLS, { search: 'k8s', first: 1 });
    const kubernetes = found.data.skills[0];
    const ids = [kubernetes.id, encodeGlobalID('Skill', 'no-such-skill'), encodeGlobalID('Skill', 'Robert; DROP TABLE')];
    for (const { body } of [await candidate.graphql(NODES, { ids }), await server.graphql(NODES, { ids })]) {
      expect(body.errors).toBeUndefined();
      expect(body.data.nodes).toEqual([{ __typename: 'Skill', id: kubernetes.id, slug: 'kubernetes', name: 'Kubernetes' }, null, null]);
    }
  });

  it('its id is accepted where a skill is asked for, as its slug and names are', async () => {
    const recruiter = server.browser();
    await recruiter.signIn('recruiter@shortlist.test');
    const { body: jobs } = await recruiter.graphql('{ jobs(first: 1) { edges { node { id } } } }');
    const jobId = jobs.data.jobs.edges[0].node.id;
    const { body } = await recruiter.graphql(
      `mutation($input: UpdateJobInput!) { updateJob(input: $input) {
        __typename ... on Error { message } ... on UpdateJobSuccess { job { skills { skill { id slug } } } } } }`,
      {
        input: {
          id: jobId,
          skills: [
            { skill: encodeGlobalID('Skill', 'kubernetes'), requirement: 'MUST_HAVE', minLevel: 3 },
            { skill: 'postgresql', requirement: 'NICE_TO_HAVE', weight: 2 },
          ],
        },
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.updateJob.__typename, JSON.stringify(body.data.updateJob)).toBe('UpdateJobSuccess');
    expect(body.data.updateJob.job.skills.map((s: any) => s.skill.slug).sort()).toEqual(['kubernetes', 'postgresql']);
  });
});
