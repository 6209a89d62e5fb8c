// B8: a no-show recorded against the candidate shows what the recorder saw, and the candidate can contest it once.
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import CandidateInterviewPage, { CandidateInterviewPage_Query } from './CandidateInterviewPage';
import { NoShowRecord_Contest } from './NoShowRecord';

afterEach(cleanup);

const HOUR = 3_600_000;
const startsAt = new Date(Date.now() - 2 * HOUR).toISOString();
const RECORDED = 'Waited 20 minutes in the video call; no answer by phone or e-mail.';
const ACCOUNT = 'I was in the call from 10:00; the link in the invite opened an empty room.';

const me = {
  __typename: 'User',
  id: 'user-sam',
  name: 'Sam Okafor',
  timeZone: 'Europe/Berlin',
  agency: { __typename: 'Agency', name: 'Northwind Talent', cancellationPolicy: { __typename: 'CancellationPolicy', lateNoticeMinutes: 1440 } },
};

function noShow(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Interview',
    id: 'interview-1',
    status: 'NO_SHOW',
    version: 2,
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + HOUR).toISOString(),
    timeZone: 'Europe/Berlin',
    format: 'VIDEO',
    location: 'https://meet.example.com/abc',
    calendarUrl: '/interviews/abc.ics',
    rescheduleRequest: null,
    rescheduledTo: null,
    rescheduledFrom: null,
    cancellation: null,
    noShowParty: 'CANDIDATE',
    noShowNote: RECORDED,
    noShowContest: null,
    proposal: {
      __typename: 'Proposal',
      id: 'proposal-1',
      recruiterName: 'Riley Chen',
      job: { __typename: 'Job', id: 'job-1', title: 'Backend Engineer', clientCompany: { __typename: 'ClientCompany', name: 'Lumen Ledger' } },
    },
    ...overrides,
  };
}

function renderPage(node: ReturnType<typeof noShow>, more: MockLink.MockedResponse[] = []) {
  const mocks: MockLink.MockedResponse[] = [
    { request: { query: CandidateInterviewPage_Query, variables: { id: 'interview-1' } }, result: { data: { me, node } }, maxUsageCount: Number.POSITIVE_INFINITY },
    ...more,
  ];
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <CandidateInterviewPage params={{ interviewId: 'interview-1' }} />
    </ApolloProvider>,
  );
}

describe("a no-show on the candidate's interview page", () => {
  test('shows what the recorder wrote, and lets the candidate give their account once', async () => {
    const sent: unknown[] = [];
    const contested = {
      request: {
        query: NoShowRecord_Contest,
        variables: (variables: { input: unknown }) => {
          sent.push(variables.input);
          return true;
        },
      },
      result: {
        data: {
          contestNoShow: {
            __typename: 'ContestNoShowSuccess',
            interview: { __typename: 'Interview', id: 'interview-1', version: 3, noShowContest: { __typename: 'NoShowContest', at: new Date().toISOString(), note: ACCOUNT } },
          },
        },
      },
    };
    renderPage(noShow(), [contested]);

    expect(await screen.findByRole('heading', { name: 'Recorded as a no-show' })).toBeDefined();
    expect(screen.getByText(RECORDED)).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Contest this no-show' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send my account' }));
    const field = screen.getByRole('textbox', { name: 'What happened' });
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText(/^A note is required\. Say what happened from your side\./)).toBeDefined();
    expect(sent).toEqual([]);

    fireEvent.change(field, { target: { value: ACCOUNT } });
    fireEvent.click(screen.getByRole('button', { name: 'Send my account' }));
    expect(await screen.findByText(ACCOUNT)).toBeDefined();
    expect(sent).toEqual([{ interviewId: 'interview-1', note: ACCOUNT }]);
    expect(screen.getByText('Contested')).toBeDefined();
    // Once: no way to contest it again.
    expect(screen.queryByRole('button', { name: 'Contest this no-show' })).toBeNull();
  });

  test('a no-show already contested shows the account, and no way to contest again', async () => {
    renderPage(noShow({ noShowContest: { __typename: 'NoShowContest', at: new Date().toISOString(), note: ACCOUNT } }));
    expect(await screen.findByText(ACCOUNT)).toBeDefined();
    expect(screen.getByText(/it stands beside the no-show on your record, and Riley Chen has read it/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Contest this no-show' })).toBeNull();
  });

  test("the interviewer's no-show is not the candidate's to contest, and is not on their record", async () => {
    renderPage(noShow({ noShowParty: 'CLIENT', noShowNote: 'The panel was double-booked.' }));
    expect(await screen.findByRole('heading', { name: 'The interviewer did not come' })).toBeDefined();
    expect(screen.getByText(/This is on the agency's record, not yours/)).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Contest this no-show' })).toBeNull();
  });
});
