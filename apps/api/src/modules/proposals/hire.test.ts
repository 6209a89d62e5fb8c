// Issue 12: one accepted offer at a time per candidate (B1). Real server, real database (PGlite, and PostgreSQL
// with TEST_DATABASE_URL, where two hires at once really run in parallel).
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientCompany, createInterview, createJob, createProposal } from '../../../test/factories.ts';
import { startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const DAY = 24 * 60 * 60 * 1000;

let server: TestServer;
let recruiter: TestBrowser;
let refs: { agencyId: string; recruiterId: string; passwordHash: string };
const dbId = (globalId: string) => decodeGlobalID(globalId).id;

beforeAll(async () => {
  server = await startTestServer('demo');
  const { prisma } = server.db;
  const recruiterUser = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
  const demoCandidate = await prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' } });
  refs = { agencyId: recruiterUser.agencyId, recruiterId: recruiterUser.id, passwordHash: demoCandidate.passwordHash! };
  recruiter = server.browser();
  await recruiter.signIn('recruiter@shortlist.test');
});
afterAll(() => server.close());

/** A candidate of their own for each test, signed in (the demo password), so one test's hire is not another's. */
async function newCandidate(name = 'Julia Andersson') {
  const { prisma } = server.db;
  const email = `hire.${randomUUID().slice(0, 8)}@example.test`;
  const user = await prisma.user.create({
    data: { agencyId: refs.agencyId, email, name, role: 'CANDIDATE', passwordHash: refs.passwordHash, timeZone: 'Europe/Berlin' },
  });
  const profile = await prisma.candidateProfile.create({
    data: { agencyId: refs.agencyId, userId: user.id, fullName: name, email, seniority: 'SENIOR', country: 'DE', city: 'Berlin', timeZone: 'Europe/Berlin' },
  });
  const browser = server.browser();
  await browser.signIn(email);
  return { id: profile.id, userId: user.id, browser };
}

/** An offer to the candidate from a new client, for a new job with `openings` places. */
async function offerFrom(candidateId: string, companyName: string, jobTitle: string, openings = 1) {
  const { prisma } = server.db;
  const company = await createClientCompany(prisma, refs.agencyId, `${companyName} ${randomUUID().slice(0, 6)}`);
  const job = await createJob(prisma, refs.agencyId, company.id, { title: jobTitle, openings });
  const proposal = await createProposal(
    prisma,
    { agencyId: refs.agencyId, jobId: job.id, candidateId, recruiterId: refs.recruiterId },
    { status: 'OFFERED', respondedAt: new Date(), offeredAt: new Date(), offerMessage: 'We would love to have you.' },
  );
  return { job, company, proposal, gid: encodeGlobalID('Proposal', proposal.id) };
}

const ACCEPT_OFFER = `mutation($input: AcceptOfferInput!) { acceptOffer(input: $input) { __typename ... on Error { message }
  ... on AlreadyHiredError { hiredProposal { id status } } ... on AcceptOfferSuccess { proposal { id status } } } }`;
const RECORD_HIRE = `mutation($input: RecordHireInput!) { recordHire(input: $input) { __typename ... on Error { message }
  ... on AlreadyHiredError { hiredProposal { id status } } ... on RecordHireSuccess { proposal { id status } } } }`;
const DECLINE_OFFER = `mutation($input: DeclineOfferInput!) { declineOffer(input: $input) { __typename ... on Error { message }
  ... on DeclineOfferSuccess { proposal { id status } } } }`;

describe('one accepted offer at a time (B1)', () => {
  it('refuses a second acceptOffer, naming the accepted offer; the candidate declines the other one politely instead', async () => {
    const julia = await newCandidate();
    const kestrel = await offerFrom(julia.id, 'Kestrel Logistics', 'Platform Engineer');
    const other = await offerFrom(julia.id, 'Osprey Freight', 'Backend Engineer');

    const first = await julia.browser.graphql(ACCEPT_OFFER, { input: { proposalId: kestrel.gid } });
    expect(first.body.data.acceptOffer).toMatchObject({ __typename: 'AcceptOfferSuccess', proposal: { status: 'HIRED' } });

    // The offer page asks before showing "Accept offer".
    const page = await julia.browser.graphql(`query($id: ID!) { node(id: $id) { ... on Proposal { status acceptedOfferElsewhere { id job { title } } } } }`, { id: other.gid });
    expect(page.body.data.node).toEqual({ status: 'OFFERED', acceptedOfferElsewhere: { id: kestrel.gid, job: { title: 'Platform Engineer' } } });

    const second = await julia.browser.graphql(ACCEPT_OFFER, { input: { proposalId: other.gid } });
    expect(second.body.data.acceptOffer).toEqual({
      __typename: 'AlreadyHiredError',
      message: `You have already accepted ${kestrel.company.name}'s offer for Platform Engineer, so you cannot accept a second offer; decline this one instead, with a message to the recruiter.`,
      hiredProposal: { id: kestrel.gid, status: 'HIRED' },
    });
    const row = await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: other.proposal.id } });
    expect([row.status, row.version, row.hiredAt]).toEqual(['OFFERED', other.proposal.version, null]);
    expect(await server.db.prisma.activityEvent.count({ where: { proposalId: other.proposal.id } })).toBe(0);

    const declined = await julia.browser.graphql(DECLINE_OFFER, {
      input: { proposalId: other.gid, reason: 'ACCEPTED_ANOTHER_OFFER', message: "Thank you for the offer; I've accepted another one, so I'll pass on this one." },
    });
    expect(declined.body.data.declineOffer).toMatchObject({ __typename: 'DeclineOfferSuccess', proposal: { status: 'DECLINED' } });
    expect(await server.db.prisma.proposal.count({ where: { candidateId: julia.id, status: 'HIRED' } })).toBe(1);
  });

  it('refuses recording a hire on a second proposal of a hired candidate, and tells the recruiter where they were hired', async () => {
    const julia = await newCandidate();
    const kestrel = await offerFrom(julia.id, 'Kestrel Logistics', 'Platform Engineer');
    const other = await offerFrom(julia.id, 'Osprey Freight', 'Backend Engineer');
    expect((await recruiter.graphql(RECORD_HIRE, { input: { proposalId: kestrel.gid } })).body.data.recordHire.__typename).toBe('RecordHireSuccess');

    const second = await recruiter.graphql(RECORD_HIRE, { input: { proposalId: other.gid } });
    expect(second.body.data.recordHire).toEqual({
      __typename: 'AlreadyHiredError',
      message: `Julia Andersson has already accepted ${kestrel.company.name}'s offer for Platform Engineer, so this offer cannot be recorded as a hire too; the candidate can decline it, or you can withdraw it.`,
      hiredProposal: { id: kestrel.gid, status: 'HIRED' },
    });
    // Nor can the candidate accept it afterwards.
    expect((await julia.browser.graphql(ACCEPT_OFFER, { input: { proposalId: other.gid } })).body.data.acceptOffer.__typename).toBe('AlreadyHiredError');
    expect((await server.db.prisma.proposal.findUniqueOrThrow({ where: { id: other.proposal.id } })).status).toBe('OFFERED');
  });

  it('lets exactly one of two offers accepted at once win: the other is refused as already hired', async () => {
    const julia = await newCandidate();
    const offers = await Promise.all(Array.from({ length: 4 }, (_, i) => offerFrom(julia.id, `Client ${i}`, `Engineer ${i}`)));
    const results = await Promise.all(
      offers.map((offer, i) =>
        i % 2 === 0
          ? julia.browser.graphql(ACCEPT_OFFER, { input: { proposalId: offer.gid } }).then((r) => r.body.data.acceptOffer)
          : recruiter.graphql(RECORD_HIRE, { input: { proposalId: offer.gid } }).then((r) => r.body.data.recordHire),
      ),
    );
    const winners = results.filter((r) => r.__typename.endsWith('Success'));
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'AlreadyHiredError').map((r) => r.hiredProposal.id)).toEqual([winners[0].proposal.id, winners[0].proposal.id, winners[0].proposal.id]);
    const hired = await server.db.prisma.proposal.findMany({ where: { candidateId: julia.id, status: 'HIRED' } });
    expect(hired.map((p) => p.id)).toEqual([dbId(winners[0].proposal.id)]);
  });
});

describe("a hire ends the proposal's open interviews (B2)", () => {
  for (const [how, hire] of [
    ['accepts the offer', (offer: { gid: string }, julia: { browser: TestBrowser }) => julia.browser.graphql(ACCEPT_OFFER, { input: { proposalId: offer.gid } }).then((r) => r.body.data.acceptOffer)],
    ['is recorded as hired', (offer: { gid: string }) => recruiter.graphql(RECORD_HIRE, { input: { proposalId: offer.gid } }).then((r) => r.body.data.recordHire)],
  ] as const) {
    it(`cancels a future interview and one waiting for a new time when the candidate ${how}, never as late, and drops it from "Upcoming interviews"`, async () => {
      const julia = await newCandidate();
      const offer = await offerFrom(julia.id, 'Kestrel Logistics', 'Platform Engineer');
      const { prisma } = server.db;
      const upcoming = await createInterview(prisma, offer.proposal, new Date(Date.now() + 2 * 60 * 60 * 1000));
      const waiting = await createInterview(prisma, offer.proposal, new Date(Date.now() + 3 * DAY));
      await prisma.interview.update({ where: { id: waiting.id }, data: { status: 'NEEDS_RESCHEDULING', rescheduleRequestedBy: 'CANDIDATE', rescheduleReason: 'A clash' } });
      const past = await createInterview(prisma, offer.proposal, new Date(Date.now() - 5 * DAY));
      await prisma.interview.update({ where: { id: past.id }, data: { status: 'COMPLETED' } });

      expect((await hire(offer, julia)).__typename).toMatch(/Success$/);

      const rows = await prisma.interview.findMany({ where: { proposalId: offer.proposal.id }, orderBy: { startsAt: 'asc' } });
      expect(rows.map((r) => r.status)).toEqual(['COMPLETED', 'CANCELLED', 'CANCELLED']);
      for (const row of rows.slice(1)) {
        expect(row).toMatchObject({ cancellationReason: 'OTHER', isLateCancellation: false });
        expect(row.cancellationMessage).toBe('Julia Andersson accepted the offer for Platform Engineer, so this interview is no longer needed.');
      }
      expect(rows[1]!.noticeGivenMinutes).toBeGreaterThan(100);
      const events = await prisma.activityEvent.findMany({ where: { proposalId: offer.proposal.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
      expect(events.map((e) => [e.action, e.interviewId])).toEqual([
        ['interview.cancelled', upcoming.id],
        ['interview.cancelled', waiting.id],
        ['proposal.hired', null],
      ]);
      const log = await prisma.changeLogEntry.findMany({ where: { entityId: { in: [upcoming.id, waiting.id, offer.proposal.id] } }, orderBy: { position: 'asc' } });
      expect(log.map((e) => [e.entityId, e.kind])).toEqual([
        [upcoming.id, 'interview.cancelled'],
        [waiting.id, 'interview.cancelled'],
        [offer.proposal.id, 'proposal.hired'],
      ]);

      const mine = await julia.browser.graphql('{ myInterviews(first: 20) { edges { node { id status } } } }');
      expect(mine.body.data.myInterviews.edges.filter((e: any) => e.node.status === 'SCHEDULED')).toEqual([]);
    });
  }
});

describe('hiring fills the job', () => {
  it('takes one opening per hire; the last one fills the job and withdraws the other open proposals politely, telling each candidate', async () => {
    const { prisma } = server.db;
    const first = await newCandidate('Julia Andersson');
    const offer = await offerFrom(first.id, 'Kestrel Logistics', 'Platform Engineer', 2);
    const { job } = offer;
    const propose = async (candidateId: string, status: 'PROPOSED' | 'INTERVIEWING' | 'OFFERED' | 'DECLINED', respondBy = new Date(Date.now() + 5 * DAY)) =>
      createProposal(prisma, { agencyId: refs.agencyId, jobId: job.id, candidateId, recruiterId: refs.recruiterId }, { status, respondBy, ...(status === 'OFFERED' ? { offeredAt: new Date() } : {}) });
    const second = await newCandidate('Noor Haddad');
    const secondOffer = await propose(second.id, 'OFFERED');
    const [interviewing, unanswered, lapsed, declined] = await Promise.all(['Ana Lima', 'Tom Berg', 'Ida Sund', 'Leo Marsh'].map((name) => newCandidate(name)));
    const inInterviews = await propose(interviewing!.id, 'INTERVIEWING');
    const interview = await createInterview(prisma, inInterviews, new Date(Date.now() + 3 * DAY));
    const waiting = await propose(unanswered!.id, 'PROPOSED');
    const pastRespondBy = await propose(lapsed!.id, 'PROPOSED', new Date(Date.now() - DAY));
    const closed = await propose(declined!.id, 'DECLINED');
    const logFrom = (await prisma.changeLogEntry.aggregate({ _max: { position: true } }))._max.position ?? 0n;

    // The first of two openings: the job stays open, nobody else is touched.
    expect((await first.browser.graphql(ACCEPT_OFFER, { input: { proposalId: offer.gid } })).body.data.acceptOffer.__typename).toBe('AcceptOfferSuccess');
    expect(await prisma.job.findUniqueOrThrow({ where: { id: job.id }, select: { openings: true, status: true } })).toEqual({ openings: 1, status: 'OPEN' });
    expect((await prisma.proposal.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe('PROPOSED');

    // The last opening: FILLED, and the pipeline is closed.
    const hired = await recruiter.graphql(RECORD_HIRE, { input: { proposalId: encodeGlobalID('Proposal', secondOffer.id) } });
    expect(hired.body.data.recordHire.__typename).toBe('RecordHireSuccess');
    expect(await prisma.job.findUniqueOrThrow({ where: { id: job.id }, select: { openings: true, status: true } })).toEqual({ openings: 0, status: 'FILLED' });

    const statusOf = async (id: string) => (await prisma.proposal.findUniqueOrThrow({ where: { id } })).status;
    expect([await statusOf(pastRespondBy.id), await statusOf(closed.id)]).toEqual(['PROPOSED', 'DECLINED']);
    for (const [proposal, person] of [[inInterviews, interviewing!], [waiting, unanswered!]] as const) {
      const row = await prisma.proposal.findUniqueOrThrow({ where: { id: proposal.id } });
      expect(row).toMatchObject({ status: 'WITHDRAWN', withdrawnBy: 'RECRUITER', withdrawalReason: 'POSITION_FILLED' });
      const name = (await prisma.candidateProfile.findUniqueOrThrow({ where: { id: proposal.candidateId } })).fullName.split(' ')[0];
      expect(row.withdrawalMessage).toBe(
        `Hi ${name},\n\nThank you for your interest in the Platform Engineer role at ${offer.company.name}. The position has now been filled, so I'm withdrawing this proposal.\n\nI'll keep you in mind for other roles that fit, and I'd be glad to talk about what you're looking for next.\n\nBest regards,\n${(await prisma.user.findUniqueOrThrow({ where: { id: refs.recruiterId } })).name}`,
      );
      const inbox = await person.browser.graphql('{ notifications(first: 5) { edges { node { title body } } } }');
      expect(inbox.body.data.notifications.edges.map((e: any) => e.node)).toEqual([
        { title: `Position filled: Platform Engineer at ${offer.company.name}`, body: row.withdrawalMessage },
      ]);
    }
    expect(await prisma.interview.findUniqueOrThrow({ where: { id: interview.id } })).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: 'RECRUITER',
      cancellationReason: 'POSITION_FILLED',
      isLateCancellation: false,
    });

    // The change log (the partners' feed) says it in order: the hire, the job filled, then each proposal closed.
    const log = await prisma.changeLogEntry.findMany({ where: { position: { gt: logFrom } }, orderBy: { position: 'asc' } });
    expect(log.map((e) => [e.entityId, e.kind, e.data])).toEqual([
      [offer.proposal.id, 'proposal.hired', { from: 'OFFERED', to: 'HIRED' }],
      [job.id, 'job.updated', { status: 'OPEN', changed: ['openings'] }],
      [secondOffer.id, 'proposal.hired', { from: 'OFFERED', to: 'HIRED' }],
      [job.id, 'job.updated', { status: 'FILLED', changed: ['openings', 'status'] }],
      [interview.id, 'interview.cancelled', { proposalId: inInterviews.id, from: 'SCHEDULED', to: 'CANCELLED' }],
      [inInterviews.id, 'proposal.withdrawn', { from: 'INTERVIEWING', to: 'WITHDRAWN' }],
      [waiting.id, 'proposal.withdrawn', { from: 'PROPOSED', to: 'WITHDRAWN' }],
    ]);
  });
});

describe('two hires for the last opening at once', () => {
  it('lets one win and answers the other with a typed error, never an unexpected one', async () => {
    const { prisma } = server.db;
    // A few rounds, each with its own job and candidates, so the two hires really race on PostgreSQL.
    for (let round = 0; round < 3; round++) {
      const [first, second] = [await newCandidate('Julia Andersson'), await newCandidate('Noor Haddad')];
      const offer = await offerFrom(first.id, 'Kestrel Logistics', 'Site Reliability Engineer', 1);
      const rival = await createProposal(
        prisma,
        { agencyId: refs.agencyId, jobId: offer.job.id, candidateId: second.id, recruiterId: refs.recruiterId },
        { status: 'OFFERED', respondedAt: new Date(), offeredAt: new Date(), offerMessage: 'We would love to have you.' },
      );
      const [a, b] = await Promise.all([
        first.browser.graphql(ACCEPT_OFFER, { input: { proposalId: offer.gid } }),
        recruiter.graphql(RECORD_HIRE, { input: { proposalId: encodeGlobalID('Proposal', rival.id) } }),
      ]);
      expect([a.body.errors, b.body.errors], `round ${round}`).toEqual([undefined, undefined]);
      const outcomes = [a.body.data.acceptOffer.__typename, b.body.data.recordHire.__typename];
      expect(outcomes.filter((name) => name.endsWith('Success')), `round ${round}: ${outcomes}`).toHaveLength(1);
      expect(await prisma.proposal.count({ where: { jobId: offer.job.id, status: 'HIRED' } })).toBe(1);
      expect(await prisma.job.findUniqueOrThrow({ where: { id: offer.job.id }, select: { openings: true, status: true } })).toEqual({ openings: 0, status: 'FILLED' });
    }
  });
});
