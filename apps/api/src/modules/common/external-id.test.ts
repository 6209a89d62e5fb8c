// External IDs (issue 11): a partner's own reference on jobs and candidates, set by staff and keys with the write scope, read by staff and keys with
// the read scope, filterable, unique per agency (a readable ValidationError, never a 500) and reusable by another agency.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerKey } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

let server: TestServer;
let recruiter: TestBrowser;
let otherRecruiter: TestBrowser;
let candidate: TestBrowser;
let northwind: { id: string; companyId: string };
let harbor: { id: string; companyId: string };
let samId: string;
let run = 0;

const CREATE_JOB = `mutation($input: CreateJobInput!) {
  createJob(input: $input) { __typename ... on Error { message } ... on ValidationError { fieldErrors { field message } } ... on CreateJobSuccess { job { id externalId } } }
}`;
const UPDATE_JOB = `mutation($input: UpdateJobInput!) {
  updateJob(input: $input) { __typename ... on Error { message } ... on ValidationError { fieldErrors { field message } } ... on UpdateJobSuccess { job { id externalId } } }
}`;
const JOBS = `query($ids: [String!]) { jobs(first: 50, filter: { externalIds: $ids }) { edges { node { id externalId } } } }`;
const CREATE_CANDIDATE = `mutation($input: CreateCandidateInput!) {
  createCandidate(input: $input) { __typename ... on Error { message } ... on ValidationError { fieldErrors { field message } } ... on CreateCandidateSuccess { candidate { id externalId } } }
}`;
const UPDATE_CANDIDATE = `mutation($input: UpdateCandidateProfileInput!) {
  updateCandidateProfile(input: $input) { __typename ... on Error { message } ... on ValidationError { fieldErrors { field message } } ... on UpdateCandidateProfileSuccess { candidate { id externalId } } }
}`;
const CANDIDATES = `query($ids: [String!]) { candidates(first: 50, filter: { externalIds: $ids }) { edges { node { id externalId } } } }`;

const jobInput = (companyId: string, externalId: string | null | undefined) => ({
  clientCompanyId: encodeGlobalID('ClientCompany', companyId),
  title: 'Integration Engineer',
  seniority: 'MID',
  currency: 'EUR',
  remotePolicy: 'REMOTE',
  country: 'DE',
  timeZone: 'Europe/Berlin',
  ...(externalId === undefined ? {} : { externalId }),
});
const candidateInput = (externalId: string | null | undefined) => ({
  fullName: 'Robin Weber',
  email: `robin.${++run}.${Date.now()}@example.test`,
  seniority: 'MID',
  country: 'DE',
  timeZone: 'Europe/Berlin',
  ...(externalId === undefined ? {} : { externalId }),
});
const unique = (prefix: string) => `${prefix}-${++run}-${Date.now()}`;
const nodesOf = (body: any, list: 'jobs' | 'candidates') => body.data[list].edges.map((e: any) => e.node);

beforeAll(async () => {
  server = await startTestServer('demo');
  const { prisma } = server.db;
  const agencies = await Promise.all(
    ['northwind', 'harbor-finch'].map(async (slug) => {
      const agency = await prisma.agency.findUniqueOrThrow({ where: { slug } });
      const company = await prisma.clientCompany.findFirstOrThrow({ where: { agencyId: agency.id }, orderBy: { id: 'asc' } });
      return { id: agency.id, companyId: company.id };
    }),
  );
  [northwind, harbor] = agencies as [typeof northwind, typeof harbor];
  samId = (await prisma.candidateProfile.findFirstOrThrow({ where: { user: { email: 'candidate@shortlist.test' } } })).id;
  ({ recruiter, otherRecruiter, candidate } = await signInDemoUsers(server));
});
afterAll(() => server.close());

describe('external IDs on jobs', () => {
  it('are set on create, changed and cleared on update, and found by the filter (staff and a JOBS_READ key)', async () => {
    const ref = unique('REQ');
    const created = await recruiter.graphql(CREATE_JOB, { input: jobInput(northwind.companyId, `  ${ref}  `) });
    const job = created.body.data.createJob.job;
    expect(job.externalId).toBe(ref);

    const key = await createPartnerKey(server.db.prisma, northwind.id, ['JOBS_READ']);
    for (const found of [await recruiter.graphql(JOBS, { ids: [ref, 'nobody-has-this'] }), await server.graphql(JOBS, { ids: [ref] }, key)]) {
      expect(nodesOf(found.body, 'jobs')).toEqual([{ id: job.id, externalId: ref }]);
    }

    const renamed = unique('REQ');
    const updated = await recruiter.graphql(UPDATE_JOB, { input: { id: job.id, externalId: renamed } });
    expect(updated.body.data.updateJob.job.externalId).toBe(renamed);
    expect(nodesOf((await recruiter.graphql(JOBS, { ids: [ref] })).body, 'jobs')).toEqual([]);
    const cleared = await recruiter.graphql(UPDATE_JOB, { input: { id: job.id, externalId: null } });
    expect(cleared.body.data.updateJob.job.externalId).toBeNull();
    const change = await server.db.prisma.changeLogEntry.findFirstOrThrow({ where: { entityId: decodeGlobalID(job.id).id, kind: 'job.updated' }, orderBy: { position: 'desc' } });
    expect((change.data as { changed: string[] }).changed).toContain('externalId');
  });

  it("refuses another job's external ID in the agency with a ValidationError naming the field; another agency may reuse it", async () => {
    const ref = unique('REQ');
    const first = await recruiter.graphql(CREATE_JOB, { input: jobInput(northwind.companyId, ref) });
    expect(first.body.data.createJob.__typename).toBe('CreateJobSuccess');
    const taken = { __typename: 'ValidationError', message: 'Another job of your agency already has this external ID.', fieldErrors: [{ field: 'externalId', message: 'Another job of your agency already has this external ID.' }] };
    const twice = await recruiter.graphql(CREATE_JOB, { input: jobInput(northwind.companyId, ref) });
    expect(twice.body.data.createJob).toEqual(taken);

    const second = await recruiter.graphql(CREATE_JOB, { input: jobInput(northwind.companyId, null) });
    const moved = await recruiter.graphql(UPDATE_JOB, { input: { id: second.body.data.createJob.job.id, externalId: ref } });
    expect(moved.body.data.updateJob).toEqual(taken);
    // Saving a job with its own reference is no conflict.
    const same = await recruiter.graphql(UPDATE_JOB, { input: { id: first.body.data.createJob.job.id, externalId: ref, title: 'Integration Lead' } });
    expect(same.body.data.updateJob.__typename).toBe('UpdateJobSuccess');

    const elsewhere = await otherRecruiter.graphql(CREATE_JOB, { input: jobInput(harbor.companyId, ref) });
    expect(elsewhere.body.data.createJob.job.externalId).toBe(ref);
    // Each agency's filter finds its own job only.
    expect(nodesOf((await recruiter.graphql(JOBS, { ids: [ref] })).body, 'jobs')).toEqual([first.body.data.createJob.job].map((j) => ({ ...j })));
    expect(nodesOf((await otherRecruiter.graphql(JOBS, { ids: [ref] })).body, 'jobs')).toEqual([elsewhere.body.data.createJob.job]);
    expect(await server.db.prisma.job.count({ where: { externalId: ref } })).toBe(2);
  });

  it('takes 1-200 visible characters on one line, and at most 100 IDs in a filter', async () => {
    for (const [externalId, message] of [
      ['   ', 'An external ID has at least one visible character (send null to clear it).'],
      ['x'.repeat(201), 'An external ID is at most 200 characters.'],
      ['REQ\n42', 'An external ID is one line, without line breaks or tabs.'],
    ] as const) {
      const { body } = await recruiter.graphql(CREATE_JOB, { input: jobInput(northwind.companyId, externalId) });
      expect(body.data.createJob.fieldErrors).toEqual([{ field: 'externalId', message }]);
    }
    const tooMany = await recruiter.graphql(JOBS, { ids: Array.from({ length: 101 }, (_, i) => `id-${i}`) });
    expect(tooMany.body.errors[0].message).toContain('Filter by at most 100 external IDs.');
  });
});

describe('external IDs on candidates', () => {
  it('are set, filtered (staff and a CANDIDATES_READ key), unique per agency and reusable by another agency', async () => {
    const ref = unique('APPLICANT');
    const created = await recruiter.graphql(CREATE_CANDIDATE, { input: candidateInput(ref) });
    const robin = created.body.data.createCandidate.candidate;
    expect(robin.externalId).toBe(ref);
    const key = await createPartnerKey(server.db.prisma, northwind.id, ['CANDIDATES_READ']);
    for (const found of [await recruiter.graphql(CANDIDATES, { ids: [ref] }), await server.graphql(CANDIDATES, { ids: [ref] }, key)]) {
      expect(nodesOf(found.body, 'candidates')).toEqual([robin]);
    }

    const taken = { __typename: 'ValidationError', message: 'Another candidate of your agency already has this external ID.', fieldErrors: [{ field: 'externalId', message: 'Another candidate of your agency already has this external ID.' }] };
    expect((await recruiter.graphql(CREATE_CANDIDATE, { input: candidateInput(ref) })).body.data.createCandidate).toEqual(taken);
    const onSam = await recruiter.graphql(UPDATE_CANDIDATE, { input: { candidateId: encodeGlobalID('Candidate', samId), externalId: ref } });
    expect(onSam.body.data.updateCandidateProfile).toEqual(taken);

    const elsewhere = await otherRecruiter.graphql(CREATE_CANDIDATE, { input: candidateInput(ref) });
    expect(elsewhere.body.data.createCandidate.candidate.externalId).toBe(ref);
    expect(nodesOf((await otherRecruiter.graphql(CANDIDATES, { ids: [ref] })).body, 'candidates')).toEqual([elsewhere.body.data.createCandidate.candidate]);
  });

  it("is the agency's to set, not the candidate's", async () => {
    const { body } = await candidate.graphql(UPDATE_CANDIDATE, { input: { candidateId: encodeGlobalID('Candidate', samId), externalId: unique('MINE') } });
    expect(body.data.updateCandidateProfile).toEqual({ __typename: 'NotAllowedError', message: "Only the agency's staff and its partner systems set a candidate's external ID." });
    const sam = await server.db.prisma.candidateProfile.findUniqueOrThrow({ where: { id: samId } });
    expect(sam.externalId).toBeNull();
  });
});

describe('the unique index behind the check', () => {
  it('maps a race past the check (two creates at once with one reference) to the same ValidationError', async () => {
    const ref = unique('RACE');
    const results = await Promise.all(
      Array.from({ length: 6 }, () => recruiter.graphql(CREATE_JOB, { input: jobInput(northwind.companyId, ref) }).then((r) => r.body.data.createJob.__typename)),
    );
    expect(results.filter((t) => t === 'CreateJobSuccess')).toHaveLength(1);
    expect(results.filter((t) => t === 'ValidationError')).toHaveLength(5);
    expect(await server.db.prisma.job.count({ where: { externalId: ref } })).toBe(1);
  });
});
