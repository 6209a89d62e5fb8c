// Issue 14, point 3: one person, one profile. Registering someone who is probably already there shows the likely
// match with reasons; recruiters merge two profiles, and everything of the merged one lands on the survivor.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookPayload } from '../webhooks/fan-out-changes.ts';
import { backfillNormalizedPhones } from './backfill-normalized-phones.ts';
import { createAgency, createCandidateProfile, createClientCompany, createJob, createProposal } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const LIKELY = /* GraphQL */ `
  query Likely($input: LikelyDuplicatesInput!) {
    likelyDuplicates(input: $input) { score nameSimilarity sharedSkills reasons { kind text } candidate { id fullName } }
  }`;
const OWN_DUPLICATES = /* GraphQL */ `
  query Own($id: ID!) { candidate(id: $id) { id likelyDuplicates { score reasons { text } candidate { id } } } }`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateCandidateInput!) {
    createCandidate(input: $input) { __typename ... on CreateCandidateSuccess { candidate { id } } ... on Error { message } }
  }`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateCandidateProfileInput!) {
    updateCandidateProfile(input: $input) { __typename ... on Error { message } }
  }`;
const MERGE = /* GraphQL */ `
  mutation Merge($input: MergeCandidatesInput!) {
    mergeCandidates(input: $input) {
      __typename
      ... on MergeCandidatesSuccess { mergedId reasons candidate { id fullName phone skills { skill { slug } level } } moved { proposals historyEvents skills experiences leads sameJobProposals } }
      ... on Error { message }
    }
  }`;
const NODE = 'query($id: ID!) { node(id: $id) { id ... on Candidate { fullName } } }';

let server: TestServer;
let recruiter: TestBrowser;
let otherRecruiter: TestBrowser;
let candidate: TestBrowser;
let agencyId: string;
let recruiterId: string;
let clientId: string;

const gid = (id: string) => encodeGlobalID('Candidate', id);
let seq = 0;
/** A candidate of Northwind, with unique contact details unless told otherwise. */
const person = (overrides: Record<string, unknown> = {}) => {
  seq++;
  return { email: `dup.person.${seq}.${Date.now()}@example.test`, phone: null as string | null, city: 'Leipzig', ...overrides };
};

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ recruiter, otherRecruiter, candidate } = await signInDemoUsers(server));
  const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' } });
  agencyId = user.agencyId!;
  recruiterId = user.id;
  clientId = (await createClientCompany(server.db.prisma, agencyId)).id;
});
afterAll(() => server?.close());

describe('normalised phones', () => {
  it('stores the phone in E.164 on create and update, read in the candidate’s country', async () => {
    const input = { fullName: 'Greta Normal', seniority: 'MID', country: 'DE', timeZone: 'Europe/Berlin', ...person({ phone: '030 1234 0001' }) };
    const { body } = await recruiter.graphql(CREATE, { input });
    const id = body.data.createCandidate.candidate.id;
    const rowId = Buffer.from(id, 'base64').toString().split(':')[1]!;
    expect((await server.db.prisma.candidateProfile.findUniqueOrThrow({ where: { id: rowId } })).normalizedPhone).toBe('+493012340001');

    // The same national number in Austria is another number.
    await recruiter.graphql(UPDATE, { input: { candidateId: id, country: 'AT', timeZone: 'Europe/Vienna' } });
    expect((await server.db.prisma.candidateProfile.findUniqueOrThrow({ where: { id: rowId } })).normalizedPhone).toBe('+433012340001');
    await recruiter.graphql(UPDATE, { input: { candidateId: id, phone: null } });
    expect((await server.db.prisma.candidateProfile.findUniqueOrThrow({ where: { id: rowId } })).normalizedPhone).toBeNull();
  });
});

describe('backfilling normalised phones', () => {
  it('fills profiles written before normalisation, so they are found by phone, and leaves what does not parse', async () => {
    const prisma = server.db.prisma;
    const old = await createCandidateProfile(prisma, agencyId, [], { phone: '0341 555 0424', normalizedPhone: null });
    const junk = await createCandidateProfile(prisma, agencyId, [], { phone: 'ask reception', normalizedPhone: null });
    const before = await recruiter.graphql(LIKELY, { input: { fullName: 'Nobody Alike', phone: '+49 341 5550424', country: 'DE' } });
    expect(before.body.data.likelyDuplicates).toEqual([]);

    expect(await backfillNormalizedPhones(prisma, 2)).toBeGreaterThanOrEqual(1);
    expect((await prisma.candidateProfile.findUniqueOrThrow({ where: { id: old.id } })).normalizedPhone).toBe('+493415550424');
    expect((await prisma.candidateProfile.findUniqueOrThrow({ where: { id: junk.id } })).normalizedPhone).toBeNull();
    const after = await recruiter.graphql(LIKELY, { input: { fullName: 'Nobody Alike', phone: '+49 341 5550424', country: 'DE' } });
    expect(after.body.data.likelyDuplicates.map((d: any) => d.candidate.id)).toEqual([gid(old.id)]);
    expect(await backfillNormalizedPhones(prisma)).toBe(0);
  });
});

describe('likelyDuplicates', () => {
  let existingId: string;
  beforeAll(async () => {
    const input = {
      fullName: 'Jolene Abernathy',
      seniority: 'MID',
      country: 'DE',
      timeZone: 'Europe/Berlin',
      ...person({ email: 'Jolene.Abernathy@example.test', phone: '0341 555 0101', city: 'Leipzig' }),
      skills: [{ skill: 'Postgres', level: 3 }, { skill: 'TypeScript', level: 4 }, { skill: 'React', level: 2 }],
    };
    const { body } = await recruiter.graphql(CREATE, { input });
    existingId = body.data.createCandidate.candidate.id;
  });

  it('finds the profile by the same phone written another way, and by the e-mail in another case', async () => {
    const byPhone = await recruiter.graphql(LIKELY, { input: { fullName: 'J. Smith', phone: '+49 341 5550101', country: 'DE' } });
    expect(byPhone.body.errors).toBeUndefined();
    expect(byPhone.body.data.likelyDuplicates).toEqual([
      expect.objectContaining({ candidate: { id: existingId, fullName: 'Jolene Abernathy' }, reasons: [{ kind: 'SAME_PHONE', text: 'same phone' }] }),
    ]);
    const byEmail = await recruiter.graphql(LIKELY, { input: { fullName: 'Someone', email: ' JOLENE.abernathy@EXAMPLE.test ', country: 'DE' } });
    expect(byEmail.body.data.likelyDuplicates.map((d: any) => [d.candidate.id, d.reasons[0].text])).toEqual([[existingId, 'same e-mail']]);
  });

  it('finds a similar name typed the other way round in the same city, with the skills in common', async () => {
    const { body } = await recruiter.graphql(LIKELY, {
      input: { fullName: 'Abernaty Jolene', email: 'jo@elsewhere.example', country: 'DE', city: 'leipzig', skills: ['postgresql', 'TypeScript', 'Go'] },
    });
    expect(body.data.likelyDuplicates).toEqual([
      expect.objectContaining({ candidate: expect.objectContaining({ id: existingId }), sharedSkills: 2, reasons: [{ kind: 'SIMILAR_NAME', text: 'similar name in the same city, 2 skills in common' }] }),
    ]);
  });

  it('answers nothing for another person, and shows an existing profile its own likely duplicates but not itself', async () => {
    const none = await recruiter.graphql(LIKELY, { input: { fullName: 'Jolene Kowalczyk', email: 'jk@example.test', phone: '0341 555 0199', country: 'DE', city: 'Leipzig', skills: ['PostgreSQL'] } });
    expect(none.body.data.likelyDuplicates).toEqual([]);

    const twin = await recruiter.graphql(CREATE, { input: { fullName: 'Jolene Abernathy', seniority: 'MID', country: 'DE', timeZone: 'Europe/Berlin', ...person({ phone: '+49 341 5550101' }) } });
    const twinId = twin.body.data.createCandidate.candidate.id;
    const { body } = await recruiter.graphql(OWN_DUPLICATES, { id: twinId });
    expect(body.data.candidate.likelyDuplicates.map((d: any) => d.candidate.id)).toEqual([existingId]);
    expect(body.data.candidate.likelyDuplicates[0].reasons.map((r: any) => r.text)).toContain('same phone');
  });

  it('is for the agency’s staff: a candidate is refused, another agency’s recruiter finds nothing of ours', async () => {
    const asCandidate = await candidate.graphql(LIKELY, { input: { fullName: 'Jolene Abernathy', phone: '0341 555 0101', country: 'DE' } });
    expect(asCandidate.body.data).toBeNull();
    expect(asCandidate.body.errors[0].message).not.toContain('Jolene');
    const asOther = await otherRecruiter.graphql(LIKELY, { input: { fullName: 'Jolene Abernathy', phone: '0341 555 0101', email: 'jolene.abernathy@example.test', country: 'DE', city: 'Leipzig' } });
    expect(asOther.body.data.likelyDuplicates).toEqual([]);
    const ownField = await candidate.graphql(OWN_DUPLICATES, { id: existingId });
    expect(ownField.body.data?.candidate ?? null).toBeNull();
  });

  it('refuses a malformed input with a message for the field', async () => {
    const { body } = await recruiter.graphql(LIKELY, { input: { fullName: ' ', country: 'Germany' } });
    expect(body.data).toBeNull();
    expect(JSON.stringify(body.errors)).toMatch(/name|Country/);
  });
});

/** Two profiles of one person, each with proposals (with history), skills and a role; the second also a lead. */
async function twoProfiles(options: { sameJob?: boolean } = {}) {
  const prisma = server.db.prisma;
  const [jobA, jobB, jobC] = await Promise.all([createJob(prisma, agencyId, clientId), createJob(prisma, agencyId, clientId), createJob(prisma, agencyId, clientId)]);
  const survivor = await createCandidateProfile(prisma, agencyId, [{ skillId: 'postgresql', level: 2 }, { skillId: 'typescript', level: 4 }], {
    fullName: 'Marit Oyelaran',
    phone: null,
    normalizedPhone: null,
  });
  const merged = await createCandidateProfile(prisma, agencyId, [{ skillId: 'postgresql', level: 5 }, { skillId: 'react', level: 3 }], {
    fullName: 'Oyelaran Marit',
    phone: '0341 555 0777',
    normalizedPhone: '+493415550777',
    headline: 'Full-stack engineer',
  });
  await prisma.candidateExperience.create({ data: { candidateId: merged.id, title: 'Engineer', company: 'Acme', startDate: new Date('2020-01-01') } });
  const refs = (candidateId: string, jobId: string) => ({ agencyId, jobId, candidateId, recruiterId });
  const proposals = [
    await createProposal(prisma, refs(survivor.id, jobA.id)),
    await createProposal(prisma, refs(merged.id, jobB.id)),
    await createProposal(prisma, refs(merged.id, options.sameJob ? jobA.id : jobC.id), { status: 'ACCEPTED' }),
  ];
  for (const proposal of proposals) {
    await prisma.activityEvent.create({ data: { agencyId, proposalId: proposal.id, actorKind: 'USER', actorUserId: recruiterId, action: 'proposal.proposed', toStatus: 'PROPOSED' } });
  }
  await prisma.activityEvent.create({ data: { agencyId, proposalId: proposals[2]!.id, actorKind: 'USER', action: 'proposal.accepted', fromStatus: 'PROPOSED', toStatus: 'ACCEPTED' } });
  await prisma.candidateLead.create({
    data: { agencyId, jobId: jobB.id, fullName: 'Marit Oyelaran', email: merged.email, consentText: 'You may contact me.', consentGivenAt: new Date(), candidateId: merged.id },
  });
  return { survivor, merged };
}

const historyOf = (candidateIds: string[]) =>
  server.db.prisma.activityEvent.count({ where: { proposal: { candidateId: { in: candidateIds } } } });

describe('mergeCandidates', () => {
  it('moves every proposal and history event to the survivor, unites the skills and records the merge', async () => {
    const { survivor, merged } = await twoProfiles();
    const prisma = server.db.prisma;
    const proposalsBefore = await prisma.proposal.count({ where: { candidateId: { in: [survivor.id, merged.id] } } });
    const historyBefore = await historyOf([survivor.id, merged.id]);

    const { body } = await recruiter.graphql(MERGE, { input: { survivorId: gid(survivor.id), mergedId: gid(merged.id) } });
    expect(body.data.mergeCandidates.__typename).toBe('MergeCandidatesSuccess');
    const answer = body.data.mergeCandidates;
    expect(answer.moved).toEqual({ proposals: 2, historyEvents: 3, skills: 2, experiences: 1, leads: 1, sameJobProposals: 0 });
    expect(answer.candidate.fullName).toBe('Marit Oyelaran');
    expect(answer.candidate.phone).toBe('0341 555 0777');
    expect(answer.candidate.skills).toEqual([
      { skill: { slug: 'postgresql' }, level: 5 },
      { skill: { slug: 'typescript' }, level: 4 },
      { skill: { slug: 'react' }, level: 3 },
    ]);

    expect(await prisma.proposal.count({ where: { candidateId: survivor.id } })).toBe(proposalsBefore);
    expect(await historyOf([survivor.id])).toBe(historyBefore);
    expect(await prisma.candidateProfile.findUnique({ where: { id: merged.id } })).toBeNull();
    expect(await prisma.candidateLead.count({ where: { candidateId: survivor.id } })).toBe(1);
    const record = await prisma.candidateMerge.findUniqueOrThrow({ where: { mergedId: merged.id } });
    expect(record).toMatchObject({ survivorId: survivor.id, mergedById: recruiterId, moved: expect.objectContaining({ proposals: 2, historyEvents: 3 }) });
    expect(record.reasons).toEqual(['same name in the same city, 1 skill in common']);
    const changes = await prisma.changeLogEntry.findMany({ where: { entityId: { in: [survivor.id, merged.id] }, kind: { in: ['candidate.merged', 'candidate.updated'] } }, orderBy: { position: 'asc' } });
    expect(changes.map((c) => [c.kind, c.entityId])).toEqual([
      ['candidate.merged', merged.id],
      ['candidate.updated', survivor.id],
    ]);
    expect(changes[0]!.data).toMatchObject({ mergedId: gid(merged.id), candidateId: survivor.id });
    // What a webhook receiver gets: every ID global, the survivor named as the candidate.
    expect(webhookPayload({ ...changes[0]!, position: String(changes[0]!.position), data: changes[0]!.data as Record<string, unknown> }).data).toMatchObject({ id: gid(merged.id), entity: 'Candidate', mergedId: gid(merged.id), candidateId: gid(survivor.id) });
  });

  it('resolves the merged profile’s old ID to the survivor through node, for its agency only', async () => {
    const { survivor, merged } = await twoProfiles();
    await recruiter.graphql(MERGE, { input: { survivorId: gid(survivor.id), mergedId: gid(merged.id) } });
    const { body } = await recruiter.graphql(NODE, { id: gid(merged.id) });
    expect(body).toMatchObject({ data: { node: { id: gid(survivor.id), fullName: 'Marit Oyelaran' } } });
    const foreign = await otherRecruiter.graphql(NODE, { id: gid(merged.id) });
    expect(foreign.body.data.node).toBeNull();
    // The recruiter's old link to the merged profile opens the survivor.
    const page = await recruiter.graphql('query($id: ID!) { candidate(id: $id) { id fullName } }', { id: gid(merged.id) });
    expect(page.body.data.candidate).toEqual({ id: gid(survivor.id), fullName: 'Marit Oyelaran' });
    const foreignPage = await otherRecruiter.graphql('query($id: ID!) { candidate(id: $id) { id } }', { id: gid(merged.id) });
    expect(foreignPage.body.data.candidate).toBeNull();
  });

  it('keeps both proposals when both profiles were proposed for the same job, and says so', async () => {
    const { survivor, merged } = await twoProfiles({ sameJob: true });
    const { body } = await recruiter.graphql(MERGE, { input: { survivorId: gid(survivor.id), mergedId: gid(merged.id) } });
    expect(body.data.mergeCandidates.moved).toMatchObject({ proposals: 2, sameJobProposals: 1 });
    expect(await server.db.prisma.proposal.count({ where: { candidateId: survivor.id } })).toBe(3);
  });

  it('records why two profiles were taken for one person', async () => {
    const prisma = server.db.prisma;
    const a = await createCandidateProfile(prisma, agencyId, [], { fullName: 'Ines Quarshie', phone: '+49 341 5550888', normalizedPhone: '+493415550888' });
    const b = await createCandidateProfile(prisma, agencyId, [], { fullName: 'Inès Quarshie', phone: '0341 555 0888', normalizedPhone: '+493415550888' });
    const c = await createCandidateProfile(prisma, agencyId, [], { fullName: 'Paz Oduya', city: 'Dresden' });
    const { body } = await recruiter.graphql(MERGE, { input: { survivorId: gid(a.id), mergedId: gid(b.id) } });
    expect(body.data.mergeCandidates.reasons).toEqual(['same phone', 'same name in the same city']);
    // Nothing matched: the recruiter's own judgement is what the record says.
    const chosen = await recruiter.graphql(MERGE, { input: { survivorId: gid(a.id), mergedId: gid(c.id) } });
    expect(chosen.body.data.mergeCandidates.reasons).toEqual(['chosen by a recruiter']);
  });

  it('lets one of two simultaneous merges of a pair win; the other is told it was already merged', async () => {
    const { survivor, merged } = await twoProfiles();
    const historyBefore = await historyOf([survivor.id, merged.id]);
    const answers = await Promise.all([
      recruiter.graphql(MERGE, { input: { survivorId: gid(survivor.id), mergedId: gid(merged.id) } }),
      recruiter.graphql(MERGE, { input: { survivorId: gid(survivor.id), mergedId: gid(merged.id) } }),
      recruiter.graphql(MERGE, { input: { survivorId: gid(merged.id), mergedId: gid(survivor.id) } }),
    ]);
    const kinds = answers.map((a) => a.body.data.mergeCandidates.__typename).sort();
    expect(kinds).toEqual(['InvalidTransitionError', 'InvalidTransitionError', 'MergeCandidatesSuccess']);
    const remaining = await server.db.prisma.candidateProfile.findMany({ where: { id: { in: [survivor.id, merged.id] } }, select: { id: true } });
    expect(remaining).toHaveLength(1);
    expect(await historyOf([remaining[0]!.id])).toBe(historyBefore);
  });

  it('is refused to a candidate, and to another agency’s recruiter as if the profiles did not exist', async () => {
    const { survivor, merged } = await twoProfiles();
    const input = { survivorId: gid(survivor.id), mergedId: gid(merged.id) };
    const asCandidate = await candidate.graphql(MERGE, { input });
    expect(asCandidate.body.data.mergeCandidates.__typename).toBe('NotAllowedError');
    const asOther = await otherRecruiter.graphql(MERGE, { input });
    expect(asOther.body.data.mergeCandidates).toMatchObject({ __typename: 'NotFoundError' });
    expect(await server.db.prisma.candidateProfile.count({ where: { id: { in: [survivor.id, merged.id] } } })).toBe(2);
  });

  it('does not merge across agencies, nor a profile into itself', async () => {
    const prisma = server.db.prisma;
    const other = await createAgency(prisma);
    const foreign = await createCandidateProfile(prisma, other.id);
    const own = await createCandidateProfile(prisma, agencyId);
    const across = await recruiter.graphql(MERGE, { input: { survivorId: gid(own.id), mergedId: gid(foreign.id) } });
    expect(across.body.data.mergeCandidates.__typename).toBe('NotFoundError');
    const itself = await recruiter.graphql(MERGE, { input: { survivorId: gid(own.id), mergedId: gid(own.id) } });
    expect(itself.body.data.mergeCandidates.__typename).toBe('ValidationError');
    expect(await prisma.candidateProfile.count({ where: { id: { in: [own.id, foreign.id] } } })).toBe(2);
  });
});
