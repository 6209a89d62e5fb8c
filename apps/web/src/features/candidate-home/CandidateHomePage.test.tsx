import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import type { InterviewStatus, ProposalStatus } from '../../gql/graphql';
import CandidateHomePage, { CandidateHomePage_Query, HOME_PAGE_SIZE } from './CandidateHomePage';

afterEach(cleanup);

const HOUR = 3_600_000;
const fromNow = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

let sequence = 0;

function proposal(title: string, status: ProposalStatus, respondBy = fromNow(24 * 3 + 1)) {
  sequence += 1;
  return {
    __typename: 'Proposal' as const,
    id: `proposal-${sequence}`,
    status,
    respondBy,
    recruiterName: 'Riley Chen',
    job: {
      __typename: 'Job' as const,
      id: `job-${sequence}`,
      title,
      clientCompany: { __typename: 'ClientCompany' as const, name: `Company ${sequence}` },
    },
  };
}

function interview(title: string, startsAt: string, status: InterviewStatus = 'SCHEDULED') {
  sequence += 1;
  return {
    __typename: 'Interview' as const,
    id: `interview-${sequence}`,
    status,
    rescheduleRequest: null,
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + 0.75 * HOUR).toISOString(),
    timeZone: 'Europe/London',
    format: 'VIDEO' as const,
    proposal: {
      __typename: 'Proposal' as const,
      id: `proposal-of-interview-${sequence}`,
      job: { __typename: 'Job' as const, id: `job-${sequence}`, title, clientCompany: { __typename: 'ClientCompany' as const, name: 'Lumen Ledger' } },
    },
  };
}

function homeData({
  proposals = [] as ReturnType<typeof proposal>[],
  interviews = [] as ReturnType<typeof interview>[],
  target = 3,
} = {}) {
  return {
    me: {
      __typename: 'User' as const,
      id: 'user-sam',
      name: 'Sam Okafor',
      timeZone: 'Europe/Berlin',
      candidateProfile: {
        __typename: 'Candidate' as const,
        id: 'candidate-sam',
        preferences: { __typename: 'CandidatePreferences' as const, targetOpportunities: target },
      },
    },
    myProposals: {
      __typename: 'ProposalConnection' as const,
      edges: proposals.map((node) => ({ __typename: 'ProposalEdge' as const, node })),
    },
    myPractice: { __typename: 'Practice' as const, interviewsDone: 0, reflectionsWritten: 0, contactsMade: 0, followUpsDue: 0, awaitingReflection: [] },
    myInterviews: {
      __typename: 'InterviewConnection' as const,
      edges: interviews.map((node) => ({ __typename: 'InterviewEdge' as const, node })),
    },
  };
}

const request = { query: CandidateHomePage_Query, variables: { first: HOME_PAGE_SIZE } };

function renderPage(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <CandidateHomePage />
    </ApolloProvider>,
  );
}

describe('the candidate’s home', () => {
  test('lists proposals waiting for an answer as links named by the job title, with a respond-by countdown', async () => {
    renderPage([
      {
        request,
        result: {
          data: homeData({
            proposals: [
              proposal('Senior Backend Engineer (Go)', 'PROPOSED', fromNow(24 * 2 + 1)),
              proposal('Platform Engineer', 'INTERVIEWING'),
              proposal('Data Engineer', 'DECLINED'),
            ],
          }),
        },
      },
    ]);

    const waiting = await screen.findByRole('region', { name: 'Waiting for your answer' });
    const link = within(waiting).getByRole('link', { name: 'Senior Backend Engineer (Go)' });
    expect(link.getAttribute('href')).toMatch(/^\/me\/proposals\/proposal-\d+$/);
    expect(waiting.textContent).toMatch(/Respond by \w{3} \d{1,2} \w{3}, \d{2}:\d{2} \(Europe\/Berlin\) — in 2 days/);

    expect(within(screen.getByRole('region', { name: 'In progress' })).getByRole('link', { name: 'Platform Engineer' })).toBeDefined();
    expect(within(screen.getByRole('region', { name: 'Past and closed' })).getByRole('link', { name: 'Data Engineer' })).toBeDefined();
    expect(screen.getByRole('region', { name: 'Your portfolio' }).textContent).toContain('2 of 3 in flight.');
  });

  test('shows a proposal whose respond-by has passed as expired, among the closed ones', async () => {
    renderPage([{ request, result: { data: homeData({ proposals: [proposal('Site Reliability Engineer', 'PROPOSED', fromNow(-1))] }) } }]);

    const closed = await screen.findByRole('region', { name: 'Past and closed' });
    expect(within(closed).getByText('Expired')).toBeDefined();
    expect(screen.getByText('Nothing is waiting for your answer right now.')).toBeDefined();
  });

  test('lists upcoming interviews in the candidate’s zone and the zone they were set in', async () => {
    renderPage([{ request, result: { data: homeData({ interviews: [interview('Backend Engineer (Node.js)', '2030-01-15T10:00:00Z')] }) } }]);

    const upcoming = await screen.findByRole('region', { name: 'Upcoming interviews' });
    const link = within(upcoming).getByRole('link', { name: 'Interview for Backend Engineer (Node.js)' });
    expect(link.getAttribute('href')).toMatch(/^\/me\/interviews\/interview-\d+$/);
    expect(upcoming.textContent).toContain('Tue 15 Jan, 11:00 (Europe/Berlin), 45 minutes');
    expect(upcoming.textContent).toContain('Set as Tue 15 Jan, 10:00 (Europe/London)');
  });

  test('lists only scheduled interviews still to come, not cancelled, moved or started ones, and counts the same', async () => {
    renderPage([
      {
        request,
        result: {
          data: homeData({
            interviews: [
              interview('Cancelled Role', fromNow(30), 'CANCELLED'),
              interview('Moved Role', fromNow(40), 'NEEDS_RESCHEDULING'),
              interview('Started Role', fromNow(-0.25)),
              interview('Coming Role', fromNow(50)),
            ],
          }),
        },
      },
    ]);

    const upcoming = await screen.findByRole('region', { name: 'Upcoming interviews' });
    expect(within(upcoming).getAllByRole('link').map((link) => link.textContent)).toEqual(['Interview for Coming Role']);
    expect(screen.getByRole('region', { name: 'Your portfolio' }).textContent).toContain('1 interview coming up.');
  });

  test('says there are no interviews coming up when the only one was cancelled', async () => {
    renderPage([{ request, result: { data: homeData({ interviews: [interview('Cancelled Role', fromNow(30), 'CANCELLED')] }) } }]);

    const upcoming = await screen.findByRole('region', { name: 'Upcoming interviews' });
    expect(within(upcoming).queryByRole('link')).toBeNull();
    expect(upcoming.textContent).toContain('No interviews coming up.');
  });

  test('once hired, congratulates instead of nudging, and links to closing the other open proposals from the hired one', async () => {
    const hired = proposal('Senior Backend Engineer (Go)', 'HIRED', fromNow(-100));
    renderPage([{ request, result: { data: homeData({ proposals: [hired, proposal('Platform Engineer', 'INTERVIEWING')] }) } }]);

    const portfolio = await screen.findByRole('region', { name: 'Your portfolio' });
    expect(portfolio.textContent).toContain(`Congratulations on your new role at ${hired.job.clientCompany.name}!`);
    expect(portfolio.textContent).not.toMatch(/door|say yes/);
    const link = within(portfolio).getByRole('link', { name: 'let them know politely' });
    expect(link.getAttribute('href')).toBe(`/me/proposals/${hired.id}`);
  });

  test('once hired with nothing else open, only congratulates', async () => {
    renderPage([{ request, result: { data: homeData({ proposals: [proposal('Senior Backend Engineer (Go)', 'HIRED', fromNow(-100))] }) } }]);

    const portfolio = await screen.findByRole('region', { name: 'Your portfolio' });
    expect(portfolio.textContent).toMatch(/Congratulations on your new role at Company \d+!/);
    expect(portfolio.textContent).not.toMatch(/door|say yes/);
    expect(within(portfolio).queryByRole('link', { name: 'let them know politely' })).toBeNull();
  });

  test('says what will appear when there are no proposals yet', async () => {
    renderPage([{ request, result: { data: homeData() } }]);

    expect(await screen.findByText('No proposals yet.')).toBeDefined();
    expect(screen.getByText('0 of 3: a good time to say yes to a conversation.')).toBeDefined();
  });

  test('says what went wrong and loads again after “Retry”', async () => {
    renderPage([
      { request, result: { errors: [{ message: 'The server is taking a short break.' }] } },
      { request, result: { data: homeData({ proposals: [proposal('Product Engineer', 'PROPOSED')] }) } },
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The server is taking a short break.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('link', { name: 'Product Engineer' })).toBeDefined();
  });
});
