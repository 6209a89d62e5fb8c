import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCandidateProfile } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

// Issue 13, B3 and B10: input that cannot be true is refused on its field, on both engines, instead of being kept.

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

const CREATE_JOB = /* GraphQL */ `
  mutation CreateJob($input: CreateJobInput!) {
    createJob(input: $input) {
      __typename
      ... on CreateJobSuccess { job { id status startDate country } }
      ... on ValidationError { fieldErrors { field message } }
    }
  }`;
const UPDATE_JOB = /* GraphQL */ `
  mutation UpdateJob($input: UpdateJobInput!) {
    updateJob(input: $input) {
      __typename
      ... on UpdateJobSuccess { job { id status title startDate } }
      ... on ValidationError { fieldErrors { field message } }
    }
  }`;
const CREATE_CANDIDATE = /* GraphQL */ `
  mutation CreateCandidate($input: CreateCandidateInput!) {
    createCandidate(input: $input) {
      __typename
      ... on CreateCandidateSuccess { candidate { id country } }
      ... on ValidationError { fieldErrors { field message } }
    }
  }`;
const UPDATE_CANDIDATE = /* GraphQL */ `
  mutation Update($input: UpdateCandidateProfileInput!) {
    updateCandidateProfile(input: $input) {
      __typename
      ... on UpdateCandidateProfileSuccess { candidate { id yearsExperience skills { years } preferences { targetOpportunities } } }
      ... on ValidationError { fieldErrors { field message } }
    }
  }`;

let server: TestServer;
let recruiter: TestBrowser;
let companyGid: string;
let agencyId: string;

const jobInput = (overrides: Record<string, unknown> = {}) => ({
  clientCompanyId: companyGid,
  title: 'Platform Engineer',
  seniority: 'SENIOR',
  currency: 'EUR',
  remotePolicy: 'HYBRID',
  city: 'Berlin',
  country: 'DE',
  timeZone: 'Europe/Berlin',
  ...overrides,
});
const candidateInput = (overrides: Record<string, unknown> = {}) => ({
  fullName: 'Robin Honest',
  email: `robin.${Math.random().toString(36).slice(2)}@example.test`,
  seniority: 'MID',
  country: 'DE',
  timeZone: 'Europe/Berlin',
  ...overrides,
});
const PAST = '2020-01-01T00:00:00.000Z';
const nextYear = () => `${new Date().getUTCFullYear() + 1}-03-01T00:00:00.000Z`;

beforeAll(async () => {
  server = await startTestServer('demo');
  const { prisma } = server.db;
  agencyId = (await prisma.agency.findUniqueOrThrow({ where: { slug: 'northwind' } })).id;
  companyGid = gid('ClientCompany', (await prisma.clientCompany.findFirstOrThrow({ where: { agencyId } })).id);
  ({ recruiter } = await signInDemoUsers(server));
});
afterAll(() => server.close());

describe('B3: the country is an ISO 3166-1 code', () => {
  it('refuses "Germany", "GERMANY" and region codes that are not countries (EU, UN) on the country field, for jobs and candidates', async () => {
    for (const country of ['Germany', 'GERMANY', 'EU', 'UN', 'ZZ']) {
      const job = (await recruiter.graphql(CREATE_JOB, { input: jobInput({ country }) })).body.data.createJob;
      expect(job).toEqual({ __typename: 'ValidationError', fieldErrors: [{ field: 'country', message: 'Country is an ISO 3166-1 country code, like DE for Germany.' }] });
      const candidate = (await recruiter.graphql(CREATE_CANDIDATE, { input: candidateInput({ country }) })).body.data.createCandidate;
      expect(candidate.fieldErrors).toEqual([{ field: 'country', message: 'Country is an ISO 3166-1 country code, like DE for Germany.' }]);
    }
  });

  it('keeps an assigned code as given, Georgia included', async () => {
    const job = (await recruiter.graphql(CREATE_JOB, { input: jobInput({ country: 'ge', city: 'Tbilisi', timeZone: 'Asia/Tbilisi' }) })).body.data.createJob;
    expect(job.job.country).toBe('GE');
  });
});

describe("B10: a job's start date", () => {
  it('refuses a past start date on a job published at once, and lets a draft keep it', async () => {
    const open = (await recruiter.graphql(CREATE_JOB, { input: jobInput({ status: 'OPEN', startDate: PAST }) })).body.data.createJob;
    expect(open.__typename).toBe('ValidationError');
    expect(open.fieldErrors).toEqual([{ field: 'startDate', message: expect.stringContaining('An open job cannot start in the past') }]);
    const draft = (await recruiter.graphql(CREATE_JOB, { input: jobInput({ startDate: PAST }) })).body.data.createJob;
    expect(draft.job).toMatchObject({ status: 'DRAFT', startDate: PAST });

    const publish = (await recruiter.graphql(UPDATE_JOB, { input: { id: draft.job.id, status: 'OPEN' } })).body.data.updateJob;
    expect(publish.fieldErrors).toEqual([{ field: 'startDate', message: expect.stringContaining('An open job cannot start in the past') }]);
    const moved = (await recruiter.graphql(UPDATE_JOB, { input: { id: draft.job.id, status: 'OPEN', startDate: nextYear() } })).body.data.updateJob;
    expect(moved.job).toMatchObject({ status: 'OPEN', startDate: nextYear() });

    const backdated = (await recruiter.graphql(UPDATE_JOB, { input: { id: draft.job.id, startDate: PAST } })).body.data.updateJob;
    expect(backdated.__typename).toBe('ValidationError');
    expect((await server.db.prisma.job.findFirstOrThrow({ where: { id: Buffer.from(draft.job.id, 'base64').toString().split(':')[1] } })).startDate?.toISOString()).toBe(nextYear());
  });

  it('lets an open job whose start has come and gone be edited with the same date sent back', async () => {
    const job = (await recruiter.graphql(CREATE_JOB, { input: jobInput({ status: 'OPEN', startDate: nextYear() }) })).body.data.createJob.job;
    const id = Buffer.from(job.id, 'base64').toString().split(':')[1]!;
    await server.db.prisma.job.update({ where: { id }, data: { startDate: new Date(PAST) } });
    const edited = (await recruiter.graphql(UPDATE_JOB, { input: { id: job.id, title: 'Renamed', startDate: PAST } })).body.data.updateJob;
    expect(edited.job).toMatchObject({ title: 'Renamed', startDate: PAST });
  });
});

describe("B10: a candidate's numbers", () => {
  it('refuses a target of 0 opportunities on its field', async () => {
    const created = (await recruiter.graphql(CREATE_CANDIDATE, { input: candidateInput({ preferences: { targetOpportunities: 0 } }) })).body.data.createCandidate;
    expect(created.fieldErrors).toEqual([{ field: 'preferences.targetOpportunities', message: 'Ask for at least one opportunity at a time.' }]);
  });

  it('refuses "Docker, 80 years" for someone with 8 years of experience, on the skill row, and accepts 8', async () => {
    const candidate = await createCandidateProfile(server.db.prisma, agencyId, [], { yearsExperience: 8 });
    const candidateId = gid('Candidate', candidate.id);
    const tooMany = (await recruiter.graphql(UPDATE_CANDIDATE, { input: { candidateId, skills: [{ skill: 'Go', level: 3, years: 2 }, { skill: 'Docker', level: 3, years: 80 }] } }))
      .body.data.updateCandidateProfile;
    expect(tooMany).toEqual({ __typename: 'ValidationError', fieldErrors: [{ field: 'skills.1.years', message: '80 years is more than the 8 years of experience in total.' }] });
    expect(await server.db.prisma.candidateSkill.count({ where: { candidateId: candidate.id } })).toBe(0);

    const fits = (await recruiter.graphql(UPDATE_CANDIDATE, { input: { candidateId, skills: [{ skill: 'Docker', level: 3, years: 8 }] } })).body.data.updateCandidateProfile;
    expect(fits.candidate.skills).toEqual([{ years: 8 }]);

    const lowered = (await recruiter.graphql(UPDATE_CANDIDATE, { input: { candidateId, yearsExperience: 3 } })).body.data.updateCandidateProfile;
    expect(lowered.fieldErrors).toEqual([{ field: 'yearsExperience', message: 'A skill on the profile has 8 years of use, more than 3 years of experience in total.' }]);
    const both = (await recruiter.graphql(UPDATE_CANDIDATE, { input: { candidateId, yearsExperience: 12, skills: [{ skill: 'Docker', level: 3, years: 10 }] } })).body.data
      .updateCandidateProfile;
    expect(both.candidate).toMatchObject({ yearsExperience: 12, skills: [{ years: 10 }] });
  });

  it('refuses the same on registration', async () => {
    const created = (await recruiter.graphql(CREATE_CANDIDATE, { input: candidateInput({ yearsExperience: 8, skills: [{ skill: 'Docker', level: 3, years: 80 }] }) })).body.data
      .createCandidate;
    expect(created.fieldErrors).toEqual([{ field: 'skills.0.years', message: '80 years is more than the 8 years of experience in total.' }]);
  });
});
