import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { composePoliteMessage } from '@shortlist/domain/interviews';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { DeclineForm, DeclineForm_Mutation } from './DeclineForm';

afterEach(cleanup);

const people = {
  candidateName: 'Sam Okafor',
  recruiterName: 'Riley Chen',
  jobTitle: 'Senior Backend Engineer (Go)',
  companyName: 'Kestrel Logistics',
};

function declineAnswers(input: Record<string, unknown>, answer: MockLink.MockedResponse['result'] | Error): MockLink.MockedResponse {
  const request = { query: DeclineForm_Mutation, variables: { input: { proposalId: 'proposal-1', reasonText: null, isOpenToFutureRoles: true, ...input } } };
  return answer instanceof Error ? { request, error: answer } : { request, result: answer };
}

function renderForm(mocks: MockLink.MockedResponse[] = []) {
  const onStale = vi.fn();
  const onDeclined = vi.fn();
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <DeclineForm proposalId="proposal-1" {...people} onStale={onStale} onDeclined={onDeclined} />
    </ApolloProvider>,
  );
  return { onStale, onDeclined };
}

const reason = () => screen.getByLabelText('Reason') as HTMLSelectElement;
const message = () => screen.getByLabelText('Your message to the recruiter') as HTMLTextAreaElement;
const preview = () => screen.getByRole('region', { name: 'What the recruiter will read' });
const send = () => fireEvent.click(screen.getByRole('button', { name: 'Send decline' }));

function errorOf(input: HTMLElement): string | null {
  const describedBy = input.getAttribute('aria-describedby');
  return describedBy ? (document.getElementById(describedBy)?.textContent ?? null) : null;
}

const declined = {
  data: {
    declineProposal: {
      __typename: 'DeclineProposalSuccess',
      proposal: {
        __typename: 'Proposal',
        id: 'proposal-1',
        status: 'DECLINED',
        version: 2,
        respondBy: '2026-12-03T09:00:00.000Z',
        closedAt: '2026-11-26T09:00:00.000Z',
        recruiterName: 'Riley Chen',
        job: { __typename: 'Job', id: 'job-1', clientCompany: { __typename: 'ClientCompany', name: 'Kestrel Logistics' } },
        decline: null,
        withdrawal: null,
        rejection: null,
      },
    },
  },
};

describe('declining a proposal properly', () => {
  test('asks for a reason, next to the reason picker, before sending anything', () => {
    renderForm();

    send();

    expect(errorOf(reason())).toBe('Choose a reason.');
    expect(reason().getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(reason());
  });

  test('prefills a polite message that follows the reason until the candidate edits it, then keeps their words', () => {
    renderForm();
    fireEvent.change(reason(), { target: { value: 'SALARY_TOO_LOW' } });
    expect(message().value).toBe(composePoliteMessage('decline', { reason: 'SALARY_TOO_LOW', ...people }));

    fireEvent.change(message(), { target: { value: 'Hi Riley, the salary is too low for me. Thanks, Sam' } });
    fireEvent.change(reason(), { target: { value: 'TIMING' } });

    expect(message().value).toBe('Hi Riley, the salary is too low for me. Thanks, Sam');
    expect(reason().value).toBe('TIMING');
  });

  test('asks for a few words when the reason is “Something else”', () => {
    renderForm();
    fireEvent.change(reason(), { target: { value: 'OTHER' } });

    send();

    expect(errorOf(screen.getByLabelText('Tell us more'))).toBe('Say in a few words why.');
  });

  test('previews exactly what the recruiter will read, and sends exactly that', async () => {
    const edited = 'Hi Riley,\n\nThanks, but the commute would be too long for me.\n\nSam';
    const { onDeclined } = renderForm([
      declineAnswers({ reason: 'LOCATION_OR_COMMUTE', message: edited, isOpenToFutureRoles: false }, declined),
    ]);

    fireEvent.change(reason(), { target: { value: 'LOCATION_OR_COMMUTE' } });
    fireEvent.change(message(), { target: { value: `${edited}\n\n` } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Open to future roles at Kestrel Logistics' }));

    const facts = within(preview()).getAllByRole('definition').map((item) => item.textContent);
    expect(facts).toEqual([
      "The location or commute doesn't work for me",
      edited,
      'Sam Okafor would rather not hear about other roles at Kestrel Logistics.',
    ]);

    send();

    await waitFor(() => expect(onDeclined).toHaveBeenCalled());
  });

  test('a failed send keeps everything typed and says nothing was lost', async () => {
    renderForm([declineAnswers({ reason: 'TIMING', message: 'Hi Riley, not the right time for me. Sam' }, new Error('Failed to fetch'))]);

    fireEvent.change(reason(), { target: { value: 'TIMING' } });
    fireEvent.change(message(), { target: { value: 'Hi Riley, not the right time for me. Sam' } });
    send();

    expect(await screen.findByText('Sending…')).toBeDefined();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Failed to fetch');
    expect(alert.textContent).toContain('Nothing was lost');
    expect(reason().value).toBe('TIMING');
    expect(message().value).toBe('Hi Riley, not the right time for me. Sam');
    expect(screen.getByRole('button', { name: 'Send decline' }).hasAttribute('disabled')).toBe(false);
  });

  test('shows the API’s message next to the field it is about, keeping what was typed', async () => {
    renderForm([
      declineAnswers(
        { reason: 'TIMING', message: 'Hi Riley, not the right time for me. Sam' },
        {
          data: {
            declineProposal: {
              __typename: 'ValidationError',
              message: 'Some fields are invalid.',
              fieldErrors: [{ __typename: 'FieldError', field: 'message', message: 'Keep the message to 2,000 characters or fewer.' }],
            },
          },
        },
      ),
    ]);

    fireEvent.change(reason(), { target: { value: 'TIMING' } });
    fireEvent.change(message(), { target: { value: 'Hi Riley, not the right time for me. Sam' } });
    send();

    await waitFor(() => expect(errorOf(message())).toBe('Keep the message to 2,000 characters or fewer.'));
    expect(message().value).toBe('Hi Riley, not the right time for me. Sam');
  });

  test('tells the page when the proposal changed meanwhile', async () => {
    const { onStale, onDeclined } = renderForm([
      declineAnswers(
        { reason: 'TIMING', message: 'Hi Riley, not the right time for me. Sam' },
        {
          data: {
            declineProposal: {
              __typename: 'InvalidTransitionError',
              message: 'This proposal was already withdrawn.',
              currentStatus: 'WITHDRAWN',
            },
          },
        },
      ),
    ]);

    fireEvent.change(reason(), { target: { value: 'TIMING' } });
    fireEvent.change(message(), { target: { value: 'Hi Riley, not the right time for me. Sam' } });
    send();

    await waitFor(() => expect(onStale).toHaveBeenCalledWith('This proposal was already withdrawn.'));
    expect(onDeclined).not.toHaveBeenCalled();
  });
});

describe('a decline that may read as rude (B10)', () => {
  const rude = 'Not interested. Stop spamming me!!!';

  test('is held once with what was noticed, and “Use the polite message” puts the polite one back without sending', async () => {
    const { onDeclined } = renderForm([]);
    fireEvent.change(reason(), { target: { value: 'ROLE_NOT_A_FIT' } });
    const polite = message().value;
    fireEvent.change(message(), { target: { value: rude } });
    send();

    const note = screen.getByRole('alert');
    expect(note.textContent).toContain('a run of exclamation marks and words that may read as hostile');
    expect(document.activeElement).toBe(note);
    expect(message().value).toBe(rude);
    fireEvent.click(within(note).getByRole('button', { name: 'Use the polite message' }));
    expect(message().value).toBe(polite);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onDeclined).not.toHaveBeenCalled();
  });

  test('“Send mine as it is” sends the message exactly as typed', async () => {
    const { onDeclined } = renderForm([declineAnswers({ reason: 'ROLE_NOT_A_FIT', message: rude }, declined)]);
    fireEvent.change(reason(), { target: { value: 'ROLE_NOT_A_FIT' } });
    fireEvent.change(message(), { target: { value: rude } });
    send();
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Send mine as it is' }));

    await waitFor(() => expect(onDeclined).toHaveBeenCalledTimes(1));
  });

  test('a polite message goes straight out', async () => {
    const { onDeclined } = renderForm([declineAnswers({ reason: 'ROLE_NOT_A_FIT', message: 'Hi Riley, thanks, but this one is not for me. Sam' }, declined)]);
    fireEvent.change(reason(), { target: { value: 'ROLE_NOT_A_FIT' } });
    fireEvent.change(message(), { target: { value: 'Hi Riley, thanks, but this one is not for me. Sam' } });
    send();

    await waitFor(() => expect(onDeclined).toHaveBeenCalledTimes(1));
    expect(screen.queryByText(/may read as rude/)).toBeNull();
  });
});

