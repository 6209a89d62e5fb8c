import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { AcceptProposalForm_Mutation } from './AcceptProposalForm';
import { buildProposal, hoursFromNow, me, myProposals } from './candidate-proposal-fixtures';
import CandidateProposalPage, { CandidateProposalPage_Query } from './CandidateProposalPage';
import { DeclineForm_Mutation } from './DeclineForm';

afterEach(cleanup);

const query = { query: CandidateProposalPage_Query, variables: { id: 'proposal-1' } };

function pageAnswer(node: unknown, proposals = myProposals()): MockLink.MockedResponse {
  return { request: query, result: { data: { me, node, myProposals: proposals } } };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <CandidateProposalPage params={{ proposalId: 'proposal-1' }} />
    </ApolloProvider>,
  );
}

const outcome = {
  decline: null,
  withdrawal: null,
  rejection: null,
  closedAt: null,
  respondBy: hoursFromNow(72),
  recruiterName: 'Riley Chen',
  clientSharingConsent: { __typename: 'ClientSharingConsent', isGiven: false, givenAt: null, withdrawnAt: null },
};
const job = { __typename: 'Job', id: 'job-1', description: '', clientCompany: { __typename: 'ClientCompany', name: 'Kestrel Logistics' } };

describe('the candidate’s proposal page', () => {
  test('shows the job description under “About the role”, folded until the candidate opens it (B5)', async () => {
    renderPage([pageAnswer(buildProposal())]);

    const about = await screen.findByRole('heading', { level: 2, name: 'About the role' });
    const details = about.closest('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(about.closest('summary')!);
    expect(details.open).toBe(true);
    expect(within(details).getByText('You will run the routing engine that plans 40,000 deliveries a day.')).toBeDefined();
    expect(within(details).getByText('The team of six owns it end to end.')).toBeDefined();
  });

  test('names the job, the client and the recruiter, with the respond-by countdown', async () => {
    renderPage([pageAnswer(buildProposal({ respondBy: hoursFromNow(49) }))]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Senior Backend Engineer (Go)' })).toBeDefined();
    expect(screen.getByText('Kestrel Logistics · proposed by Riley Chen')).toBeDefined();
    expect(screen.getByText(/^Respond by .+ \(Europe\/Berlin\) — in 2 days$/)).toBeDefined();
    expect(screen.getByRole('region', { name: 'Why you were proposed' })).toBeDefined();
  });

  test('offers each free time in the candidate’s zone, and links to the interview once booked', async () => {
    renderPage([
      pageAnswer(buildProposal()),
      {
        request: { query: AcceptProposalForm_Mutation, variables: { input: { proposalId: 'proposal-1', slotId: 'slot-1', shareProfileWithClient: false } } },
        result: {
          data: {
            acceptProposal: {
              __typename: 'AcceptProposalSuccess',
              proposal: {
                __typename: 'Proposal',
                id: 'proposal-1',
                status: 'INTERVIEWING',
                version: 2,
                slots: buildProposal().slots.map(({ id, isTaken }) => ({ __typename: 'InterviewSlot', id, isTaken: isTaken || id === 'slot-1' })),
                interviews: [
                  {
                    __typename: 'Interview',
                    id: 'interview-9',
                    status: 'SCHEDULED',
                    startsAt: '2030-01-14T09:00:00.000Z',
                    endsAt: '2030-01-14T09:45:00.000Z',
                    timeZone: 'Europe/London',
                  },
                ],
                ...outcome,
                job,
              },
            },
          },
        },
      },
    ]);

    const times = await screen.findByRole('group', { name: 'Pick an interview time' });
    const radios = within(times).getAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(radios[0]!.closest('label')!.textContent).toContain('Mon 14 Jan, 10:00 (Europe/Berlin) — Mon 14 Jan, 09:00 (Europe/London)');
    expect(radios[1]!.closest('label')!.textContent).toContain('In person · Kestrel HQ, Berlin');

    fireEvent.click(radios[0]!);
    fireEvent.click(screen.getByRole('button', { name: 'Accept and book this time' }));

    const link = await screen.findByRole('link', { name: 'See your interview' });
    expect(link.getAttribute('href')).toBe('/me/interviews/interview-9');
  });

  test('asks to pick a time before accepting', async () => {
    renderPage([pageAnswer(buildProposal())]);

    fireEvent.click(await screen.findByRole('button', { name: 'Accept and book this time' }));

    expect(screen.getByText('Pick one of the times.')).toBeDefined();
  });

  test('shows “Declined” and the recorded reason once the decline is sent', async () => {
    const message = 'Hi Riley, the timing is not right for me. Thank you, Sam';
    renderPage([
      pageAnswer(buildProposal()),
      {
        request: {
          query: DeclineForm_Mutation,
          variables: { input: { proposalId: 'proposal-1', reason: 'TIMING', reasonText: null, message, isOpenToFutureRoles: true } },
        },
        result: {
          data: {
            declineProposal: {
              __typename: 'DeclineProposalSuccess',
              proposal: {
                __typename: 'Proposal',
                id: 'proposal-1',
                status: 'DECLINED',
                version: 2,
                ...outcome,
                closedAt: new Date().toISOString(),
                job,
                decline: {
                  __typename: 'ProposalDecline',
                  reasonLabel: "The timing isn't right",
                  reasonText: null,
                  message,
                  isOpenToFutureRoles: true,
                  at: new Date().toISOString(),
                },
              },
            },
          },
        },
      },
    ]);

    fireEvent.change(await screen.findByLabelText('Reason'), { target: { value: 'TIMING' } });
    fireEvent.change(screen.getByLabelText('Your message to the recruiter'), { target: { value: message } });
    const send = screen.getByRole('button', { name: 'Send decline' });
    send.focus();
    fireEvent.click(send);
    expect(send.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(send);

    expect(await screen.findByText('Your decline was sent to Riley Chen.')).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText('Your decline was sent to Riley Chen.').closest('[role="status"]')));
    expect(screen.getByText('Declined', { selector: '.status' })).toBeDefined();
    expect(screen.getByRole('heading', { name: /^You declined on / })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Send decline' })).toBeNull();
  });

  test('says so and shows the latest state when the recruiter withdrew meanwhile', async () => {
    const message = 'Hi Riley, the timing is not right for me. Thank you, Sam';
    renderPage([
      pageAnswer(buildProposal()),
      {
        request: {
          query: DeclineForm_Mutation,
          variables: { input: { proposalId: 'proposal-1', reason: 'TIMING', reasonText: null, message, isOpenToFutureRoles: true } },
        },
        result: {
          data: {
            declineProposal: { __typename: 'InvalidTransitionError', message: 'This proposal was already withdrawn.', currentStatus: 'WITHDRAWN' },
          },
        },
      },
      pageAnswer(
        buildProposal({
          status: 'WITHDRAWN',
          withdrawal: {
            __typename: 'ProposalWithdrawal',
            by: 'RECRUITER',
            reasonLabel: 'The position has been filled',
            reasonText: null,
            message: 'Hi Sam, the position has now been filled. Riley',
            at: new Date().toISOString(),
          },
        }),
      ),
    ]);

    fireEvent.change(await screen.findByLabelText('Reason'), { target: { value: 'TIMING' } });
    fireEvent.change(screen.getByLabelText('Your message to the recruiter'), { target: { value: message } });
    fireEvent.click(screen.getByRole('button', { name: 'Send decline' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This proposal was already withdrawn.');
    // The focus moves in an effect that may run after the DOM change waitFor saw.
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(await screen.findByRole('heading', { name: /^Riley Chen withdrew this proposal/ })).toBeDefined();
    expect(screen.getByText('Withdrawn', { selector: '.status' })).toBeDefined();
  });

  test('when the respond-by passes while the page is open, Accept and Decline give way to “This proposal expired”', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      renderPage([pageAnswer(buildProposal({ respondBy: new Date(Date.now() + 10_000).toISOString() }))]);
      expect(await screen.findByRole('button', { name: 'Accept and book this time' })).toBeDefined();
      expect(screen.getByRole('button', { name: 'Send decline' })).toBeDefined();

      act(() => {
        vi.advanceTimersByTime(31_000);
      });

      expect(screen.getByRole('heading', { name: 'This proposal expired' })).toBeDefined();
      expect(screen.getByText('Expired', { selector: '.status' })).toBeDefined();
      expect(screen.queryByRole('button', { name: 'Accept and book this time' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Send decline' })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  test('on a hired proposal’s page, lists the other proposals still open with their polite messages, to send or keep', async () => {
    const hired = buildProposal({ status: 'HIRED', respondBy: hoursFromNow(-100), closedAt: hoursFromNow(-1) });
    renderPage([
      pageAnswer(
        hired,
        myProposals(
          { id: 'proposal-1', status: 'HIRED', respondBy: hoursFromNow(-100), title: 'Senior Backend Engineer (Go)', company: 'Kestrel Logistics' },
          { id: 'proposal-2', status: 'INTERVIEWING', title: 'Backend Engineer (Node.js)', company: 'Lumen Ledger' },
          { id: 'proposal-3', status: 'PROPOSED', title: 'Platform Engineer', company: 'Aurora Grid Energy' },
          { id: 'proposal-4', status: 'DECLINED', title: 'Data Engineer', company: 'Globex' },
          { id: 'proposal-5', status: 'PROPOSED', respondBy: hoursFromNow(-1), title: 'SRE', company: 'Initech' },
        ),
      ),
    ]);

    const cascade = await screen.findByRole('region', { name: 'Let your other proposals know' });
    const steps = within(cascade).getAllByRole('article');
    // myProposals lists the newest first; the cascade lists the proposal made first first, as acceptOffer does (B11).
    expect(steps.map((step) => within(step).getByRole('heading').textContent)).toEqual([
      'Platform Engineer at Aurora Grid Energy',
      'Backend Engineer (Node.js) at Lumen Ledger',
    ]);
    const withdrawal = within(cascade).getByLabelText('Message for Backend Engineer (Node.js) at Lumen Ledger') as HTMLTextAreaElement;
    expect(withdrawal.value).toContain("I've accepted another offer, so I'd like to withdraw from the process.");
    const decline = within(cascade).getByLabelText('Message for Platform Engineer at Aurora Grid Energy') as HTMLTextAreaElement;
    expect(decline.value).toContain("I've recently accepted another offer, so I'll pass on this one.");

    fireEvent.click(within(steps[1]!).getByRole('button', { name: 'Keep open' }));
    expect(within(steps[1]!).getByText('Kept open')).toBeDefined();
    expect(within(steps[0]!).getByRole('button', { name: 'Send' })).toBeDefined();
  });

  test('on a hired proposal’s page with nothing else open, shows no cascade', async () => {
    renderPage([pageAnswer(buildProposal({ status: 'HIRED', respondBy: hoursFromNow(-100), closedAt: hoursFromNow(-1) }))]);

    expect(await screen.findByRole('heading', { name: /^You accepted the offer/ })).toBeDefined();
    expect(screen.queryByRole('region', { name: 'Let your other proposals know' })).toBeNull();
  });

  test('“Keep going” closes the withdrawal form and hands focus back to “Withdraw”', async () => {
    renderPage([pageAnswer(buildProposal({ status: 'INTERVIEWING' }))]);

    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Keep going' }));

    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Withdraw' }));
  });

  test('says so when there is no such proposal', async () => {
    renderPage([pageAnswer(null)]);

    expect(await screen.findByText("We couldn't find this proposal.")).toBeDefined();
  });
});
