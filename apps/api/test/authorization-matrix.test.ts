// Acceptance 2 of issue 4: every query field, every mutation and node(id) for every Node type, for every kind of
// viewer, on the demo world. The table says who may; the loop checks that everyone else gets null / a typed
// NotAllowed or NotFound / a top-level error — and that the target's private values appear NOWHERE in the
// response, and (mutations) that nothing changed in the database.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '@shortlist/db/prisma';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerKey } from './factories.ts';
import { startTestServer, type TestBrowser, type TestServer } from './start-test-server.ts';

type Scope = 'JOBS_READ' | 'CANDIDATES_READ' | 'PROPOSALS_READ' | 'JOBS_WRITE' | 'CANDIDATES_WRITE' | 'PROPOSALS_WRITE';
const ALL_SCOPES: Scope[] = ['JOBS_READ', 'CANDIDATES_READ', 'PROPOSALS_READ', 'JOBS_WRITE', 'CANDIDATES_WRITE', 'PROPOSALS_WRITE'];

const VIEWERS = [
  'anonymous',
  'candidate', // Sam, candidate@shortlist.test: the owner of the targets
  'otherCandidate', // another Northwind candidate with a login
  'recruiter',
  'otherRecruiter', // recruiter@otheragency.test
  'admin',
  'partner+', // a Northwind key holding the operation's scope (all scopes when it needs none)
  'partner-', // a Northwind key holding every scope but that one (none when it needs none)
  'partnerOtherClient', // a Northwind key with every scope, limited to a client the targets do not belong to
] as const;
type ViewerName = (typeof VIEWERS)[number];

const HOUR = 60 * 60 * 1000;
const gid = (type: string, id: string) => encodeGlobalID(type, id);

/** The seeded Northwind objects every operation points at, with private values made unique so a leak is findable. */
interface Targets {
  agencyId: string;
  draftJob: { id: string; gid: string; title: string };
  openJob: { id: string; gid: string; title: string; clientWebsite: string };
  clientCompany: { gid: string };
  sam: { id: string; gid: string; email: string; phone: string; userGid: string; headline: string };
  recruiterUser: { gid: string; email: string };
  proposal: { id: string; gid: string; message: string; jobGid: string; slotGid: string };
  proposalInStatus: Record<'ACCEPTED' | 'INTERVIEWING' | 'OFFERED', { id: string; gid: string }>;
  interview: { id: string; gid: string; location: string };
  notification: { id: string; gid: string; body: string };
  apiKey: { id: string; gid: string; prefix: string };
  proposeCandidateGid: string;
}

interface Operation {
  name: string;
  query: string;
  variables?: (t: Targets) => Record<string, unknown>;
  /** Path to the value that is null / an error for a denied viewer. */
  path: string[];
  /** The partner scope that grants it, if any. */
  scope?: Scope;
  /** Who gets it; everyone else must be denied. */
  allowed: readonly ViewerName[];
  /** For lists: allowed only when this object is in the answer (otherwise the list just does not show it). */
  targetId?: (t: Targets) => string;
  /** Private values of the target: never in a denied answer. */
  secrets?: (t: Targets) => string[];
  /** Values that must not appear in ANY answer of this operation, allowed or not. */
  never?: (t: Targets) => string[];
  /** Mutations: the state a denied call must leave untouched. */
  state?: (prisma: PrismaClient, t: Targets) => Promise<unknown>;
}

const EVERYONE = VIEWERS;
const STAFF = ['recruiter', 'admin'] as const;

const proposalState = (prisma: PrismaClient, id: string) =>
  prisma.proposal.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, _count: { select: { activityEvents: true, interviews: true } } } });
const interviewState = (prisma: PrismaClient, id: string) =>
  prisma.interview.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, startsAt: true, rescheduleReason: true, _count: { select: { activityEvents: true } } } });

const ERROR = '__typename ... on Error { message }';
/** The external ID the draft job and Sam carry, for the upserts. */
const matrixReference = (agencyId: string) => `matrix-${agencyId}`;

// prettier-ignore
const OPERATIONS: Operation[] = [
  // ─── queries ───
  { name: 'me', query: '{ me { id email } }', path: ['me'], allowed: ['candidate', 'otherCandidate', 'recruiter', 'otherRecruiter', 'admin'] },
  { name: 'jobBoard', query: 'query($s: String) { jobBoard(first: 20, filter: { search: $s }) { edges { node { id title clientCompany { name } } } } }',
    variables: (t) => ({ s: t.openJob.title }), path: ['jobBoard'], allowed: EVERYONE, targetId: (t) => t.openJob.gid,
    never: (t) => [t.draftJob.title, t.sam.email, t.openJob.clientWebsite] },
  { name: 'jobs', query: 'query($s: String) { jobs(first: 5, filter: { search: $s }) { edges { node { id title } } } }', scope: 'JOBS_READ',
    variables: (t) => ({ s: t.draftJob.title }), path: ['jobs'], allowed: [...STAFF, 'partner+'], targetId: (t) => t.draftJob.gid, secrets: (t) => [t.draftJob.title] },
  // The job form's client picker, and a partner's list of clients: staff and keys with jobs:read (their client only, when limited).
  { name: 'clientCompanies', query: '{ clientCompanies { id name website } }', path: ['clientCompanies'], scope: 'JOBS_READ',
    allowed: [...STAFF, 'partner+'], targetId: (t) => t.clientCompany.gid, secrets: (t) => [t.openJob.clientWebsite] },
  { name: 'job(draft)', query: 'query($id: ID!) { job(id: $id) { id title description } }', scope: 'JOBS_READ',
    variables: (t) => ({ id: t.draftJob.gid }), path: ['job'], allowed: [...STAFF, 'partner+'], secrets: (t) => [t.draftJob.title] },
  { name: 'job(open) agency fields', query: 'query($id: ID!) { job(id: $id) { id version pipelineCounts { count } clientCompany { website city } } }', scope: 'JOBS_READ',
    variables: (t) => ({ id: t.openJob.gid }), path: ['job', 'clientCompany'], allowed: [...STAFF, 'partner+'], secrets: (t) => [t.openJob.clientWebsite] },
  { name: 'Job.closingPreview', query: 'query($id: ID!) { job(id: $id) { closingPreview(outcome: FILLED) { candidates { candidateName message } } } }',
    variables: (t) => ({ id: t.openJob.gid }), path: ['job', 'closingPreview'], allowed: STAFF },
  { name: 'Job.suggestedCandidates', query: 'query($id: ID!) { job(id: $id) { suggestedCandidates(first: 50) { edges { node { score candidate { id email } } } } } }',
    variables: (t) => ({ id: t.openJob.gid }), path: ['job', 'suggestedCandidates'], allowed: STAFF, secrets: (t) => [t.sam.email] },
  { name: 'candidates', query: 'query($s: String) { candidates(first: 5, filter: { search: $s }) { edges { node { id email } } } }', scope: 'CANDIDATES_READ',
    variables: (t) => ({ s: t.sam.email }), path: ['candidates'], allowed: [...STAFF, 'partner+'], targetId: (t) => t.sam.gid, secrets: (t) => [t.sam.email] },
  // A client-limited key with candidates:read sees only candidates proposed for its client's jobs; Sam has none at that client.
  { name: 'candidate', query: 'query($id: ID!) { candidate(id: $id) { id email fullName headline } }', scope: 'CANDIDATES_READ',
    variables: (t) => ({ id: t.sam.gid }), path: ['candidate'], allowed: ['candidate', ...STAFF, 'partner+'], secrets: (t) => [t.sam.email, t.sam.phone] },
  { name: 'Candidate.phone', query: 'query($id: ID!) { candidate(id: $id) { phone } }', scope: 'CANDIDATES_READ',
    variables: (t) => ({ id: t.sam.gid }), path: ['candidate', 'phone'], allowed: ['candidate', ...STAFF], secrets: (t) => [t.sam.phone] },
  { name: 'Candidate.reliability', query: 'query($id: ID!) { candidate(id: $id) { reliability { proposalsAnswered responseRate cancellations noShows } } }', scope: 'CANDIDATES_READ',
    variables: (t) => ({ id: t.sam.gid }), path: ['candidate', 'reliability'], allowed: ['candidate', ...STAFF] },
  { name: 'Candidate.suggestedJobs', query: 'query($id: ID!) { candidate(id: $id) { suggestedJobs(first: 3) { edges { node { score job { id } } } } } }', scope: 'CANDIDATES_READ',
    variables: (t) => ({ id: t.sam.gid }), path: ['candidate', 'suggestedJobs'], allowed: ['candidate', ...STAFF] },
  { name: 'myProposals', query: '{ myProposals(first: 100) { edges { node { id message } } } }', path: ['myProposals'],
    allowed: ['candidate'], targetId: (t) => t.proposal.gid, secrets: (t) => [t.proposal.message] },
  { name: 'myInterviews', query: '{ myInterviews(first: 100) { edges { node { id location } } } }', path: ['myInterviews'],
    allowed: ['candidate'], targetId: (t) => t.interview.gid, secrets: (t) => [t.interview.location] },
  { name: 'proposals', query: 'query($job: ID) { proposals(first: 100, filter: { jobId: $job }) { edges { node { id message } } } }', scope: 'PROPOSALS_READ',
    variables: (t) => ({ job: t.proposal.jobGid }), path: ['proposals'], allowed: [...STAFF, 'partner+'], targetId: (t) => t.proposal.gid, secrets: (t) => [t.proposal.message] },
  { name: 'proposals(candidate)', query: 'query($c: ID) { proposals(first: 100, filter: { candidateId: $c }) { edges { node { id message } } } }', scope: 'PROPOSALS_READ',
    variables: (t) => ({ c: t.sam.gid }), path: ['proposals'], allowed: [...STAFF, 'partner+'], targetId: (t) => t.proposal.gid, secrets: (t) => [t.proposal.message] },
  { name: 'notifications', query: '{ notifications(first: 100) { edges { node { id body } } } }', path: ['notifications'],
    allowed: ['candidate'], targetId: (t) => t.notification.gid, secrets: (t) => [t.notification.body] },
  { name: 'unreadNotificationCount', query: '{ unreadNotificationCount }', path: ['unreadNotificationCount'], allowed: EVERYONE },
  // The skill autocomplete is for people and systems that are signed in.
  { name: 'skills', query: '{ skills(search: "postgres", first: 3) { id name } }', path: ['skills'], allowed: VIEWERS.filter((v) => v !== 'anonymous') },
  { name: 'apiKeys', query: '{ apiKeys(first: 100) { edges { node { id prefix } } } }', path: ['apiKeys'],
    allowed: ['admin'], targetId: (t) => t.apiKey.gid, secrets: (t) => [t.apiKey.prefix] },

  // ─── node(id) and nodes(ids) for every Node type ───
  ...nodeOperations('Job(draft)', 'Job', 'id title', (t) => t.draftJob.gid, [...STAFF, 'partner+'], (t) => [t.draftJob.title], 'JOBS_READ'),
  ...nodeOperations('Job(open)', 'Job', 'id title', (t) => t.openJob.gid, EVERYONE, () => [], 'JOBS_READ'),
  ...nodeOperations('ClientCompany', 'ClientCompany', 'id name website', (t) => t.clientCompany.gid, [...STAFF, 'partner+'], (t) => [t.openJob.clientWebsite], 'JOBS_READ'),
  ...nodeOperations('Candidate', 'Candidate', 'id email', (t) => t.sam.gid, ['candidate', ...STAFF, 'partner+'], (t) => [t.sam.email], 'CANDIDATES_READ'),
  ...nodeOperations('Proposal', 'Proposal', 'id message', (t) => t.proposal.gid, ['candidate', ...STAFF, 'partner+'], (t) => [t.proposal.message], 'PROPOSALS_READ'),
  ...nodeOperations('Interview', 'Interview', 'id location', (t) => t.interview.gid, ['candidate', ...STAFF, 'partner+'], (t) => [t.interview.location], 'PROPOSALS_READ'),
  ...nodeOperations('Notification', 'Notification', 'id body', (t) => t.notification.gid, ['candidate'], (t) => [t.notification.body]),
  ...nodeOperations('ApiKey', 'ApiKey', 'id prefix', (t) => t.apiKey.gid, ['admin'], (t) => [t.apiKey.prefix]),
  ...nodeOperations('User(candidate)', 'User', 'id email', (t) => t.sam.userGid, ['candidate', ...STAFF], (t) => [t.sam.email]),
  ...nodeOperations('User(recruiter)', 'User', 'id email', (t) => t.recruiterUser.gid, STAFF, (t) => [t.recruiterUser.email]),
  // Every person and key of the agency reads it; no scope is needed.
  ...nodeOperations('Agency', 'Agency', 'id name', (t) => gid('Agency', t.agencyId), VIEWERS.filter((v) => v !== 'anonymous' && v !== 'otherRecruiter'), () => ['Northwind Talent']),
  // The skill taxonomy holds no agency's data (the public job board shows job skills).
  ...nodeOperations('Skill', 'Skill', 'id name', () => gid('Skill', 'postgresql'), EVERYONE, () => []),

  // ─── mutations: denied calls change nothing ───
  { name: 'signIn', query: `mutation { signIn(input: { email: "candidate@shortlist.test", password: "wrong password" }) { ${ERROR} } }`, path: ['signIn'], allowed: EVERYONE },
  { name: 'createJob', query: `mutation($input: CreateJobInput!) { createJob(input: $input) { ${ERROR} ... on CreateJobSuccess { job { id } } } }`,
    variables: (t) => ({ input: { clientCompanyId: t.clientCompany.gid, title: `Matrix job ${t.agencyId}`, seniority: 'SENIOR', currency: 'EUR', remotePolicy: 'REMOTE', country: 'DE', timeZone: 'Europe/Berlin' } }),
    path: ['createJob'], scope: 'JOBS_WRITE', allowed: [...STAFF, 'partner+'], state: (p, t) => p.job.count({ where: { title: `Matrix job ${t.agencyId}` } }) },
  { name: 'updateJob', query: `mutation($input: UpdateJobInput!) { updateJob(input: $input) { ${ERROR} ... on UpdateJobSuccess { job { id title } } } }`,
    variables: (t) => ({ input: { id: t.draftJob.gid, description: 'Changed by the authorization matrix.' } }), secrets: (t) => [t.draftJob.title],
    path: ['updateJob'], scope: 'JOBS_WRITE', allowed: [...STAFF, 'partner+'], state: (p, t) => p.job.findUniqueOrThrow({ where: { id: t.draftJob.id }, select: { description: true, version: true, status: true } }) },
  // The draft job by its external ID (set below); the other agency has no job with it, and creating one there needs a client of its own.
  { name: 'upsertJob', query: `mutation($input: UpsertJobInput!) { upsertJob(input: $input) { ${ERROR} ... on UpsertJobSuccess { created job { id title } } } }`,
    variables: (t) => ({ input: { externalId: matrixReference(t.agencyId), clientCompanyId: t.clientCompany.gid, description: 'Upserted by the authorization matrix.' } }), secrets: (t) => [t.draftJob.title],
    path: ['upsertJob'], scope: 'JOBS_WRITE', allowed: [...STAFF, 'partner+'], state: (p, t) => p.job.findUniqueOrThrow({ where: { id: t.draftJob.id }, select: { description: true, version: true, status: true } }) },
  // Staff of any agency register candidates with their OWN agency.
  { name: 'createCandidate', query: `mutation($input: CreateCandidateInput!) { createCandidate(input: $input) { ${ERROR} ... on CreateCandidateSuccess { candidate { id } } } }`,
    variables: () => ({ input: { email: 'matrix.candidate@example.test', fullName: 'Matrix Candidate', seniority: 'MID', country: 'DE', timeZone: 'Europe/Berlin' } }),
    path: ['createCandidate'], scope: 'CANDIDATES_WRITE', allowed: [...STAFF, 'otherRecruiter', 'partner+', 'partnerOtherClient'], state: (p) => p.candidateProfile.count({ where: { email: 'matrix.candidate@example.test' } }) },
  { name: 'updateCandidateProfile', query: `mutation($input: UpdateCandidateProfileInput!) { updateCandidateProfile(input: $input) { ${ERROR} ... on UpdateCandidateProfileSuccess { candidate { id email } } } }`,
    variables: (t) => ({ input: { candidateId: t.sam.gid, headline: 'Changed by the authorization matrix' } }), secrets: (t) => [t.sam.email, t.sam.phone],
    path: ['updateCandidateProfile'], scope: 'CANDIDATES_WRITE', allowed: ['candidate', ...STAFF, 'partner+'], state: (p, t) => p.candidateProfile.findUniqueOrThrow({ where: { id: t.sam.id }, select: { headline: true, version: true } }) },
  // Sam by his external ID (set below). The other agency's recruiter registers a new candidate with it in their own agency.
  { name: 'upsertCandidate', query: `mutation($input: UpsertCandidateInput!) { upsertCandidate(input: $input) { ${ERROR} ... on UpsertCandidateSuccess { created candidate { id email } } } }`,
    variables: (t) => ({ input: { externalId: matrixReference(t.agencyId), email: 'matrix.upsert@example.test', fullName: 'Matrix Upsert', seniority: 'MID', country: 'DE', timeZone: 'Europe/Berlin', headline: 'Upserted by the authorization matrix' } }),
    secrets: (t) => [t.sam.email, t.sam.phone],
    path: ['upsertCandidate'], scope: 'CANDIDATES_WRITE', allowed: [...STAFF, 'otherRecruiter', 'partner+'], state: (p, t) => p.candidateProfile.findUniqueOrThrow({ where: { id: t.sam.id }, select: { headline: true, version: true } }) },
  { name: 'updateCancellationPolicy', query: `mutation { updateCancellationPolicy(input: { lateNoticeMinutes: 1440, noShowGraceMinutes: 20 }) { ${ERROR} } }`,
    path: ['updateCancellationPolicy'], allowed: ['admin'], state: (p, t) => p.cancellationPolicy.findUnique({ where: { agencyId: t.agencyId } }) },
  { name: 'createApiKey', query: `mutation { createApiKey(input: { name: "Matrix key", scopes: [JOBS_READ] }) { ${ERROR} ... on CreateApiKeySuccess { secret } } }`,
    path: ['createApiKey'], allowed: ['admin'], state: (p) => p.apiKey.count({ where: { name: 'Matrix key' } }) },
  { name: 'proposeMatch', query: `mutation($input: ProposeMatchInput!) { proposeMatch(input: $input) { ${ERROR} } }`, scope: 'PROPOSALS_WRITE',
    variables: (t) => ({ input: { jobId: t.openJob.gid, candidateId: t.proposeCandidateGid, message: 'A role the matrix thinks fits you well.', slots: [slot(3)] } }),
    path: ['proposeMatch'], allowed: [...STAFF, 'partner+'], state: (p, t) => p.proposal.count({ where: { jobId: t.openJob.id } }) },
  { name: 'acceptProposal', query: `mutation($input: AcceptProposalInput!) { acceptProposal(input: $input) { ${ERROR} } }`,
    variables: (t) => ({ input: { proposalId: t.proposal.gid, slotId: t.proposal.slotGid } }), secrets: (t) => [t.proposal.message],
    path: ['acceptProposal'], allowed: ['candidate'], state: (p, t) => proposalState(p, t.proposal.id) },
  { name: 'declineProposal', query: `mutation($input: DeclineProposalInput!) { declineProposal(input: $input) { ${ERROR} } }`,
    variables: (t) => ({ input: { proposalId: t.proposal.gid, reason: 'SALARY_TOO_LOW', message: 'Thank you, but the salary is too low for me.' } }), secrets: (t) => [t.proposal.message],
    path: ['declineProposal'], allowed: ['candidate'], state: (p, t) => proposalState(p, t.proposal.id) },
  { name: 'withdrawProposal', query: `mutation($input: WithdrawProposalInput!) { withdrawProposal(input: $input) { ${ERROR} } }`,
    variables: (t) => ({ input: { proposalId: t.proposalInStatus.ACCEPTED.gid, reason: 'TIMING', message: 'The timing does not work out, sorry.' } }),
    path: ['withdrawProposal'], allowed: ['candidate', ...STAFF], state: (p, t) => proposalState(p, t.proposalInStatus.ACCEPTED.id) },
  { name: 'scheduleInterview', query: `mutation($input: ScheduleInterviewInput!) { scheduleInterview(input: $input) { ${ERROR} } }`,
    variables: (t) => ({ input: { proposalId: t.proposalInStatus.INTERVIEWING.gid, ...slot(5) } }),
    path: ['scheduleInterview'], allowed: STAFF, state: (p, t) => proposalState(p, t.proposalInStatus.INTERVIEWING.id) },
  { name: 'makeOffer', query: `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { ${ERROR} } }`, scope: 'PROPOSALS_WRITE',
    variables: (t) => ({ input: { proposalId: t.proposalInStatus.INTERVIEWING.gid, message: 'We would love to make you an offer.', salary: 90000 } }),
    path: ['makeOffer'], allowed: [...STAFF, 'partner+'], state: (p, t) => proposalState(p, t.proposalInStatus.INTERVIEWING.id) },
  { name: 'rejectCandidate', query: `mutation($input: RejectCandidateInput!) { rejectCandidate(input: $input) { ${ERROR} } }`, scope: 'PROPOSALS_WRITE',
    variables: (t) => ({ input: { proposalId: t.proposalInStatus.INTERVIEWING.gid, reason: 'SKILLS_GAP', message: 'The client has decided not to go on.' } }),
    path: ['rejectCandidate'], allowed: [...STAFF, 'partner+'], state: (p, t) => proposalState(p, t.proposalInStatus.INTERVIEWING.id) },
  { name: 'acceptOffer', query: `mutation($input: AcceptOfferInput!) { acceptOffer(input: $input) { ${ERROR} } }`,
    variables: (t) => ({ input: { proposalId: t.proposalInStatus.OFFERED.gid } }),
    path: ['acceptOffer'], allowed: ['candidate'], state: (p, t) => proposalState(p, t.proposalInStatus.OFFERED.id) },
  { name: 'declineOffer', query: `mutation($input: DeclineOfferInput!) { declineOffer(input: $input) { ${ERROR} } }`,
    variables: (t) => ({ input: { proposalId: t.proposalInStatus.OFFERED.gid, reason: 'SALARY_TOO_LOW', message: 'Thank you, but I will decline the offer.' } }),
    path: ['declineOffer'], allowed: ['candidate'], state: (p, t) => proposalState(p, t.proposalInStatus.OFFERED.id) },
  { name: 'recordHire', query: `mutation($input: RecordHireInput!) { recordHire(input: $input) { ${ERROR} } }`, scope: 'PROPOSALS_WRITE',
    variables: (t) => ({ input: { proposalId: t.proposalInStatus.OFFERED.gid } }),
    path: ['recordHire'], allowed: [...STAFF, 'partner+'], state: (p, t) => proposalState(p, t.proposalInStatus.OFFERED.id) },
  { name: 'requestReschedule', query: `mutation($input: RequestRescheduleInput!) { requestReschedule(input: $input) { ${ERROR} } }`, scope: 'PROPOSALS_WRITE',
    variables: (t) => ({ input: { interviewId: t.interview.gid, reason: 'A conflict came up.' } }), secrets: (t) => [t.interview.location],
    path: ['requestReschedule'], allowed: ['candidate', ...STAFF, 'partner+'], state: (p, t) => interviewState(p, t.interview.id) },
  { name: 'rescheduleInterview', query: `mutation($input: RescheduleInterviewInput!) { rescheduleInterview(input: $input) { ${ERROR} } }`,
    variables: (t) => ({ input: { interviewId: t.interview.gid, ...slot(6), reason: 'The client moved the panel.' } }), secrets: (t) => [t.interview.location],
    path: ['rescheduleInterview'], allowed: STAFF, state: (p, t) => interviewState(p, t.interview.id) },
  { name: 'cancelInterview', query: `mutation($input: CancelInterviewInput!) { cancelInterview(input: $input) { ${ERROR} } }`, scope: 'PROPOSALS_WRITE',
    variables: (t) => ({ input: { interviewId: t.interview.gid, reason: 'SCHEDULE_CONFLICT', message: 'Sorry, something came up that I cannot move.' } }), secrets: (t) => [t.interview.location],
    path: ['cancelInterview'], allowed: ['candidate', ...STAFF, 'partner+'], state: (p, t) => interviewState(p, t.interview.id) },
  { name: 'completeInterview', query: `mutation($input: CompleteInterviewInput!) { completeInterview(input: $input) { ${ERROR} } }`, scope: 'PROPOSALS_WRITE',
    variables: (t) => ({ input: { interviewId: t.interview.gid } }), secrets: (t) => [t.interview.location],
    path: ['completeInterview'], allowed: [...STAFF, 'partner+'], state: (p, t) => interviewState(p, t.interview.id) },
  { name: 'recordNoShow', query: `mutation($input: RecordNoShowInput!) { recordNoShow(input: $input) { ${ERROR} } }`, scope: 'PROPOSALS_WRITE',
    variables: (t) => ({ input: { interviewId: t.interview.gid, party: 'CANDIDATE', note: 'Waited 20 minutes; no answer by phone.' } }), secrets: (t) => [t.interview.location],
    path: ['recordNoShow'], allowed: [...STAFF, 'partner+'], state: (p, t) => interviewState(p, t.interview.id) },
  // Anyone signed in may call it, but only their own notifications are marked (and returned).
  { name: 'markNotificationsRead', query: `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { ${ERROR} ... on MarkNotificationsReadSuccess { notifications { id body } } } }`,
    variables: (t) => ({ input: { ids: [t.notification.gid] } }), targetId: (t) => t.notification.gid, secrets: (t) => [t.notification.body],
    path: ['markNotificationsRead'], allowed: ['candidate'], state: (p, t) => p.notification.findUniqueOrThrow({ where: { id: t.notification.id }, select: { readAt: true } }) },
  { name: 'revokeApiKey', query: `mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { ${ERROR} ... on RevokeApiKeySuccess { apiKey { id prefix } } } }`,
    variables: (t) => ({ input: { id: t.apiKey.gid } }), secrets: (t) => [t.apiKey.prefix],
    path: ['revokeApiKey'], allowed: ['admin'], state: (p, t) => p.apiKey.findUniqueOrThrow({ where: { id: t.apiKey.id }, select: { revokedAt: true } }) },
  // The draft job (nobody in its pipeline): the first staff member closes it, the second is told it is already closed.
  { name: 'closeJob', query: `mutation($input: CloseJobInput!) { closeJob(input: $input) { ${ERROR} ... on CloseJobSuccess { job { id status } } } }`,
    variables: (t) => ({ input: { jobId: t.draftJob.gid, outcome: 'CLOSED' } }), secrets: (t) => [t.draftJob.title],
    path: ['closeJob'], allowed: STAFF, state: (p, t) => p.job.findUniqueOrThrow({ where: { id: t.draftJob.id }, select: { status: true, version: true } }) },
  // Last: it ends the viewer's session. Anyone may call it; it ends only the caller's own session.
  { name: 'signOut', query: 'mutation { signOut }', path: ['signOut'], allowed: EVERYONE,
    state: (p, t) => p.session.count({ where: { revokedAt: null, user: { email: 'candidate@shortlist.test' } } }).then((n) => ({ samSessions: n, agency: t.agencyId })) },
];

function nodeOperations(
  label: string,
  type: string,
  fields: string,
  id: (t: Targets) => string,
  allowed: readonly ViewerName[],
  secrets: (t: Targets) => string[],
  scope?: Scope,
): Operation[] {
  return [
    { name: `node(${label})`, query: `query($id: ID!) { node(id: $id) { ... on ${type} { ${fields} } } }`, variables: (t) => ({ id: id(t) }), path: ['node'], allowed, secrets, scope },
    { name: `nodes(${label})`, query: `query($id: ID!) { nodes(ids: [$id]) { ... on ${type} { ${fields} } } }`, variables: (t) => ({ id: id(t) }), path: ['nodes', '0'], allowed, secrets, scope },
  ];
}

function slot(daysAhead: number) {
  const startsAt = new Date(Date.now() + daysAhead * 24 * HOUR + 10 * HOUR);
  return { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + HOUR).toISOString(), timeZone: 'Europe/Berlin', format: 'VIDEO', location: 'https://meet.example.com/matrix' };
}

// ───────────────────────────── the run ─────────────────────────────

let server: TestServer;
let targets: Targets;
const browsers = new Map<ViewerName, TestBrowser>();
const partnerKeys = new Map<string, Record<string, string>>();
let otherClientKey: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer('demo');
  const prisma = server.db.prisma;
  const marker = randomUUID().slice(0, 8);
  const agency = await prisma.user.findUniqueOrThrow({ where: { email: 'recruiter@shortlist.test' }, select: { id: true, agencyId: true } });
  const agencyId = agency.agencyId;
  const samUser = await prisma.user.findUniqueOrThrow({ where: { email: 'candidate@shortlist.test' }, include: { candidateProfile: true } });
  const samId = samUser.candidateProfile!.id;
  const other = await prisma.user.findFirstOrThrow({ where: { agencyId, role: 'CANDIDATE', id: { not: samUser.id } }, orderBy: { email: 'asc' } });

  // Private values made unique, so finding one in a response can only mean a leak.
  const draft = await prisma.job.findFirstOrThrow({ where: { agencyId, status: 'DRAFT' }, orderBy: { id: 'asc' } });
  const draftTitle = `${draft.title} confidential-${marker}`;
  await prisma.job.update({ where: { id: draft.id }, data: { title: draftTitle, externalId: matrixReference(agencyId) } });
  const phone = `+49 30 ${marker.replace(/\D/g, '7').padEnd(8, '7')}`;
  await prisma.candidateProfile.update({ where: { id: samId }, data: { phone, externalId: matrixReference(agencyId) } });

  const samProposals = await prisma.proposal.findMany({ where: { candidateId: samId }, include: { slots: true, interviews: true, job: true }, orderBy: { id: 'asc' } });
  const proposed = samProposals.find((p) => p.status === 'PROPOSED' && p.respondBy > new Date() && p.slots.some((s) => s.startsAt > new Date()))!;
  const proposalMessage = `${proposed.message} [private-${marker}]`;
  await prisma.proposal.update({ where: { id: proposed.id }, data: { message: proposalMessage } });
  const inStatus = (status: string) => {
    const p = samProposals.find((q) => q.status === status) ?? proposed;
    return { id: p.id, gid: gid('Proposal', p.id) };
  };
  const interview = await prisma.interview.findFirstOrThrow({ where: { proposal: { candidateId: samId }, status: 'SCHEDULED', startsAt: { gt: new Date() } }, orderBy: { id: 'asc' } });
  const location = `https://meet.example.com/private-${marker}`;
  await prisma.interview.update({ where: { id: interview.id }, data: { location } });
  const notification = await prisma.notification.findFirstOrThrow({ where: { userId: samUser.id }, orderBy: { id: 'asc' } });
  const body = `${notification.body} [private-${marker}]`;
  await prisma.notification.update({ where: { id: notification.id }, data: { body, readAt: null } });

  // An open job Sam has no proposal for (proposeMatch), and its client, with a website only the agency sees.
  const openJob = await prisma.job.findFirstOrThrow({
    where: { agencyId, status: 'OPEN', proposals: { none: { candidateId: samId } }, clientCompanyId: { notIn: [draft.clientCompanyId, proposed.job.clientCompanyId] } },
    orderBy: { id: 'asc' },
  });
  const website = `https://private-${marker}.example.com`;
  await prisma.clientCompany.update({ where: { id: openJob.clientCompanyId }, data: { website } });
  // The client-limited key belongs to a client none of the targets (draft job, Sam's proposal, the open job) is for.
  const otherClient = await prisma.clientCompany.findFirstOrThrow({
    where: { agencyId, id: { notIn: [draft.clientCompanyId, proposed.job.clientCompanyId, openJob.clientCompanyId, ...samProposals.map((p) => p.job.clientCompanyId)] } },
  });

  const apiKeyHeader = await createPartnerKey(prisma, agencyId, ['JOBS_READ']);
  const prefix = apiKeyHeader.authorization.split('_')[2]!;
  const apiKey = await prisma.apiKey.findFirstOrThrow({ where: { prefix } });

  targets = {
    agencyId,
    draftJob: { id: draft.id, gid: gid('Job', draft.id), title: draftTitle },
    openJob: { id: openJob.id, gid: gid('Job', openJob.id), title: openJob.title, clientWebsite: website },
    clientCompany: { gid: gid('ClientCompany', openJob.clientCompanyId) },
    sam: { id: samId, gid: gid('Candidate', samId), email: samUser.candidateProfile!.email, phone, userGid: gid('User', samUser.id), headline: samUser.candidateProfile!.headline },
    recruiterUser: { gid: gid('User', agency.id), email: 'recruiter@shortlist.test' },
    proposal: { id: proposed.id, gid: gid('Proposal', proposed.id), message: proposalMessage, jobGid: gid('Job', proposed.jobId), slotGid: gid('InterviewSlot', proposed.slots.find((s) => s.startsAt > new Date())!.id) },
    proposalInStatus: { ACCEPTED: inStatus('ACCEPTED'), INTERVIEWING: inStatus('INTERVIEWING'), OFFERED: inStatus('OFFERED') },
    interview: { id: interview.id, gid: gid('Interview', interview.id), location },
    notification: { id: notification.id, gid: gid('Notification', notification.id), body },
    apiKey: { id: apiKey.id, gid: gid('ApiKey', apiKey.id), prefix },
    proposeCandidateGid: gid('Candidate', samId),
  };

  const logins: Array<[ViewerName, string]> = [
    ['candidate', 'candidate@shortlist.test'],
    ['otherCandidate', other.email],
    ['recruiter', 'recruiter@shortlist.test'],
    ['otherRecruiter', 'recruiter@otheragency.test'],
    ['admin', 'admin@shortlist.test'],
  ];
  for (const [viewer, email] of logins) {
    const browser = server.browser();
    await browser.signIn(email);
    browsers.set(viewer, browser);
  }
  for (const scopes of [[], ALL_SCOPES, ...ALL_SCOPES.map((s) => [s]), ...ALL_SCOPES.map((s) => ALL_SCOPES.filter((x) => x !== s))]) {
    partnerKeys.set(scopes.join(','), await createPartnerKey(prisma, agencyId, scopes));
  }
  otherClientKey = await createPartnerKey(prisma, agencyId, ALL_SCOPES, otherClient.id);
}, 120_000);
afterAll(() => server?.close());

function send(viewer: ViewerName, op: Operation) {
  const variables = op.variables?.(targets);
  const browser = browsers.get(viewer);
  if (browser) return browser.graphql(op.query, variables);
  if (viewer === 'anonymous') return server.graphql(op.query, variables);
  if (viewer === 'partnerOtherClient') return server.graphql(op.query, variables, otherClientKey);
  const scopes = viewer === 'partner+' ? (op.scope ? [op.scope] : ALL_SCOPES) : op.scope ? ALL_SCOPES.filter((s) => s !== op.scope) : [];
  return server.graphql(op.query, variables, partnerKeys.get(scopes.join(','))!);
}

const at = (data: any, path: string[]) => path.reduce((value, key) => (value == null ? value : value[key]), data);

/** What the response amounts to: the viewer got the target, or did not. */
function outcome(op: Operation, body: any): 'allowed' | 'denied' {
  const value = at(body.data, op.path);
  if (body.errors?.length || value == null) return 'denied';
  if (value.__typename === 'NotAllowedError' || value.__typename === 'NotFoundError') return 'denied';
  if (op.targetId && !JSON.stringify(value).includes(op.targetId(targets))) return 'denied';
  return 'allowed';
}

describe('the authorization matrix', () => {
  it('gives every viewer exactly what the table says, and leaks nothing to the others', async () => {
    const prisma = server.db.prisma;
    const rows: string[] = [];
    const problems: string[] = [];
    let cells = 0;
    for (const op of OPERATIONS) {
      const cellsOfOp: Partial<Record<ViewerName, string>> = {};
      // Denied viewers first, so a mutation's target is still in the state the table assumes when they try.
      const order = [...VIEWERS].sort((a, b) => Number(op.allowed.includes(a)) - Number(op.allowed.includes(b)));
      for (const viewer of order) {
        const expected = op.allowed.includes(viewer) ? 'allowed' : 'denied';
        const before = await op.state?.(prisma, targets);
        const { status, body } = await send(viewer, op);
        const after = await op.state?.(prisma, targets);
        const text = JSON.stringify(body);
        const actual = status < 500 ? outcome(op, body) : 'denied';
        cells++;
        const where = `${op.name} × ${viewer}`;
        if (status >= 500) problems.push(`${where}: HTTP ${status}`);
        if (/at \w+ \(|node_modules|INTERNAL_SERVER_ERROR/.test(text)) problems.push(`${where}: internal error ${text.slice(0, 300)}`);
        if (actual !== expected) problems.push(`${where}: expected ${expected}, got ${actual} ${text.slice(0, 300)}`);
        for (const secret of op.never?.(targets) ?? []) if (text.includes(secret)) problems.push(`${where}: LEAK of "${secret}"`);
        if (expected === 'denied') {
          for (const secret of op.secrets?.(targets) ?? []) if (text.includes(secret)) problems.push(`${where}: LEAK of "${secret}"`);
          if (op.state && JSON.stringify(before) !== JSON.stringify(after)) problems.push(`${where}: CHANGED ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
        }
        cellsOfOp[viewer] = actual === expected ? (actual === 'allowed' ? 'ok' : '—') : actual === 'allowed' ? 'LEAK' : 'MISS';
      }
      rows.push(`${op.name.padEnd(34)} ${VIEWERS.map((v) => (cellsOfOp[v] ?? '').padEnd(v.length + 1)).join('')}`);
    }
    console.log(
      [`${'operation × viewer (ok = allowed, — = denied)'.padEnd(34)} ${VIEWERS.join(' ')}`, ...rows, `${OPERATIONS.length} operations × ${VIEWERS.length} viewers = ${cells} cells, ${problems.length} problems`].join('\n'),
    );
    expect(problems).toEqual([]);
  }, 180_000);
});
