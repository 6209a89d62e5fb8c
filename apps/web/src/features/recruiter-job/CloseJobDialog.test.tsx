import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { polyfillDialog } from '../../ui/polyfill-dialog';
import { CloseJobDialog, CloseJobDialog_Mutation, CloseJobDialog_Query } from './CloseJobDialog';

beforeAll(polyfillDialog);
afterEach(cleanup);

const JOB = { id: 'job-1', title: 'Platform Engineer' };

type Candidate = { id: string; name: string; status: 'PROPOSED' | 'INTERVIEWING'; interviews?: Array<{ startsAt: string; isLate: boolean; noticeDescription: string }> };

const previewOf = (candidates: Candidate[]) => ({
  me: { __typename: 'User', id: 'user-1', timeZone: 'Europe/Berlin' },
  job: {
    __typename: 'Job',
    id: JOB.id,
    version: 3,
    closingPreview: {
      __typename: 'JobClosingPreview',
      outcome: 'FILLED',
      candidates: candidates.map((c) => ({
        __typename: 'JobClosingCandidate',
        proposal: { __typename: 'Proposal', id: c.id },
        candidateName: c.name,
        status: c.status,
        message: `Hi ${c.name.split(' ')[0]},\n\nThe position has now been filled, so I'm withdrawing this proposal.\n\nBest regards,\nRiley Chen`,
        interviews: (c.interviews ?? []).map((i, n) => ({ __typename: 'JobClosingInterview', interviewId: `${c.id}-interview-${n}`, ...i })),
      })),
    },
  },
});

const previewAnswer = (candidates: Candidate[], maxUsageCount = 1): MockLink.MockedResponse => ({
  request: { query: CloseJobDialog_Query, variables: { id: JOB.id, outcome: 'FILLED' } },
  result: { data: previewOf(candidates) },
  maxUsageCount,
});

type CloseInput = { jobId: string; outcome: string; expectedVersion: number; messages: Array<{ proposalId: string; message: string }> };
const closeAnswer = (closeJob: Record<string, unknown>, sent: CloseInput[]): MockLink.MockedResponse => ({
  request: {
    query: CloseJobDialog_Mutation,
    variables: (variables: { input: CloseInput }) => {
      sent.push(variables.input);
      return true;
    },
  },
  result: { data: { closeJob } },
});

function renderDialog(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  const onClosed = vi.fn();
  const onStale = vi.fn();
  render(
    <ApolloProvider client={client}>
      <CloseJobDialog job={JOB} outcome="FILLED" onClose={() => {}} onClosed={onClosed} onStale={onStale} />
    </ApolloProvider>,
  );
  return { onClosed, onStale, dialog: screen.getByRole('dialog', { name: 'Mark the job filled: Platform Engineer' }) };
}

const ANA: Candidate = {
  id: 'proposal-ana',
  name: 'Ana Lima',
  status: 'INTERVIEWING',
  interviews: [{ startsAt: '2099-12-08T13:00:00.000Z', isLate: true, noticeDescription: "3 hours before the start: this is late notice under Northwind Talent's 24-hour policy." }],
};
const TOM: Candidate = { id: 'proposal-tom', name: 'Tom Berg', status: 'PROPOSED' };

describe('CloseJobDialog', () => {
  test('lists whom the filling tells, with their stage, the interview to cancel (late flagged) and the message; sends the edited messages', async () => {
    const sent: CloseInput[] = [];
    const { dialog, onClosed } = renderDialog([
      previewAnswer([ANA, TOM]),
      closeAnswer({ __typename: 'CloseJobSuccess', job: { __typename: 'Job', id: JOB.id, status: 'FILLED', openings: 0, version: 4 }, withdrawnProposals: [] }, sent),
    ]);
    const list = await within(dialog).findByRole('list', { name: 'Candidates who will be told' });
    const items = within(list).getAllByRole('listitem').filter((item) => item.classList.contains('close-job-dialog__candidate'));
    expect(items.map((item) => item.querySelector('h3')?.textContent)).toEqual(['Ana Lima Interviewing', 'Tom Berg Proposed']);
    expect(within(dialog).getByRole('list', { name: 'Interviews of Ana Lima to cancel' }).textContent).toBe(
      "The interview on Tue 8 Dec, 14:00 (Europe/Berlin) is cancelled, 3 hours before the start: this is late notice under Northwind Talent's 24-hour policy. Late: it counts on the agency’s record.",
    );
    const anaMessage = within(dialog).getByLabelText('Message to Ana Lima') as HTMLTextAreaElement;
    expect(anaMessage.value).toContain('Hi Ana,');
    fireEvent.change(anaMessage, { target: { value: 'Hi Ana, the team chose another finalist; thank you for your time.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark filled and tell them (2)' }));

    await waitFor(() => expect(onClosed).toHaveBeenCalledWith({ told: 0 }));
    expect(sent).toEqual([
      {
        jobId: JOB.id,
        outcome: 'FILLED',
        expectedVersion: 3,
        messages: [
          { proposalId: 'proposal-ana', message: 'Hi Ana, the team chose another finalist; thank you for your time.' },
          { proposalId: 'proposal-tom', message: expect.stringContaining('Hi Tom,') },
        ],
      },
    ]);
  });

  test('a candidate proposed meanwhile: says so, shows the list as it is now and keeps the edited message', async () => {
    const sent: CloseInput[] = [];
    const words = 'The pipeline changed since you reviewed it (Mia Falk joined the pipeline); review the list again before closing the job.';
    const { dialog, onClosed } = renderDialog([
      previewAnswer([ANA]),
      closeAnswer({ __typename: 'ValidationError', message: words, fieldErrors: [{ __typename: 'FieldError', field: 'messages', message: words }] }, sent),
      previewAnswer([ANA, { id: 'proposal-mia', name: 'Mia Falk', status: 'PROPOSED' }]),
    ]);
    const anaMessage = (await within(dialog).findByLabelText('Message to Ana Lima')) as HTMLTextAreaElement;
    fireEvent.change(anaMessage, { target: { value: 'Hi Ana, my own words for you, thank you.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark filled and tell them (1)' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(`${words} The list below is up to date.`);
    await within(dialog).findByLabelText('Message to Mia Falk');
    expect((within(dialog).getByLabelText('Message to Ana Lima') as HTMLTextAreaElement).value).toBe('Hi Ana, my own words for you, thank you.');
    expect(within(dialog).getByRole('button', { name: 'Mark filled and tell them (2)' })).toBeDefined();
    expect(onClosed).not.toHaveBeenCalled();
  });

  test('a message too short is shown under that candidate’s message, which gets the focus', async () => {
    const sent: CloseInput[] = [];
    const { dialog } = renderDialog([
      previewAnswer([ANA, TOM]),
      closeAnswer(
        {
          __typename: 'ValidationError',
          message: 'Write a short message the candidate will read (at least 10 characters).',
          fieldErrors: [{ __typename: 'FieldError', field: 'messages.1.message', message: 'Write a short message the candidate will read (at least 10 characters).' }],
        },
        sent,
      ),
    ]);
    const tomMessage = (await within(dialog).findByLabelText('Message to Tom Berg')) as HTMLTextAreaElement;
    fireEvent.change(tomMessage, { target: { value: 'Bye' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark filled and tell them (2)' }));
    await waitFor(() => expect(tomMessage.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(tomMessage.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Write a short message the candidate will read (at least 10 characters).',
    );
    // The focus moves in an effect after the error shows: on a busy machine that is a moment later.
    await waitFor(() => expect(document.activeElement).toBe(tomMessage));
  });

  test('one message for everyone: starts from the first, greeting nobody by name, and every candidate gets it', async () => {
    const sent: CloseInput[] = [];
    const { dialog } = renderDialog([
      previewAnswer([ANA, TOM]),
      closeAnswer({ __typename: 'CloseJobSuccess', job: { __typename: 'Job', id: JOB.id, status: 'FILLED', openings: 0, version: 4 }, withdrawnProposals: [] }, sent),
    ]);
    await within(dialog).findByLabelText('Message to Ana Lima');
    fireEvent.click(within(dialog).getByLabelText('Send one message to everyone'));
    const forAll = within(dialog).getByLabelText('Message to every candidate') as HTMLTextAreaElement;
    expect(forAll.value.startsWith("Hello,\n\nThe position has now been filled")).toBe(true);
    expect(within(dialog).queryByLabelText('Message to Ana Lima')).toBeNull();
    // Still listed: whom the message goes to, and the interview cancelled.
    expect(within(dialog).getByRole('list', { name: 'Interviews of Ana Lima to cancel' })).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mark filled and tell them (2)' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.messages).toEqual([
      { proposalId: 'proposal-ana', message: forAll.value },
      { proposalId: 'proposal-tom', message: forAll.value },
    ]);
  });
});
