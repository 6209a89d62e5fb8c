// The candidate's reflection after an interview, the client's feedback and the practice summary, through the real
// API: who may write and read each (the candidate, staff once shared, never another agency or a partner key), the
// ended-interview rule, and per-field validation with nothing half-written.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientCompany, createInterview, createJob, createPartnerKey, createProposal } from '../../../test/factories.ts';
import { startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const SAVE = /* GraphQL */ `
  mutation Save($input: SaveInterviewReflectionInput!) {
    saveInterviewReflection(input: $input) {
      __typename
      ... on SaveInterviewReflectionSuccess {
        interview { id canReflect reflection { feeling learned questionsAsked wantsFeedback isShared contacts { id name role company howToReach followUpBy isFollowUpDue metAt } } }
      }
      ... on ValidationError { fieldErrors { field message } }
      ... on Error { message }
    }
  }`;
const SHARE = /* GraphQL */ `
  mutation Share($input: ShareInterviewReflectionInput!) {
    shareInterviewReflection(input: $input) { __typename ... on ShareInterviewReflectionSuccess { interview { reflection { isShared } } } ... on Error { message } }
  }`;
const FEEDBACK = /* GraphQL */ `
  mutation Feedback($input: PassOnClientFeedbackInput!) {
    passOnClientFeedback(input: $input) {
      __typename
      ... on PassOnClientFeedbackSuccess { interview { id } }
      ... on ValidationError { fieldErrors { field message } }
      ... on Error { message }
    }
  }`;
const FOLLOWED_UP = /* GraphQL */ `
  mutation FollowedUp($input: MarkContactFollowedUpInput!) {
    markContactFollowedUp(input: $input) { __typename ... on MarkContactFollowedUpSuccess { contact { followedUpAt isFollowUpDue } } ... on Error { message } }
  }`;
const READ = /* GraphQL */ `
  query Read($id: ID!) {
    node(id: $id) { ... on Interview { id canReflect clientFeedback { text } reflection { feeling learned isShared contacts { name } } } }
  }`;
const PRACTICE = /* GraphQL */ `
  query Practice {
    myPractice { interviewsDone reflectionsWritten contactsMade followUpsDue contacts { name company isFollowUpDue } awaitingReflection { id } }
  }`;

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);
const gid = (id: string) => encodeGlobalID('Interview', id);

let server: TestServer;
let recruiter: TestBrowser;
let otherRecruiter: TestBrowser;
let sam: TestBrowser;
let alex: TestBrowser;
let agencyId: string;
let clientId: string;
let ended: string;
let upcoming: string;
let cancelled: string;
let forFeedback: string;
let samProfileId: string;

async function createCandidateLogin(name: string) {
  const { prisma } = server.db;
  const demo = await prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' } });
  const email = `${name.toLowerCase()}.${randomUUID().slice(0, 8)}@example.test`;
  const user = await prisma.user.create({ data: { agencyId, email, name, role: 'CANDIDATE', passwordHash: demo.passwordHash, timeZone: 'Europe/Berlin' } });
  const profile = await prisma.candidateProfile.create({
    data: { agencyId, userId: user.id, fullName: name, email, seniority: 'SENIOR', country: 'DE', city: 'Berlin', timeZone: 'Europe/Berlin' },
  });
  const browser = server.browser();
  await browser.signIn(email);
  return { browser, profile };
}

beforeAll(async () => {
  server = await startTestServer('demo');
  // One after another: signing in at once on a busy machine can outlast the request deadline.
  recruiter = server.browser();
  await recruiter.signIn('recruiter@shortlist.test');
  otherRecruiter = server.browser();
  await otherRecruiter.signIn('recruiter@otheragency.test');
  const { prisma } = server.db;
  const riley = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
  agencyId = riley.agencyId;
  clientId = (await createClientCompany(prisma, agencyId)).id;
  const job = await createJob(prisma, agencyId, clientId);
  const samLogin = await createCandidateLogin('Sam');
  sam = samLogin.browser;
  samProfileId = samLogin.profile.id;
  alex = (await createCandidateLogin('Alex')).browser;
  const proposal = await createProposal(prisma, { agencyId, jobId: job.id, candidateId: samProfileId, recruiterId: riley.id }, { status: 'INTERVIEWING' });
  ended = (await createInterview(prisma, proposal, new Date(Date.now() - 3 * HOUR))).id;
  forFeedback = (await createInterview(prisma, proposal, new Date(Date.now() - 2 * DAY))).id;
  upcoming = (await createInterview(prisma, proposal, new Date(Date.now() + DAY))).id;
  const past = await createInterview(prisma, proposal, new Date(Date.now() - DAY));
  cancelled = (await prisma.interview.update({ where: { id: past.id }, data: { status: 'CANCELLED', cancelledBy: 'CANDIDATE', cancellationReason: 'SCHEDULE_CONFLICT' } })).id;
}, 180_000); // a demo database and five sign-ins: slow on a busy shared machine
afterAll(() => server?.close());

const reflection = (interviewId: string, overrides: Record<string, unknown> = {}) => ({
  interviewId: gid(interviewId),
  feeling: 'GOOD',
  learned: 'They care a lot about on-call habits; I should prepare a story about an outage.',
  questionsAsked: 'How would you shard a table of 2 billion rows?',
  wantsFeedback: true,
  contacts: [{ name: 'Priya Raman', role: 'Engineering Manager', company: 'Acme', howToReach: 'priya@acme.test', followUpBy: isoDate(3) }],
  ...overrides,
});

describe('a reflection after an interview', () => {
  it('the candidate writes one with a contact once the interview has ended, and it starts private', async () => {
    const { body } = await sam.graphql(SAVE, { input: reflection(ended) });
    expect(body.data.saveInterviewReflection.__typename).toBe('SaveInterviewReflectionSuccess');
    const saved = body.data.saveInterviewReflection.interview;
    expect(saved.canReflect).toBe(true);
    expect(saved.reflection).toMatchObject({ feeling: 'GOOD', wantsFeedback: true, isShared: false });
    expect(saved.reflection.contacts).toEqual([
      expect.objectContaining({ name: 'Priya Raman', role: 'Engineering Manager', company: 'Acme', followUpBy: isoDate(3), isFollowUpDue: false }),
    ]);
    expect(saved.reflection.contacts[0].metAt).toMatch(/ at Client /);
  });

  it("the recruiter does not see it until the candidate shares it, and then never the candidate's contacts", async () => {
    const before = await recruiter.graphql(READ, { id: gid(ended) });
    expect(before.body.data.node).toMatchObject({ id: gid(ended), reflection: null, canReflect: false });

    const shared = await sam.graphql(SHARE, { input: { interviewId: gid(ended), shared: true } });
    expect(shared.body.data.shareInterviewReflection.interview.reflection.isShared).toBe(true);
    const after = await recruiter.graphql(READ, { id: gid(ended) });
    expect(after.body.data.node.reflection).toEqual({ feeling: 'GOOD', learned: expect.stringContaining('on-call'), isShared: true, contacts: null });
    expect(after.body.errors).toBeUndefined();
  });

  it("another agency's recruiter and a partner key never read it, even shared", async () => {
    const other = await otherRecruiter.graphql(READ, { id: gid(ended) });
    expect(other.body.data.node).toBeNull();
    const key = await createPartnerKey(server.db.prisma, agencyId, ['PROPOSALS_READ', 'PROPOSALS_WRITE']);
    const partner = await server.graphql(READ, { id: gid(ended) }, key);
    expect(partner.body.data.node).toMatchObject({ id: gid(ended), reflection: null });
  });

  it('another candidate cannot write or read it, and staff cannot write one for the candidate', async () => {
    const byAlex = await alex.graphql(SAVE, { input: reflection(ended, { learned: 'Not mine to write' }) });
    expect(byAlex.body.data.saveInterviewReflection).toEqual({ __typename: 'NotFoundError', message: 'No interview with this ID.' });
    expect((await alex.graphql(READ, { id: gid(ended) })).body.data.node).toBeNull();
    const byRecruiter = await recruiter.graphql(SAVE, { input: reflection(ended, { learned: 'Written by the recruiter' }) });
    expect(byRecruiter.body.data.saveInterviewReflection.__typename).toBe('NotAllowedError');
    const stored = await server.db.prisma.interviewReflection.findUniqueOrThrow({ where: { interviewId: ended } });
    expect(stored.learned).toContain('on-call');
  });

  it('an interview that has not ended, or was cancelled, cannot be reflected on', async () => {
    const early = await sam.graphql(SAVE, { input: reflection(upcoming) });
    expect(early.body.data.saveInterviewReflection).toEqual({ __typename: 'InvalidTransitionError', message: 'You can write your reflection once the interview has ended.' });
    const never = await sam.graphql(SAVE, { input: reflection(cancelled) });
    expect(never.body.data.saveInterviewReflection).toEqual({ __typename: 'InvalidTransitionError', message: 'This interview did not take place, so there is nothing to reflect on.' });
    expect(await server.db.prisma.interviewReflection.count({ where: { interviewId: { in: [upcoming, cancelled] } } })).toBe(0);
    expect((await sam.graphql(READ, { id: gid(upcoming) })).body.data.node.canReflect).toBe(false);
  });

  it('names each invalid field and saves nothing of it', async () => {
    const { body } = await sam.graphql(SAVE, {
      input: reflection(ended, {
        learned: 'x'.repeat(4_001),
        contacts: [
          { name: '  ', followUpBy: isoDate(2) },
          { name: 'Jo', followUpBy: isoDate(-2) },
          { name: 'Kim', followUpBy: '2026-13-45' },
        ],
      }),
    });
    expect(body.data.saveInterviewReflection.fieldErrors).toEqual([
      { field: 'learned', message: 'Keep what you learned under 4,000 characters.' },
      { field: 'contacts.0.name', message: 'Enter their name.' },
      { field: 'contacts.2.followUpBy', message: 'Enter a real date.' },
      { field: 'contacts.1.followUpBy', message: 'Pick today or a later date.' },
    ]);
    const stored = await server.db.prisma.interviewReflection.findUniqueOrThrow({ where: { interviewId: ended }, include: { contacts: true } });
    expect(stored.contacts.map((c) => c.name)).toEqual(['Priya Raman']);
  });

  it('saving again edits the reflection and its contacts as a whole list', async () => {
    const first = await sam.graphql(SAVE, { input: reflection(ended) });
    const [priya] = first.body.data.saveInterviewReflection.interview.reflection.contacts;
    const { body } = await sam.graphql(SAVE, {
      input: reflection(ended, {
        feeling: 'GREAT',
        contacts: [
          { id: priya.id, name: 'Priya Raman', role: 'Head of Platform', company: 'Acme', followUpBy: priya.followUpBy },
          { name: 'Tom Berger', company: 'Acme' },
        ],
      }),
    });
    const saved = body.data.saveInterviewReflection.interview.reflection;
    expect(saved.feeling).toBe('GREAT');
    expect(saved.contacts.map((c: { id: string; role: string }) => [c.id === priya.id, c.role])).toEqual([
      [true, 'Head of Platform'],
      [false, ''],
    ]);
    // It stays shared: editing does not take back the candidate's choice.
    expect(saved.isShared).toBe(true);
    const removed = await sam.graphql(SAVE, { input: reflection(ended, { contacts: [{ id: priya.id, name: 'Priya Raman', company: 'Acme' }] }) });
    expect(removed.body.data.saveInterviewReflection.interview.reflection.contacts.map((c: { name: string }) => c.name)).toEqual(['Priya Raman']);
  });

  it('a contact ID from another reflection is refused by field', async () => {
    const { body } = await sam.graphql(SAVE, { input: reflection(ended, { contacts: [{ id: encodeGlobalID('ReflectionContact', randomUUID()), name: 'Ghost' }] }) });
    expect(body.data.saveInterviewReflection.fieldErrors).toEqual([{ field: 'contacts.0.id', message: 'This contact is no longer on your reflection; reload the page.' }]);
  });

  it('sharing before writing says to save it first', async () => {
    const { body } = await sam.graphql(SHARE, { input: { interviewId: gid(forFeedback), shared: true } });
    expect(body.data.shareInterviewReflection).toEqual({ __typename: 'NotFoundError', message: 'There is no reflection on this interview yet: save it first, then share it.' });
  });
});

describe("the client's feedback", () => {
  it('the recruiter passes it on; the candidate reads it and is told in-app and by e-mail', async () => {
    const { body } = await recruiter.graphql(FEEDBACK, { input: { interviewId: gid(forFeedback), feedback: 'Strong on system design; wanted more depth on testing.' } });
    expect(body.data.passOnClientFeedback.__typename).toBe('PassOnClientFeedbackSuccess');
    const read = await sam.graphql(READ, { id: gid(forFeedback) });
    expect(read.body.data.node.clientFeedback).toEqual({ text: 'Strong on system design; wanted more depth on testing.' });
    const samUser = await server.db.prisma.candidateProfile.findUniqueOrThrow({ where: { id: samProfileId }, select: { userId: true } });
    const notification = await server.db.prisma.notification.findFirstOrThrow({ where: { userId: samUser.userId!, title: { startsWith: 'Feedback from' } } });
    expect(notification.body).toContain('wanted more depth on testing');
    const email = await server.db.prisma.emailMessage.findFirstOrThrow({ where: { notificationId: notification.id } });
    expect(email).toMatchObject({ kind: 'notification', category: 'INTERVIEWS', status: 'PENDING' });
  });

  it("a partner key of the job's client may pass it on; one limited to another client, a read-only key, another agency and the candidate may not", async () => {
    const { prisma } = server.db;
    const ownClient = await createPartnerKey(prisma, agencyId, ['PROPOSALS_WRITE'], clientId);
    const ok = await server.graphql(FEEDBACK, { input: { interviewId: gid(forFeedback), feedback: 'From the client system: a clear yes for round two.' } }, ownClient);
    expect(ok.body.data.passOnClientFeedback.__typename).toBe('PassOnClientFeedbackSuccess');
    // Partner keys pass feedback on but never read it back.
    expect((await server.graphql(READ, { id: gid(forFeedback) }, await createPartnerKey(prisma, agencyId, ['PROPOSALS_READ']))).body.data.node.clientFeedback).toBeNull();

    const otherClientKey = await createPartnerKey(prisma, agencyId, ['PROPOSALS_READ', 'PROPOSALS_WRITE'], (await createClientCompany(prisma, agencyId)).id);
    const foreign = await server.graphql(FEEDBACK, { input: { interviewId: gid(forFeedback), feedback: 'Not our interview to talk about.' } }, otherClientKey);
    expect(foreign.body.data.passOnClientFeedback.__typename).toBe('NotFoundError');
    const readOnly = await server.graphql(FEEDBACK, { input: { interviewId: gid(forFeedback), feedback: 'Only allowed to read.' } }, await createPartnerKey(prisma, agencyId, ['PROPOSALS_READ']));
    expect(readOnly.body.data.passOnClientFeedback.__typename).toBe('NotAllowedError');
    const otherAgency = await otherRecruiter.graphql(FEEDBACK, { input: { interviewId: gid(forFeedback), feedback: 'From another agency entirely.' } });
    expect(otherAgency.body.data.passOnClientFeedback.__typename).toBe('NotFoundError');
    const byCandidate = await sam.graphql(FEEDBACK, { input: { interviewId: gid(forFeedback), feedback: 'I thought it went great myself.' } });
    expect(byCandidate.body.data.passOnClientFeedback.__typename).toBe('NotAllowedError');
    expect((await sam.graphql(READ, { id: gid(forFeedback) })).body.data.node.clientFeedback.text).toBe('From the client system: a clear yes for round two.');
  });

  it('is refused before the interview took place, and when too short', async () => {
    const early = await recruiter.graphql(FEEDBACK, { input: { interviewId: gid(upcoming), feedback: 'Feedback before the interview happened.' } });
    expect(early.body.data.passOnClientFeedback.__typename).toBe('InvalidTransitionError');
    const short = await recruiter.graphql(FEEDBACK, { input: { interviewId: gid(forFeedback), feedback: 'ok' } });
    expect(short.body.data.passOnClientFeedback.fieldErrors).toEqual([{ field: 'feedback', message: 'Write the feedback in a sentence or two (at least 10 characters).' }]);
  });
});

describe("the candidate's practice", () => {
  it('counts interviews done, reflections, contacts and follow-ups due, and lists the contacts due first', async () => {
    const { prisma } = server.db;
    const reflectionRow = await prisma.interviewReflection.findUniqueOrThrow({ where: { interviewId: ended } });
    await prisma.reflectionContact.create({
      data: { agencyId, candidateId: samProfileId, reflectionId: reflectionRow.id, name: 'Due Today', company: 'Zeta', followUpBy: new Date(`${isoDate(-1)}T00:00:00Z`) },
    });
    const { body } = await sam.graphql(PRACTICE);
    expect(body.data.myPractice).toMatchObject({ interviewsDone: 2, reflectionsWritten: 1, contactsMade: 2, followUpsDue: 1 });
    expect(body.data.myPractice.contacts.map((c: { name: string }) => c.name)).toEqual(['Due Today', 'Priya Raman']);
    // "How did it go?": the ended interview without a reflection; not the upcoming or cancelled ones.
    expect(body.data.myPractice.awaitingReflection).toEqual([{ id: gid(forFeedback) }]);
  });

  it('marking a contact followed up takes it off the due list; another candidate cannot touch it', async () => {
    const contact = await server.db.prisma.reflectionContact.findFirstOrThrow({ where: { name: 'Due Today' } });
    const contactId = encodeGlobalID('ReflectionContact', contact.id);
    const byAlex = await alex.graphql(FOLLOWED_UP, { input: { contactId } });
    expect(byAlex.body.data.markContactFollowedUp.__typename).toBe('NotFoundError');
    const byRecruiter = await recruiter.graphql(FOLLOWED_UP, { input: { contactId } });
    expect(byRecruiter.body.data.markContactFollowedUp.__typename).toBe('NotAllowedError');
    const { body } = await sam.graphql(FOLLOWED_UP, { input: { contactId } });
    expect(body.data.markContactFollowedUp.contact).toMatchObject({ isFollowUpDue: false, followedUpAt: expect.any(String) });
    expect((await sam.graphql(PRACTICE)).body.data.myPractice.followUpsDue).toBe(0);
  });

  it('is for candidates only', async () => {
    const { body } = await recruiter.graphql(PRACTICE);
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
