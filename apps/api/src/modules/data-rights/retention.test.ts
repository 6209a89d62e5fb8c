import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgency, createCandidateProfile, createClientCompany, createJob, createPartnerKey, createProposal } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';
import { renderEmail } from '../email/render-email.ts';
import { completeDueErasures } from './complete-due-erasures.ts';
import { ERASED_NAME } from './erase-candidate.ts';
import { renewConsent } from './renew-consent.ts';
import { sweepRetention } from './sweep-retention.ts';

const DAY = 86_400_000;

const POLICY = /* GraphQL */ `
  mutation Policy($input: UpdateDataRetentionPolicyInput!) {
    updateDataRetentionPolicy(input: $input) {
      __typename
      ... on UpdateDataRetentionPolicySuccess { agency { dataRetentionMonths erasureGraceDays } }
      ... on ValidationError { fieldErrors { field message } }
      ... on Error { message }
    }
  }`;
const RENEW = /* GraphQL */ `
  mutation Renew($input: RenewConsentInput!) {
    renewConsent(input: $input) {
      __typename
      ... on RenewConsentSuccess { candidate { consentRenewedAt } }
      ... on ValidationError { fieldErrors { field message } }
      ... on Error { message }
    }
  }`;

let server: TestServer;
let candidate: TestBrowser;
let recruiter: TestBrowser;
let otherRecruiter: TestBrowser;
let admin: TestBrowser;

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ candidate, recruiter, otherRecruiter } = await signInDemoUsers(server));
  admin = server.browser();
  await admin.signIn('admin@shortlist.test');
});
afterAll(() => server.close());

describe("the agency's retention policy", () => {
  it('an admin sets it within its bounds; out of bounds is a ValidationError naming the field and nothing changes', async () => {
    const { prisma } = server.db;
    const agencyId = (await prisma.user.findFirstOrThrow({ where: { email: 'admin@shortlist.test' } })).agencyId;
    const ok = await admin.graphql(POLICY, { input: { dataRetentionMonths: 12, erasureGraceDays: 21 } });
    expect(ok.body.data.updateDataRetentionPolicy).toEqual({ __typename: 'UpdateDataRetentionPolicySuccess', agency: { dataRetentionMonths: 12, erasureGraceDays: 21 } });

    const tooShort = await admin.graphql(POLICY, { input: { dataRetentionMonths: 3, erasureGraceDays: 5 } });
    expect(tooShort.body.data.updateDataRetentionPolicy.__typename).toBe('ValidationError');
    expect(tooShort.body.data.updateDataRetentionPolicy.fieldErrors.map((e: { field: string }) => e.field).sort()).toEqual(['dataRetentionMonths', 'erasureGraceDays']);
    const tooLong = await admin.graphql(POLICY, { input: { dataRetentionMonths: 12, erasureGraceDays: 91 } });
    expect(tooLong.body.data.updateDataRetentionPolicy.fieldErrors).toEqual([{ field: 'erasureGraceDays', message: expect.any(String) }]);
    expect(await prisma.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { dataRetentionMonths: true, erasureGraceDays: true } })).toEqual({
      dataRetentionMonths: 12,
      erasureGraceDays: 21,
    });

    const off = await admin.graphql(POLICY, { input: { dataRetentionMonths: null, erasureGraceDays: 14 } });
    expect(off.body.data.updateDataRetentionPolicy.agency).toEqual({ dataRetentionMonths: null, erasureGraceDays: 14 });
  });

  it('recruiters, candidates, partner keys and other agencies cannot change it', async () => {
    const { prisma } = server.db;
    const agency = await prisma.agency.findFirstOrThrow({ where: { users: { some: { email: 'admin@shortlist.test' } } } });
    const key = await createPartnerKey(prisma, agency.id, ['CANDIDATES_WRITE', 'JOBS_WRITE']);
    const input = { input: { dataRetentionMonths: 6, erasureGraceDays: 7 } };
    for (const send of [recruiter.graphql, candidate.graphql, otherRecruiter.graphql, (q: string, v?: Record<string, unknown>) => server.graphql(q, v, key)]) {
      expect((await send(POLICY, input)).body.data.updateDataRetentionPolicy.__typename).toBe('NotAllowedError');
    }
    expect(await prisma.agency.findUniqueOrThrow({ where: { id: agency.id }, select: { dataRetentionMonths: true, erasureGraceDays: true } })).toEqual({
      dataRetentionMonths: agency.dataRetentionMonths,
      erasureGraceDays: agency.erasureGraceDays,
    });
  });

  it('renewing consent is the candidate\'s explicit act: false is a ValidationError, staff are refused, true records it', async () => {
    expect((await candidate.graphql(RENEW, { input: { isKeepingMyData: false } })).body.data.renewConsent).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ field: 'isKeepingMyData' }],
    });
    expect((await recruiter.graphql(RENEW, { input: { isKeepingMyData: true } })).body.data.renewConsent.__typename).toBe('NotAllowedError');
    const renewed = await candidate.graphql(RENEW, { input: { isKeepingMyData: true } });
    expect(renewed.body.data.renewConsent.__typename).toBe('RenewConsentSuccess');
    expect(Math.abs(new Date(renewed.body.data.renewConsent.candidate.consentRenewedAt).getTime() - Date.now())).toBeLessThan(60_000);
  });
});

describe('the retention sweep, at a fixed time', () => {
  it('asks the inactive once (by e-mail when they have a login), leaves the active alone, and erases those who did not renew within the grace days', async () => {
    const { prisma, sql } = server.db;
    const agency = await createAgency(prisma);
    await prisma.agency.update({ where: { id: agency.id }, data: { dataRetentionMonths: 12, erasureGraceDays: 14 } });
    const client = await createClientCompany(prisma, agency.id);
    const job = await createJob(prisma, agency.id, client.id);
    const staff = await prisma.user.create({
      data: { agencyId: agency.id, email: `staff-${randomUUID().slice(0, 8)}@example.test`, name: 'Staff', role: 'RECRUITER', passwordHash: '!' },
    });
    const withLogin = async () => {
      const user = await prisma.user.create({
        data: { agencyId: agency.id, email: `c-${randomUUID().slice(0, 8)}@example.test`, name: 'Candidate', role: 'CANDIDATE', passwordHash: '!' },
      });
      return createCandidateProfile(prisma, agency.id, [], { userId: user.id });
    };
    const t1 = new Date(Date.now() + 13 * 30 * DAY);
    const recently = new Date(t1.getTime() - 30 * DAY);

    const quiet = await withLogin(); // nothing for 13 months: asked, renews in time
    const gone = await withLogin(); // nothing for 13 months: asked, never renews
    const noLogin = await createCandidateProfile(prisma, agency.id); // asked, not e-mailed (no login), never renews
    const signedIn = await withLogin(); // signed in a month before
    await prisma.session.create({ data: { userId: signedIn.userId!, tokenHash: randomUUID(), createdAt: recently, expiresAt: t1 } });
    const inProcess = await createCandidateProfile(prisma, agency.id); // a proposal of theirs moved a month before
    const proposal = await createProposal(prisma, { agencyId: agency.id, jobId: job.id, candidateId: inProcess.id, recruiterId: staff.id });
    await sql.query(`UPDATE "Proposal" SET "updatedAt" = $2::timestamptz WHERE "id" = $1::uuid`, [proposal.id, recently.toISOString()]);
    const renewedLately = await createCandidateProfile(prisma, agency.id, [], { consentRenewedAt: recently });

    // Before N months have passed, nobody is asked.
    expect((await sweepRetention(sql, { now: new Date(Date.now() + 11 * 30 * DAY) })).asked).toBe(0);

    const first = await sweepRetention(sql, { now: t1 });
    const askedIds = (await prisma.candidateProfile.findMany({ where: { agencyId: agency.id, consentRenewalRequestedAt: t1 }, select: { id: true } })).map((c) => c.id);
    expect(askedIds.sort()).toEqual([quiet.id, gone.id, noLogin.id].sort());
    expect(first).toMatchObject({ asked: 3, mailed: 2, expired: 0 });
    // Asking is no activity: the profiles' updatedAt did not move.
    expect((await prisma.candidateProfile.findUniqueOrThrow({ where: { id: quiet.id } })).updatedAt).toEqual(quiet.updatedAt);
    const emails = await prisma.emailMessage.findMany({ where: { agencyId: agency.id, kind: 'privacy.consent_renewal' } });
    expect(emails.map((e) => e.userId).sort()).toEqual([quiet.userId, gone.userId].sort());
    expect(emails.every((e) => e.category === 'PRIVACY')).toBe(true);

    // The e-mail asks to renew by the end of the grace, links to the renewal page, and cannot be unsubscribed from.
    const rendered = await renderEmail(prisma, emails.find((e) => e.userId === quiet.userId)!, t1);
    expect(rendered?.subject).toMatch(/keep your profile/);
    expect(rendered?.text).toContain('/me/consent');
    expect(rendered?.unsubscribeUrl).toBeUndefined();

    // A second sweep asks nobody twice.
    expect(await sweepRetention(sql, { now: new Date(t1.getTime() + DAY) })).toMatchObject({ asked: 0, mailed: 0, expired: 0 });

    // One renews within the grace days (it counts as activity); the rest do not.
    await renewConsent({ prisma, viewer: { kind: 'user', userId: quiet.userId!, agencyId: agency.id, role: 'CANDIDATE', sessionId: 'test', candidateProfileId: quiet.id } }, new Date(t1.getTime() + 3 * DAY));
    const rendersNothing = await renderEmail(prisma, emails.find((e) => e.userId === quiet.userId)!, t1);
    expect(rendersNothing).toBeNull();

    expect((await sweepRetention(sql, { now: new Date(t1.getTime() + 13 * DAY) })).expired).toBe(0);
    const afterGrace = new Date(t1.getTime() + 15 * DAY);
    expect(await sweepRetention(sql, { now: afterGrace })).toMatchObject({ expired: 2 });
    const requests = await prisma.erasureRequest.findMany({ where: { agencyId: agency.id } });
    expect(requests.map((r) => [r.candidateId, r.source, r.dueAt.getTime()]).sort()).toEqual(
      [
        [gone.id, 'retention', afterGrace.getTime()],
        [noLogin.id, 'retention', afterGrace.getTime()],
      ].sort(),
    );

    // The erasure sweep carries them out; the others keep their data.
    expect(await completeDueErasures(server.db, { now: afterGrace })).toBe(2);
    const after = await prisma.candidateProfile.findMany({ where: { agencyId: agency.id }, select: { id: true, fullName: true, erasedAt: true } });
    const erased = after.filter((c) => c.erasedAt !== null);
    expect(erased.map((c) => c.id).sort()).toEqual([gone.id, noLogin.id].sort());
    expect(erased.every((c) => c.fullName === ERASED_NAME)).toBe(true);
    for (const kept of [quiet, signedIn, inProcess, renewedLately]) expect(after.find((c) => c.id === kept.id)?.fullName).toBe(kept.fullName);
  });

  it('renewing consent cancels an erasure the retention policy requested and not yet carried out', async () => {
    const { prisma, sql } = server.db;
    const agency = await createAgency(prisma);
    await prisma.agency.update({ where: { id: agency.id }, data: { dataRetentionMonths: 6, erasureGraceDays: 7 } });
    const late = await createCandidateProfile(prisma, agency.id);
    const t1 = new Date(Date.now() + 7 * 30 * DAY);
    expect((await sweepRetention(sql, { now: t1 })).asked).toBe(1);
    const due = new Date(t1.getTime() + 8 * DAY);
    expect((await sweepRetention(sql, { now: due })).expired).toBe(1);
    await renewConsent({ prisma, viewer: { kind: 'user', userId: randomUUID(), agencyId: agency.id, role: 'CANDIDATE', sessionId: 'test', candidateProfileId: late.id } }, due);
    expect(await completeDueErasures(server.db, { now: new Date(due.getTime() + DAY) })).toBe(0);
    expect(await prisma.candidateProfile.findUniqueOrThrow({ where: { id: late.id } })).toMatchObject({ fullName: late.fullName, erasedAt: null });
    expect((await prisma.erasureRequest.findFirstOrThrow({ where: { candidateId: late.id } })).cancelledAt).toEqual(due);
  });
});
