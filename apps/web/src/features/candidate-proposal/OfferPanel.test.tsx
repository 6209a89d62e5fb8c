import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { buildProposal, hoursFromNow, me, myProposals } from './candidate-proposal-fixtures';
import CandidateProposalPage, { CandidateProposalPage_Query } from './CandidateProposalPage';
import { OfferPanel_AcceptOffer } from './OfferPanel';
import { WithdrawForm_Mutation } from './WithdrawForm';

afterEach(cleanup);

// jsdom has <dialog> but not its modal methods.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

const offered = buildProposal({
  status: 'OFFERED',
  job: {
    __typename: 'Job',
    id: 'job-1',
    title: 'Senior Backend Engineer (Go)',
    description: 'You will own the grid-balancing services.',
    salary: { __typename: 'SalaryBand', currency: 'EUR' },
    clientCompany: { __typename: 'ClientCompany', name: 'Aurora Grid Energy' },
  },
  offer: { __typename: 'ProposalOffer', at: '2026-11-23T15:00:00.000Z', message: 'Great news: Aurora would like to offer you the role.', salary: 92_000 },
});

const CREATED = { 'proposal-2': '2026-11-02T09:00:00.000Z', 'proposal-3': '2026-11-05T09:00:00.000Z' } as Record<string, string>;

function otherProposal(id: string, title: string, company: string) {
  return {
    __typename: 'Proposal',
    id,
    createdAt: CREATED[id],
    status: 'INTERVIEWING',
    recruiterName: 'Riley Chen',
    job: { __typename: 'Job', id: `job-${id}`, title, clientCompany: { __typename: 'ClientCompany', name: company } },
  };
}

const withdrawalMessage = "Hi Riley,\n\nI've accepted another offer, so I'd like to withdraw from the process.\n\nBest regards,\nSam Okafor";

function renderPage(extraMocks: MockLink.MockedResponse[] = []) {
  const mocks: MockLink.MockedResponse[] = [
    ...extraMocks,
    { request: { query: CandidateProposalPage_Query, variables: { id: 'proposal-1' } }, result: { data: { me, node: offered, myProposals: myProposals() } } },
    {
      request: { query: OfferPanel_AcceptOffer, variables: { input: { proposalId: 'proposal-1' } } },
      result: {
        data: {
          acceptOffer: {
            __typename: 'AcceptOfferSuccess',
            proposal: {
              __typename: 'Proposal',
              id: 'proposal-1',
              status: 'HIRED',
              version: 5,
              respondBy: hoursFromNow(-100),
              closedAt: new Date().toISOString(),
              recruiterName: 'Riley Chen',
              job: { __typename: 'Job', id: 'job-1', clientCompany: { __typename: 'ClientCompany', name: 'Aurora Grid Energy' } },
              decline: null,
              withdrawal: null,
              rejection: null,
            },
            cascade: [
              {
                __typename: 'OfferCascadeStep',
                action: 'WITHDRAW',
                suggestedMessage: withdrawalMessage,
                suggestedReason: 'ACCEPTED_ANOTHER_OFFER',
                proposal: otherProposal('proposal-2', 'Backend Engineer (Node.js)', 'Lumen Ledger'),
              },
              {
                __typename: 'OfferCascadeStep',
                action: 'WITHDRAW',
                suggestedMessage: withdrawalMessage,
                suggestedReason: 'ACCEPTED_ANOTHER_OFFER',
                proposal: otherProposal('proposal-3', 'Platform Engineer', 'Kestrel Logistics'),
              },
            ],
          },
        },
      },
    },
    {
      request: {
        query: WithdrawForm_Mutation,
        variables: { input: { proposalId: 'proposal-2', reason: 'ACCEPTED_ANOTHER_OFFER', message: `${withdrawalMessage}\nThank you!` } },
      },
      result: {
        data: {
          withdrawProposal: {
            __typename: 'WithdrawProposalSuccess',
            proposal: {
              __typename: 'Proposal',
              id: 'proposal-2',
              status: 'WITHDRAWN',
              version: 3,
              interviews: [],
              respondBy: hoursFromNow(-100),
              closedAt: new Date().toISOString(),
              recruiterName: 'Riley Chen',
              job: { __typename: 'Job', id: 'job-proposal-2', clientCompany: { __typename: 'ClientCompany', name: 'Lumen Ledger' } },
              decline: null,
              withdrawal: null,
              rejection: null,
            },
          },
        },
      },
    },
  ];
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <CandidateProposalPage params={{ proposalId: 'proposal-1' }} />
    </ApolloProvider>,
  );
}

describe('answering an offer', () => {
  test('“Not yet” closes the confirmation and hands focus back to “Accept offer”', async () => {
    renderPage();

    const offer = await screen.findByRole('region', { name: 'Your offer from Aurora Grid Energy' });
    fireEvent.click(within(offer).getByRole('button', { name: 'Accept offer' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Not yet' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(within(offer).getByRole('button', { name: 'Accept offer' }));
  });


  test('shows the offer, and after accepting it, each other open proposal with a message to review and send or keep open', async () => {
    renderPage();

    const offer = await screen.findByRole('region', { name: 'Your offer from Aurora Grid Energy' });
    expect(offer.textContent).toContain('€92,000 a year');

    fireEvent.click(within(offer).getByRole('button', { name: 'Accept offer' }));
    const dialog = screen.getByRole('dialog', { name: 'Accept the offer for Senior Backend Engineer (Go) at Aurora Grid Energy?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, accept the offer' }));

    const cascade = await screen.findByRole('region', { name: 'Let your other proposals know' });
    await waitFor(() => expect(document.activeElement?.textContent).toContain('You accepted the offer. Congratulations!'));
    expect(screen.getByText('Hired', { selector: '.status' })).toBeDefined();
    const first = within(cascade).getByLabelText('Message for Backend Engineer (Node.js) at Lumen Ledger') as HTMLTextAreaElement;
    expect(first.value).toBe(withdrawalMessage);

    fireEvent.change(first, { target: { value: `${withdrawalMessage}\nThank you!` } });
    const [firstStep, secondStep] = within(cascade).getAllByRole('article');
    fireEvent.click(within(secondStep!).getByRole('button', { name: 'Keep open' }));
    expect(document.activeElement).toBe(within(secondStep!).getByText('Kept open'));
    fireEvent.click(within(firstStep!).getByRole('button', { name: 'Send' }));

    expect(await within(firstStep!).findByText('Sent')).toBeDefined();
    // Focus moves in an effect after the step re-renders; under load that can land a tick after the text shows.
    await waitFor(() => expect(document.activeElement).toBe(within(firstStep!).getByText('Sent')));
    expect(within(secondStep!).getByText('Kept open')).toBeDefined();
  });

  test('lists the cascade in the same order after a reload as right after accepting: the proposal made first, first (B11)', async () => {
    renderPage();
    fireEvent.click(within(await screen.findByRole('region', { name: 'Your offer from Aurora Grid Energy' })).getByRole('button', { name: 'Accept offer' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, accept the offer' }));
    const afterAccepting = await screen.findByRole('region', { name: 'Let your other proposals know' });
    const headingsOf = (region: HTMLElement) => within(region).getAllByRole('article').map((step) => within(step).getByRole('heading').textContent);
    const accepted = headingsOf(afterAccepting);
    expect(accepted).toEqual(['Backend Engineer (Node.js) at Lumen Ledger', 'Platform Engineer at Kestrel Logistics']);
    cleanup();

    // The reload: the hired proposal's page plans the same steps from myProposals, which lists them newest first.
    const hired = buildProposal({ status: 'HIRED', respondBy: hoursFromNow(-100), closedAt: hoursFromNow(-1) });
    const client = createApolloClient({
      link: new MockLink(
        [
          {
            request: { query: CandidateProposalPage_Query, variables: { id: 'proposal-1' } },
            result: {
              data: {
                me,
                node: hired,
                myProposals: myProposals(
                  { id: 'proposal-3', status: 'INTERVIEWING', createdAt: CREATED['proposal-3']!, title: 'Platform Engineer', company: 'Kestrel Logistics' },
                  { id: 'proposal-2', status: 'INTERVIEWING', createdAt: CREATED['proposal-2']!, title: 'Backend Engineer (Node.js)', company: 'Lumen Ledger' },
                  { id: 'proposal-1', status: 'HIRED', respondBy: hoursFromNow(-100), createdAt: '2026-10-20T09:00:00.000Z', title: 'Senior Backend Engineer (Go)', company: 'Aurora Grid Energy' },
                ),
              },
            },
          },
        ],
        { defaultOptions: { delay: 0 } },
      ),
    });
    render(
      <ApolloProvider client={client}>
        <CandidateProposalPage params={{ proposalId: 'proposal-1' }} />
      </ApolloProvider>,
    );
    expect(headingsOf(await screen.findByRole('region', { name: 'Let your other proposals know' }))).toEqual(accepted);
  });

  test('once another offer is accepted, says which, offers no "Accept offer", and the decline is the way to answer', async () => {
    const acceptedElsewhere = {
      ...offered,
      acceptedOfferElsewhere: {
        __typename: 'Proposal',
        id: 'proposal-9',
        job: { __typename: 'Job', id: 'job-9', title: 'Platform Engineer', clientCompany: { __typename: 'ClientCompany', name: 'Kestrel Logistics' } },
      },
    };
    const client = createApolloClient({
      link: new MockLink(
        [{ request: { query: CandidateProposalPage_Query, variables: { id: 'proposal-1' } }, result: { data: { me, node: acceptedElsewhere, myProposals: myProposals() } } }],
        { defaultOptions: { delay: 0 } },
      ),
    });
    render(
      <ApolloProvider client={client}>
        <CandidateProposalPage params={{ proposalId: 'proposal-1' }} />
      </ApolloProvider>,
    );

    const offer = await screen.findByRole('region', { name: 'Your offer from Aurora Grid Energy' });
    expect(within(offer).queryByRole('button', { name: 'Accept offer' })).toBeNull();
    const note = within(offer).getByRole('note');
    expect(note.textContent).toBe(
      "You have already accepted Kestrel Logistics's offer for Platform Engineer, so this one cannot be accepted too. Let Riley Chen know you are declining it, with \"Accepted another offer\" as the reason.",
    );
    expect(within(note).getByRole('link', { name: "Kestrel Logistics's offer for Platform Engineer" }).getAttribute('href')).toBe('/me/proposals/proposal-9');
    fireEvent.click(within(offer).getByRole('button', { name: 'Decline offer' }));
    expect(await within(offer).findByRole('button', { name: 'Send offer decline' })).toBeDefined();
  });
});
