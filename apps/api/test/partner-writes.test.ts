// Issue 11, external IDs settable by partners: a key with JOBS_WRITE or CANDIDATES_WRITE creates and updates the
// agency's jobs and candidates, and upserts them by its own reference, which is unique per agency. A key limited to a
// client writes that client's jobs only; a key missing the scope is told which one; the change feed shows each write.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCandidateProfile, createClientCompany, createJob, createPartnerKey, createProposal } from './factories.ts';
import { startTestServer, type TestServer } from './start-test-server.ts';

let server: TestServer;
let agencyId: string;
let otherAgencyId: string;
/** Two clients of the demo agency, and one of the other agency. */
let clients: { mine: string; another: string; otherAgency: string };

beforeAll(async () => {
  server = await startTestServer('demo');
  const prisma = server.db.prisma;
  agencyId = (await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } })).agencyId;
  otherAgencyId = (await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@otheragency.test' } })).agencyId;
  const [mine, another] = await prisma.clientCompany.findMany({ where: { agencyId }, orderBy: { id: 'asc' }, take: 2 });
  const otherAgency = await prisma.clientCompany.findFirstOrThrow({ where: { agencyId: otherAgencyId } });
  clients = { mine: mine!.id, another: another!.id, otherAgency: otherAgency.id };
});
afterAll(() => server.close());

const key = (scopes: Parameters<typeof createPartnerKey>[2], clientCompanyId: string | null = null, agency = agencyId) =>
  createPartnerKey(server.db.prisma, agency, scopes, clientCompanyId);
const reference = (what: string) => `${what}-${randomUUID().slice(0, 8)}`;
const dbId = (globalId: string) => decodeGlobalID(globalId).id;

const ERRORS = `... on Error { message }
  ... on NotAllowedError { requiredScope }
  ... on ValidationError { fieldErrors { field message } }`;

const UPSERT_JOB = `mutation($input: UpsertJobInput!) {
  upsertJob(input: $input) {
    __typename
    ${ERRORS}
    ... on UpsertJobSuccess { created job { id title status externalId version clientCompany { id } } }
  }
}`;

const UPSERT_CANDIDATE = `mutation($input: UpsertCandidateInput!) {
  upsertCandidate(input: $input) {
    __typename
    ${ERRORS}
    ... on UpsertCandidateSuccess { created candidate { id fullName email headline externalId version } }
  }
}`;

const CHANGES = `query($after: String) {
  changes(after: $after, first: 100, types: [JOB, CANDIDATE]) { headCursor edges { node { kind entityId fields actor { kind } } } }
}`;

const jobFields = (clientCompanyId: string) => ({
  clientCompanyId: encodeGlobalID('ClientCompany', clientCompanyId),
  title: 'Platform Engineer (Kubernetes)',
  seniority: 'SENIOR',
  currency: 'EUR',
  remotePolicy: 'HYBRID',
  country: 'DE',
  city: 'Berlin',
  timeZone: 'Europe/Berlin',
  skills: [{ skill: 'Kubernetes', requirement: 'MUST_HAVE', minLevel: 3 }],
});

const candidateFields = () => ({
  email: `${reference('applicant')}@example.test`,
  fullName: 'Robin Applicant',
  seniority: 'MID',
  country: 'DE',
  timeZone: 'Europe/Berlin',
});

describe('a partner key writing jobs', () => {
  it('upserts a job twice: created, then updated, one row, and the change feed shows job.created then job.updated by the key', async () => {
    const everything = await key(['JOBS_READ', 'JOBS_WRITE', 'CANDIDATES_READ', 'PROPOSALS_READ']);
    const { body: head } = await server.graphql(CHANGES, {}, everything);
    const externalId = reference('REQ');

    const first = await server.graphql(UPSERT_JOB, { input: { externalId, ...jobFields(clients.mine) } }, everything);
    expect(first.body.data.upsertJob).toMatchObject({ __typename: 'UpsertJobSuccess', created: true, job: { title: 'Platform Engineer (Kubernetes)', status: 'DRAFT', externalId } });
    const second = await server.graphql(UPSERT_JOB, { input: { externalId, title: 'Staff Platform Engineer', status: 'OPEN' } }, everything);
    expect(second.body.data.upsertJob).toMatchObject({ created: false, job: { id: first.body.data.upsertJob.job.id, title: 'Staff Platform Engineer', status: 'OPEN' } });

    const rows = await server.db.prisma.job.findMany({ where: { agencyId, externalId } });
    expect(rows.map((r) => [r.title, r.status, r.createdById, r.publishedAt !== null])).toEqual([['Staff Platform Engineer', 'OPEN', null, true]]);
    const { body } = await server.graphql(CHANGES, { after: head.data.changes.headCursor }, everything);
    const mine = body.data.changes.edges.map((e: any) => e.node).filter((n: any) => n.entityId === first.body.data.upsertJob.job.id);
    expect(mine.map((n: any) => [n.kind, n.actor.kind])).toEqual([
      ['job.created', 'API_KEY'],
      ['job.updated', 'API_KEY'],
    ]);
    // The update names what the partner sent, not the reference it found the job by.
    expect([...mine[1].fields].sort()).toEqual(['status', 'title']);
  });

  it('creates and updates with createJob and updateJob, and closes a job by its status', async () => {
    const writer = await key(['JOBS_WRITE']);
    const created = await server.graphql(
      `mutation($input: CreateJobInput!) { createJob(input: $input) { __typename ${ERRORS} ... on CreateJobSuccess { job { id title version } } } }`,
      { input: { ...jobFields(clients.mine), title: 'Data Engineer' } },
      writer,
    );
    const job = created.body.data.createJob.job;
    expect(job.title).toBe('Data Engineer');
    const closed = await server.graphql(
      `mutation($input: UpdateJobInput!) { updateJob(input: $input) { __typename ${ERRORS} ... on UpdateJobSuccess { job { id status } } } }`,
      { input: { id: job.id, version: job.version, status: 'CLOSED' } },
      writer,
    );
    expect(closed.body.data.updateJob).toEqual({ __typename: 'UpdateJobSuccess', job: { id: job.id, status: 'CLOSED' } });
  });

  it('answers a key with JOBS_WRITE but not JOBS_READ with the job it wrote, and nothing else', async () => {
    const writer = await key(['JOBS_WRITE']);
    // A new client, with no open job on the public board that would show it to anyone anyway.
    const client = await createClientCompany(server.db.prisma, agencyId);
    const { body } = await server.graphql(UPSERT_JOB, { input: { externalId: reference('REQ'), ...jobFields(client.id) } }, writer);
    expect(body.errors).toBeUndefined();
    expect(body.data.upsertJob).toMatchObject({ created: true, job: { title: 'Platform Engineer (Kubernetes)', status: 'DRAFT', clientCompany: { id: encodeGlobalID('ClientCompany', client.id) } } });
    // The draft it wrote is not readable through job(id) without JOBS_READ.
    const read = await server.graphql('query($id: ID!) { job(id: $id) { id title } }', { id: body.data.upsertJob.job.id }, writer);
    expect(read.body.data.job).toBeNull();
  });

  it("refuses a key limited to a client another client's job, writing nothing", async () => {
    const limited = await key(['JOBS_READ', 'JOBS_WRITE'], clients.mine);
    const create = await server.graphql(UPSERT_JOB, { input: { externalId: reference('REQ'), ...jobFields(clients.another) } }, limited);
    expect(create.body.data.upsertJob.__typename).toBe('NotAllowedError');
    expect(create.body.data.upsertJob.message).toMatch(/limited to one client/);

    const found = await server.db.prisma.job.findFirstOrThrow({ where: { agencyId, clientCompanyId: clients.another } });
    const theirs = await server.db.prisma.job.update({ where: { id: found.id }, data: { externalId: reference('THEIRS') } });
    const update = await server.graphql(UPSERT_JOB, { input: { externalId: theirs.externalId, title: 'Hijacked' } }, limited);
    expect(update.body.data.upsertJob.__typename).toBe('NotAllowedError');
    const updateJob = await server.graphql(
      `mutation($input: UpdateJobInput!) { updateJob(input: $input) { __typename ${ERRORS} } }`,
      { input: { id: encodeGlobalID('Job', theirs.id), title: 'Hijacked' } },
      limited,
    );
    expect(updateJob.body.data.updateJob.__typename).toBe('NotAllowedError');
    expect((await server.db.prisma.job.findUniqueOrThrow({ where: { id: theirs.id } })).title).toBe(theirs.title);

    // Its own client's job: created without naming the client, which the key's limit supplies.
    const { clientCompanyId: _client, ...withoutClient } = jobFields(clients.mine);
    const own = await server.graphql(UPSERT_JOB, { input: { externalId: reference('REQ'), ...withoutClient } }, limited);
    expect(own.body.data.upsertJob).toMatchObject({ created: true, job: { clientCompany: { id: encodeGlobalID('ClientCompany', clients.mine) } } });
  });

  it('tells a JOBS_READ key that JOBS_WRITE is missing', async () => {
    const reader = await key(['JOBS_READ']);
    const externalId = reference('REQ');
    const { body } = await server.graphql(UPSERT_JOB, { input: { externalId, ...jobFields(clients.mine) } }, reader);
    expect(body.data.upsertJob).toMatchObject({ __typename: 'NotAllowedError', requiredScope: 'JOBS_WRITE', message: 'This API key needs the JOBS_WRITE scope to use upsertJob.' });
    expect(await server.db.prisma.job.count({ where: { externalId } })).toBe(0);
  });

  it('explains what a new job lacks, field by field, with the same rules as createJob', async () => {
    const writer = await key(['JOBS_WRITE']);
    const { body } = await server.graphql(UPSERT_JOB, { input: { externalId: reference('REQ'), clientCompanyId: encodeGlobalID('ClientCompany', clients.mine), title: 'Only a title' } }, writer);
    expect(body.data.upsertJob.__typename).toBe('ValidationError');
    expect(body.data.upsertJob.fieldErrors.map((e: any) => e.field).sort()).toEqual(['country', 'currency', 'remotePolicy', 'seniority', 'timeZone']);
    const invalid = await server.graphql(UPSERT_JOB, { input: { externalId: reference('REQ'), ...jobFields(clients.mine), salaryMin: 90_000, salaryMax: 60_000 } }, writer);
    expect(invalid.body.data.upsertJob.fieldErrors).toEqual([{ field: 'salaryMax', message: 'The top of the salary band (60000) is below its bottom (90000).' }]);
  });

  it('makes one job of 10 concurrent upserts of one external ID', async () => {
    const writer = await key(['JOBS_WRITE']);
    const externalId = reference('REQ');
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => server.graphql(UPSERT_JOB, { input: { externalId, ...jobFields(clients.mine), openings: i + 1 } }, writer)),
    );
    const results = answers.map((a) => a.body.data?.upsertJob);
    expect(results.map((r) => r?.__typename)).toEqual(Array(10).fill('UpsertJobSuccess'));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.job.id)).size).toBe(1);
    expect(await server.db.prisma.job.count({ where: { agencyId, externalId } })).toBe(1);
  });

  it("never collides with another agency's external ID", async () => {
    const externalId = reference('REQ');
    const mine = await server.graphql(UPSERT_JOB, { input: { externalId, ...jobFields(clients.mine) } }, await key(['JOBS_WRITE']));
    const theirs = await server.graphql(UPSERT_JOB, { input: { externalId, ...jobFields(clients.otherAgency) } }, await key(['JOBS_WRITE'], null, otherAgencyId));
    expect([mine.body.data.upsertJob.created, theirs.body.data.upsertJob.created]).toEqual([true, true]);
    const rows = await server.db.prisma.job.findMany({ where: { externalId }, select: { agencyId: true } });
    expect(rows.map((r) => r.agencyId).sort()).toEqual([agencyId, otherAgencyId].sort());
  });
});

describe('a partner key writing candidates', () => {
  it('upserts a candidate by external ID: created, then updated, one row, and the change feed names the key', async () => {
    const writer = await key(['CANDIDATES_WRITE']);
    const reader = await key(['CANDIDATES_READ', 'JOBS_READ']);
    const { body: head } = await server.graphql(CHANGES, {}, reader);
    const externalId = reference('APPLICANT');
    const fields = candidateFields();
    const first = await server.graphql(UPSERT_CANDIDATE, { input: { externalId, ...fields } }, writer);
    expect(first.body.data.upsertCandidate).toMatchObject({ __typename: 'UpsertCandidateSuccess', created: true, candidate: { fullName: 'Robin Applicant', email: fields.email, externalId } });
    const second = await server.graphql(UPSERT_CANDIDATE, { input: { externalId, headline: 'Backend engineer, Go' } }, writer);
    expect(second.body.data.upsertCandidate).toMatchObject({ created: false, candidate: { id: first.body.data.upsertCandidate.candidate.id, headline: 'Backend engineer, Go', fullName: 'Robin Applicant' } });
    expect(await server.db.prisma.candidateProfile.count({ where: { agencyId, externalId } })).toBe(1);

    const { body } = await server.graphql(CHANGES, { after: head.data.changes.headCursor }, reader);
    const changes = body.data.changes.edges.map((e: any) => e.node).filter((n: any) => n.entityId === first.body.data.upsertCandidate.candidate.id);
    expect(changes.map((n: any) => [n.kind, n.actor.kind])).toEqual([
      ['candidate.created', 'API_KEY'],
      ['candidate.updated', 'API_KEY'],
    ]);
  });

  it('tells a CANDIDATES_READ key that CANDIDATES_WRITE is missing', async () => {
    const reader = await key(['CANDIDATES_READ']);
    const { body } = await server.graphql(UPSERT_CANDIDATE, { input: { externalId: reference('APPLICANT'), ...candidateFields() } }, reader);
    expect(body.data.upsertCandidate).toMatchObject({ __typename: 'NotAllowedError', requiredScope: 'CANDIDATES_WRITE' });
  });

  it('makes one candidate of 10 concurrent upserts of one external ID', async () => {
    const writer = await key(['CANDIDATES_WRITE']);
    const externalId = reference('APPLICANT');
    const fields = candidateFields();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => server.graphql(UPSERT_CANDIDATE, { input: { externalId, ...fields, yearsExperience: i } }, writer)),
    );
    const results = answers.map((a) => a.body.data?.upsertCandidate);
    expect(results.map((r) => r?.__typename)).toEqual(Array(10).fill('UpsertCandidateSuccess'));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await server.db.prisma.candidateProfile.count({ where: { agencyId, externalId } })).toBe(1);
  });

  it('lets a key limited to a client update the candidates it registered, and no other candidate of the agency', async () => {
    const limited = await key(['CANDIDATES_WRITE'], clients.mine);
    const externalId = reference('APPLICANT');
    const registered = await server.graphql(UPSERT_CANDIDATE, { input: { externalId, ...candidateFields() } }, limited);
    expect(registered.body.data.upsertCandidate.created).toBe(true);
    const updated = await server.graphql(UPSERT_CANDIDATE, { input: { externalId, headline: 'Applied through the careers site' } }, limited);
    expect(updated.body.data.upsertCandidate).toMatchObject({ created: false, candidate: { headline: 'Applied through the careers site' } });

    // Someone the agency registered itself, never proposed for this client's jobs.
    const stranger = await server.db.prisma.candidateProfile.findFirstOrThrow({
      where: { agencyId, proposals: { none: { job: { clientCompanyId: clients.mine } } } },
      orderBy: { id: 'asc' },
    });
    const strangerReference = reference('STRANGER');
    await server.db.prisma.candidateProfile.update({ where: { id: stranger.id }, data: { externalId: strangerReference } });
    const refused = await server.graphql(UPSERT_CANDIDATE, { input: { externalId: strangerReference, headline: 'Hijacked' } }, limited);
    expect(refused.body.data.upsertCandidate).toMatchObject({ __typename: 'NotAllowedError', message: expect.stringMatching(/limited to one client company/) });
    expect((await server.db.prisma.candidateProfile.findUniqueOrThrow({ where: { id: stranger.id } })).headline).toBe(stranger.headline);
  });

  it("treats a candidate proposed for a limited key's client who has not shared their profile with it as not found: nothing written, nothing of them in the answer", async () => {
    const { prisma } = server.db;
    const recruiterId = (await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } })).id;
    const job = await createJob(prisma, agencyId, clients.mine);
    const private_ = await createCandidateProfile(prisma, agencyId, [], { headline: 'Kept with the agency', externalId: reference('PRIVATE') });
    const proposal = await createProposal(prisma, { agencyId, jobId: job.id, candidateId: private_.id, recruiterId });
    const limited = await key(['CANDIDATES_READ', 'CANDIDATES_WRITE'], clients.mine);
    const UPDATE = `mutation($input: UpdateCandidateProfileInput!) {
      updateCandidateProfile(input: $input) { __typename ${ERRORS} ... on UpdateCandidateProfileSuccess { candidate { id fullName email headline } } }
    }`;
    const update = (headline: string, as = limited) => server.graphql(UPDATE, { input: { candidateId: encodeGlobalID('Candidate', private_.id), headline } }, as);
    const unchanged = async () => {
      const row = await prisma.candidateProfile.findUniqueOrThrow({ where: { id: private_.id }, select: { headline: true, version: true } });
      expect(row).toEqual({ headline: 'Kept with the agency', version: private_.version });
      expect(await prisma.changeLogEntry.count({ where: { entityId: private_.id, kind: 'candidate.updated' } })).toBe(0);
    };

    const refused = await update('Hijacked');
    expect(refused.body.data.updateCandidateProfile).toEqual({ __typename: 'NotFoundError', message: 'That candidate does not exist in your agency.' });
    expect(JSON.stringify(refused.body)).not.toContain(private_.fullName);
    expect(JSON.stringify(refused.body)).not.toContain(private_.email);
    // By the key's own kind of reference too: refused, and nothing of them in the answer.
    const upsert = await server.graphql(UPSERT_CANDIDATE, { input: { externalId: private_.externalId, headline: 'Hijacked' } }, limited);
    expect(upsert.body.data.upsertCandidate).toMatchObject({ __typename: 'NotAllowedError', message: expect.stringMatching(/limited to one client company/) });
    expect(JSON.stringify(upsert.body)).not.toContain(private_.email);
    // Another agency's key: not found either.
    expect((await update('Hijacked', await key(['CANDIDATES_READ', 'CANDIDATES_WRITE'], clients.otherAgency, otherAgencyId))).body.data.updateCandidateProfile.__typename).toBe('NotFoundError');
    await unchanged();

    // Once the candidate shares their profile with the client, its key reads them and may change them.
    await prisma.proposal.update({ where: { id: proposal.id }, data: { clientSharingConsentAt: new Date() } });
    const shared = await update('Interviewing with us');
    expect(shared.body.data.updateCandidateProfile).toMatchObject({ __typename: 'UpdateCandidateProfileSuccess', candidate: { email: private_.email, headline: 'Interviewing with us' } });
    // Withdrawn again: not found again, and the profile keeps what it had.
    await prisma.proposal.update({ where: { id: proposal.id }, data: { clientSharingConsentWithdrawnAt: new Date() } });
    const withdrawn = await update('Hijacked');
    expect(withdrawn.body.data.updateCandidateProfile.__typename).toBe('NotFoundError');
    expect(JSON.stringify(withdrawn.body)).not.toContain(private_.email);
    expect((await prisma.candidateProfile.findUniqueOrThrow({ where: { id: private_.id } })).headline).toBe('Interviewing with us');
  });

  it('replays the first answer to an upsert sent again with the same Idempotency-Key', async () => {
    const writer = await key(['CANDIDATES_WRITE']);
    const input = { externalId: reference('APPLICANT'), ...candidateFields() };
    const idempotencyKey = randomUUID();
    const first = await server.graphql(UPSERT_CANDIDATE, { input }, { ...writer, 'idempotency-key': idempotencyKey });
    const again = await server.graphql(UPSERT_CANDIDATE, { input }, { ...writer, 'idempotency-key': idempotencyKey });
    expect(first.body.data.upsertCandidate.created).toBe(true);
    // Without the key the second call would answer created: false; the replay is the first answer, version and all.
    expect(again.body.data).toEqual(first.body.data);
    expect(await server.db.prisma.changeLogEntry.count({ where: { entityId: dbId(first.body.data.upsertCandidate.candidate.id) } })).toBe(1);
  });

  it("never collides with another agency's external ID", async () => {
    const externalId = reference('APPLICANT');
    const fields = candidateFields();
    const mine = await server.graphql(UPSERT_CANDIDATE, { input: { externalId, ...fields } }, await key(['CANDIDATES_WRITE']));
    const theirs = await server.graphql(UPSERT_CANDIDATE, { input: { externalId, ...fields } }, await key(['CANDIDATES_WRITE'], null, otherAgencyId));
    expect([mine.body.data.upsertCandidate.created, theirs.body.data.upsertCandidate.created]).toEqual([true, true]);
    expect(dbId(mine.body.data.upsertCandidate.candidate.id)).not.toBe(dbId(theirs.body.data.upsertCandidate.candidate.id));
  });
});
