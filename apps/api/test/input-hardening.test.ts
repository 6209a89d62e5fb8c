// Issue 9, "every input is validated at the edge": plain input that used to answer a 500 (a NUL byte, a year-0000
// date, a 5,000-token query) or ran wild (LIKE wildcards, a 100 kB location) now gets a clear answer. Mutation
// fields answer a per-field ValidationError a form can show; anything else is refused with a 400 naming the path.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJob } from './factories.ts';
import { startTestServer, type TestBrowser, type TestServer } from './start-test-server.ts';

let server: TestServer;
let recruiter: TestBrowser;
let admin: TestBrowser;
let agencyId: string;
let clientCompanyId: string;
let candidateGid: string;

beforeAll(async () => {
  server = await startTestServer('demo');
  recruiter = server.browser();
  admin = server.browser();
  await Promise.all([recruiter.signIn('recruiter@shortlist.test'), admin.signIn('admin@shortlist.test')]);
  const prisma = server.db.prisma;
  agencyId = (await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } })).agencyId!;
  clientCompanyId = (await prisma.clientCompany.findFirstOrThrow({ where: { agencyId } })).id;
  candidateGid = encodeGlobalID('Candidate', (await prisma.candidateProfile.findFirstOrThrow({ where: { agencyId } })).id);
});
afterAll(() => server?.close());

const JOB_BOARD = 'query($search: String) { jobBoard(first: 50, filter: { search: $search }) { edges { node { title } } } }';
const CREATE_JOB = `mutation($input: CreateJobInput!) {
  createJob(input: $input) { __typename ... on ValidationError { fieldErrors { field message } } ... on CreateJobSuccess { job { title } } }
}`;
const jobInput = (overrides: Record<string, unknown> = {}) => ({
  clientCompanyId: encodeGlobalID('ClientCompany', clientCompanyId),
  title: 'Platform Engineer',
  country: 'DE',
  currency: 'EUR',
  timeZone: 'Europe/Berlin',
  remotePolicy: 'HYBRID',
  seniority: 'SENIOR',
  ...overrides,
});

describe('a NUL byte', () => {
  it('in the job board search is refused with a 400 naming the variable, for a variable and a literal alike', async () => {
    const viaVariable = await server.graphql(JOB_BOARD, { search: 'engineer\u0000' });
    expect(viaVariable.status).toBe(400);
    expect(viaVariable.body.errors[0].message).toBe('$search contains a control character (such as a NUL byte); text may only hold tabs and line breaks.');
    expect(viaVariable.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const viaLiteral = await server.graphql('{ jobBoard(filter: { search: "engineer\\u0000" }) { edges { cursor } } }');
    expect(viaLiteral.status).toBe(400);
    expect(viaLiteral.body.errors[0].message).toContain('jobBoard(filter).search contains a control character');
  });

  it('in a job title is a ValidationError on the title, and nothing is written', async () => {
    const { status, body } = await recruiter.graphql(CREATE_JOB, { input: jobInput({ title: 'Platform\u0000Engineer' }) });
    expect(status).toBe(200);
    expect(body.data.createJob).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ field: 'title', message: 'Title cannot contain control characters (such as a NUL byte).' }],
    });
    expect(await server.db.prisma.job.count({ where: { title: { startsWith: 'Platform' } } })).toBe(0);
  });

  it('in a candidate summary and in an API key name is a ValidationError on that field', async () => {
    const summary = await recruiter.graphql(
      'mutation($input: UpdateCandidateProfileInput!) { r: updateCandidateProfile(input: $input) { __typename ... on ValidationError { fieldErrors { field } } } }',
      { input: { candidateId: candidateGid, summary: 'Builds things.\u0000' } },
    );
    expect(summary.body.data.r).toEqual({ __typename: 'ValidationError', fieldErrors: [{ field: 'summary' }] });
    const keyName = await admin.graphql(
      'mutation($input: CreateApiKeyInput!) { r: createApiKey(input: $input) { __typename ... on ValidationError { fieldErrors { field } } } }',
      { input: { name: 'Partner\u0000key', scopes: ['JOBS_READ'] } },
    );
    expect(keyName.body.data.r).toEqual({ __typename: 'ValidationError', fieldErrors: [{ field: 'name' }] });
  });

  it('in a proposal message is a ValidationError on the message', async () => {
    const { body } = await recruiter.graphql(
      'mutation($input: ProposeMatchInput!) { r: proposeMatch(input: $input) { __typename ... on ValidationError { fieldErrors { field } } } }',
      {
        input: {
          jobId: encodeGlobalID('Job', randomUUID()),
          candidateId: candidateGid,
          message: 'We would love you to meet the team.\u0000',
          slots: [],
        },
      },
    );
    expect(body.data.r).toEqual({ __typename: 'ValidationError', fieldErrors: [{ field: 'message' }] });
  });

  it('while tabs and line breaks in long text are kept', async () => {
    const summary = 'First line.\r\n\tSecond line.';
    const { body } = await recruiter.graphql(
      'mutation($input: UpdateCandidateProfileInput!) { r: updateCandidateProfile(input: $input) { __typename ... on UpdateCandidateProfileSuccess { candidate { summary } } } }',
      { input: { candidateId: candidateGid, summary } },
    );
    expect(body.data.r).toEqual({ __typename: 'UpdateCandidateProfileSuccess', candidate: { summary: summary.trim() } });
  });
});

describe('a date in year 0000', () => {
  const YEAR_ZERO = '0000-01-01T00:00:00Z';

  it("is refused with a 400 saying the range, as a job's start date, an experience's start and an earliest start", async () => {
    const job = await recruiter.graphql(CREATE_JOB, { input: jobInput({ startDate: YEAR_ZERO }) });
    const experience = await recruiter.graphql('mutation($input: UpdateCandidateProfileInput!) { r: updateCandidateProfile(input: $input) { __typename } }', {
      input: { candidateId: candidateGid, experiences: [{ title: 'Engineer', company: 'Acme', startDate: YEAR_ZERO }] },
    });
    const earliestStart = await recruiter.graphql('mutation($at: DateTime!) { r: updateCandidateProfile(input: { candidateId: "x", preferences: { earliestStart: $at } }) { __typename } }', {
      at: YEAR_ZERO,
    });
    for (const { status, body } of [job, experience, earliestStart]) {
      expect(status).toBe(400);
      expect(JSON.stringify(body.errors)).toContain('DateTime must be between the years 1900 and 2200');
    }
  });
});

describe('the job board search', () => {
  it('matches % and _ literally, not as wildcards', async () => {
    const clientCompanyOfJobs = clientCompanyId;
    await createJob(server.db.prisma, agencyId, clientCompanyOfJobs, { title: `Growth Lead, 100% remote ${randomUUID().slice(0, 4)}` });
    await createJob(server.db.prisma, agencyId, clientCompanyOfJobs, { title: `snake_case Wrangler ${randomUUID().slice(0, 4)}` });
    const titles = async (search: string) =>
      ((await server.graphql(JOB_BOARD, { search })).body.data.jobBoard.edges as Array<{ node: { title: string } }>).map((e) => e.node.title);
    expect(await titles('%')).toEqual([expect.stringContaining('100% remote')]);
    expect(await titles('_')).toEqual([expect.stringContaining('snake_case')]);
    expect(await titles('e_c')).toEqual([expect.stringContaining('snake_case')]);
    expect(await titles('\\')).toEqual([]);
  });
});

describe('lengths', () => {
  it('a 100 kB interview location is a ValidationError on the location, before anything is looked up', async () => {
    const { status, body } = await recruiter.graphql(
      'mutation($input: ScheduleInterviewInput!) { r: scheduleInterview(input: $input) { __typename ... on ValidationError { fieldErrors { field message } } } }',
      {
        input: {
          proposalId: encodeGlobalID('Proposal', randomUUID()),
          startsAt: '2030-01-07T09:00:00Z',
          endsAt: '2030-01-07T10:00:00Z',
          timeZone: 'Europe/Berlin',
          format: 'ONSITE',
          location: 'x'.repeat(100_000),
        },
      },
    );
    expect(status).toBe(200);
    expect(body.data.r).toEqual({ __typename: 'ValidationError', fieldErrors: [{ field: 'location', message: 'Location is at most 20,000 characters.' }] });
  });

  it('an interview location is one line of at most 500 characters, when scheduling and when proposing', async () => {
    const slot = { startsAt: '2030-01-07T09:00:00Z', endsAt: '2030-01-07T10:00:00Z', timeZone: 'Europe/Berlin', format: 'ONSITE' };
    const scheduled = await recruiter.graphql(
      'mutation($input: ScheduleInterviewInput!) { r: scheduleInterview(input: $input) { __typename ... on ValidationError { fieldErrors { field message } } } }',
      { input: { proposalId: encodeGlobalID('Proposal', (await server.db.prisma.proposal.findFirstOrThrow({ where: { agencyId, status: 'ACCEPTED' } })).id), ...slot, location: 'x'.repeat(501) } },
    );
    const proposed = await recruiter.graphql(
      'mutation($input: ProposeMatchInput!) { r: proposeMatch(input: $input) { __typename ... on ValidationError { fieldErrors { field message } } } }',
      {
        input: {
          jobId: encodeGlobalID('Job', (await server.db.prisma.job.findFirstOrThrow({ where: { agencyId, status: 'OPEN' } })).id),
          candidateId: candidateGid,
          message: 'We would love you to meet the team.',
          slots: [{ ...slot, location: 'Hauptstraße 1\nBerlin' }],
        },
      },
    );
    expect(scheduled.body.data.r).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ field: 'location', message: 'The location is at most 500 characters.' }],
    });
    expect(proposed.body.data.r).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ field: 'slots.0.location', message: 'The location is one line, without line breaks or tabs.' }],
    });
  });

  it('a job title is one line', async () => {
    const { body } = await recruiter.graphql(CREATE_JOB, { input: jobInput({ title: 'Platform\nEngineer' }) });
    expect(body.data.createJob).toEqual({
      __typename: 'ValidationError',
      fieldErrors: [{ field: 'title', message: 'Title is one line, without line breaks or tabs.' }],
    });
  });

  it('a 30,000-character search is refused with a 400', async () => {
    const { status, body } = await server.graphql(JOB_BOARD, { search: 'a'.repeat(30_000) });
    expect(status).toBe(400);
    expect(body.errors[0].message).toBe('$search is longer than 20,000 characters.');
  });
});

describe('a query of 5,000 tokens', () => {
  it('is refused with a 400 that says why', async () => {
    const query = `{ ${Array.from({ length: 5000 }, () => '__typename').join(' ')} }`;
    const { status, body } = await server.graphql(query);
    expect(status).toBe(400);
    expect(body.errors[0].message).toMatch(/token/i);
  });
});
