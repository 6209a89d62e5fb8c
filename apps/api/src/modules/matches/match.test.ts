import { compareMatchResults, scoreMatch } from '@shortlist/domain/matching';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';
import { skillTaxonomy } from '../skills/skill-taxonomy.ts';
import { candidateProfileSelect, toCandidateProfile } from './to-candidate-profile.ts';
import { jobProfileSelect, toJobProfile } from './to-job-profile.ts';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

const SUGGESTED_CANDIDATES = /* GraphQL */ `
  query Suggested($id: ID!, $first: Int, $after: String, $filter: MatchFilter) {
    job(id: $id) {
      suggestedCandidates(first: $first, after: $after, filter: $filter) {
        edges {
          cursor
          node {
            score forwardScore reverseScore isBlocked
            candidate { id fullName skills { skill { name } } }
            job { id title }
            explanation {
              blockers { code message }
              categories { name weight score evidence }
              matchedSkills { skill { slug name } credit creditedBy { skill { name } relation } }
              missingSkills { skill { id } }
            }
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`;
const SUGGESTED_JOBS = /* GraphQL */ `
  query SuggestedJobs($id: ID!, $first: Int) {
    candidate(id: $id) { suggestedJobs(first: $first) { edges { node { score isBlocked job { id title clientCompany { name } } explanation { blockers { code } } } } } }
  }`;

let server: TestServer;
let recruiter: TestBrowser;
let candidate: TestBrowser;
let otherCandidate: TestBrowser;
let northwindId: string;
let samId: string;
let featuredJobId: string;

beforeAll(async () => {
  server = await startTestServer('demo');
  const { prisma } = server.db;
  northwindId = (await prisma.agency.findUniqueOrThrow({ where: { slug: 'northwind' } })).id;
  samId = (await prisma.candidateProfile.findFirstOrThrow({ where: { user: { email: 'candidate@shortlist.test' } } })).id;
  featuredJobId = (
    await prisma.job.findFirstOrThrow({ where: { agencyId: northwindId, status: 'OPEN', skills: { some: { requirement: 'MUST_HAVE' } } }, orderBy: { publishedAt: 'desc' } })
  ).id;
  recruiter = server.browser();
  candidate = server.browser();
  otherCandidate = server.browser();
  const otherLogin = await prisma.user.findFirstOrThrow({ where: { agencyId: northwindId, role: 'CANDIDATE', email: { not: 'candidate@shortlist.test' } } });
  await Promise.all([recruiter.signIn('recruiter@shortlist.test'), candidate.signIn('candidate@shortlist.test'), otherCandidate.signIn(otherLogin.email)]);
});
afterAll(() => server.close());

describe("a job's suggested candidates", () => {
  it("rank exactly as the domain's scoreMatch over every candidate of the agency", async () => {
    const { prisma } = server.db;
    const job = toJobProfile(await prisma.job.findUniqueOrThrow({ where: { id: featuredJobId }, select: jobProfileSelect }));
    const rows = await prisma.candidateProfile.findMany({ where: { agencyId: northwindId }, select: candidateProfileSelect });
    const now = { now: new Date() };
    const expected = rows
      .map((row) => scoreMatch(toCandidateProfile(row), job, skillTaxonomy, now))
      .sort((a, b) => compareMatchResults(a, b, 'candidate'))
      .slice(0, 5);

    const { body } = await recruiter.graphql(SUGGESTED_CANDIDATES, { id: gid('Job', featuredJobId), first: 5 });
    expect(body.errors).toBeUndefined();
    const edges = body.data.job.suggestedCandidates.edges;
    expect(edges.map((e: any) => [e.node.candidate.id, e.node.score, e.node.isBlocked])).toEqual(
      expected.map((m) => [gid('Candidate', m.candidateId), m.score, m.isBlocked]),
    );
    expect(edges[0].node.job).toEqual({ id: gid('Job', featuredJobId), title: job.title });
    expect(edges[0].node.explanation.categories.map((c: any) => c.name)).toEqual(expected[0]!.categories.map((c) => c.name));
    expect(edges[0].node.explanation.matchedSkills.map((s: any) => s.skill.slug)).toEqual(expected[0]!.matchedSkills.map((s) => s.skillId));
  });

  it('list the skills must-haves first, and keep the head of each list when asked for the first few', async () => {
    const { body } = await recruiter.graphql(
      /* GraphQL */ `
        query Heads($id: ID!) {
          job(id: $id) {
            skills { requirement skill { id } }
            suggestedCandidates(first: 10) {
              edges {
                node {
                  explanation {
                    matchedSkills { requirement skill { id } }
                    partialSkills { skill { id } }
                    missingSkills { skill { id } }
                    twoMatched: matchedSkills(first: 2) { skill { id } }
                    onePartial: partialSkills(first: 1) { skill { id } }
                    oneMissing: missingSkills(first: 1) { skill { id } }
                  }
                }
              }
            }
          }
        }
      `,
      { id: gid('Job', featuredJobId) },
    );
    expect(body.errors).toBeUndefined();
    const order = body.data.job.skills.map((s: any) => s.skill.id);
    const explanations = body.data.job.suggestedCandidates.edges.map((e: any) => e.node.explanation);
    expect(explanations.some((e: any) => e.matchedSkills.length > 2)).toBe(true);
    for (const e of explanations) {
      const ids = (list: any[]) => list.map((s: any) => s.skill.id);
      // In Job.skills' order, must-haves first, whichever list a skill falls in.
      for (const list of [e.matchedSkills, e.partialSkills, e.missingSkills]) {
        expect(ids(list)).toEqual(order.filter((id: string) => ids(list).includes(id)));
      }
      expect(e.matchedSkills.map((s: any) => s.requirement)).toEqual([...e.matchedSkills.map((s: any) => s.requirement)].sort());
      expect(ids(e.twoMatched)).toEqual(ids(e.matchedSkills).slice(0, 2));
      expect(ids(e.onePartial)).toEqual(ids(e.partialSkills).slice(0, 1));
      expect(ids(e.oneMissing)).toEqual(ids(e.missingSkills).slice(0, 1));
    }

    // Like every `first`, from 1 to 100: 0 is refused with the rule, not answered with an empty list.
    const none = await recruiter.graphql(
      /* GraphQL */ `query None($id: ID!) { job(id: $id) { suggestedCandidates(first: 1) { edges { node { explanation { missingSkills(first: 0) { skill { id } } } } } } } }`,
      { id: gid('Job', featuredJobId) },
    );
    expect(none.body.data).toBeUndefined();
    expect(none.body.errors[0]).toMatchObject({ message: '"first" must be between 1 and 100; got 0. Page through larger results with "after".', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('pages by rank without repeating or skipping a candidate', async () => {
    const all = await recruiter.graphql(SUGGESTED_CANDIDATES, { id: gid('Job', featuredJobId), first: 6 });
    const first = await recruiter.graphql(SUGGESTED_CANDIDATES, { id: gid('Job', featuredJobId), first: 3 });
    const page = first.body.data.job.suggestedCandidates;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await recruiter.graphql(SUGGESTED_CANDIDATES, { id: gid('Job', featuredJobId), first: 3, after: page.pageInfo.endCursor });
    const ids = (edges: any[]) => edges.map((e: any) => e.node.candidate.id);
    expect([...ids(page.edges), ...ids(second.body.data.job.suggestedCandidates.edges)]).toEqual(ids(all.body.data.job.suggestedCandidates.edges));
  });

  it('leaves out blocked matches and low scores when asked, and explains an unknown skill filter', async () => {
    const { body } = await recruiter.graphql(SUGGESTED_CANDIDATES, { id: gid('Job', featuredJobId), first: 50, filter: { excludeBlocked: true, minScore: 60 } });
    const nodes = body.data.job.suggestedCandidates.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect([node.isBlocked, node.score >= 60]).toEqual([false, true]);

    const unknown = await recruiter.graphql(SUGGESTED_CANDIDATES, { id: gid('Job', featuredJobId), filter: { requiredSkillNames: ['Postgress'] } });
    expect(unknown.body.errors[0].message).toBe('Unknown skill "Postgress". Did you mean PostgreSQL?');
    const name = await recruiter.graphql(SUGGESTED_CANDIDATES, { id: gid('Job', featuredJobId), filter: { excludedSkillIds: ['PostgreSQL'] } });
    expect(name.body.errors[0]).toMatchObject({ message: '"PostgreSQL" is not a skill ID. Pass IDs from Skill.id here, or names and aliases in excludedSkillNames.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('are not shown to a candidate', async () => {
    const { body } = await candidate.graphql(SUGGESTED_CANDIDATES, { id: gid('Job', featuredJobId) });
    expect(body.data.job.suggestedCandidates).toBeNull();
    expect(body.errors[0].message).toBe('You are not allowed to see or do this.');
  });
});

describe("a candidate's suggested jobs", () => {
  it('include a job created through the API on the next query, and move when the profile changes', async () => {
    const { prisma } = server.db;
    const created = await recruiter.graphql(
      'mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ... on CreateCandidateSuccess { candidate { id } } } }',
      {
        input: {
          fullName: 'Elena Ruiz',
          email: 'elena.ruiz@example.test',
          seniority: 'SENIOR',
          yearsExperience: 9,
          country: 'DE',
          city: 'Berlin',
          timeZone: 'Europe/Berlin',
          // Elixir for the new job, and a broad stack so that some seeded jobs are not blocked either.
          skills: ['Elixir', 'Erlang', 'TypeScript', 'Node.js', 'PostgreSQL', 'GraphQL', 'React', 'Python', 'AWS', 'Docker', 'Kubernetes', 'Java', 'Go'].map(
            (skill) => ({ skill, level: 5, years: 6 }),
          ),
          preferences: { minSalary: 80_000, currency: 'EUR', remotePreference: 'ONSITE' },
        },
      },
    );
    const elenaId = created.body.data.createCandidate.candidate.id;
    const rankOf = async (jobId: string | null) => {
      const { body } = await recruiter.graphql(SUGGESTED_JOBS, { id: elenaId, first: 100 });
      const edges = body.data.candidate.suggestedJobs.edges;
      return { index: edges.findIndex((e: any) => e.node.job.id === jobId), edges };
    };
    // The index is built (and cached) before the job exists.
    expect((await rankOf(null)).edges.length).toBeGreaterThan(0);

    const company = await prisma.clientCompany.findFirstOrThrow({ where: { agencyId: northwindId } });
    const job = await recruiter.graphql(
      'mutation($input: CreateJobInput!) { createJob(input: $input) { ... on CreateJobSuccess { job { id } } ... on Error { message } } }',
      {
        input: {
          clientCompanyId: gid('ClientCompany', company.id),
          title: 'Elixir Platform Lead',
          status: 'OPEN',
          seniority: 'SENIOR',
          currency: 'EUR',
          remotePolicy: 'HYBRID',
          city: 'Berlin',
          country: 'DE',
          timeZone: 'Europe/Berlin',
          salaryMin: 85_000,
          salaryMax: 100_000,
          skills: [
            { skill: 'elixir', requirement: 'MUST_HAVE', minLevel: 4 },
            { skill: 'erlang', requirement: 'NICE_TO_HAVE', weight: 3 },
          ],
        },
      },
    );
    const jobId = job.body.data.createJob.job.id;
    const withJob = await rankOf(jobId);
    expect(withJob.index).toBeGreaterThanOrEqual(0);
    expect(withJob.edges[withJob.index].node.isBlocked).toBe(false);
    expect(withJob.edges[withJob.index].node.score).toBe(Math.max(...withJob.edges.map((e: any) => e.node.score)));

    // The job's side reads the indexed candidates: Elena, with Erlang, is among those who have it.
    const withErlang = async () =>
      (await recruiter.graphql(SUGGESTED_CANDIDATES, { id: jobId, first: 50, filter: { requiredSkillIds: [gid('Skill', 'erlang')] } })).body.data.job.suggestedCandidates.edges.map(
        (e: any) => e.node.candidate.id,
      );
    expect(await withErlang()).toContain(elenaId);

    const edit = await recruiter.graphql(
      'mutation($input: UpdateCandidateProfileInput!) { updateCandidateProfile(input: $input) { __typename } }',
      { input: { candidateId: elenaId, skills: ['TypeScript', 'Node.js', 'PostgreSQL', 'GraphQL', 'React', 'Python', 'AWS', 'Docker', 'Kubernetes', 'Java', 'Go'].map((skill) => ({ skill, level: 5, years: 6 })) } },
    );
    expect(edit.body.data.updateCandidateProfile.__typename).toBe('UpdateCandidateProfileSuccess');
    const afterEdit = await rankOf(jobId);
    expect(afterEdit.edges.some((e: any) => !e.node.isBlocked)).toBe(true);
    expect(afterEdit.index).toBeGreaterThan(withJob.index);
    expect(afterEdit.edges[afterEdit.index].node.isBlocked).toBe(true);
    expect(afterEdit.edges[afterEdit.index].node.explanation.blockers).toEqual([{ code: 'MISSING_MUST_HAVE' }]);
    expect(await withErlang()).not.toContain(elenaId);
  });

  it('are shown to the candidate themself, but not to another candidate', async () => {
    const own = await candidate.graphql(SUGGESTED_JOBS, { id: gid('Candidate', samId), first: 3 });
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data.candidate.suggestedJobs.edges).toHaveLength(3);
    const other = await otherCandidate.graphql(SUGGESTED_JOBS, { id: gid('Candidate', samId), first: 3 });
    expect(other.body.data.candidate).toBeNull();
  });
});

describe('a match as a node', () => {
  const MATCH_NODE = /* GraphQL */ `
    query MatchNode($id: ID!) { node(id: $id) { __typename id ... on Match { score forwardScore reverseScore isBlocked updatedAt job { id } candidate { id } } } }`;
  const SUGGESTED_JOB_IDS = /* GraphQL */ `
    query SuggestedJobIds($id: ID!) { candidate(id: $id) { suggestedJobs(first: 2) { edges { node { id score forwardScore reverseScore isBlocked updatedAt job { id } candidate { id } } } } } }`;

  it("is found again through node(id) with the score the ranking gave it, by the agency's staff and the candidate", async () => {
    const ranked = await recruiter.graphql(SUGGESTED_JOB_IDS, { id: gid('Candidate', samId) });
    expect(ranked.body.errors, JSON.stringify(ranked.body.errors)).toBeUndefined();
    const match = ranked.body.data.candidate.suggestedJobs.edges[0].node;
    expect(match.candidate.id).toBe(gid('Candidate', samId));
    const [job, sam] = await Promise.all([
      server.db.prisma.job.findUniqueOrThrow({ where: { id: Buffer.from(match.job.id, 'base64').toString().split(':')[1]! } }),
      server.db.prisma.candidateProfile.findUniqueOrThrow({ where: { id: samId } }),
    ]);
    expect(match.updatedAt).toBe(new Date(Math.max(job.updatedAt.getTime(), sam.updatedAt.getTime())).toISOString());
    for (const viewer of [recruiter, candidate]) {
      const { body } = await viewer.graphql(MATCH_NODE, { id: match.id });
      expect(body.errors).toBeUndefined();
      expect(body.data.node).toEqual({ __typename: 'Match', ...match });
    }
    const again = await candidate.graphql(SUGGESTED_JOB_IDS, { id: gid('Candidate', samId) });
    expect(again.body.data.candidate.suggestedJobs.edges.map((e: any) => e.node.id)).toEqual(ranked.body.data.candidate.suggestedJobs.edges.map((e: any) => e.node.id));
  });

  it('is null for another candidate, anyone signed out, another agency and an ID naming no pair', async () => {
    const ranked = await recruiter.graphql(SUGGESTED_JOB_IDS, { id: gid('Candidate', samId) });
    const match = ranked.body.data.candidate.suggestedJobs.edges[0].node;
    const otherAgency = server.browser();
    await otherAgency.signIn('recruiter@otheragency.test');
    for (const answer of [await otherCandidate.graphql(MATCH_NODE, { id: match.id }), await server.graphql(MATCH_NODE, { id: match.id }), await otherAgency.graphql(MATCH_NODE, { id: match.id })]) {
      expect(answer.body.data.node).toBeNull();
      // Data and errors, not extensions: the cost's numbers and reset time can hold the score's digits ("…:57.946Z").
      expect(JSON.stringify({ data: answer.body.data, errors: answer.body.errors })).not.toContain(String(match.score));
    }
    const jobUuid = Buffer.from(match.job.id, 'base64').toString().split(':')[1];
    const nobody = gid('Match', `${jobUuid}:00000000-0000-4000-8000-000000000000`);
    expect((await recruiter.graphql(MATCH_NODE, { id: nobody })).body.data.node).toBeNull();
  });
});
