import { encodeGlobalID } from '@pothos/plugin-relay';
import { CHANGES_CHANNEL } from '@shortlist/db/change-log/append-changes';
import { readChanges, type ChangeLogEntry } from '@shortlist/db/change-log/read-changes';
import type { ProposalStatus } from '@shortlist/db/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInterview, createProposal } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

let server: TestServer;
let recruiter: TestBrowser;
let candidate: TestBrowser;
let refs: { agencyId: string; candidateId: string; recruiterId: string; candidateUserId: string };
const usedJobs = new Set<string>();
/** Every entry the tests saw, in the order they were read, to check positions across the whole file. */
const seen: ChangeLogEntry[] = [];

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ recruiter, candidate } = await signInDemoUsers(server));
  const [sam, rec] = await Promise.all([
    server.db.prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' }, include: { candidateProfile: true } }),
    server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } }),
  ]);
  refs = { agencyId: sam.agencyId, candidateId: sam.candidateProfile!.id, recruiterId: rec.id, candidateUserId: sam.id };
});
afterAll(() => server.close());

async function lastPosition(): Promise<bigint> {
  const [row] = await server.db.sql.query<{ last: string }>(`SELECT coalesce(max("position"), 0)::text AS last FROM "ChangeLogEntry"`);
  return BigInt(row!.last);
}

/** The entries appended while `run` ran: entity, entity ID, kind and agency, plus who made them and their data. */
async function changesDuring(run: () => Promise<unknown>) {
  const before = await lastPosition();
  await run();
  const entries = await readChanges(server.db.sql, before, 100);
  seen.push(...entries);
  return entries;
}
const brief = (entries: ChangeLogEntry[]) => entries.map(({ entity, entityId, kind, agencyId }) => ({ entity, entityId, kind, agencyId }));

/** Sends a mutation and expects its typed success. */
async function succeed(browser: TestBrowser, name: string, input: Record<string, unknown>, selection = '') {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const { body } = await browser.graphql(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { __typename ... on Error { message } ${selection} } }`,
    { input },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data[name].__typename, JSON.stringify(body.data[name])).toMatch(/Success$/);
  return body.data[name];
}
/** Sends a mutation and returns its typed error's name. */
async function fail(browser: TestBrowser, name: string, input: Record<string, unknown>) {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const { body } = await browser.graphql(`mutation($input: ${inputType}!) { ${name}(input: $input) { __typename } }`, { input });
  return body.data?.[name]?.__typename as string;
}

async function freshJob() {
  const job = await server.db.prisma.job.findFirstOrThrow({
    where: { agencyId: refs.agencyId, status: 'OPEN', id: { notIn: [...usedJobs] }, proposals: { none: { candidateId: refs.candidateId } } },
    orderBy: { id: 'desc' },
  });
  usedJobs.add(job.id);
  return job;
}
/** A proposal of Sam's in the given status, written straight to the database (it appends nothing itself). */
async function samsProposal(status: ProposalStatus) {
  const job = await freshJob();
  const { agencyId, candidateId, recruiterId } = refs;
  const proposal = await createProposal(server.db.prisma, { agencyId, candidateId, recruiterId, jobId: job.id }, { status });
  return { ...proposal, gid: encodeGlobalID('Proposal', proposal.id) };
}
async function interviewOf(proposal: { id: string; agencyId: string }, startsAt: Date) {
  const interview = await createInterview(server.db.prisma, proposal, startsAt);
  return { ...interview, gid: encodeGlobalID('Interview', interview.id) };
}
const time = (startsAt: Date) => ({ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 45 * MINUTE).toISOString(), timeZone: 'Europe/Berlin', format: 'VIDEO' });
const proposalEntry = (id: string, kind: string) => ({ entity: 'PROPOSAL', entityId: id, kind, agencyId: refs.agencyId });
const interviewEntry = (id: string, kind: string) => ({ entity: 'INTERVIEW', entityId: id, kind, agencyId: refs.agencyId });
const MESSAGE = 'Thank you for your time; this is our decision for now.';

describe('candidates and jobs in the change log', () => {
  it('registering a candidate and editing their profile append candidate.created and candidate.updated, naming what changed', async () => {
    const created = await changesDuring(() =>
      succeed(recruiter, 'createCandidate', { email: 'log.candidate@example.test', fullName: 'Log Candidate', seniority: 'MID', country: 'DE', timeZone: 'Europe/Berlin' }),
    );
    const id = created[0]!.entityId;
    expect(brief(created)).toEqual([{ entity: 'CANDIDATE', entityId: id, kind: 'candidate.created', agencyId: refs.agencyId }]);
    expect(created[0]).toMatchObject({ actorUserId: refs.recruiterId, actorApiKeyId: null });

    const updated = await changesDuring(() =>
      succeed(candidate, 'updateCandidateProfile', { candidateId: encodeGlobalID('Candidate', refs.candidateId), headline: 'Platform engineer', skills: [{ skill: 'typescript', level: 4 }] }),
    );
    expect(brief(updated)).toEqual([{ entity: 'CANDIDATE', entityId: refs.candidateId, kind: 'candidate.updated', agencyId: refs.agencyId }]);
    expect(updated[0]).toMatchObject({ actorUserId: refs.candidateUserId, data: { changed: ['headline', 'skills'] } });
  });

  it('creating a job and changing its requirements and status append job.created and job.updated', async () => {
    const company = await server.db.prisma.clientCompany.findFirstOrThrow({ where: { agencyId: refs.agencyId } });
    const created = await changesDuring(() =>
      succeed(recruiter, 'createJob', {
        clientCompanyId: encodeGlobalID('ClientCompany', company.id),
        title: 'Change log engineer',
        seniority: 'SENIOR',
        currency: 'EUR',
        remotePolicy: 'REMOTE',
        country: 'DE',
        timeZone: 'Europe/Berlin',
      }),
    );
    const id = created[0]!.entityId;
    expect(brief(created)).toEqual([{ entity: 'JOB', entityId: id, kind: 'job.created', agencyId: refs.agencyId }]);
    expect(created[0]!.data).toEqual({ status: 'DRAFT' });

    const updated = await changesDuring(() =>
      succeed(recruiter, 'updateJob', { id: encodeGlobalID('Job', id), status: 'OPEN', skills: [{ skill: 'postgresql', requirement: 'MUST_HAVE', minLevel: 3 }] }),
    );
    expect(brief(updated)).toEqual([{ entity: 'JOB', entityId: id, kind: 'job.updated', agencyId: refs.agencyId }]);
    expect(updated[0]!.data).toEqual({ status: 'OPEN', changed: ['status', 'requirements'] });
  });
});

describe('proposal transitions in the change log', () => {
  it('proposing and accepting append the proposal, then its interview and the move to interviewing, as the history reads', async () => {
    const job = await freshJob();
    const proposed = await changesDuring(() =>
      succeed(recruiter, 'proposeMatch', {
        jobId: encodeGlobalID('Job', job.id),
        candidateId: encodeGlobalID('Candidate', refs.candidateId),
        message: 'This team needs exactly your experience.',
        slots: [{ ...time(new Date(Date.now() + 3 * DAY)), location: 'https://meet.example.com/log' }],
      }, '... on ProposeMatchSuccess { proposal { id slots { id } } }'),
    );
    const proposalId = proposed[0]!.entityId;
    expect(brief(proposed)).toEqual([proposalEntry(proposalId, 'proposal.proposed')]);
    expect(proposed[0]!.data).toEqual({ from: null, to: 'PROPOSED', jobId: job.id, candidateId: refs.candidateId });

    const slot = await server.db.prisma.interviewSlot.findFirstOrThrow({ where: { proposalId } });
    const accepted = await changesDuring(() =>
      succeed(candidate, 'acceptProposal', { proposalId: encodeGlobalID('Proposal', proposalId), slotId: encodeGlobalID('InterviewSlot', slot.id) }),
    );
    const interview = await server.db.prisma.interview.findFirstOrThrow({ where: { proposalId } });
    expect(brief(accepted)).toEqual([
      proposalEntry(proposalId, 'proposal.accepted'),
      interviewEntry(interview.id, 'interview.scheduled'),
      proposalEntry(proposalId, 'proposal.interviewing'),
    ]);
    expect(accepted.map((e) => e.actorUserId)).toEqual([refs.candidateUserId, refs.candidateUserId, refs.candidateUserId]);
  });

  it('declining, offering, hiring, declining an offer and recording a hire append one entry each, and a hire one for its job', async () => {
    const cases: Array<[ProposalStatus, TestBrowser, string, Record<string, unknown>, string, string]> = [
      ['PROPOSED', candidate, 'declineProposal', { reason: 'TIMING', message: MESSAGE }, 'proposal.declined', 'DECLINED'],
      ['INTERVIEWING', recruiter, 'makeOffer', { message: 'The client would love to have you on the team.' }, 'proposal.offered', 'OFFERED'],
      ['OFFERED', candidate, 'acceptOffer', {}, 'proposal.hired', 'HIRED'],
      ['OFFERED', candidate, 'declineOffer', { reason: 'SALARY_TOO_LOW', message: MESSAGE }, 'proposal.declined', 'DECLINED'],
      ['OFFERED', recruiter, 'recordHire', {}, 'proposal.hired', 'HIRED'],
    ];
    for (const [status, browser, mutation, input, kind, to] of cases) {
      // One accepted offer at a time: Sam's hire in the case before is set aside (as if withdrawn) so he can be hired again.
      await server.db.prisma.proposal.updateMany({ where: { candidateId: refs.candidateId, status: 'HIRED' }, data: { status: 'WITHDRAWN' } });
      const proposal = await samsProposal(status);
      // Two openings, so a hire takes one and the job stays open: filling a job is hire.test.ts's.
      await server.db.prisma.job.update({ where: { id: proposal.jobId }, data: { openings: 2 } });
      const entries = await changesDuring(() => succeed(browser, mutation, { proposalId: proposal.gid, ...input }));
      const jobEntry = { entity: 'JOB', entityId: proposal.jobId, kind: 'job.updated', agencyId: refs.agencyId };
      expect(brief(entries), mutation).toEqual(to === 'HIRED' ? [proposalEntry(proposal.id, kind), jobEntry] : [proposalEntry(proposal.id, kind)]);
      expect(entries[0]!.data, mutation).toEqual({ from: status, to });
    }
  });

  it('withdrawing or rejecting cancels the live interviews first, each with its own entry', async () => {
    for (const [browser, mutation, input, kind] of [
      [recruiter, 'withdrawProposal', { reason: 'TIMING', message: MESSAGE }, 'proposal.withdrawn'],
      [recruiter, 'rejectCandidate', { reason: 'SKILLS_GAP', message: MESSAGE }, 'proposal.rejected'],
    ] as const) {
      const proposal = await samsProposal('INTERVIEWING');
      const [first, second] = [await interviewOf(proposal, new Date(Date.now() + 2 * DAY)), await interviewOf(proposal, new Date(Date.now() + 4 * DAY))];
      const entries = await changesDuring(() => succeed(browser, mutation, { proposalId: proposal.gid, ...input }));
      expect(brief(entries), mutation).toEqual([
        interviewEntry(first.id, 'interview.cancelled'),
        interviewEntry(second.id, 'interview.cancelled'),
        proposalEntry(proposal.id, kind),
      ]);
    }
  });

  it('scheduling a first interview appends it and the move to interviewing; a further round appends only the interview', async () => {
    const accepted = await samsProposal('ACCEPTED');
    const first = await changesDuring(() => succeed(recruiter, 'scheduleInterview', { proposalId: accepted.gid, ...time(new Date(Date.now() + 2 * DAY)) }));
    const firstInterview = await server.db.prisma.interview.findFirstOrThrow({ where: { proposalId: accepted.id } });
    expect(brief(first)).toEqual([interviewEntry(firstInterview.id, 'interview.scheduled'), proposalEntry(accepted.id, 'proposal.interviewing')]);

    const again = await changesDuring(() => succeed(recruiter, 'scheduleInterview', { proposalId: accepted.gid, ...time(new Date(Date.now() + 5 * DAY)) }));
    const secondInterview = await server.db.prisma.interview.findFirstOrThrow({ where: { proposalId: accepted.id, id: { not: firstInterview.id } } });
    expect(brief(again)).toEqual([interviewEntry(secondInterview.id, 'interview.scheduled')]);
  });
});

describe('interview transitions in the change log', () => {
  it('asking for a new time, answering it, moving directly and cancelling append one entry per interview that changed', async () => {
    const proposal = await samsProposal('INTERVIEWING');
    const interview = await interviewOf(proposal, new Date(Date.now() + 3 * DAY));
    const asked = await changesDuring(() => succeed(candidate, 'requestReschedule', { interviewId: interview.gid, reason: 'A conflict with a medical appointment.' }));
    expect(brief(asked)).toEqual([interviewEntry(interview.id, 'interview.reschedule_requested')]);

    const answered = await changesDuring(() => succeed(recruiter, 'rescheduleInterview', { interviewId: interview.gid, ...time(new Date(Date.now() + 4 * DAY)) }));
    const moved = await server.db.prisma.interview.findFirstOrThrow({ where: { rescheduledFromId: interview.id } });
    expect(brief(answered)).toEqual([interviewEntry(moved.id, 'interview.rescheduled')]);
    expect(answered[0]!.data).toEqual({ proposalId: proposal.id, from: null, to: 'SCHEDULED' });

    const direct = await changesDuring(() =>
      succeed(recruiter, 'rescheduleInterview', { interviewId: encodeGlobalID('Interview', moved.id), reason: 'The interviewer is ill.', ...time(new Date(Date.now() + 5 * DAY)) }),
    );
    const movedAgain = await server.db.prisma.interview.findFirstOrThrow({ where: { rescheduledFromId: moved.id } });
    expect(brief(direct)).toEqual([interviewEntry(moved.id, 'interview.reschedule_requested'), interviewEntry(movedAgain.id, 'interview.rescheduled')]);

    const cancelled = await changesDuring(() =>
      succeed(candidate, 'cancelInterview', { interviewId: encodeGlobalID('Interview', movedAgain.id), reason: 'SCHEDULE_CONFLICT', message: MESSAGE }),
    );
    expect(brief(cancelled)).toEqual([interviewEntry(movedAgain.id, 'interview.cancelled')]);
    expect(cancelled[0]!.data).toEqual({ proposalId: proposal.id, from: 'SCHEDULED', to: 'CANCELLED' });
  });

  it('completing an interview and recording a no-show append interview.completed and interview.no_show', async () => {
    const proposal = await samsProposal('INTERVIEWING');
    const held = await interviewOf(proposal, new Date(Date.now() - 2 * HOUR));
    const missed = await interviewOf(proposal, new Date(Date.now() - 1 * HOUR));
    const completed = await changesDuring(() => succeed(recruiter, 'completeInterview', { interviewId: held.gid }));
    expect(brief(completed)).toEqual([interviewEntry(held.id, 'interview.completed')]);
    const noShow = await changesDuring(() => succeed(recruiter, 'recordNoShow', { interviewId: missed.gid, party: 'CANDIDATE', note: 'Waited 20 minutes in the call; no answer by phone.' }));
    expect(brief(noShow)).toEqual([interviewEntry(missed.id, 'interview.no_show')]);
  });
});

describe('a mutation that fails appends nothing', () => {
  it('invalid input, an invalid transition and a stale version leave the log as it was', async () => {
    const declined = await samsProposal('DECLINED');
    const job = await freshJob();
    const entries = await changesDuring(async () => {
      expect(await fail(recruiter, 'createCandidate', { email: 'not an e-mail', fullName: 'X', seniority: 'MID', country: 'DE', timeZone: 'Europe/Berlin' })).toBe('ValidationError');
      expect(await fail(candidate, 'declineProposal', { proposalId: declined.gid, reason: 'TIMING', message: MESSAGE })).toBe('InvalidTransitionError');
      expect(await fail(recruiter, 'updateJob', { id: encodeGlobalID('Job', job.id), version: job.version + 7, title: 'Stale' })).toBe('InvalidTransitionError');
    });
    expect(entries).toEqual([]);
  });

  it('of two withdrawals at once, only the winner appends', async () => {
    const proposal = await samsProposal('INTERVIEWING');
    const interview = await interviewOf(proposal, new Date(Date.now() + 2 * DAY));
    const entries = await changesDuring(async () => {
      const outcomes = await Promise.all([
        fail(recruiter, 'withdrawProposal', { proposalId: proposal.gid, reason: 'TIMING', message: MESSAGE }),
        fail(candidate, 'withdrawProposal', { proposalId: proposal.gid, reason: 'TIMING', message: MESSAGE }),
      ]);
      expect(outcomes.filter((name) => /Success$/.test(name))).toHaveLength(1);
    });
    expect(brief(entries)).toEqual([interviewEntry(interview.id, 'interview.cancelled'), proposalEntry(proposal.id, 'proposal.withdrawn')]);
  });
});

describe('the log as a whole', () => {
  it("wakes listeners on shortlist_changes with the agency's ID when a mutation commits", async () => {
    const heard: string[] = [];
    let stopListening: () => Promise<void>;
    const { db } = server;
    if (db.pglite) {
      stopListening = await db.pglite.listen(CHANGES_CHANNEL, (payload) => heard.push(payload));
    } else {
      const client = await db.pool!.connect();
      client.on('notification', (message) => heard.push(message.payload ?? ''));
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      stopListening = async () => {
        await client.query(`UNLISTEN ${CHANGES_CHANNEL}`);
        client.release();
      };
    }
    try {
      const proposal = await samsProposal('PROPOSED');
      await changesDuring(() => succeed(candidate, 'declineProposal', { proposalId: proposal.gid, reason: 'TIMING', message: MESSAGE }));
      for (let i = 0; heard.length === 0 && i < 500; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(heard).toEqual([refs.agencyId]);
    } finally {
      await stopListening();
    }
  });

  it("hands out strictly increasing positions, and the demo seed leaves it empty (but for the expiry sweeper's)", async () => {
    expect(seen.length).toBeGreaterThan(20);
    const positions = seen.map((e) => e.position);
    expect(positions.every((p, i) => i === 0 || p > positions[i - 1]!)).toBe(true);
    // The seed writes rows directly, not through mutations: the first entry is the first test's, once the entries of
    // the expiry sweeper (which wrote the seed's lapsed proposals EXPIRED at start, as Shortlist) are set aside.
    const all = await readChanges(server.db.sql, 0n, 10_000);
    const sweeps = all.filter((e) => e.kind === 'proposal.expired');
    expect(sweeps.every((e) => e.actorUserId === null && e.actorApiKeyId === null)).toBe(true);
    expect(all.find((e) => e.kind !== 'proposal.expired')!.kind).toBe('candidate.created');
  });
});
