import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerKey } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';
import { collectCandidateData, HOLDS_NOTHING_ABOUT_A_CANDIDATE } from './collect-candidate-data.ts';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const datamodel = JSON.parse(readFileSync(new URL('../../../../../packages/db/src/generated/datamodel.json', import.meta.url), 'utf8')) as {
  models: Array<{ name: string }>;
};

const MINE = /* GraphQL */ `query Mine { myDataExport { json tables { name rowCount } } }`;
const THEIRS = /* GraphQL */ `query Theirs($id: ID!) { candidateDataExport(candidateId: $id) { json } }`;

let server: TestServer;
let candidate: TestBrowser;
let recruiter: TestBrowser;
let otherRecruiter: TestBrowser;
let samId: string;

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ candidate, recruiter, otherRecruiter } = await signInDemoUsers(server));
  const { prisma } = server.db;
  const sam = await prisma.candidateProfile.findFirstOrThrow({ where: { user: { email: 'candidate@shortlist.test' } } });
  samId = sam.id;
  // A row in every table the demo leaves empty for Sam.
  const interview = await prisma.interview.findFirstOrThrow({ where: { proposal: { candidateId: sam.id } } });
  const reflection = await prisma.interviewReflection.create({
    data: { agencyId: sam.agencyId, interviewId: interview.id, candidateId: sam.id, feeling: 'GOOD', learned: 'They use Go for everything.' },
  });
  await prisma.reflectionContact.create({ data: { agencyId: sam.agencyId, reflectionId: reflection.id, candidateId: sam.id, name: 'Dana Whit', howToReach: 'dana@example.test' } });
  const job = await prisma.job.findFirstOrThrow({ where: { agencyId: sam.agencyId } });
  await prisma.candidateLead.create({
    data: { agencyId: sam.agencyId, jobId: job.id, fullName: sam.fullName, email: sam.email.toLowerCase(), consentText: 'Contact me about this job.', consentGivenAt: new Date() },
  });
  await prisma.erasureRequest.create({ data: { agencyId: sam.agencyId, candidateId: sam.id, source: 'candidate', dueAt: new Date(), cancelledAt: new Date() } });
  const key = await prisma.apiKey.create({
    data: { agencyId: sam.agencyId, name: 'Board', prefix: 'exp12345', keyHash: 'export-test-hash', scopes: ['CANDIDATES_READ'], createdById: (await prisma.user.findFirstOrThrow({ where: { agencyId: sam.agencyId, role: 'ADMIN' } })).id },
  });
  await prisma.partnerDataAccess.create({ data: { agencyId: sam.agencyId, candidateId: sam.id, apiKeyId: key.id, operation: 'Sync' } });
  await prisma.candidateMerge.create({ data: { agencyId: sam.agencyId, survivorId: sam.id, mergedId: '11111111-2222-4333-8444-555555555555', reasons: ['same e-mail'] } });
  await prisma.emailPreference.create({ data: { userId: sam.userId!, category: 'REMINDERS', frequency: 'OFF' } });
  await prisma.emailMessage.create({
    data: { agencyId: sam.agencyId, userId: sam.userId!, kind: 'notification', category: 'PROPOSAL_UPDATES', dedupeKey: 'export-test', messageId: '<export-test@shortlist.test>', subject: 'Hello Sam' },
  });
  await prisma.securityEvent.create({ data: { agencyId: sam.agencyId, kind: 'SIGN_IN_SUCCEEDED', userId: sam.userId, email: 'candidate@shortlist.test' } });
});
afterAll(() => server.close());

describe("a candidate's data export", () => {
  it('covers every table of the schema: each is exported or said to hold nothing about a candidate, and why', async () => {
    const exported = Object.keys(await collectCandidateData(server.db.prisma, samId));
    for (const { name } of datamodel.models) {
      const isExported = exported.includes(name);
      const isExcused = Object.hasOwn(HOLDS_NOTHING_ABOUT_A_CANDIDATE, name);
      expect(isExported !== isExcused, `${name}: export it in collect-candidate-data.ts or say why it holds nothing about a candidate`).toBe(true);
    }
  });

  it('the candidate downloads every row that concerns them, in every exported table', async () => {
    const { body } = await candidate.graphql(MINE);
    const document = JSON.parse(body.data.myDataExport.json) as { tables: Record<string, Array<Record<string, unknown>>> };
    for (const { name, rowCount } of body.data.myDataExport.tables) {
      expect(rowCount, `${name} has rows for Sam`).toBeGreaterThan(0);
      expect(document.tables[name]).toHaveLength(rowCount);
    }
    const { prisma } = server.db;
    const idsOf = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();
    const proposals = await prisma.proposal.findMany({ where: { candidateId: samId } });
    expect(idsOf(document.tables.Proposal as never)).toEqual(idsOf(proposals));
    const events = await prisma.activityEvent.findMany({ where: { proposal: { candidateId: samId } } });
    expect(idsOf(document.tables.ActivityEvent as never)).toEqual(idsOf(events));
    const sam = await prisma.candidateProfile.findUniqueOrThrow({ where: { id: samId } });
    const notifications = await prisma.notification.findMany({ where: { userId: sam.userId! } });
    expect(idsOf(document.tables.Notification as never)).toEqual(idsOf(notifications));
    expect(body.data.myDataExport.json).not.toContain('passwordHash');
    expect(body.data.myDataExport.json).not.toContain(await prisma.user.findUniqueOrThrow({ where: { id: sam.userId! } }).then((u) => u.unsubscribeToken));
  });

  it("an admin exports one of the agency's candidates; a recruiter, another agency, a candidate for someone else and a partner key cannot", async () => {
    const admin = server.browser();
    await admin.signIn('admin@shortlist.test');
    const mine = await admin.graphql(THEIRS, { id: gid('Candidate', samId) });
    expect(JSON.parse(mine.body.data.candidateDataExport.json).tables.CandidateProfile[0].id).toBe(samId);

    for (const browser of [recruiter, otherRecruiter, candidate]) {
      const { body } = await browser.graphql(THEIRS, { id: gid('Candidate', samId) });
      expect(body.data?.candidateDataExport ?? null).toBeNull();
    }
    const otherAdmin = await server.db.prisma.user.findFirst({ where: { role: 'ADMIN', agency: { candidates: { none: { id: samId } } } } });
    if (otherAdmin) {
      await server.db.prisma.user.update({ where: { id: otherAdmin.id }, data: { passwordHash: (await server.db.prisma.user.findFirstOrThrow({ where: { email: 'admin@shortlist.test' } })).passwordHash } });
      const other = server.browser();
      await other.signIn(otherAdmin.email);
      expect((await other.graphql(THEIRS, { id: gid('Candidate', samId) })).body.data.candidateDataExport).toBeNull();
    }
    const key = await createPartnerKey(server.db.prisma, (await server.db.prisma.candidateProfile.findUniqueOrThrow({ where: { id: samId } })).agencyId, ['CANDIDATES_READ']);
    const partner = await server.graphql(THEIRS, { id: gid('Candidate', samId) }, key);
    expect(partner.body.data?.candidateDataExport ?? null).toBeNull();
    expect(JSON.stringify(partner.body)).not.toContain('Sam Okafor');
    const partnerMine = await server.graphql(MINE, {}, key);
    expect(partnerMine.body.data?.myDataExport ?? null).toBeNull();
    const recruiterMine = await recruiter.graphql(MINE);
    expect(recruiterMine.body.data?.myDataExport ?? null).toBeNull();
  });
});
