import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import MyDataSummaryPage, { MyDataSummaryPage_Query } from './MyDataSummaryPage';

afterEach(cleanup);

const PROPOSAL_ID = '7f0c2a4e-1111-4a2b-9c3d-0123456789ab';
const INTERVIEW_ID = '7f0c2a4e-2222-4a2b-9c3d-0123456789ab';
const REFLECTION_ID = '7f0c2a4e-3333-4a2b-9c3d-0123456789ab';

const json = JSON.stringify({
  generatedAt: '2026-12-04T23:00:00.000Z',
  tables: {
    CandidateProfile: [
      {
        id: 'c1',
        fullName: 'Sam Okafor',
        email: 'candidate@shortlist.test',
        phone: null,
        headline: 'Backend engineer',
        summary: '',
        yearsExperience: 7,
        seniority: 'SENIOR',
        city: 'Berlin',
        country: 'DE',
        timeZone: 'Europe/Berlin',
        minSalary: 80000,
        salaryCurrency: 'EUR',
        remotePreference: 'HYBRID',
        preferredLocations: ['Berlin'],
        willingToRelocate: false,
        employmentTypes: ['FULL_TIME'],
        earliestStart: null,
        noticePeriodDays: 30,
        targetOpportunities: 3,
        consentRenewalRequestedAt: null,
        consentRenewedAt: null,
        createdAt: '2026-10-01T08:00:00.000Z',
      },
    ],
    CandidateSkill: [{ skillId: 'go', level: 5, years: 6, lastUsedYear: null }],
    Proposal: [
      {
        id: PROPOSAL_ID,
        jobId: 'j1',
        status: 'ACCEPTED',
        message: 'Hello Sam, this role fits you well.',
        respondBy: '2026-12-10T09:00:00.000Z',
        matchScore: 88.4,
        respondedAt: '2026-12-02T10:00:00.000Z',
        clientSharingConsentAt: '2026-12-02T10:00:00.000Z',
        clientSharingConsentWithdrawnAt: '2026-12-03T16:30:00.000Z',
        createdAt: '2026-12-01T09:00:00.000Z',
      },
    ],
    Interview: [
      { id: INTERVIEW_ID, proposalId: PROPOSAL_ID, status: 'COMPLETED', startsAt: '2026-12-03T09:00:00.000Z', endsAt: '2026-12-03T10:00:00.000Z', timeZone: 'Europe/Berlin', format: 'VIDEO', location: null },
    ],
    ActivityEvent: [
      { id: 'a1', proposalId: PROPOSAL_ID, interviewId: null, actorParty: 'CANDIDATE', action: 'proposal.accepted', reason: null, message: null, createdAt: '2026-12-02T10:00:00.000Z' },
    ],
    InterviewReflection: [
      { id: REFLECTION_ID, interviewId: INTERVIEW_ID, feeling: 'GOOD', learned: 'They value on-call habits.', questionsAsked: '', wantsFeedback: true, sharedWithRecruiterAt: null, createdAt: '2026-12-03T12:00:00.000Z' },
    ],
    ReflectionContact: [
      { id: 'rc1', reflectionId: REFLECTION_ID, name: 'Priya Raman', role: 'Engineering manager', company: 'Aurora Grid Energy', howToReach: 'priya@example.test', followUpBy: '2026-12-12T00:00:00.000Z', followedUpAt: null },
    ],
    EmailMessage: [],
    Session: [{ id: 's1' }, { id: 's2' }],
    PartnerDataAccess: [{ id: 'pa1', apiKeyId: 'ab12cd34-0000-4000-8000-000000000000', operation: 'SyncCandidates', accessedAt: '2026-12-03T10:00:00.000Z' }],
  },
});

function renderPage() {
  const mocks = [
    {
      request: { query: MyDataSummaryPage_Query },
      result: {
        data: {
          me: {
            __typename: 'User',
            id: 'VXNlcjp1MQ==',
            name: 'Sam Okafor',
            timeZone: 'Europe/Berlin',
            candidateProfile: {
              __typename: 'Candidate',
              id: 'Q2FuZGlkYXRlOmMx',
              skills: [{ __typename: 'CandidateSkill', skill: { __typename: 'Skill', id: 'U2tpbGw6Z28=', slug: 'go', name: 'Go' } }],
            },
          },
          myDataExport: { __typename: 'CandidateDataExport', generatedAt: '2026-12-04T23:00:00.000Z', json },
          myProposals: {
            __typename: 'ProposalConnection',
            edges: [
              {
                __typename: 'ProposalEdge',
                node: {
                  __typename: 'Proposal',
                  id: btoa(`Proposal:${PROPOSAL_ID}`),
                  recruiterName: 'Riley Chen',
                  job: { __typename: 'Job', id: 'Sm9iOmox', title: 'Senior Backend Engineer (Go)', clientCompany: { __typename: 'ClientCompany', name: 'Aurora Grid Energy' } },
                },
              },
            ],
          },
        },
      },
    },
  ];
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <MyDataSummaryPage params={{}} />
    </ApolloProvider>,
  );
}

describe('your data, readable', () => {
  test('one section per kind of data with human headings, jobs by title, times in the candidate’s zone', async () => {
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Your data, readable' });
    const headings = (await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent);
    expect(headings).toEqual([
      'Your profile',
      'Skills and experience',
      'Proposals and their history',
      'Interviews',
      'Reflections and contacts',
      'E-mails sent to you',
      'Partner systems that read your data',
      'Consent',
      'Other records',
    ]);
    const proposals = screen.getByRole('region', { name: 'Proposals and their history' });
    // The proposal by its job, not its ID; 10:00 UTC is 11:00 in Berlin.
    expect(within(proposals).getByRole('heading', { level: 3, name: 'Senior Backend Engineer (Go) at Aurora Grid Energy' })).toBeTruthy();
    expect(proposals.textContent).toContain('Wed 2 Dec 2026, 11:00 (Europe/Berlin) Accepted, by you');
    // Skills by name, not by their key.
    const skills = screen.getByRole('region', { name: 'Skills and experience' });
    expect(within(skills).getByRole('row', { name: /Expert/ }).textContent).toBe('GoExpert6In use now');
    const reflections = screen.getByRole('region', { name: 'Reflections and contacts' });
    expect(reflections.textContent).toContain('Priya Raman, Engineering manager at Aurora Grid Energy');
    expect(reflections.textContent).toContain('follow up by 12 Dec 2026');
    expect(reflections.textContent).toContain('No: private');
    expect(screen.getByRole('region', { name: 'E-mails sent to you' }).textContent).toBe('E-mails sent to youNo e-mails.');
    expect(screen.getByRole('region', { name: 'Other records' }).textContent).toContain('Sign-in sessions: 2 records');
  });

  test('a partner system’s read shows with when and what it asked for, and the consent given then withdrawn', async () => {
    renderPage();
    const partners = await screen.findByRole('region', { name: 'Partner systems that read your data' });
    const row = within(partners).getByRole('row', { name: /SyncCandidates/ });
    expect(row.textContent).toContain('Thu 3 Dec 2026, 11:00 (Europe/Berlin)');
    expect(row.textContent).toContain('ab12cd34');
    const consent = screen.getByRole('region', { name: 'Consent' });
    expect(consent.textContent).toContain(
      'Senior Backend Engineer (Go) at Aurora Grid Energy: Given Wed 2 Dec 2026, 11:00 (Europe/Berlin), withdrawn Thu 3 Dec 2026, 17:30 (Europe/Berlin)',
    );
  });

  test('"Print / Save as PDF" opens the browser’s print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderPage();
    (await screen.findByRole('button', { name: 'Print / Save as PDF' })).click();
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });
});
