import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import CandidatePage, { CANDIDATE_PROPOSALS_SHOWN, CandidatePage_Query } from './CandidatePage';
import { polyfillDialog } from '../../ui/polyfill-dialog';
import { MergeDialog_Mutation, MergeDialog_Query } from './PossibleDuplicates';

afterEach(cleanup);

const skill = (id: string, name: string) => ({ __typename: 'Skill', id, name });

function buildCandidate(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Candidate',
    id: 'Candidate-sam',
    fullName: 'Sam Okafor',
    headline: 'Backend engineer, Go and Kubernetes',
    summary: 'Eight years of calm backends.',
    email: 'sam@example.com',
    phone: '+49 30 1234567',
    city: 'Berlin',
    country: 'DE',
    timeZone: 'Europe/Berlin',
    seniority: 'SENIOR',
    yearsExperience: 8,
    skills: [
      { __typename: 'CandidateSkill', level: 5, years: 6, lastUsedYear: null, skill: skill('go', 'Go') },
      { __typename: 'CandidateSkill', level: 4, years: 3, lastUsedYear: 2024, skill: skill('kubernetes', 'Kubernetes') },
    ],
    experiences: [
      {
        __typename: 'CandidateExperience',
        title: 'Senior Engineer',
        company: 'Parcel Co',
        startDate: '2021-03-01T00:00:00.000Z',
        endDate: null,
        description: '',
      },
    ],
    preferences: {
      __typename: 'CandidatePreferences',
      minSalary: 80_000,
      currency: 'EUR',
      remotePreference: 'REMOTE',
      preferredLocations: [],
      willingToRelocate: false,
      employmentTypes: ['FULL_TIME'],
      earliestStart: null,
      noticePeriodDays: 30,
      targetOpportunities: 3,
    },
    reliability: {
      __typename: 'CandidateReliability',
      proposalsAnswered: 4,
      proposalsExpired: 1,
      responseRate: 0.8,
      medianResponseHours: 6,
      cancellations: 1,
      lateCancellations: 1,
      medianNoticeHours: 3,
      noShows: 0,
      noShowsContested: 0,
    },
    suggestedJobs: {
      __typename: 'MatchConnection',
      edges: [
        {
          __typename: 'MatchEdge',
          node: {
            __typename: 'Match',
            score: 82.4,
            isBlocked: false,
            job: { __typename: 'Job', id: 'Job-7', title: 'Platform Engineer', clientCompany: { __typename: 'ClientCompany', name: 'Nordlicht Energie' } },
            explanation: {
              __typename: 'MatchExplanation',
              matchedSkills: [{ __typename: 'MatchedSkill', skill: skill('go', 'Go') }],
              partialSkills: [],
              missingSkills: [{ __typename: 'MatchedSkill', requirement: 'NICE_TO_HAVE', skill: skill('terraform', 'Terraform') }],
              blockers: [],
            },
          },
        },
        {
          __typename: 'MatchEdge',
          node: {
            __typename: 'Match',
            score: 31,
            isBlocked: true,
            job: { __typename: 'Job', id: 'Job-8', title: 'Data Engineer', clientCompany: { __typename: 'ClientCompany', name: 'Acme Logistics' } },
            explanation: {
              __typename: 'MatchExplanation',
              matchedSkills: [],
              partialSkills: [],
              missingSkills: [{ __typename: 'MatchedSkill', requirement: 'MUST_HAVE', skill: skill('spark', 'Apache Spark') }],
              blockers: [{ __typename: 'MatchBlocker', code: 'MISSING_MUST_HAVE', message: 'Has no Apache Spark, a must-have.' }],
            },
          },
        },
      ],
    },
    likelyDuplicates: [],
    ...overrides,
  };
}

const proposals = {
  __typename: 'ProposalConnection',
  edges: [
    {
      __typename: 'ProposalEdge',
      node: {
        __typename: 'Proposal',
        id: 'Proposal-3',
        status: 'INTERVIEWING',
        createdAt: '2026-02-02T09:00:00.000Z',
        respondBy: '2026-02-09T23:59:00.000Z',
        closedAt: null,
        job: { __typename: 'Job', id: 'Job-9', title: 'Site Reliability Engineer', clientCompany: { __typename: 'ClientCompany', name: 'Acme Logistics' } },
      },
    },
  ],
  pageInfo: { __typename: 'PageInfo', hasNextPage: false },
};

const me = { __typename: 'User', id: 'User-riley', timeZone: 'America/New_York' };

function answer(page: Record<string, unknown> | null, errors?: Array<{ message: string }>): MockLink.MockedResponse {
  const data = page && { me, ...page };
  return {
    request: { query: CandidatePage_Query, variables: { candidateId: 'Candidate-sam', proposalsShown: CANDIDATE_PROPOSALS_SHOWN } },
    result: errors ? { data, errors } : { data },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  renderWith(client);
  return client;
}

function renderWith(client: ReturnType<typeof createApolloClient>) {
  return render(
    <ApolloProvider client={client}>
      <CandidatePage params={{ candidateId: 'Candidate-sam' }} />
    </ApolloProvider>,
  );
}

function region(name: string) {
  return screen.getByRole('region', { name });
}

describe('a candidate, as their recruiter sees them', () => {
  test('coming back to the candidate shows their proposals and record as they are now, not as they were last time', async () => {
    const declined = { ...proposals.edges[0]!, node: { ...proposals.edges[0]!.node, status: 'DECLINED', closedAt: '2026-02-03T15:00:00.000Z' } };
    const reliability = { ...buildCandidate().reliability, proposalsAnswered: 5 };
    const client = renderPage([
      answer({ candidate: buildCandidate(), proposals }),
      answer({ candidate: buildCandidate({ reliability }), proposals: { ...proposals, edges: [declined] } }),
    ]);
    await screen.findByText('Interviewing');
    cleanup();

    // E.g. after the candidate declined, seen from the proposal's page.
    renderWith(client);

    expect(await within(await screen.findByRole('region', { name: 'Proposals' })).findByText('Declined')).toBeDefined();
    expect(region('Reliability record').textContent).toContain('Answered 5 of 6 proposals');
  });

  test('states the reliability record in plain sentences', async () => {
    renderPage([answer({ candidate: buildCandidate(), proposals })]);

    await screen.findByRole('heading', { level: 1, name: 'Sam Okafor' });
    const record = within(region('Reliability record')).getAllByRole('listitem').map((item) => item.textContent);
    expect(record).toEqual([
      'Answered 4 of 5 proposals, usually within 6 hours',
      "Cancelled 1 interview, with 3 hours' notice (late)",
      'No no-shows',
    ]);
  });

  test('shows skills with their levels, preferences in words, time zone and contact', async () => {
    renderPage([answer({ candidate: buildCandidate(), proposals })]);

    const profile = await screen.findByRole('region', { name: 'Profile' });
    const skills = within(profile).getByRole('list', { name: 'Skills, strongest first' });
    expect(within(skills).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual([
      'Go: Expert (5 of 5), 6 years',
      'Kubernetes: Advanced (4 of 5), 3 years, last used 2024',
    ]);
    expect(profile.textContent).toContain('Remote only');
    expect(profile.textContent).toContain('At least €80,000 a year');
    expect(profile.textContent).toContain('Europe/Berlin');
    expect(within(profile).getByRole('link', { name: 'sam@example.com' }).getAttribute('href')).toBe('mailto:sam@example.com');
  });

  test('links each proposal to its page and each suggested job to the job', async () => {
    renderPage([answer({ candidate: buildCandidate(), proposals })]);

    const proposal = await screen.findByRole('link', { name: 'Site Reliability Engineer at Acme Logistics' });
    expect(proposal.getAttribute('href')).toBe('/recruiter/proposals/Proposal-3');
    expect(within(region('Proposals')).getByText('Interviewing')).toBeDefined();

    const suggestions = region('Suggested jobs');
    const [best, blocked] = within(suggestions).getAllByRole('listitem').filter((item) => item.classList.contains('suggested-job'));
    expect(within(best!).getByRole('link', { name: 'Platform Engineer' }).getAttribute('href')).toBe('/recruiter/jobs/Job-7');
    expect(best!.textContent).toContain('Score 82 of 100');
    expect(within(within(best!).getByRole('list', { name: 'Matched skills' })).getByText('Go')).toBeDefined();
    expect(within(within(best!).getByRole('list', { name: 'Missing skills' })).getByText('Terraform')).toBeDefined();
    expect(blocked!.textContent).toContain('Blocked: Has no Apache Spark, a must-have.');
    expect(blocked!.textContent).toContain('Apache Spark (must-have)');
  });

  test('says when each proposal was made in the recruiter’s own zone, whatever the browser’s zone is', async () => {
    renderPage([answer({ candidate: buildCandidate(), proposals })]);

    await screen.findByRole('link', { name: 'Site Reliability Engineer at Acme Logistics' });
    expect(region('Proposals').textContent).toContain('Proposed Mon 2 Feb, 04:00 (America/New_York)');
  });

  test('says when a suggested job is one they have already been proposed for', async () => {
    const candidate = buildCandidate();
    const [first] = candidate.suggestedJobs.edges;
    const alreadyProposed = { ...first!, node: { ...first!.node, job: { ...first!.node.job, id: 'Job-9', title: 'Site Reliability Engineer' } } };
    renderPage([
      answer({ candidate: { ...candidate, suggestedJobs: { ...candidate.suggestedJobs, edges: [alreadyProposed, ...candidate.suggestedJobs.edges] } }, proposals }),
    ]);

    const suggestions = await screen.findByRole('region', { name: 'Suggested jobs' });
    const [proposed, fresh] = within(suggestions).getAllByRole('listitem').filter((item) => item.classList.contains('suggested-job'));
    expect(proposed!.textContent).toContain('Already proposed');
    expect(fresh!.textContent).not.toContain('Already proposed');
  });

  test('a suggested job whose earlier proposal ended says how and when, not “Already proposed”', async () => {
    const candidate = buildCandidate();
    const jobs = candidate.suggestedJobs.edges.map((edge) => edge.node.job);
    const closed = (id: string, jobIndex: number, status: string, closedAt: string | null, respondBy = '2026-02-09T23:59:00.000Z') => ({
      ...proposals.edges[0]!,
      node: { ...proposals.edges[0]!.node, id, status, closedAt, respondBy, job: jobs[jobIndex]! },
    });
    renderPage([
      answer({
        candidate,
        proposals: {
          ...proposals,
          edges: [
            closed('Proposal-5', 0, 'DECLINED', '2026-02-03T15:00:00.000Z'),
            // Past its respond-by: expired, even while the server still says PROPOSED.
            closed('Proposal-4', 1, 'PROPOSED', null, '2020-01-01T00:00:00.000Z'),
          ],
        },
      }),
    ]);

    const suggestions = await screen.findByRole('region', { name: 'Suggested jobs' });
    const [declined, expired] = within(suggestions).getAllByRole('listitem').filter((item) => item.classList.contains('suggested-job'));
    expect(declined!.textContent).not.toContain('Already proposed');
    expect(declined!.textContent).toContain('Proposed before: declined on Tue 3 Feb, 10:00 (America/New_York)');
    expect(within(declined!).getByRole('link', { name: 'Platform Engineer' }).getAttribute('href')).toBe('/recruiter/jobs/Job-7');
    expect(expired!.textContent).not.toContain('Already proposed');
    expect(expired!.textContent).toContain('Proposed before: expired on Tue 31 Dec, 19:00 (America/New_York)');
  });

  test('says so when the candidate has no proposals and no job suits them yet', async () => {
    renderPage([
      answer({
        candidate: buildCandidate({ suggestedJobs: { __typename: 'MatchConnection', edges: [] } }),
        proposals: { ...proposals, edges: [] },
      }),
    ]);

    expect(await screen.findByText('Not proposed for any job yet.')).toBeDefined();
    expect(screen.getByText("None of your agency's open jobs suits this candidate yet.")).toBeDefined();
  });

  test('says so when the candidate is not one of the agency’s', async () => {
    renderPage([answer({ candidate: null, proposals: { ...proposals, edges: [] } })]);

    expect(await screen.findByText("This candidate does not exist, or is not one of your agency's.")).toBeDefined();
  });

  test('shows the API’s message and loads again after “Retry”', async () => {
    renderPage([
      {
        request: { query: CandidatePage_Query, variables: { candidateId: 'Candidate-sam', proposalsShown: CANDIDATE_PROPOSALS_SHOWN } },
        result: { errors: [{ message: 'The candidates are taking a short break.' }] },
      },
      answer({ candidate: buildCandidate(), proposals }),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The candidates are taking a short break.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Okafor' })).toBeDefined();
  });
});

describe('possible duplicates (issue 14)', () => {
  beforeAll(polyfillDialog);
  const twin = {
    __typename: 'LikelyDuplicate',
    score: 0.95,
    reasons: [{ __typename: 'DuplicateReason', text: 'same phone' }],
    candidate: {
      __typename: 'Candidate',
      id: 'Candidate-sam2',
      fullName: 'Samuel Okafor',
      email: 'samuel.okafor@example.com',
      city: 'Berlin',
      skills: [{ __typename: 'CandidateSkill', skill: skill('rust', 'Rust') }],
      experiences: [],
    },
  };

  test('shows the likely duplicate with why, and merges it after showing what will move', async () => {
    const sent: unknown[] = [];
    renderPage([
      { ...answer({ candidate: buildCandidate({ likelyDuplicates: [twin] }), proposals }), maxUsageCount: 2 },
      {
        request: { query: MergeDialog_Query, variables: { candidateId: 'Candidate-sam2' } },
        result: { data: { proposals: { __typename: 'ProposalConnection', totalCount: 2 } } },
      },
      {
        request: {
          query: MergeDialog_Mutation,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables.input);
            return true;
          },
        },
        result: {
          data: {
            mergeCandidates: {
              __typename: 'MergeCandidatesSuccess',
              mergedId: 'Candidate-sam2',
              moved: { __typename: 'CandidateMergeCounts', proposals: 2, historyEvents: 5, skills: 1, experiences: 0, sameJobProposals: 1 },
              candidate: { __typename: 'Candidate', id: 'Candidate-sam', version: 3, updatedAt: '2026-12-05T03:00:00.000Z' },
            },
          },
        },
      },
    ]);

    const section = await screen.findByRole('region', { name: 'Possible duplicates' });
    expect(within(section).getByRole('link', { name: 'Samuel Okafor' }).getAttribute('href')).toBe('/recruiter/candidates/Candidate-sam2');
    expect(section.textContent).toContain('(same phone), Berlin');

    fireEvent.click(within(section).getByRole('button', { name: 'Merge Samuel Okafor into this profile' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge Samuel Okafor into Sam Okafor?' });
    const moving = within(dialog).getByRole('list', { name: 'What will move' });
    await within(moving).findByText('2 proposals, with their history and interviews');
    expect(moving.textContent).toContain('1 skill: Rust (the higher level wins)');
    expect(sent).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge profiles' }));
    await within(section).findByText(/Merged Samuel Okafor into this profile: 2 proposals, 5 history entries, 1 skill, 0 roles moved\. 1 job has two proposals now/);
    expect(sent).toEqual([{ survivorId: 'Candidate-sam', mergedId: 'Candidate-sam2' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('shows no duplicates section when there is none', async () => {
    renderPage([answer({ candidate: buildCandidate(), proposals })]);
    await screen.findByRole('heading', { name: 'Sam Okafor', level: 1 });
    expect(screen.queryByRole('region', { name: 'Possible duplicates' })).toBeNull();
  });
});
