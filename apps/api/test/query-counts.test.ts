import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma } from '@shortlist/db/prisma';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientCompany, createJob, jobDefaults } from './factories.ts';
import { startTestServer, type TestBrowser, type TestServer } from './start-test-server.ts';
import { webAppOperation } from './web-app-operation.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

// One query per screen, as the web app sends it.
const JOB_PAGE = /* GraphQL */ `
  query JobPage($id: ID!) {
    job(id: $id) {
      title
      status
      company { name }
      pipelineCounts { status count }
      skills { skill { name } requirement minLevel }
      proposals(first: 50) {
        edges { node { id status respondBy candidate { fullName headline city } interviews { status startsAt } history { action createdAt } } }
      }
      suggestedCandidates(first: 10) { edges { node { score candidate { fullName } explanation { blockers { message } } } } }
    }
  }`;

const CANDIDATE_HOME = /* GraphQL */ `
  query CandidateHome {
    me { name candidateProfile { fullName preferences { targetOpportunities } } }
    myProposals(first: 50) {
      edges { node { status respondBy job { title company { name } } match { score } interviews { status startsAt timeZone } } }
    }
    myInterviews(first: 20) { edges { node { startsAt timeZone status proposal { job { title } } } } }
    unreadNotificationCount
  }`;

const CANDIDATE_PAGE = /* GraphQL */ `
  query CandidatePage($id: ID!) {
    candidate(id: $id) {
      fullName email phone headline
      skills { skill { name } level }
      reliability { proposalsAnswered proposalsExpired responseRate medianResponseHours cancellations lateCancellations medianNoticeHours noShows }
    }
    proposals(first: 50, filter: { candidateId: $id }) {
      edges { node { id status respondBy job { title company { name } } interviews { status startsAt } } }
    }
  }`;

/** `SELECT "Job"`, `INSERT "Session"`…: the statement kind and its main table, so a snapshot reads like a plan. */
function operation(sql: string): string {
  const kind = /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? '?';
  const table = /\b(?:FROM|INTO|UPDATE)\s+(?:"\w+"\.)?"(\w+)"/i.exec(sql)?.[1];
  return table ? `${kind} "${table}"` : kind;
}

let server: TestServer;

/**
 * The Prisma statements one request sends, as operations. Plain SQL statements come on top of them and are not
 * listed: on every signed-in request the viewer's session (modules/auth/resolve-viewer.ts) and the draw on the caller's
 * budget (http/rate-limit/create-sql-cost-budget.ts), and on a page with pipeline counts one grouped statement for all
 * its jobs (modules/jobs/load-pipeline-counts.ts); none of them depends on how many rows the page shows. Sorted: sibling fields resolve in parallel and Prisma reports a
 * statement when it completes, so their order differs between PGlite and a PostgreSQL pool; the list is what matters.
 */
async function operationsOf(send: () => Promise<{ body: any }>) {
  server.queries.length = 0;
  const { body } = await send();
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return { body, operations: server.queries.map(operation).sort(), statements: [...server.queries] };
}

const matchSnapshot = { score: 70, forwardScore: 70, reverseScore: 70, isBlocked: false, blockers: [], categories: [] };

/** `count` candidates of the agency, each proposed for a job (one of `jobIds`, round robin), each with an interview and a history event. */
async function addProposals(opts: { agencyId: string; recruiterId: string; jobIds: string[]; candidateIds?: string[]; count: number }) {
  const { prisma } = server.db;
  const tag = randomUUID().slice(0, 8);
  const candidateIds = opts.candidateIds ?? Array.from({ length: opts.count }, () => randomUUID());
  if (!opts.candidateIds) {
    await prisma.candidateProfile.createMany({
      data: candidateIds.map((id, n) => ({
        id,
        agencyId: opts.agencyId,
        fullName: `Candidate ${tag} ${n}`,
        email: `candidate.${tag}.${n}@example.test`,
        headline: 'Backend engineer',
        seniority: 'SENIOR',
        yearsExperience: 8,
        country: 'DE',
        city: 'Berlin',
        timeZone: 'Europe/Berlin',
        minSalary: 60_000,
        salaryCurrency: 'EUR',
        remotePreference: 'ONSITE',
      })),
    });
  }
  const proposals: Prisma.ProposalCreateManyInput[] = Array.from({ length: opts.count }, (_, n) => ({
    id: randomUUID(),
    agencyId: opts.agencyId,
    jobId: opts.jobIds[n % opts.jobIds.length]!,
    candidateId: candidateIds[n % candidateIds.length]!,
    recruiterId: opts.recruiterId,
    status: 'ACCEPTED',
    message: `We think you would be a great fit (${tag} ${n})`,
    respondBy: new Date(Date.now() + 7 * DAY),
    respondedAt: new Date(),
    matchScore: 70,
    matchForwardScore: 70,
    matchReverseScore: 70,
    matchSnapshot,
  }));
  await prisma.proposal.createMany({ data: proposals });
  await prisma.interview.createMany({
    data: proposals.map((p, n) => ({
      agencyId: opts.agencyId,
      proposalId: p.id!,
      startsAt: new Date(Date.now() + 2 * DAY + n * HOUR),
      endsAt: new Date(Date.now() + 2 * DAY + n * HOUR + 45 * 60 * 1000),
      timeZone: 'Europe/Berlin',
      format: 'VIDEO',
      location: `https://meet.example.com/${tag}-${n}`,
    })),
  });
  await prisma.activityEvent.createMany({
    data: proposals.map((p) => ({
      agencyId: opts.agencyId,
      proposalId: p.id!,
      actorKind: 'USER',
      actorUserId: opts.recruiterId,
      actorParty: 'RECRUITER',
      action: 'proposal.created',
      toStatus: 'PROPOSED',
    })),
  });
}

beforeAll(async () => {
  server = await startTestServer('demo');
});
afterAll(() => server.close());

describe("the recruiter's job page", () => {
  let recruiter: TestBrowser;
  let recruiterId: string;
  let agencyId: string;
  let jobId: string;

  beforeAll(async () => {
    const { prisma } = server.db;
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    recruiterId = user.id;
    agencyId = user.agencyId;
    const company = await createClientCompany(prisma, agencyId);
    const job = await createJob(prisma, agencyId, company.id);
    jobId = job.id;
    const skills = await prisma.skill.findMany({ take: 3, orderBy: { id: 'asc' } });
    await prisma.jobSkill.createMany({ data: skills.map((s) => ({ jobId, skillId: s.id, requirement: 'MUST_HAVE', minLevel: 3 })) });
    await addProposals({ agencyId, recruiterId, jobIds: [jobId], count: 3 });
    recruiter = server.browser();
    await recruiter.signIn('recruiter@shortlist.test');
  });

  it('sends the same statements with 3 proposals as with 300, and at most 5', async () => {
    const load = () => recruiter.graphql(JOB_PAGE, { id: encodeGlobalID('Job', jobId) });
    // The agency's match index (suggestedCandidates) is built on first use with queries of its own, once per
    // server: warm it, so only what every page view costs is measured.
    await load();

    const few = await operationsOf(load);
    expect(few.body.data.job.proposals.edges).toHaveLength(3);
    // Job: the job with company, skills, proposals, their candidates,
    // interviews and history, and the job as the match engine reads it, in one statement (Prisma relationJoins).
    // CandidateProfile: the suggested ten. (pipelineCounts is plain SQL, one grouped statement: see operationsOf.)
    expect(few.operations).toMatchInlineSnapshot(`
      [
        "SELECT "CandidateProfile"",
        "SELECT "Job"",
      ]
    `);

    await addProposals({ agencyId, recruiterId, jobIds: [jobId], count: 297 });
    const many = await operationsOf(load);
    expect(many.body.data.job.proposals.edges).toHaveLength(50);
    expect(many.body.data.job.proposals.edges[0].node.interviews).toHaveLength(1);
    expect(many.body.data.job.proposals.edges[0].node.history).toHaveLength(1);

    expect(many.operations).toEqual(few.operations);
    expect(many.operations.length).toBeLessThanOrEqual(5);
  });
});

describe("the recruiter's job page, as the web app asks for it", () => {
  let recruiter: TestBrowser;
  let recruiterId: string;
  let agencyId: string;
  let jobId: string;
  let companyName: string;

  beforeAll(async () => {
    const { prisma } = server.db;
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    recruiterId = user.id;
    agencyId = user.agencyId;
    const company = await createClientCompany(prisma, agencyId);
    companyName = company.name;
    const job = await createJob(prisma, agencyId, company.id);
    jobId = job.id;
    // The client has many more open jobs, as a large client does: showing its name must not read them.
    await prisma.job.createMany({
      data: Array.from({ length: 60 }, (_, n) => ({ agencyId, clientCompanyId: company.id, title: `Another role ${n}`, ...jobDefaults() })),
    });
    const skills = await prisma.skill.findMany({ take: 3, orderBy: { id: 'asc' } });
    await prisma.jobSkill.createMany({ data: skills.map((s) => ({ jobId, skillId: s.id, requirement: 'NICE_TO_HAVE', weight: 3 })) });
    await addProposals({ agencyId, recruiterId, jobIds: [jobId], count: 2 });
    recruiter = server.browser();
    await recruiter.signIn('recruiter@shortlist.test');
  });

  it('sends the same statements with 2 proposals in the pipeline as with 40, beside 20 suggestions, and reads no match snapshot', async () => {
    const query = webAppOperation('RecruiterJobPage_Query');
    const load = () => recruiter.graphql(query, { id: encodeGlobalID('Job', jobId), first: 20, pipelineSize: 50 });
    await load(); // builds the agency's match index, once per server

    const few = await operationsOf(load);
    expect(few.body.data.job.clientCompany.name).toBe(companyName);
    expect(few.body.data.job.proposals.edges).toHaveLength(2);
    expect(few.body.data.job.suggestedCandidates.edges).toHaveLength(20);
    expect(few.body.data.job.proposals.edges[0].node.match.score).toBe(70);
    // The board's cards: the owner, the dates of the last event and the interviews behind "what is due".
    expect(few.body.data.job.proposals.edges[0].node).toMatchObject({ recruiterName: "Riley Chen", createdAt: expect.any(String), interviews: [expect.objectContaining({ status: "SCHEDULED", endsAt: expect.any(String) })] });
    // Job: the job with its company, pipeline (proposals with candidates, scores and interviews) and the job as the
    // engine ranks it. CandidateProfile: the suggested 20. (pipelineCounts: plain SQL. me: from the session's statement,
    // which read the recruiter, their agency and its policy; users/me-from-session.ts.)
    expect(few.operations).toMatchInlineSnapshot(`
      [
        "SELECT "CandidateProfile"",
        "SELECT "Job"",
      ]
    `);

    await addProposals({ agencyId, recruiterId, jobIds: [jobId], count: 38 });
    const many = await operationsOf(load);
    expect(many.body.data.job.proposals.edges).toHaveLength(40);
    expect(many.body.data.job.proposals.edges.every((edge: { node: { recruiterName: string } }) => edge.node.recruiterName.length > 0)).toBe(true);
    expect(many.body.data.job.suggestedCandidates.edges).toHaveLength(20);
    expect(many.operations).toEqual(few.operations);

    // The pipeline shows each proposal's score from its columns, not from the few-kB snapshot beside them.
    expect(many.statements.filter((sql) => sql.includes('matchSnapshot'))).toEqual([]);
    // The company is looked up by the job's clientCompanyId; its jobs (60 more open ones) are not read to show it:
    // Prisma joins a to-many relation as `parent.id = child.foreignKey`, here ClientCompany.id = Job.clientCompanyId.
    expect(many.statements.filter((sql) => /"t\d+"\."id" = "t\d+"\."clientCompanyId"/.test(sql))).toEqual([]);
  });
});

describe("the candidate's home", () => {
  let candidate: TestBrowser;
  let agencyId: string;
  let recruiterId: string;
  let candidateId: string;
  let companyId: string;

  /** `count` open jobs of the agency, each proposed to the candidate (with an interview and a history event). */
  async function proposeJobs(count: number) {
    const { prisma } = server.db;
    const tag = randomUUID().slice(0, 8);
    const jobIds = Array.from({ length: count }, () => randomUUID());
    await prisma.job.createMany({
      data: jobIds.map((id, n) => ({
        id,
        agencyId,
        clientCompanyId: companyId,
        title: `Backend Engineer ${tag} ${n}`,
        ...jobDefaults(),
      })),
    });
    await addProposals({ agencyId, recruiterId, jobIds, candidateIds: [candidateId], count });
  }

  beforeAll(async () => {
    const { prisma } = server.db;
    const recruiter = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    const demoCandidate = await prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' } });
    agencyId = recruiter.agencyId;
    recruiterId = recruiter.id;
    companyId = (await createClientCompany(prisma, agencyId)).id;
    // A candidate of their own, so the demo's proposals do not count; same password as the demo logins.
    const email = `counted.candidate.${randomUUID().slice(0, 8)}@example.test`;
    const user = await prisma.user.create({
      data: { agencyId, email, name: 'Counted Candidate', role: 'CANDIDATE', passwordHash: demoCandidate.passwordHash, timeZone: 'Europe/Berlin' },
    });
    const profile = await prisma.candidateProfile.create({
      data: { agencyId, userId: user.id, fullName: 'Counted Candidate', email, seniority: 'SENIOR', country: 'DE', city: 'Berlin', timeZone: 'Europe/Berlin' },
    });
    candidateId = profile.id;
    await proposeJobs(3);
    candidate = server.browser();
    await candidate.signIn(email);
  });

  it('sends the same statements with 3 proposals as with 60', async () => {
    const load = () => candidate.graphql(CANDIDATE_HOME);
    // Warm up as on the job page, though nothing here uses the match index.
    await load();

    const few = await operationsOf(load);
    expect(few.body.data.myProposals.edges).toHaveLength(3);
    // User: me with the profile (more than the session's statement reads). Proposal: myProposals with jobs, companies and interviews.
    // Interview: myInterviews with proposal and job. Notification: the unread count.
    expect(few.operations).toMatchInlineSnapshot(`
      [
        "SELECT "Interview"",
        "SELECT "Notification"",
        "SELECT "Proposal"",
        "SELECT "User"",
      ]
    `);

    await proposeJobs(57);
    const many = await operationsOf(load);
    expect(many.body.data.myProposals.edges).toHaveLength(50);
    expect(many.body.data.myInterviews.edges).toHaveLength(20);

    expect(many.operations).toEqual(few.operations);
  });
});

describe("the recruiter's candidate page", () => {
  let recruiter: TestBrowser;
  let agencyId: string;
  let recruiterId: string;
  let candidateId: string;
  let companyId: string;

  /** `count` open jobs of the agency, each proposed to the candidate (with an interview and a history event). */
  async function proposeJobs(count: number) {
    const tag = randomUUID().slice(0, 8);
    const jobIds = Array.from({ length: count }, () => randomUUID());
    await server.db.prisma.job.createMany({
      data: jobIds.map((id, n) => ({ id, agencyId, clientCompanyId: companyId, title: `Data Engineer ${tag} ${n}`, ...jobDefaults() })),
    });
    await addProposals({ agencyId, recruiterId, jobIds, candidateIds: [candidateId], count });
  }

  beforeAll(async () => {
    const { prisma } = server.db;
    const user = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    agencyId = user.agencyId;
    recruiterId = user.id;
    companyId = (await createClientCompany(prisma, agencyId)).id;
    const email = `paged.candidate.${randomUUID().slice(0, 8)}@example.test`;
    const profile = await prisma.candidateProfile.create({
      data: { agencyId, fullName: 'Paged Candidate', email, seniority: 'SENIOR', country: 'DE', city: 'Berlin', timeZone: 'Europe/Berlin' },
    });
    candidateId = profile.id;
    await proposeJobs(3);
    recruiter = server.browser();
    await recruiter.signIn('recruiter@shortlist.test');
  });

  it('sends the same statements with 3 proposals as with 60, the reliability record included', async () => {
    const load = () => recruiter.graphql(CANDIDATE_PAGE, { id: encodeGlobalID('Candidate', candidateId) });
    await load();

    const few = await operationsOf(load);
    expect(few.body.data.proposals.edges).toHaveLength(3);
    expect(few.body.data.candidate.reliability.proposalsAnswered).toBe(3);
    // CandidateProfile: the candidate with skills and every proposal's interviews for the
    // reliability record. Proposal: the list with jobs, companies and interviews.
    expect(few.operations).toMatchInlineSnapshot(`
      [
        "SELECT "CandidateProfile"",
        "SELECT "Proposal"",
      ]
    `);

    await proposeJobs(57);
    const many = await operationsOf(load);
    expect(many.body.data.proposals.edges).toHaveLength(50);
    expect(many.body.data.candidate.reliability.proposalsAnswered).toBe(60);

    expect(many.operations).toEqual(few.operations);
  });
});
