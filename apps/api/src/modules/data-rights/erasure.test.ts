import { encodeGlobalID } from '@pothos/plugin-relay';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCandidateProfile, createInterview, createJob, createPartnerKey, createProposal } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';
import { renderEmail } from '../email/render-email.ts';
import { completeDueErasures } from './complete-due-erasures.ts';
import { ERASED_NAME } from './erase-candidate.ts';
import { ERASED_WITHDRAWAL_TEXT } from './withdraw-proposals-of-erased.ts';

const DAY = 86_400_000;

const REQUEST = /* GraphQL */ `
  mutation Request($input: RequestErasureInput!) {
    requestErasure(input: $input) {
      __typename
      ... on RequestErasureSuccess { erasureRequest { id source dueAt isPending candidate { id } } }
      ... on ValidationError { fieldErrors { field message } }
      ... on Error { message }
    }
  }`;
const CANCEL = /* GraphQL */ `
  mutation Cancel($input: CancelErasureInput!) {
    cancelErasure(input: $input) {
      __typename
      ... on CancelErasureSuccess { erasureRequest { id cancelledAt isPending } }
      ... on Error { message }
    }
  }`;
const MINE = /* GraphQL */ `query Mine { myErasureRequest { id dueAt source } }`;
const FUNNEL = /* GraphQL */ `
  query Funnel($filter: InsightFilter!) {
    insight(filter: $filter) {
      __typename
      ... on InsightSuccess {
        insight {
          funnel { stages { stage count conversionFromPrevious } declined withdrawn rejected expired }
          timeToFill { jobs medianDays p90Days }
          declineReasons { kind reason count }
          cancellations { party count lateCount medianNoticeHours }
          noShows { party count interviewsDue rate }
        }
      }
    }
  }`;
const FIND = /* GraphQL */ `
  query Find($search: String!, $id: ID!, $jobId: ID!) {
    candidates(first: 50, filter: { search: $search }) { edges { node { id } } }
    node(id: $id) { ... on Candidate { fullName email erasedAt } }
    job: node(id: $jobId) { ... on Job { suggestedCandidates(first: 100) { edges { node { candidate { id } } } } } }
  }`;

let server: TestServer;
let candidate: TestBrowser;
let recruiter: TestBrowser;
let admin: TestBrowser;
let otherAdmin: TestBrowser;
let agencyId: string;
let samId: string;

/** Signs in a new admin of another agency (the demo's password). */
async function adminOfAnotherAgency(): Promise<TestBrowser> {
  const { prisma } = server.db;
  const other = await prisma.agency.findFirstOrThrow({ where: { id: { not: agencyId } } });
  const { passwordHash } = await prisma.user.findFirstOrThrow({ where: { email: 'admin@shortlist.test' } });
  const email = `admin-${randomUUID().slice(0, 8)}@otheragency.test`;
  await prisma.user.create({ data: { agencyId: other.id, email, name: 'Other Admin', role: 'ADMIN', passwordHash } });
  const browser = server.browser();
  await browser.signIn(email);
  return browser;
}

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ candidate, recruiter } = await signInDemoUsers(server));
  admin = server.browser();
  await admin.signIn('admin@shortlist.test');
  const sam = await server.db.prisma.candidateProfile.findFirstOrThrow({ where: { user: { email: 'candidate@shortlist.test' } } });
  samId = sam.id;
  agencyId = sam.agencyId;
  otherAdmin = await adminOfAnotherAgency();
});
afterAll(() => server.close());

describe('who may ask for a candidate to be forgotten', () => {
  it('a recruiter, a partner key, another agency\'s admin and another candidate cannot; nothing is requested', async () => {
    const input = { input: { candidateId: encodeGlobalID('Candidate', samId) } };
    expect((await recruiter.graphql(REQUEST, input)).body.data.requestErasure.__typename).toBe('NotAllowedError');
    const key = await createPartnerKey(server.db.prisma, agencyId, ['CANDIDATES_READ', 'CANDIDATES_WRITE']);
    expect((await server.graphql(REQUEST, input, key)).body.data.requestErasure.__typename).toBe('NotAllowedError');
    expect((await otherAdmin.graphql(REQUEST, input)).body.data.requestErasure.__typename).toBe('NotFoundError');
    const other = await createCandidateProfile(server.db.prisma, agencyId);
    expect((await candidate.graphql(REQUEST, { input: { candidateId: encodeGlobalID('Candidate', other.id) } })).body.data.requestErasure.__typename).toBe(
      'NotFoundError',
    );
    expect((await admin.graphql(REQUEST, { input: {} })).body.data.requestErasure).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ field: 'candidateId' }],
    });
    expect(await server.db.prisma.erasureRequest.count({ where: { candidateId: { in: [samId, other.id] } } })).toBe(0);
  });

  it("an admin schedules one of the agency's candidates after the grace days; a second request is refused; another agency's admin cannot cancel it", async () => {
    const { prisma } = server.db;
    const someone = await createCandidateProfile(prisma, agencyId);
    const before = Date.now();
    const { body } = await admin.graphql(REQUEST, { input: { candidateId: encodeGlobalID('Candidate', someone.id) } });
    expect(body.data.requestErasure.__typename).toBe('RequestErasureSuccess');
    const request = body.data.requestErasure.erasureRequest;
    expect(request).toMatchObject({ source: 'ADMIN', isPending: true });
    const { erasureGraceDays } = await prisma.agency.findUniqueOrThrow({ where: { id: agencyId } });
    expect(new Date(request.dueAt).getTime()).toBeGreaterThanOrEqual(before + erasureGraceDays * DAY - 1000);
    expect(new Date(request.dueAt).getTime()).toBeLessThanOrEqual(Date.now() + erasureGraceDays * DAY);

    const again = await admin.graphql(REQUEST, { input: { candidateId: encodeGlobalID('Candidate', someone.id) } });
    expect(again.body.data.requestErasure.__typename).toBe('InvalidTransitionError');
    expect((await otherAdmin.graphql(CANCEL, { input: { erasureRequestId: request.id } })).body.data.cancelErasure.__typename).toBe('NotFoundError');
    expect((await recruiter.graphql(CANCEL, { input: { erasureRequestId: request.id } })).body.data.cancelErasure.__typename).toBe('NotAllowedError');
    expect((await candidate.graphql(CANCEL, { input: { erasureRequestId: request.id } })).body.data.cancelErasure.__typename).toBe('NotFoundError');
    expect(await prisma.erasureRequest.count({ where: { candidateId: someone.id } })).toBe(1);
  });
});

describe('two requests at once', () => {
  it('make one pending request: the other is told one is already pending', async () => {
    const someone = await createCandidateProfile(server.db.prisma, agencyId);
    const input = { input: { candidateId: encodeGlobalID('Candidate', someone.id) } };
    const answers = await Promise.all([admin.graphql(REQUEST, input), admin.graphql(REQUEST, input)]);
    expect(answers.map((a) => a.body.data.requestErasure.__typename).sort()).toEqual(['InvalidTransitionError', 'RequestErasureSuccess']);
    expect(await server.db.prisma.erasureRequest.count({ where: { candidateId: someone.id } })).toBe(1);
  });
});

describe('a cancelled request', () => {
  it('leaves the candidate as they were when the sweeper runs after the grace period', async () => {
    const { prisma } = server.db;
    const someone = await createCandidateProfile(prisma, agencyId, [], { phone: '+49 30 9876 5432', summary: 'Keeps her data.' });
    const { body } = await admin.graphql(REQUEST, { input: { candidateId: encodeGlobalID('Candidate', someone.id) } });
    const requestId = body.data.requestErasure.erasureRequest.id;
    const cancelled = await admin.graphql(CANCEL, { input: { erasureRequestId: requestId } });
    expect(cancelled.body.data.cancelErasure).toMatchObject({ __typename: 'CancelErasureSuccess', erasureRequest: { isPending: false } });
    expect((await admin.graphql(CANCEL, { input: { erasureRequestId: requestId } })).body.data.cancelErasure.__typename).toBe('InvalidTransitionError');

    await completeDueErasures(server.db, { now: new Date(Date.now() + 365 * DAY) });
    const after = await prisma.candidateProfile.findUniqueOrThrow({ where: { id: someone.id } });
    expect(after).toMatchObject({ fullName: someone.fullName, email: someone.email, phone: '+49 30 9876 5432', summary: 'Keeps her data.', erasedAt: null });
  });
});

describe('two sweepers at once', () => {
  it('erase a due candidate once: one erasure, one candidate.erased change', async () => {
    const { prisma } = server.db;
    const someone = await createCandidateProfile(prisma, agencyId);
    await prisma.erasureRequest.create({ data: { agencyId, candidateId: someone.id, source: 'admin', dueAt: new Date(Date.now() - DAY) } });
    const now = new Date();
    const counts = await Promise.all([completeDueErasures(server.db, { now }), completeDueErasures(server.db, { now })]);
    expect(counts[0] + counts[1]).toBe(1);
    expect(await prisma.changeLogEntry.count({ where: { entityId: someone.id, kind: 'candidate.erased' } })).toBe(1);
    expect((await prisma.candidateProfile.findUniqueOrThrow({ where: { id: someone.id } })).fullName).toBe(ERASED_NAME);
  });
});

describe("an erased candidate's processes", () => {
  it('are closed in the erasure: open proposals withdrawn, live interviews cancelled, with history, the recruiter told and the changes logged; closed and lapsed ones stay', async () => {
    const { prisma } = server.db;
    const recruiterUser = await prisma.user.findFirstOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    const client = await prisma.clientCompany.findFirstOrThrow({ where: { agencyId } });
    const someone = await createCandidateProfile(prisma, agencyId);
    const propose = async (overrides: Parameters<typeof createProposal>[2]) => {
      const job = await createJob(prisma, agencyId, client.id);
      return createProposal(prisma, { agencyId, jobId: job.id, candidateId: someone.id, recruiterId: recruiterUser.id }, overrides);
    };
    const awaiting = await propose({});
    const interviewing = await propose({ status: 'INTERVIEWING', respondedAt: new Date() });
    const interview = await createInterview(prisma, interviewing, new Date(Date.now() + 3 * DAY));
    const offered = await propose({ status: 'OFFERED', respondedAt: new Date(), offeredAt: new Date() });
    const lapsed = await propose({ respondBy: new Date(Date.now() - DAY) });
    const declined = await propose({ status: 'DECLINED', declineReason: 'TIMING', respondedAt: new Date(), closedAt: new Date() });
    // Another candidate's open proposal is none of this erasure's business.
    const bystander = await createProposal(prisma, { agencyId, jobId: awaiting.jobId, candidateId: (await createCandidateProfile(prisma, agencyId)).id, recruiterId: recruiterUser.id });
    await prisma.erasureRequest.create({ data: { agencyId, candidateId: someone.id, source: 'admin', dueAt: new Date(Date.now() - DAY) } });
    const now = new Date();

    expect(await completeDueErasures(server.db, { now })).toBe(1);

    const closedIds = [awaiting.id, interviewing.id, offered.id];
    const proposals = await prisma.proposal.findMany({ where: { candidateId: someone.id }, orderBy: { createdAt: 'asc' } });
    const byId = new Map(proposals.map((p) => [p.id, p]));
    for (const id of closedIds) {
      expect(byId.get(id)).toMatchObject({ status: 'WITHDRAWN', withdrawnBy: 'RECRUITER', withdrawalReason: 'OTHER', withdrawalReasonText: ERASED_WITHDRAWAL_TEXT, closedAt: now });
    }
    expect(byId.get(lapsed.id)).toMatchObject({ status: 'PROPOSED', closedAt: null });
    expect(byId.get(declined.id)).toMatchObject({ status: 'DECLINED', withdrawnBy: null });
    expect(await prisma.proposal.findUniqueOrThrow({ where: { id: bystander.id } })).toMatchObject({ status: 'PROPOSED', version: bystander.version });
    // Cancelled, not late on anyone's record: nobody chose to cancel at short notice.
    expect(await prisma.interview.findUniqueOrThrow({ where: { id: interview.id } })).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: 'RECRUITER',
      cancellationReason: 'OTHER',
      cancellationReasonText: ERASED_WITHDRAWAL_TEXT,
      cancelledAt: now,
      isLateCancellation: false,
    });

    // The history says Shortlist did it, from where to where, and why.
    const history = await prisma.activityEvent.findMany({ where: { proposalId: { in: closedIds } }, orderBy: { createdAt: 'asc' } });
    expect(history.map((e) => [e.proposalId, e.action, e.fromStatus, e.toStatus, e.actorKind, e.reason]).sort()).toEqual(
      [
        [awaiting.id, 'proposal.withdrawn', 'PROPOSED', 'WITHDRAWN', 'SYSTEM', 'OTHER'],
        [interviewing.id, 'interview.cancelled', 'SCHEDULED', 'CANCELLED', 'SYSTEM', 'OTHER'],
        [interviewing.id, 'proposal.withdrawn', 'INTERVIEWING', 'WITHDRAWN', 'SYSTEM', 'OTHER'],
        [offered.id, 'proposal.withdrawn', 'OFFERED', 'WITHDRAWN', 'SYSTEM', 'OTHER'],
      ].sort(),
    );
    // The recruiter is told, in words that name nobody.
    const told = await prisma.notification.findMany({ where: { userId: recruiterUser.id, proposalId: { in: closedIds } } });
    expect(told).toHaveLength(3);
    for (const notification of told) expect(`${notification.title} ${notification.body}`).not.toContain(someone.fullName);
    const email = await prisma.emailMessage.findFirstOrThrow({ where: { notificationId: told[0]!.id } });
    const rendered = await renderEmail(prisma, email);
    expect(rendered).toMatchObject({ to: { address: 'recruiter@shortlist.test' } });
    expect(rendered?.text).toContain("The candidate's personal data was erased");
    expect(rendered?.text).not.toContain(someone.fullName);

    // Partners, webhooks, e-mails and reminders learn of each from the change log, before the erasure itself.
    const logged = await prisma.changeLogEntry.findMany({ where: { entityId: { in: [...closedIds, interview.id, someone.id] } }, orderBy: { position: 'asc' } });
    expect(logged.map((c) => [c.entityId, c.kind])).toEqual([
      [awaiting.id, 'proposal.withdrawn'],
      [interview.id, 'interview.cancelled'],
      [interviewing.id, 'proposal.withdrawn'],
      [offered.id, 'proposal.withdrawn'],
      [someone.id, 'candidate.erased'],
    ]);
    expect(logged.map((c) => [c.actorUserId, c.actorApiKeyId])).toEqual(Array(5).fill([null, null]));
    expect(logged.find((c) => c.entityId === offered.id)?.data).toEqual({ from: 'OFFERED', to: 'WITHDRAWN' });
  });
});

describe('the right to be forgotten, carried out', () => {
  const PHONE = '+49 30 5550 4711';
  const NORMALISED_PHONE = '+493055504711';
  /** Words only Sam wrote or was written, each unique in the database, in every place a message can be. */
  const words = (what: string) => `${what} ${randomUUID()}`;
  const messages: string[] = [];
  const said = (what: string) => {
    const text = words(what);
    messages.push(text);
    return text;
  };

  it("after the grace period no column anywhere holds Sam's name, e-mail, phone or words; the funnel changes only by Sam's open proposals, now withdrawn; Sam leaves lists and rankings", async () => {
    const { prisma, sql } = server.db;
    const sam = await prisma.candidateProfile.update({
      where: { id: samId },
      data: { phone: PHONE, normalizedPhone: NORMALISED_PHONE, summary: said('Summary'), headline: said('Headline') },
    });
    const samUser = await prisma.user.findUniqueOrThrow({ where: { id: sam.userId! } });
    await prisma.candidateExperience.create({
      data: { candidateId: samId, title: 'Engineer', company: said('Company'), startDate: new Date('2019-01-01'), description: said('Experience') },
    });

    // Proposals with messages of every kind, an interview with notes, history with messages.
    const proposals = await prisma.proposal.findMany({ where: { candidateId: samId }, orderBy: { createdAt: 'asc' } });
    expect(proposals.length).toBeGreaterThan(1);
    for (const proposal of proposals) {
      await prisma.proposal.update({
        where: { id: proposal.id },
        data: {
          message: said('Hello Sam Okafor'),
          declineMessage: proposal.declineReason ? said('Declining') : null,
          declineReasonText: proposal.declineReason ? said('Because') : null,
          withdrawalMessage: proposal.withdrawnBy ? said('Withdrawing') : null,
          offerMessage: proposal.offeredAt ? said('Offer') : null,
        },
      });
    }
    const events = await prisma.activityEvent.findMany({ where: { proposalId: { in: proposals.map((p) => p.id) } } });
    for (const event of events) await prisma.activityEvent.update({ where: { id: event.id }, data: { message: said('History message') } });
    const interview = await prisma.interview.findFirstOrThrow({ where: { proposalId: { in: proposals.map((p) => p.id) } } });
    await prisma.interview.update({
      where: { id: interview.id },
      data: { rescheduleReason: said('Reschedule note'), cancellationMessage: said('Cancel note'), clientFeedback: said('Feedback'), noShowNote: said('No-show note') },
    });
    // A reflection with a contact.
    const reflection = await prisma.interviewReflection.upsert({
      where: { interviewId: interview.id },
      create: { agencyId, interviewId: interview.id, candidateId: samId, feeling: 'GOOD', learned: said('Learned'), questionsAsked: said('Questions') },
      update: { learned: said('Learned'), questionsAsked: said('Questions') },
    });
    await prisma.reflectionContact.create({
      data: { agencyId, reflectionId: reflection.id, candidateId: samId, name: said('Contact'), howToReach: said('Reach') },
    });
    // Notifications, a queued e-mail (due later) and a sent one, naming Sam.
    await prisma.notification.create({ data: { agencyId, userId: samUser.id, title: said('Note title'), body: said('Note body') } });
    const staff = await prisma.user.findFirstOrThrow({ where: { email: 'recruiter@shortlist.test' } });
    await prisma.notification.create({
      data: { agencyId, userId: staff.id, proposalId: proposals[0]!.id, title: 'Sam Okafor accepted', body: said('Staff note body') },
    });
    const queued = await prisma.emailMessage.create({
      data: {
        agencyId,
        userId: samUser.id,
        kind: 'notification',
        category: 'PROPOSAL_UPDATES',
        dedupeKey: `erasure-test-queued-${randomUUID()}`,
        messageId: `<${randomUUID()}@shortlist.test>`,
        data: { note: said('Queued data') },
        dueAt: new Date(Date.now() + 30 * DAY),
      },
    });
    await prisma.emailMessage.create({
      data: {
        agencyId,
        userId: samUser.id,
        kind: 'notification',
        category: 'PROPOSAL_UPDATES',
        dedupeKey: `erasure-test-sent-${randomUUID()}`,
        messageId: `<${randomUUID()}@shortlist.test>`,
        status: 'SENT',
        sentAt: new Date(),
        subject: 'Hello Sam Okafor',
        raw: `To: Sam Okafor <candidate@shortlist.test>\r\nSubject: Hello\r\n\r\n${said('Sent body')}`,
      },
    });
    // A partner's endpoint with a delivery not yet sent whose payload names Sam, a lead, a partner's read, security events.
    const creator = await prisma.user.findFirstOrThrow({ where: { email: 'admin@shortlist.test' } });
    const endpoint = await prisma.webhookEndpoint.create({
      data: { agencyId, url: 'http://127.0.0.1:9/hooks', eventTypes: [], secret: `whsec_${randomUUID()}`, createdById: creator.id },
    });
    await prisma.webhookDelivery.create({
      data: {
        endpointId: endpoint.id,
        agencyId,
        changePosition: BigInt(9_000_000_000),
        eventType: 'candidate.updated',
        payload: { type: 'candidate.updated', timestamp: new Date().toISOString(), data: { id: encodeGlobalID('Candidate', samId), entity: 'Candidate', position: '9000000000', fullName: 'Sam Okafor', email: 'candidate@shortlist.test' } },
        nextAttemptAt: new Date(Date.now() + 30 * DAY),
      },
    });
    // The open job Sam fits best, where the ranking shows Sam in its first page.
    const job = await prisma.job.findFirstOrThrow({ where: { agencyId, status: 'OPEN', proposals: { some: { candidateId: samId } } }, orderBy: { proposals: { _count: 'asc' } } });
    await prisma.candidateLead.create({
      data: { agencyId, jobId: job.id, fullName: 'Sam Okafor', email: 'candidate@shortlist.test', phone: PHONE, message: said('Lead message'), consentText: 'Contact me about this job.', consentGivenAt: new Date() },
    });
    const key = await createPartnerKey(prisma, agencyId, ['CANDIDATES_READ']);
    const apiKey = await prisma.apiKey.findFirstOrThrow({ where: { agencyId }, orderBy: { createdAt: 'desc' } });
    await prisma.partnerDataAccess.create({ data: { agencyId, candidateId: samId, apiKeyId: apiKey.id, operation: 'Sync' } });
    await prisma.securityEvent.create({ data: { agencyId, kind: 'SIGN_IN_FAILED', email: 'candidate@shortlist.test', ip: '203.0.113.7' } });

    // Before: Sam is found, ranked, and the funnel reads what it reads.
    const insightFilter = { filter: { from: new Date(Date.now() - 700 * DAY).toISOString(), to: new Date(Date.now() + DAY).toISOString() } };
    const funnelBefore = (await recruiter.graphql(FUNNEL, insightFilter)).body.data.insight;
    expect(funnelBefore.__typename).toBe('InsightSuccess');
    const findVariables = { search: 'Okafor', id: encodeGlobalID('Candidate', samId), jobId: encodeGlobalID('Job', job.id) };
    const findBody = (await recruiter.graphql(FIND, findVariables)).body;
    expect(findBody.errors).toBeUndefined();
    const found = findBody.data;
    expect(found.candidates.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(encodeGlobalID('Candidate', samId));
    const rankedIds = (data: typeof found) => data.job.suggestedCandidates.edges.map((e: { node: { candidate: { id: string } } }) => e.node.candidate.id);
    expect(rankedIds(found)).toContain(encodeGlobalID('Candidate', samId));

    // Sam asks; the request shows with its date, and nothing happens before it is due.
    const asked = await candidate.graphql(REQUEST, { input: {} });
    expect(asked.body.data.requestErasure).toMatchObject({ __typename: 'RequestErasureSuccess', erasureRequest: { source: 'CANDIDATE', isPending: true } });
    const dueAt = new Date(asked.body.data.requestErasure.erasureRequest.dueAt);
    expect((await candidate.graphql(MINE)).body.data.myErasureRequest).toMatchObject({ dueAt: dueAt.toISOString() });
    // Sam is told by e-mail what happens and when, with the way to cancel; it cannot be unsubscribed from.
    const notice = await prisma.emailMessage.findFirstOrThrow({ where: { userId: samUser.id, kind: 'privacy.erasure_scheduled' } });
    expect(notice.category).toBe('PRIVACY');
    const rendered = await renderEmail(prisma, notice);
    expect(rendered).toMatchObject({ subject: 'Your data will be erased', to: { address: 'candidate@shortlist.test' } });
    expect(rendered?.text).toContain('/me/data');
    expect(rendered?.unsubscribeUrl).toBeUndefined();
    expect(await completeDueErasures(server.db, { now: new Date(dueAt.getTime() - 60_000) })).toBe(0);
    expect((await prisma.candidateProfile.findUniqueOrThrow({ where: { id: samId } })).fullName).toBe('Sam Okafor');

    // What is still open when the erasure runs is withdrawn by it (a proposal past its respond-by has lapsed already).
    const erasedAt = new Date(dueAt.getTime() + 60_000);
    const openWhere = { candidateId: samId, OR: [{ status: { in: ['ACCEPTED' as const, 'INTERVIEWING' as const, 'OFFERED' as const] } }, { status: 'PROPOSED' as const, respondBy: { gte: erasedAt } }] };
    const stillOpen = await prisma.proposal.count({ where: openWhere });
    expect(stillOpen).toBeGreaterThan(0);
    expect(await completeDueErasures(server.db, { now: erasedAt })).toBe(1);

    // Every text, varchar, char, jsonb and text[] column of every table: none holds any of it.
    const needles = ['Sam Okafor', 'candidate@shortlist.test', PHONE, NORMALISED_PHONE, ...messages];
    const columns = await sql.query<{ table: string; column: string }>(
      `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
        WHERE table_schema = 'public' AND (data_type IN ('text', 'character varying', 'character', 'jsonb', 'json') OR udt_name IN ('_text', '_varchar'))
        ORDER BY table_name, column_name`,
    );
    expect(columns.length).toBeGreaterThan(60);
    const found_: string[] = [];
    for (const { table, column } of columns) {
      const hits = await sql.query<{ needle: string }>(
        `SELECT DISTINCT n.needle FROM "${table}" t, unnest($1::text[]) AS n(needle) WHERE strpos(lower(t."${column}"::text), lower(n.needle)) > 0`,
        [needles],
      );
      for (const { needle } of hits) found_.push(`${table}.${column} holds "${needle}"`);
    }
    expect(found_).toEqual([]);

    // What the agency counts is as it was, but for Sam's open proposals, now withdrawn.
    const funnelAfter = { ...funnelBefore.insight.funnel, withdrawn: funnelBefore.insight.funnel.withdrawn + stillOpen };
    expect((await recruiter.graphql(FUNNEL, insightFilter)).body.data.insight).toEqual({ ...funnelBefore, insight: { ...funnelBefore.insight, funnel: funnelAfter } });
    expect(await prisma.proposal.count({ where: openWhere })).toBe(0);
    // The queued e-mail is cancelled, the request completed, the account closed, the proposals and partner reads kept.
    expect((await prisma.emailMessage.findUniqueOrThrow({ where: { id: queued.id } })).status).toBe('CANCELLED');
    expect(await prisma.erasureRequest.findFirstOrThrow({ where: { candidateId: samId } })).toMatchObject({ completedAt: erasedAt });
    expect(await prisma.proposal.count({ where: { candidateId: samId } })).toBe(proposals.length);
    expect(await prisma.partnerDataAccess.count({ where: { candidateId: samId } })).toBeGreaterThan(0);
    expect(await prisma.session.count({ where: { userId: samUser.id } })).toBe(0);
    expect(await prisma.changeLogEntry.count({ where: { entityId: samId, kind: 'candidate.erased' } })).toBe(1);

    // Lists and search leave Sam out; node(id) answers the anonymous record; every process's index drops Sam.
    await expect
      .poll(async () => rankedIds((await recruiter.graphql(FIND, findVariables)).body.data), { timeout: 20_000 })
      .not.toContain(encodeGlobalID('Candidate', samId));
    const after = (await recruiter.graphql(FIND, findVariables)).body.data;
    expect(after.candidates.edges).toEqual([]);
    expect(after.node).toMatchObject({ fullName: ERASED_NAME, email: `erased-${samId}@erased.invalid` });
    expect(after.node.erasedAt).not.toBeNull();
    expect((await admin.graphql(FIND, { ...findVariables, search: 'Erased' })).body.data.candidates.edges).toEqual([]);
    // Nobody writes personal data back into the anonymous record.
    const rewrite = await recruiter.graphql(
      /* GraphQL */ `mutation Rewrite($input: UpdateCandidateProfileInput!) { updateCandidateProfile(input: $input) { __typename ... on InvalidTransitionError { message } } }`,
      { input: { candidateId: encodeGlobalID('Candidate', samId), fullName: 'Sam Okafor' } },
    );
    expect(rewrite.body.data.updateCandidateProfile).toMatchObject({ __typename: 'InvalidTransitionError', message: expect.stringMatching(/erased/) });
    expect((await prisma.candidateProfile.findUniqueOrThrow({ where: { id: samId } })).fullName).toBe(ERASED_NAME);
    // Partners are told: the endpoint gets candidate.erased.
    await expect
      .poll(() => prisma.webhookDelivery.count({ where: { endpointId: endpoint.id, eventType: 'candidate.erased' } }), { timeout: 20_000 })
      .toBe(1);
    // Sam's session is gone and the account cannot sign in again.
    expect((await candidate.graphql(MINE)).body.data?.myErasureRequest ?? null).toBeNull();
    await expect(server.browser().signIn('candidate@shortlist.test')).rejects.toThrow(/sign-in failed/);
    const partnerList = await server.graphql(`query { candidates(first: 50, filter: { search: "Okafor" }) { edges { node { id } } } }`, {}, key);
    expect(partnerList.body.data.candidates.edges).toEqual([]);
  });
});
