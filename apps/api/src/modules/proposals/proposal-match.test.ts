// A proposal's match quotes the candidate's preferences (the salary they ask, their notice, where and how they would
// work): whoever may not read Candidate.preferences reads the match without them, its scores, weights and blocker
// codes kept; the agency's staff, the candidate and the client they share their profile with read it as written.
// Its forward side quotes the profile too (skills, years, where they live): whoever may not read the candidate at all
// (a client's key before the candidate consents, a key without candidates:read) reads none of either.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientCompany, createJob, createPartnerKey } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';
import { WITHHELD_EVIDENCE, WITHHELD_PROFILE_EVIDENCE } from '../matches/redact-match-preferences.ts';

const DAY = 24 * 60 * 60 * 1000;

/** Every way Sam's preferences below can be written in a match (the salary, the notice, the places, the contract). */
const PREFERENCE_TRACES = ['93,417', '93417', '47 days', 'Lisbon', 'contract', 'temporary', 'remote work', 'would move'];

let server: TestServer;
let recruiter: TestBrowser;
let candidate: TestBrowser;
let agencyId: string;
let clientId: string;
let proposalId: string;

const MATCH = `query($id: ID!) {
  node(id: $id) { ... on Proposal { match { score forwardScore reverseScore isBlocked blockers { code message } categories { name side weight score evidence } } } }
}`;

const PROPOSE = `mutation($input: ProposeMatchInput!) {
  proposeMatch(input: $input) { __typename ... on Error { message } ... on ProposeMatchSuccess { proposal { id } } }
}`;

beforeAll(async () => {
  server = await startTestServer('demo');
  ({ recruiter, candidate } = await signInDemoUsers(server));
  const { prisma } = server.db;
  const sam = await prisma.candidateProfile.findFirstOrThrow({ where: { user: { email: 'candidate@shortlist.test' } } });
  agencyId = sam.agencyId;
  await prisma.candidateProfile.update({
    where: { id: sam.id },
    data: {
      minSalary: 93_417,
      salaryCurrency: 'EUR',
      remotePreference: 'REMOTE',
      preferredLocations: ['Lisbon'],
      willingToRelocate: false,
      employmentTypes: ['CONTRACT', 'TEMPORARY'],
      noticePeriodDays: 47,
    },
  });
  // A client Sam has never been proposed to: an onsite job far below the salary Sam asks, somewhere Sam does not live.
  clientId = (await createClientCompany(prisma, agencyId)).id;
  const job = await createJob(prisma, agencyId, clientId, { remotePolicy: 'ONSITE', city: 'Leipzig', salaryMin: 50_000, salaryMax: 61_000, employmentType: 'FULL_TIME' });
  const startsAt = new Date(Date.now() + 3 * DAY);
  const { body } = await recruiter.graphql(PROPOSE, {
    input: {
      jobId: encodeGlobalID('Job', job.id),
      candidateId: encodeGlobalID('Candidate', sam.id),
      message: 'A role we think suits you.',
      slots: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 45 * 60 * 1000).toISOString(), timeZone: 'Europe/Berlin', format: 'VIDEO' }],
    },
  });
  expect(body.data?.proposeMatch?.__typename, JSON.stringify(body)).toBe('ProposeMatchSuccess');
  proposalId = body.data.proposeMatch.proposal.id;
});
afterAll(() => server.close());

type Match = {
  blockers: Array<{ code: string; message: string }>;
  categories: Array<{ name: string; side: string; weight: number; score: number; evidence: string[] }>;
};

/** The proposal's match as a signed-in person (a browser) or a partner key (its header) reads it. */
async function matchAs(viewer: TestBrowser | { authorization: string }): Promise<Match> {
  const { body } = 'graphql' in viewer ? await viewer.graphql(MATCH, { id: proposalId }) : await server.graphql(MATCH, { id: proposalId }, viewer);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.node.match;
}

/** The match as written: the salary Sam asks in the salary sentence and its blocker, both blockers there. */
function expectAsWritten(match: Match) {
  expect(match.blockers.map((b) => b.code)).toEqual(expect.arrayContaining(['SALARY_FAR_BELOW_MINIMUM', 'ONSITE_FOR_REMOTE_ONLY']));
  expect(match.blockers.find((b) => b.code === 'SALARY_FAR_BELOW_MINIMUM')!.message).toContain('93,417 EUR');
  expect(match.categories.find((c) => c.name === 'Salary')!.evidence.join(' ')).toContain("below the candidate's minimum of 93,417 EUR");
}

/** The same match with no trace of Sam's preferences, and everything else kept. */
function expectWithoutPreferences(match: Match, asWritten: Match) {
  const text = JSON.stringify(match);
  for (const trace of PREFERENCE_TRACES) expect(text).not.toContain(trace);
  expect(match.blockers.map((b) => b.code)).toEqual(asWritten.blockers.map((b) => b.code));
  expect(match.categories.map(({ name, side, weight, score }) => ({ name, side, weight, score }))).toEqual(
    asWritten.categories.map(({ name, side, weight, score }) => ({ name, side, weight, score })),
  );
  expect(match.categories.find((c) => c.name === 'Salary')!.evidence).toEqual([WITHHELD_EVIDENCE]);
  expect(match.categories.find((c) => c.name === 'Must-have skills')).toEqual(asWritten.categories.find((c) => c.name === 'Must-have skills'));
}

/** The same match with no sentence of the candidate's: one neutral sentence per category, every score and code kept. */
function expectWithoutProfile(match: Match, asWritten: Match) {
  const text = JSON.stringify(match);
  for (const trace of PREFERENCE_TRACES) expect(text).not.toContain(trace);
  for (const sentence of asWritten.categories.flatMap((c) => c.evidence)) expect(text).not.toContain(sentence);
  for (const blocker of asWritten.blockers) expect(text).not.toContain(blocker.message);
  expect(match.categories).toEqual(asWritten.categories.map((category) => ({ ...category, evidence: [WITHHELD_PROFILE_EVIDENCE] })));
  expect(match.blockers.map((b) => b.code)).toEqual(asWritten.blockers.map((b) => b.code));
}

describe("the candidate's preferences in a proposal's match", () => {
  it("keeps them from a key for the whole agency, which reads the scores and blocker codes, while the recruiter and the candidate read every sentence", async () => {
    const byRecruiter = await matchAs(recruiter);
    expectAsWritten(byRecruiter);
    expect(await matchAs(candidate)).toEqual(byRecruiter);

    const agencyKey = await createPartnerKey(server.db.prisma, agencyId, ['PROPOSALS_READ', 'CANDIDATES_READ']);
    expectWithoutPreferences(await matchAs(agencyKey), byRecruiter);
  });

  it("keeps them from the client's key until the candidate shares their profile with the client, then shows it the match as written", async () => {
    const byRecruiter = await matchAs(recruiter);
    const clientKey = await createPartnerKey(server.db.prisma, agencyId, ['PROPOSALS_READ', 'CANDIDATES_READ'], clientId);
    expectWithoutProfile(await matchAs(clientKey), byRecruiter);

    await server.db.prisma.proposal.update({ where: { id: decodeGlobalID(proposalId).id }, data: { clientSharingConsentAt: new Date() } });
    expect(await matchAs(clientKey)).toEqual(byRecruiter);

    // Withdrawn, the consent covers nothing any more.
    await server.db.prisma.proposal.update({ where: { id: decodeGlobalID(proposalId).id }, data: { clientSharingConsentWithdrawnAt: new Date() } });
    expectWithoutProfile(await matchAs(clientKey), byRecruiter);
  });

  it('keeps the whole profile from a key without candidates:read, which reads only the scores, weights and blocker codes', async () => {
    const byRecruiter = await matchAs(recruiter);
    // The forward side as written names what Sam has: the test would prove nothing if it were already neutral.
    expect(byRecruiter.categories.filter((c) => c.side === 'forward').flatMap((c) => c.evidence).join(' ')).not.toBe('');
    const proposalsOnly = await createPartnerKey(server.db.prisma, agencyId, ['PROPOSALS_READ']);
    expectWithoutProfile(await matchAs(proposalsOnly), byRecruiter);
  });
});
