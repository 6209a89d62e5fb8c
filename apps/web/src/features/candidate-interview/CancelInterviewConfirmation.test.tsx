import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { composePoliteMessage } from '@shortlist/domain/interviews';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { CancelInterviewConfirmation, CancelInterviewConfirmation_Mutation } from './CancelInterviewConfirmation';

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

const MINUTE = 60_000;
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toISOString();

const people = {
  candidateName: 'Sam Okafor',
  recruiterName: 'Riley Chen',
  jobTitle: 'Senior Backend Engineer (Node.js)',
  companyName: 'Lumen Ledger',
};

function renderConfirmation(startsAt: string, mocks: MockLink.MockedResponse[] = []) {
  const onCancelled = vi.fn();
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <CancelInterviewConfirmation
        interviewId="interview-1"
        startsAt={startsAt}
        {...people}
        agency={{ name: 'Northwind Talent', lateNoticeMinutes: 24 * 60 }}
        onCancelled={onCancelled}
        onStale={vi.fn()}
        onClose={vi.fn()}
      />
    </ApolloProvider>,
  );
  return { onCancelled, dialog: screen.getByRole('dialog', { name: 'Cancel your interview?' }) };
}

describe('confirming a cancellation', () => {
  test('before confirming, says plainly when the notice is late under the agency’s policy', () => {
    renderConfirmation(inMinutes(6 * 60 + 1));

    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'P' &&
          element.textContent ===
            "The notice you are giving: 6 hours before the start: this is late notice under Northwind Talent's 24-hour policy. " +
              'It is recorded and shown to the recruiter; you can still cancel.',
      ),
    ).toBeDefined();
  });

  test('before confirming, says when the notice is within the policy', () => {
    renderConfirmation(inMinutes(3 * 24 * 60 + 1));

    const notice = screen.getByText('The notice you are giving:').closest('p')!;
    expect(notice.textContent).toBe("The notice you are giving: 3 days before the start: within Northwind Talent's 24-hour policy.");
    expect(notice.textContent).not.toContain('late notice');
  });

  test('prefills a polite message to the recruiter that follows the reason', () => {
    renderConfirmation(inMinutes(6 * 60 + 1));

    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'SCHEDULE_CONFLICT' } });

    expect((screen.getByLabelText('Message to the recruiter') as HTMLTextAreaElement).value).toBe(
      composePoliteMessage('cancel', { reason: 'SCHEDULE_CONFLICT', ...people }),
    );
  });

  test('does not block a late cancellation: confirming sends it', async () => {
    const message = composePoliteMessage('cancel', { reason: 'ILLNESS_OR_EMERGENCY', ...people });
    const { onCancelled } = renderConfirmation(inMinutes(2 * 60 + 1), [
      {
        request: {
          query: CancelInterviewConfirmation_Mutation,
          variables: { input: { interviewId: 'interview-1', reason: 'ILLNESS_OR_EMERGENCY', reasonText: null, message } },
        },
        result: {
          data: {
            cancelInterview: {
              __typename: 'CancelInterviewSuccess',
              interview: {
                __typename: 'Interview',
                id: 'interview-1',
                status: 'CANCELLED',
                version: 2,
                cancellation: {
                  __typename: 'InterviewCancellation',
                  at: new Date().toISOString(),
                  by: 'CANDIDATE',
                  isLate: true,
                  noticeDescription: "2 hours before the start: this is late notice under Northwind Talent's 24-hour policy.",
                  noticeGivenMinutes: 120,
                  reason: 'ILLNESS_OR_EMERGENCY',
                  reasonLabel: 'Illness or an emergency',
                  reasonText: null,
                  message,
                },
                proposal: {
                  __typename: 'Proposal',
                  id: 'proposal-1',
                  recruiterName: 'Riley Chen',
                  job: { __typename: 'Job', id: 'job-1', clientCompany: { __typename: 'ClientCompany', name: 'Lumen Ledger' } },
                },
              },
            },
          },
        },
      },
    ]);

    expect(screen.getByText(/this is late notice/)).toBeDefined();
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'ILLNESS_OR_EMERGENCY' } });
    const confirm = screen.getByRole('button', { name: 'Confirm cancellation' });
    expect(confirm.hasAttribute('disabled')).toBe(false);
    fireEvent.click(confirm);

    await waitFor(() => expect(onCancelled).toHaveBeenCalled());
  });

  test('asks for a reason next to the picker, keeping the message', () => {
    renderConfirmation(inMinutes(6 * 60 + 1));
    fireEvent.change(screen.getByLabelText('Message to the recruiter'), { target: { value: 'Hi Riley, so sorry: I cannot make it. Sam' } });

    fireEvent.click(screen.getByRole('button', { name: 'Confirm cancellation' }));

    const reason = screen.getByLabelText('Reason');
    expect(document.getElementById(reason.getAttribute('aria-describedby')!)?.textContent).toBe('Choose a reason.');
    expect((screen.getByLabelText('Message to the recruiter') as HTMLTextAreaElement).value).toBe('Hi Riley, so sorry: I cannot make it. Sam');
  });
});
