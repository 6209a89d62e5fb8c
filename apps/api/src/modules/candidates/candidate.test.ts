import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCandidateProfile, createPartnerKey } from '../../../test/factories.ts';
import { signInDemoUsers, startTestServer, type TestBrowser, type TestServer } from '../../../test/start-test-server.ts';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

const CANDIDATES = /* GraphQL */ `
  query Candidates($first: Int, $filter: CandidatesFilter) {
    candidates(first: $first, filter: $filter) { edges { node { id fullName skills { skill { id name } level } } } }
  }`;
const CANDIDATE = /* GraphQL */ `
  query Candidate($id: ID!) {
    candidate(id: $id) { id fullName email phone version skills { skill { id name } level years lastUsedYear } preferences { minSalary currency remotePreference } }
  }`;
/** The answer without extensions.cost, which rides on every response. */
const dataAndErrors = (body: { data?: unknown; errors?: unknown }) => ({ data: body.data, errors: body.errors });
const CREATE = /* GraphQL */ `
  mutation CreateCandidate($input: CreateCandidateInput!) {
    createCandidate(input: $input) {
      __typename
      ... on CreateCandidateSuccess { candidate { id fullName email skills { skill { slug } level } preferences { minSalary currency remotePreference employmentTypes } } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { field message } }
    }
  }`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateCandidateProfileInput!) {
    updateCandidateProfile(input: $input) {
      __typename
      ... on UpdateCandidateProfileSuccess { candidate { id headline version skills { skill { id name } level years lastUsedYear } preferences { minSalary } } }
      ... on Error { message }
      ... on ValidationError { fieldErrors { field message } }
    }
  }`;

let server: TestServer;
let recruiter: TestBrowser;
let otherRecruiter: TestBrowser;
let candidate: TestBrowser;
let northwindId: string;
let samId: string;

const newCandidate = (overrides: Record<string, unknown> = {}) => ({
  fullName: 'Jordan Mills',
  email: 'Jordan.Mills@example.test',
  seniority: 'MID',
  country: 'de',
  city: 'Hamburg',
  timeZone: 'Europe/Berlin',
  skills: [{ skill: 'Postgres', level: 4, years: 5 }],
  preferences: { minSalary: 65_000, currency: 'EUR', remotePreference: 'REMOTE', employmentTypes: ['FULL_TIME'] },
  ...overrides,
});

beforeAll(async () => {
  server = await startTestServer('demo');
  const { prisma } = server.db;
  northwindId = (await prisma.agency.findUniqueOrThrow({ where: { slug: 'northwind' } })).id;
  samId = (await prisma.candidateProfile.findFirstOrThrow({ where: { user: { email: 'candidate@shortlist.test' } } })).id;
  ({ recruiter, otherRecruiter, candidate } = await signInDemoUsers(server));
});
afterAll(() => server.close());

describe('seeing candidates', () => {
  it('lets a recruiter list only their own agency’s candidates, and filter by a skill typed as an alias', async () => {
    const { body } = await recruiter.graphql(CANDIDATES, { first: 100 });
    const names = body.data.candidates.edges.map((e: any) => e.node.fullName);
    const own = await server.db.prisma.candidateProfile.findMany({ where: { agencyId: northwindId }, select: { fullName: true }, take: 100, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    expect(names).toEqual(own.map((c) => c.fullName));

    const filtered = await recruiter.graphql(CANDIDATES, { first: 100, filter: { skillNames: ['Postgres'] } });
    const withPostgres = await server.db.prisma.candidateProfile.count({ where: { agencyId: northwindId, skills: { some: { skillId: 'postgresql' } } } });
    expect(filtered.body.data.candidates.edges).toHaveLength(Math.min(withPostgres, 100));
    const postgresId = filtered.body.data.candidates.edges[0].node.skills.find((s: any) => s.skill.name === 'PostgreSQL').skill.id;
    for (const edge of filtered.body.data.candidates.edges) expect(edge.node.skills.map((s: any) => s.skill.id)).toContain(postgresId);

    const byId = await recruiter.graphql(CANDIDATES, { first: 100, filter: { skillIds: [postgresId] } });
    expect(byId.body.data.candidates.edges.map((e: any) => e.node.id)).toEqual(filtered.body.data.candidates.edges.map((e: any) => e.node.id));
  });

  it('takes only skill IDs in skillIds, and says a name belongs in skillNames, where a typo gets the nearest skill', async () => {
    for (const notAnId of ['Postgres', 'postgresql', gid('Job', '00000000-0000-4000-8000-000000000000'), gid('Skill', 'no-such-skill')]) {
      const { body } = await recruiter.graphql(CANDIDATES, { first: 5, filter: { skillIds: [notAnId] } });
      expect(body.data, notAnId).toBeNull();
      expect(body.errors[0]).toMatchObject({
        message: `"${notAnId}" is not a skill ID. Pass IDs from Skill.id here, or names and aliases in skillNames.`,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    const typo = await recruiter.graphql(CANDIDATES, { first: 5, filter: { skillNames: ['Postgress'] } });
    expect(typo.body.errors[0]).toMatchObject({ message: 'Unknown skill "Postgress". Did you mean PostgreSQL?', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses the candidate list to a candidate, who still sees their own profile', async () => {
    const list = await candidate.graphql(CANDIDATES, { first: 5 });
    expect(list.body.data).toBeNull();
    expect(list.body.errors[0].message).toBe('You are not allowed to see or do this.');

    const me = await candidate.graphql('{ me { candidateProfile { id fullName } } }');
    expect(me.body.data.me.candidateProfile).toEqual({ id: gid('Candidate', samId), fullName: 'Sam Okafor' });
    const own = await candidate.graphql(CANDIDATE, { id: gid('Candidate', samId) });
    expect(own.body.data.candidate).toMatchObject({ fullName: 'Sam Okafor', email: 'candidate@shortlist.test' });
    const { minSalary } = await server.db.prisma.candidateProfile.findUniqueOrThrow({ where: { id: samId }, select: { minSalary: true } });
    expect(own.body.data.candidate.preferences).toMatchObject({ minSalary });
    expect(own.body.errors).toBeUndefined();
  });

  it("gives a candidate null for someone else's profile, and the other agency's recruiter null for Sam", async () => {
    const someoneElse = await server.db.prisma.candidateProfile.findFirstOrThrow({ where: { agencyId: northwindId, id: { not: samId } } });
    expect(dataAndErrors((await candidate.graphql(CANDIDATE, { id: gid('Candidate', someoneElse.id) })).body)).toEqual({ data: { candidate: null }, errors: undefined });
    expect(dataAndErrors((await otherRecruiter.graphql(CANDIDATE, { id: gid('Candidate', samId) })).body)).toEqual({ data: { candidate: null }, errors: undefined });
  });

  it("lets a partner key with candidates:read list the agency's candidates, but not read their phone numbers nor their preferences", async () => {
    const partner = await createPartnerKey(server.db.prisma, northwindId, ['CANDIDATES_READ']);
    const list = await server.graphql(CANDIDATES, { first: 3 }, partner);
    expect(list.body.data.candidates.edges).toHaveLength(3);
    const phone = await server.graphql(CANDIDATE, { id: gid('Candidate', samId) }, partner);
    expect(phone.body.data.candidate.fullName).toBe('Sam Okafor');
    expect(phone.body.data.candidate.phone).toBeNull();
    // The salary Sam asks and the rest of what Sam negotiates with stay with the agency.
    expect(phone.body.data.candidate.preferences).toBeNull();
    expect(phone.body.errors.map((e: { path: string[] }) => e.path)).toEqual(expect.arrayContaining([['candidate', 'phone'], ['candidate', 'preferences']]));

    const jobsOnly = await createPartnerKey(server.db.prisma, northwindId, ['JOBS_READ']);
    expect((await server.graphql(CANDIDATES, { first: 3 }, jobsOnly)).body.errors[0].message).toBe('This API key needs the CANDIDATES_READ scope to read candidates.');
  });

  it("limits a client's key to the candidates proposed for that client's jobs", async () => {
    const { prisma } = server.db;
    const samsProposal = await prisma.proposal.findFirstOrThrow({ where: { candidateId: samId }, include: { job: true } });
    // Sam agreed to share the profile with this client (a client reads only candidates who did).
    await prisma.proposal.update({ where: { id: samsProposal.id }, data: { clientSharingConsentAt: new Date(), clientSharingConsentWithdrawnAt: null } });
    const clientId = samsProposal.job.clientCompanyId;
    const clientKey = await createPartnerKey(prisma, northwindId, ['CANDIDATES_READ'], clientId);
    const proposedHere = await prisma.candidateProfile.count({
      where: { agencyId: northwindId, proposals: { some: { job: { clientCompanyId: clientId }, clientSharingConsentAt: { not: null }, clientSharingConsentWithdrawnAt: null } } },
    });
    const list = await server.graphql(CANDIDATES, { first: 100 }, clientKey);
    expect(list.body.data.candidates.edges).toHaveLength(Math.min(proposedHere, 100));
    // The consent Sam gave names the preferences, the salary asked included: this client's key reads them.
    const shared = await server.graphql(CANDIDATE, { id: gid('Candidate', samId) }, clientKey);
    expect(shared.body.data.candidate.fullName).toBe('Sam Okafor');
    const samsPreferences = await prisma.candidateProfile.findUniqueOrThrow({ where: { id: samId }, select: { minSalary: true, salaryCurrency: true } });
    expect(shared.body.data.candidate.preferences).toMatchObject({ minSalary: samsPreferences.minSalary, currency: samsPreferences.salaryCurrency });

    const stranger = await prisma.candidateProfile.findFirstOrThrow({
      where: { agencyId: northwindId, proposals: { none: { job: { clientCompanyId: clientId } } } },
    });
    const hidden = await server.graphql(CANDIDATE, { id: gid('Candidate', stranger.id) }, clientKey);
    expect(hidden.body.data.candidate).toBeNull();
    expect(JSON.stringify(hidden.body)).not.toContain(stranger.email);
  });
});

describe('registering a candidate', () => {
  it('stores skills through the taxonomy and the preferences given', async () => {
    const { body } = await recruiter.graphql(CREATE, { input: newCandidate() });
    expect(body.data.createCandidate).toMatchObject({
      __typename: 'CreateCandidateSuccess',
      candidate: {
        fullName: 'Jordan Mills',
        email: 'jordan.mills@example.test',
        skills: [{ skill: { slug: 'postgresql' }, level: 4 }],
        preferences: { minSalary: 65_000, currency: 'EUR', remotePreference: 'REMOTE', employmentTypes: ['FULL_TIME'] },
      },
    });
  });

  it('refuses a second candidate with the same e-mail in the agency, on the email field; another agency may use it', async () => {
    await recruiter.graphql(CREATE, { input: newCandidate({ email: 'twice@example.test' }) });
    const again = await recruiter.graphql(CREATE, { input: newCandidate({ email: 'TWICE@example.test' }) });
    expect(again.body.data.createCandidate).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ field: 'email', message: 'A candidate with this e-mail is already registered with your agency.' }],
    });
    const elsewhere = await otherRecruiter.graphql(CREATE, { input: newCandidate({ email: 'twice@example.test' }) });
    expect(elsewhere.body.data.createCandidate.__typename).toBe('CreateCandidateSuccess');
  });

  it('names each bad field, with the nearest skill for a misspelt one', async () => {
    const { body } = await recruiter.graphql(CREATE, {
      input: newCandidate({ email: 'not-an-email', skills: [{ skill: 'Kubernets', level: 6 }], timeZone: 'CET' }),
    });
    expect(body.data.createCandidate.fieldErrors).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'Enter an e-mail address, like sam@example.com.' },
        { field: 'skills.0.skill', message: 'Unknown skill "Kubernets". Did you mean Kubernetes?' },
        { field: 'skills.0.level', message: 'Level is from 1 to 5.' },
        { field: 'timeZone', message: 'Time zone is an IANA name, like Europe/Berlin.' },
      ]),
    );
  });

  it('is refused to a candidate', async () => {
    const { body } = await candidate.graphql(CREATE, { input: newCandidate({ email: 'sneaky@example.test' }) });
    expect(body.data.createCandidate).toEqual({ __typename: 'NotAllowedError', message: 'You are not allowed to see or do this.' });
    expect(await server.db.prisma.candidateProfile.count({ where: { email: 'sneaky@example.test' } })).toBe(0);
  });
});

describe('editing a profile', () => {
  it('lets the candidate replace their skills in one go, bumping the version', async () => {
    const before = (await candidate.graphql(CANDIDATE, { id: gid('Candidate', samId) })).body.data.candidate;
    const { body } = await candidate.graphql(UPDATE, {
      input: {
        candidateId: gid('Candidate', samId),
        version: before.version,
        headline: 'Backend engineer, now with clusters',
        skills: [
          { skill: 'k8s', level: 3, years: 2 },
          { skill: 'TypeScript', level: 5, years: 7, lastUsedYear: null },
        ],
        preferences: { minSalary: 72_000 },
      },
    });
    expect(body.data.updateCandidateProfile.__typename).toBe('UpdateCandidateProfileSuccess');
    const after = body.data.updateCandidateProfile.candidate;
    expect(after.version).toBe(before.version + 1);
    expect(after.skills.map((s: any) => [s.skill.name, s.level])).toEqual([
      ['TypeScript', 5],
      ['Kubernetes', 3],
    ]);
    expect(after.preferences.minSalary).toBe(72_000);
    expect(await server.db.prisma.candidateSkill.count({ where: { candidateId: samId } })).toBe(2);
  });

  it("moves the candidate's own login to the zone and name they set on their profile", async () => {
    const ME = `{ me { name timeZone } }`;
    const edit = (timeZone: string, fullName: string) =>
      candidate.graphql(UPDATE, { input: { candidateId: gid('Candidate', samId), timeZone, fullName } });
    expect((await edit('Asia/Tokyo', 'Sam A. Okafor')).body.data.updateCandidateProfile.__typename).toBe('UpdateCandidateProfileSuccess');
    expect((await candidate.graphql(ME)).body.data.me).toEqual({ name: 'Sam A. Okafor', timeZone: 'Asia/Tokyo' });
    await edit('Europe/Berlin', 'Sam Okafor');
    expect((await candidate.graphql(ME)).body.data.me).toEqual({ name: 'Sam Okafor', timeZone: 'Europe/Berlin' });
  });

  it('refuses an edit based on an old version, and leaves the profile as it was', async () => {
    const current = (await candidate.graphql(CANDIDATE, { id: gid('Candidate', samId) })).body.data.candidate;
    const { body } = await recruiter.graphql(UPDATE, { input: { candidateId: gid('Candidate', samId), version: current.version - 1, headline: 'Old news' } });
    expect(body.data.updateCandidateProfile).toEqual({ __typename: 'InvalidTransitionError', message: 'This profile was changed by someone else; reload it.' });
    expect((await server.db.prisma.candidateProfile.findUniqueOrThrow({ where: { id: samId } })).headline).not.toBe('Old news');
  });

  it("lets a recruiter of the agency edit, but not the other agency's recruiter nor another candidate", async () => {
    const byRecruiter = await recruiter.graphql(UPDATE, { input: { candidateId: gid('Candidate', samId), headline: 'Edited by Riley' } });
    expect(byRecruiter.body.data.updateCandidateProfile.candidate.headline).toBe('Edited by Riley');

    const byOtherAgency = await otherRecruiter.graphql(UPDATE, { input: { candidateId: gid('Candidate', samId), headline: 'Hijacked' } });
    expect(byOtherAgency.body.data.updateCandidateProfile).toEqual({ __typename: 'NotFoundError', message: 'That candidate does not exist in your agency.' });

    const someoneElse = await server.db.prisma.candidateProfile.findFirstOrThrow({ where: { agencyId: northwindId, id: { not: samId } } });
    const bySam = await candidate.graphql(UPDATE, { input: { candidateId: gid('Candidate', someoneElse.id), headline: 'Hijacked' } });
    expect(bySam.body.data.updateCandidateProfile.__typename).toBe('NotFoundError');

    const partner = await createPartnerKey(server.db.prisma, northwindId, ['CANDIDATES_READ']);
    const byPartner = await server.graphql(UPDATE, { input: { candidateId: gid('Candidate', samId), headline: 'Hijacked' } }, partner);
    // A key that may only read is told which scope writing takes.
    expect(byPartner.body.data.updateCandidateProfile).toEqual({ __typename: 'NotAllowedError', message: 'This API key needs the CANDIDATES_WRITE scope to use updateCandidateProfile.' });
    expect(await server.db.prisma.candidateProfile.count({ where: { headline: 'Hijacked' } })).toBe(0);
  });

  it("answers a partner key's edit with the profile but without the candidate's preferences, which the agency's recruiter reads", async () => {
    const someone = await createCandidateProfile(server.db.prisma, northwindId, [], { minSalary: 93_417 });
    const writer = await createPartnerKey(server.db.prisma, northwindId, ['CANDIDATES_READ', 'CANDIDATES_WRITE']);
    const { body } = await server.graphql(UPDATE, { input: { candidateId: gid('Candidate', someone.id), headline: 'Synced from the ATS' } }, writer);
    expect(body.data.updateCandidateProfile).toMatchObject({ __typename: 'UpdateCandidateProfileSuccess', candidate: { headline: 'Synced from the ATS', preferences: null } });
    expect(JSON.stringify(body)).not.toContain('93417');
    const byRecruiter = await recruiter.graphql(CANDIDATE, { id: gid('Candidate', someone.id) });
    expect(byRecruiter.body.data.candidate.preferences).toMatchObject({ minSalary: 93_417 });
  });
});

describe('syncing candidates by updatedAt', () => {
  const SYNC = /* GraphQL */ `
    query Sync($after: String, $since: DateTime!) {
      candidates(first: 1, after: $after, filter: { updatedSince: $since }, orderBy: { field: UPDATED_AT, direction: ASC }) {
        totalCount
        edges { node { id fullName updatedAt } }
        pageInfo { hasNextPage endCursor }
      }
    }`;

  it('pages a partner through the profiles changed since a time, oldest change first, so an edited profile comes last and an untouched one never', async () => {
    const { prisma } = server.db;
    const untouched = await prisma.candidateProfile.findFirstOrThrow({ where: { agencyId: northwindId }, orderBy: { updatedAt: 'asc' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const since = new Date();
    const created = async (fullName: string, email: string) => (await recruiter.graphql(CREATE, { input: newCandidate({ fullName, email }) })).body.data.createCandidate.candidate;
    const edited = await created('Sync Edited', 'sync.edited@example.test');
    const plain = await created('Sync Plain', 'sync.plain@example.test');
    const update = await recruiter.graphql(UPDATE, { input: { candidateId: edited.id, headline: 'Edited after the other was registered' } });
    expect(update.body.data.updateCandidateProfile.__typename).toBe('UpdateCandidateProfileSuccess');

    const key = await createPartnerKey(prisma, northwindId, ['CANDIDATES_READ']);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const { body }: { body: any } = await server.graphql(SYNC, { after, since: since.toISOString() }, key);
      expect(body.errors).toBeUndefined();
      expect(body.data.candidates.totalCount).toBe(2);
      seen.push(...body.data.candidates.edges.map((e: any) => e.node.id));
      if (!body.data.candidates.pageInfo.hasNextPage) break;
      after = body.data.candidates.pageInfo.endCursor;
    }
    expect(seen).toEqual([plain.id, edited.id]);
    expect(seen).not.toContain(gid('Candidate', untouched.id));
  });
});
