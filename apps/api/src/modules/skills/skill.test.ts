import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const SKILLS = 'query($search: String, $first: Int) { skills(search: $search, first: $first) { id name category aliases } }';

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
    expect(body.data.skills[0]).toMatchObject({ id: 'kubernetes', name: 'Kubernetes' });
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
