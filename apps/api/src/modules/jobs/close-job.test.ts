// Issue 12, point 4: the reverse cascade. Filling or closing a job tells every candidate still in its pipeline, in
// one transaction, with a message the recruiter reviewed. Real server, real database (PGlite, and PostgreSQL with
// TEST_DATABASE_URL, where two closings at once really run in parallel).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientCompany, createInterview, createJob, createPartnerKey, createProposal } from '../../../test/factories.ts';
import { startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let server: TestServer;
let recruiter: TestBrowser;
let refs: { agencyId: string; recruiterId: string; recruiterName: string; passwordHash: string };

beforeAll(async () => {
  server = await startTestServer('demo');
  const { prisma } = server.db;
  const recruiterUser = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
  const demoCandidate = await prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' } });
  refs = { agencyId: recruiterUser.agencyId, recruiterId: recruiterUser.id, recruiterName: recruiterUser.name, passwordHash: demoCandidate.passwordHash! };
  recruiter = server.browser();
  await recruiter.signIn('recruiter@shortlist.test');
});
afterAll(() => server.close());

async function newCandidate(name: string) {
  const { prisma } = server.db;
  const email = `close.${randomUUID().slice(0, 8)}@example.test`;
  const user = await prisma.user.create({
    data: { agencyId: refs.agencyId, email, name, role: 'CANDIDATE', passwordHash: refs.passwordHash, timeZone: 'Europe/Berlin' },
  });
  const profile = await prisma.candidateProfile.create({
    data: { agencyId: refs.agencyId, userId: user.id, fullName: name, email, seniority: 'SENIOR', country: 'DE', city: 'Berlin', timeZone: 'Europe/Berlin' },
  });
  const browser = server.browser();
  await browser.signIn(email);
  return { id: profile.id, userId: user.id, name, browser };
}

/**
 * A job of two openings with a pipeline: Ana interviewing (an interview in 3 hours, late notice, and one in 3 days),
 * Tom not yet answered, Noor offered; Ida's proposal lapsed and Leo declined (neither is told again).
 */
async function jobWithPipeline(title = 'Platform Engineer') {
  const { prisma } = server.db;
  const company = await createClientCompany(prisma, refs.agencyId, `Kestrel Logistics ${randomUUID().slice(0, 6)}`);
  const job = await createJob(prisma, refs.agencyId, company.id, { title, openings: 2, status: 'OPEN' });
  const propose = async (name: string, status: 'PROPOSED' | 'INTERVIEWING' | 'OFFERED' | 'DECLINED', respondBy = new Date(Date.now() + 5 * DAY)) => {
    const candidate = await newCandidate(name);
    const proposal = await createProposal(
      prisma,
      { agencyId: refs.agencyId, jobId: job.id, candidateId: candidate.id, recruiterId: refs.recruiterId },
      { status, respondBy, ...(status === 'OFFERED' ? { offeredAt: new Date() } : {}) },
    );
    return { candidate, proposal, gid: encodeGlobalID('Proposal', proposal.id) };
  };
  const ana = await propose('Ana Lima', 'INTERVIEWING');
  const soon = await createInterview(prisma, ana.proposal, new Date(Date.now() + 3 * HOUR));
  const later = await createInterview(prisma, ana.proposal, new Date(Date.now() + 3 * DAY));
  const tom = await propose('Tom Berg', 'PROPOSED');
  const noor = await propose('Noor Haddad', 'OFFERED');
  const ida = await propose('Ida Sund', 'PROPOSED', new Date(Date.now() - DAY));
  const leo = await propose('Leo Marsh', 'DECLINED');
  return { company, job, jobGid: encodeGlobalID('Job', job.id), open: [ana, tom, noor], ana, tom, noor, ida, leo, interviews: { soon, later } };
}

const PREVIEW = `query($id: ID!, $outcome: JobClosingOutcome!) { node(id: $id) { ... on Job { version closingPreview(outcome: $outcome) {
  outcome candidates { proposal { id } candidateName status message interviews { interviewId noticeGivenMinutes isLate noticeDescription } } } } } }`;
const CLOSE_JOB = `mutation($input: CloseJobInput!) { closeJob(input: $input) { __typename ... on Error { message }
  ... on ValidationError { fieldErrors { field message } } ... on InvalidTransitionError { currentStatus }
  ... on CloseJobSuccess { job { status openings } withdrawnProposals { id status } } } }`;

const defaultMessage = (firstName: string, jobTitle: string, company: string, sentence: string, signer = refs.recruiterName) =>
  `Hi ${firstName},\n\nThank you for your interest in the ${jobTitle} role at ${company}. ${sentence}\n\nI'll keep you in mind for other roles that fit, and I'd be glad to talk about what you're looking for next.\n\nBest regards,\n${signer}`;

describe('Job.closingPreview', () => {
  it('lists every candidate still in the pipeline with their stage, the interviews that would be cancelled (late ones flagged) and a polite default message', async () => {
    const setup = await jobWithPipeline();
    const { body } = await recruiter.graphql(PREVIEW, { id: setup.jobGid, outcome: 'FILLED' });
    const preview = body.data.node.closingPreview;
    expect(preview.outcome).toBe('FILLED');
    expect(preview.candidates.map((c: any) => [c.candidateName, c.status, c.proposal.id])).toEqual([
      ['Ana Lima', 'INTERVIEWING', setup.ana.gid],
      ['Tom Berg', 'PROPOSED', setup.tom.gid],
      ['Noor Haddad', 'OFFERED', setup.noor.gid],
    ]);
    expect(preview.candidates[0].interviews).toEqual([
      {
        interviewId: encodeGlobalID('Interview', setup.interviews.soon.id),
        noticeGivenMinutes: expect.any(Number),
        isLate: true,
        noticeDescription: expect.stringMatching(/^(2|3) hours before the start: this is late notice under Northwind Talent's 24-hour policy\.$/),
      },
      { interviewId: encodeGlobalID('Interview', setup.interviews.later.id), noticeGivenMinutes: expect.any(Number), isLate: false, noticeDescription: expect.stringContaining('within') },
    ]);
    expect(preview.candidates[1].message).toBe(
      defaultMessage('Tom', 'Platform Engineer', setup.company.name, "The position has now been filled, so I'm withdrawing this proposal."),
    );

    const closed = await recruiter.graphql(PREVIEW, { id: setup.jobGid, outcome: 'CLOSED' });
    expect(closed.body.data.node.closingPreview.candidates[1].message).toContain(
      `${setup.company.name} has decided not to go ahead with the role, so I'm withdrawing this proposal.`,
    );
    // Nothing was written by looking.
    expect(await server.db.prisma.proposal.count({ where: { jobId: setup.job.id, status: 'WITHDRAWN' } })).toBe(0);
  });

  it('is not shown to a candidate of the agency or to a partner key', async () => {
    const setup = await jobWithPipeline();
    const asCandidate = await setup.ana.candidate.browser.graphql(PREVIEW, { id: setup.jobGid, outcome: 'FILLED' });
    expect(asCandidate.body.data?.node?.closingPreview ?? null).toBeNull();
    const key = await createPartnerKey(server.db.prisma, refs.agencyId, ['JOBS_READ', 'JOBS_WRITE']);
    const asPartner = await server.graphql(PREVIEW, { id: setup.jobGid, outcome: 'FILLED' }, key);
    expect(asPartner.body.data?.node?.closingPreview ?? null).toBeNull();
  });
});

describe('closeJob', () => {
  it('fills the job and withdraws every open proposal with its message, cancels interviews with notice, tells each candidate, in the change log', async () => {
    const { prisma } = server.db;
    const setup = await jobWithPipeline();
    const logFrom = (await prisma.changeLogEntry.aggregate({ _max: { position: true } }))._max.position ?? 0n;
    const agencyLateCancellations = async () =>
      (await recruiter.graphql('{ me { agency { reliability { lateCancellations cancellations } } } }')).body.data.me.agency.reliability;
    const recordBefore = await agencyLateCancellations();
    const preview = (await recruiter.graphql(PREVIEW, { id: setup.jobGid, outcome: 'FILLED' })).body.data.node;
    const edited = 'Hi Ana, thank you for the interviews; the team chose another finalist. I would love to keep in touch. Riley';
    const messages = preview.closingPreview.candidates.map((c: any) => ({ proposalId: c.proposal.id, message: c.candidateName === 'Ana Lima' ? edited : c.message }));

    const { body } = await recruiter.graphql(CLOSE_JOB, { input: { jobId: setup.jobGid, outcome: 'FILLED', messages, expectedVersion: preview.version } });
    expect(body.data.closeJob).toEqual({
      __typename: 'CloseJobSuccess',
      job: { status: 'FILLED', openings: 0 },
      withdrawnProposals: setup.open.map((p) => ({ id: p.gid, status: 'WITHDRAWN' })),
    });

    for (const { proposal, candidate } of setup.open) {
      const row = await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } });
      const expected = candidate.name === 'Ana Lima' ? edited : messages.find((m: any) => m.proposalId === encodeGlobalID('Proposal', proposal.id)).message;
      expect(row).toMatchObject({ status: 'WITHDRAWN', withdrawnBy: 'RECRUITER', withdrawalReason: 'POSITION_FILLED', withdrawalMessage: expected });
      const inbox = await candidate.browser.graphql('{ notifications(first: 5) { edges { node { title body } } } }');
      expect(inbox.body.data.notifications.edges.map((e: any) => e.node)).toEqual([
        { title: `Position filled: Platform Engineer at ${setup.company.name}`, body: expected },
      ]);
    }
    // The lapsed and the declined proposals are left as they were, and their candidates are not told.
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: setup.ida.proposal.id } })).status).toBe('PROPOSED');
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: setup.leo.proposal.id } })).status).toBe('DECLINED');
    expect(await prisma.notification.count({ where: { userId: { in: [setup.ida.candidate.userId, setup.leo.candidate.userId] } } })).toBe(0);

    // The interviews: cancelled by the recruiter with the message and the notice given; the late one counts on the
    // agency's record (isLateCancellation), never on Ana's.
    const soon = await prisma.interview.findUniqueOrThrow({ where: { id: setup.interviews.soon.id } });
    const later = await prisma.interview.findUniqueOrThrow({ where: { id: setup.interviews.later.id } });
    expect(soon).toMatchObject({ status: 'CANCELLED', cancelledBy: 'RECRUITER', cancellationReason: 'POSITION_FILLED', cancellationMessage: edited, isLateCancellation: true });
    expect(later).toMatchObject({ status: 'CANCELLED', cancelledBy: 'RECRUITER', isLateCancellation: false });
    expect(soon.noticeGivenMinutes).toBeGreaterThanOrEqual(170);
    expect(soon.noticeGivenMinutes).toBeLessThanOrEqual(180);
    const reliability = await setup.ana.candidate.browser.graphql(`query($id: ID!) { node(id: $id) { ... on Candidate { reliability { lateCancellations } } } }`, {
      id: encodeGlobalID('Candidate', setup.ana.candidate.id),
    });
    expect(reliability.body.data.node.reliability.lateCancellations).toBe(0);
    // The agency's own record shows both cancellations, one of them late.
    expect(await agencyLateCancellations()).toEqual({
      lateCancellations: recordBefore.lateCancellations + 1,
      cancellations: recordBefore.cancellations + 2,
    });

    const log = await prisma.changeLogEntry.findMany({ where: { position: { gt: logFrom } }, orderBy: { position: 'asc' } });
    expect(log.map((e) => [e.entityId, e.kind])).toEqual([
      [setup.job.id, 'job.updated'],
      [setup.interviews.soon.id, 'interview.cancelled'],
      [setup.interviews.later.id, 'interview.cancelled'],
      [setup.ana.proposal.id, 'proposal.withdrawn'],
      [setup.tom.proposal.id, 'proposal.withdrawn'],
      [setup.noor.proposal.id, 'proposal.withdrawn'],
    ]);
    expect(log[0]?.data).toEqual({ status: 'FILLED', changed: ['openings', 'status'] });
    expect(log[0]?.actorUserId).toBe(refs.recruiterId);
  });

  it('closes the job with one message for every candidate, as POSITION_CANCELLED, keeping the openings', async () => {
    const { prisma } = server.db;
    const setup = await jobWithPipeline('Data Engineer');
    const oneForAll = 'Thank you for your time. Our client has decided not to hire for this role after all; we will be in touch about others.';
    const { body } = await recruiter.graphql(CLOSE_JOB, { input: { jobId: setup.jobGid, outcome: 'CLOSED', defaultMessage: oneForAll } });
    expect(body.data.closeJob).toMatchObject({ __typename: 'CloseJobSuccess', job: { status: 'CLOSED', openings: 2 } });
    const rows = await prisma.proposal.findMany({ where: { id: { in: setup.open.map((p) => p.proposal.id) } } });
    expect(rows.map((r) => [r.status, r.withdrawalReason, r.withdrawalMessage])).toEqual(rows.map(() => ['WITHDRAWN', 'POSITION_CANCELLED', oneForAll]));
    const inbox = await setup.tom.candidate.browser.graphql('{ notifications(first: 5) { edges { node { title } } } }');
    expect(inbox.body.data.notifications.edges[0].node.title).toBe(`Position closed: Data Engineer at ${setup.company.name}`);
  });

  it('refuses a stale review (a candidate proposed meanwhile) so the page can show the list again; nothing changes', async () => {
    const { prisma } = server.db;
    const setup = await jobWithPipeline();
    const preview = (await recruiter.graphql(PREVIEW, { id: setup.jobGid, outcome: 'FILLED' })).body.data.node.closingPreview;
    const late = await newCandidate('Mia Falk');
    const added = await createProposal(prisma, { agencyId: refs.agencyId, jobId: setup.job.id, candidateId: late.id, recruiterId: refs.recruiterId });
    const messages = preview.candidates.map((c: any) => ({ proposalId: c.proposal.id, message: c.message }));

    const { body } = await recruiter.graphql(CLOSE_JOB, { input: { jobId: setup.jobGid, outcome: 'FILLED', messages } });
    expect(body.data.closeJob).toEqual({
      __typename: 'ValidationError',
      message: 'The pipeline changed since you reviewed it (Mia Falk joined the pipeline); review the list again before closing the job.',
      fieldErrors: [{ field: 'messages', message: 'The pipeline changed since you reviewed it (Mia Falk joined the pipeline); review the list again before closing the job.' }],
    });
    expect((await prisma.job.findUniqueOrThrow({ where: { id: setup.job.id } })).status).toBe('OPEN');
    expect(await prisma.proposal.count({ where: { jobId: setup.job.id, status: 'WITHDRAWN' } })).toBe(0);

    // Reviewed again, Mia is on the list and is told too.
    const again = (await recruiter.graphql(PREVIEW, { id: setup.jobGid, outcome: 'FILLED' })).body.data.node.closingPreview;
    expect(again.candidates.map((c: any) => c.candidateName)).toContain('Mia Falk');
    const retried = await recruiter.graphql(CLOSE_JOB, {
      input: { jobId: setup.jobGid, outcome: 'FILLED', messages: again.candidates.map((c: any) => ({ proposalId: c.proposal.id, message: c.message })) },
    });
    expect(retried.body.data.closeJob.__typename).toBe('CloseJobSuccess');
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: added.id } })).status).toBe('WITHDRAWN');
  });

  it('leaves nothing half-done when a write fails midway: the job, the proposals, the interviews and the log are as before', async () => {
    const { prisma } = server.db;
    const setup = await jobWithPipeline();
    // A notification that cannot be written (the third candidate's) makes the whole transaction fail after the
    // job, Ana's and Tom's withdrawals and Ana's interviews were written inside it.
    await prisma.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION refuse_poisoned_notification() RETURNS trigger AS $$
      BEGIN IF NEW.body LIKE '%POISON%' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_poisoned_notification BEFORE INSERT ON "Notification" FOR EACH ROW EXECUTE FUNCTION refuse_poisoned_notification()`);
    try {
      const logFrom = (await prisma.changeLogEntry.aggregate({ _max: { position: true } }))._max.position ?? 0n;
      const preview = (await recruiter.graphql(PREVIEW, { id: setup.jobGid, outcome: 'FILLED' })).body.data.node.closingPreview;
      const messages = preview.candidates.map((c: any) => ({ proposalId: c.proposal.id, message: c.candidateName === 'Noor Haddad' ? `POISON ${c.message}` : c.message }));
      const { body } = await recruiter.graphql(CLOSE_JOB, { input: { jobId: setup.jobGid, outcome: 'FILLED', messages } });
      expect(body.data?.closeJob ?? null).toBeNull();
      expect(JSON.stringify(body.errors)).not.toMatch(/refused by the test|Notification|INSERT/);

      expect(await prisma.job.findUniqueOrThrow({ where: { id: setup.job.id }, select: { status: true, openings: true } })).toEqual({ status: 'OPEN', openings: 2 });
      const statuses = await prisma.proposal.findMany({ where: { id: { in: setup.open.map((p) => p.proposal.id) } }, select: { status: true } });
      expect(statuses.map((s) => s.status).sort()).toEqual(['INTERVIEWING', 'OFFERED', 'PROPOSED']);
      expect(await prisma.interview.count({ where: { proposalId: setup.ana.proposal.id, status: 'SCHEDULED' } })).toBe(2);
      expect(await prisma.notification.count({ where: { userId: { in: setup.open.map((p) => p.candidate.userId) } } })).toBe(0);
      expect(await prisma.changeLogEntry.count({ where: { position: { gt: logFrom }, entityId: { in: [setup.job.id, ...setup.open.map((p) => p.proposal.id)] } } })).toBe(0);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER refuse_poisoned_notification ON "Notification"`);
    }
  });

  it('lets one of two closings at once win; the other is told the job is already filled', async () => {
    for (let round = 0; round < 3; round++) {
      const setup = await jobWithPipeline();
      const admin = server.browser();
      await admin.signIn('admin@shortlist.test');
      const results = await Promise.all([
        recruiter.graphql(CLOSE_JOB, { input: { jobId: setup.jobGid, outcome: 'FILLED' } }),
        admin.graphql(CLOSE_JOB, { input: { jobId: setup.jobGid, outcome: 'CLOSED' } }),
      ]);
      const answers = results.map((r) => r.body.data.closeJob);
      expect(answers.filter((a) => a.__typename === 'CloseJobSuccess')).toHaveLength(1);
      const loser = answers.find((a) => a.__typename !== 'CloseJobSuccess');
      expect(loser).toMatchObject({ __typename: 'InvalidTransitionError' });
      expect(loser.message).toMatch(/^This job is already (filled|closed)\.$/);
      // Each candidate was told once.
      expect(await server.db.prisma.notification.count({ where: { userId: setup.tom.candidate.userId } })).toBe(1);
    }
  });

  it('refuses a job already filled, a stale version and a message too short', async () => {
    const setup = await jobWithPipeline();
    const short = await recruiter.graphql(CLOSE_JOB, { input: { jobId: setup.jobGid, outcome: 'FILLED', defaultMessage: 'Bye' } });
    expect(short.body.data.closeJob).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'defaultMessage' }] });
    const stale = await recruiter.graphql(CLOSE_JOB, { input: { jobId: setup.jobGid, outcome: 'FILLED', expectedVersion: setup.job.version + 5 } });
    expect(stale.body.data.closeJob).toEqual({ __typename: 'InvalidTransitionError', message: 'This job was changed by someone else; reload it.', currentStatus: 'OPEN' });
    expect((await recruiter.graphql(CLOSE_JOB, { input: { jobId: setup.jobGid, outcome: 'FILLED' } })).body.data.closeJob.__typename).toBe('CloseJobSuccess');
    const again = await recruiter.graphql(CLOSE_JOB, { input: { jobId: setup.jobGid, outcome: 'CLOSED' } });
    expect(again.body.data.closeJob).toEqual({ __typename: 'InvalidTransitionError', message: 'This job is already filled.', currentStatus: 'FILLED' });
  });

  it('is refused to a candidate and a partner key (not allowed) and to another agency (not found), changing nothing', async () => {
    const { prisma } = server.db;
    const setup = await jobWithPipeline();
    const input = { jobId: setup.jobGid, outcome: 'CLOSED' };
    const asCandidate = await setup.ana.candidate.browser.graphql(CLOSE_JOB, { input });
    expect(asCandidate.body.data.closeJob.__typename).toBe('NotAllowedError');
    const key = await createPartnerKey(prisma, refs.agencyId, ['JOBS_READ', 'JOBS_WRITE', 'PROPOSALS_WRITE']);
    const asPartner = await server.graphql(CLOSE_JOB, { input }, key);
    expect(asPartner.body.data.closeJob.__typename).toBe('NotAllowedError');
    const other = server.browser();
    await other.signIn('recruiter@otheragency.test');
    const asOtherAgency = await other.graphql(CLOSE_JOB, { input });
    expect(asOtherAgency.body.data.closeJob).toEqual({ __typename: 'NotFoundError', message: 'That job does not exist in your agency.' });
    expect((await prisma.job.findUniqueOrThrow({ where: { id: setup.job.id } })).status).toBe('OPEN');
    expect(await prisma.proposal.count({ where: { jobId: setup.job.id, status: 'WITHDRAWN' } })).toBe(0);
  });
});

describe('updateJob to FILLED or CLOSED', () => {
  it('runs the same cascade with the polite defaults, so a partner closing a job from its ATS tells the candidates too', async () => {
    const { prisma } = server.db;
    const setup = await jobWithPipeline('Site Reliability Engineer');
    const key = await createPartnerKey(prisma, refs.agencyId, ['JOBS_READ', 'JOBS_WRITE']);
    const { body } = await server.graphql(
      `mutation($input: UpdateJobInput!) { updateJob(input: $input) { __typename ... on UpdateJobSuccess { job { status } } } }`,
      { input: { id: setup.jobGid, status: 'CLOSED' } },
      key,
    );
    expect(body.data.updateJob).toEqual({ __typename: 'UpdateJobSuccess', job: { status: 'CLOSED' } });
    const tom = await prisma.proposal.findUniqueOrThrow({ where: { id: setup.tom.proposal.id } });
    expect(tom).toMatchObject({ status: 'WITHDRAWN', withdrawalReason: 'POSITION_CANCELLED' });
    expect(tom.withdrawalMessage).toBe(
      defaultMessage('Tom', 'Site Reliability Engineer', setup.company.name, `${setup.company.name} has decided not to go ahead with the role, so I'm withdrawing this proposal.`),
    );
    expect(await prisma.interview.count({ where: { proposalId: setup.ana.proposal.id, status: 'CANCELLED', cancelledBy: 'RECRUITER' } })).toBe(2);
    expect(await prisma.notification.count({ where: { userId: { in: setup.open.map((p) => p.candidate.userId) } } })).toBe(3);
  });
});
