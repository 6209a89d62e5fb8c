import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { polyfillDialog } from '../../ui/polyfill-dialog';
import { BulkProposeDialog } from './BulkProposeDialog';
import { ProposeDialog_Mutation } from './ProposeDialog';
import { buildSuggestion } from './recruiter-job-fixtures';

beforeAll(polyfillDialog);
afterEach(cleanup);

type Sent = { candidateId: string; message: string; respondBy: string | null; slots: unknown[] };

function answer(candidateId: string, proposeMatch: Record<string, unknown>, sent: Sent[]): MockLink.MockedResponse {
  return {
    request: {
      query: ProposeDialog_Mutation,
      variables: (variables: { input: Sent }) => {
        if (variables.input.candidateId !== candidateId) return false;
        sent.push(variables.input);
        return true;
      },
    },
    result: { data: { proposeMatch } },
  };
}

describe('proposing several suggestions at once', () => {
  test('each candidate gets their own prefilled message, shares the respond-by and times, and each outcome is reported', async () => {
    const sam = buildSuggestion({ fullName: 'Sam Okafor', candidateId: 'candidate-sam', matched: ['Python'] });
    const lee = buildSuggestion({ fullName: 'Lee Ward', candidateId: 'candidate-lee', matched: ['Go'] });
    const sent: Sent[] = [];
    const closed: string[][] = [];
    const client = createApolloClient({
      link: new MockLink(
        [
          answer('candidate-sam', { __typename: 'ProposeMatchSuccess', proposal: { __typename: 'Proposal', id: 'proposal-sam', status: 'PROPOSED' } }, sent),
          answer('candidate-lee', { __typename: 'DuplicateProposalError', message: 'Lee Ward already has an open proposal for this job.' }, sent),
        ],
        { defaultOptions: { delay: 0 } },
      ),
    });
    render(
      <ApolloProvider client={client}>
        <BulkProposeDialog
          job={{ id: 'job-1', title: 'Senior Data Engineer', clientCompany: { name: 'Orchid Pay' } }}
          viewer={{ name: 'Riley Chen', timeZone: 'Europe/London' }}
          matches={[sam, lee]}
          now={new Date('2026-12-04T10:00:00Z')}
          onClose={(ids) => closed.push(ids)}
        />
      </ApolloProvider>,
    );

    const dialog = screen.getByRole('dialog', { name: 'Propose 2 candidates for Senior Data Engineer' });
    const samMessage = within(dialog).getByLabelText('Message to Sam Okafor') as HTMLTextAreaElement;
    expect(samMessage.value).toContain('Hi Sam,');
    expect(samMessage.value).toContain('your Python experience');
    expect((within(dialog).getByLabelText('Message to Lee Ward') as HTMLTextAreaElement).value).toContain('Hi Lee,');
    fireEvent.change(samMessage, { target: { value: 'Hi Sam, a personal note.' } });

    // Without a start time nothing is sent: the time says what is missing.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send 2 proposals' }));
    expect(await within(dialog).findByText('Choose a date and start time.')).toBeDefined();
    expect(sent).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText(/^Start/), { target: { value: '2026-12-10T11:00' } });
    fireEvent.change(within(dialog).getByLabelText('Location or link'), { target: { value: 'https://meet.example.test/x' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send 2 proposals' }));

    expect(await within(dialog).findByText(/^Not proposed\. Lee Ward already has an open proposal for this job\./)).toBeDefined();
    expect(within(dialog).getByText('Proposed.')).toBeDefined();
    expect(sent.map((input) => input.candidateId)).toEqual(['candidate-sam', 'candidate-lee']);
    expect(sent[0]!.message).toBe('Hi Sam, a personal note.');
    // One respond-by day, ending at 17:00 on each candidate's own clock (both in Berlin here), and the same time.
    expect(sent[0]!.respondBy).toBe(sent[1]!.respondBy);
    expect(sent[0]!.slots).toEqual(sent[1]!.slots);
    expect(sent[0]!.slots).toHaveLength(1);

    // The refused one stays, to send again; closing reports who was proposed.
    expect(within(dialog).getByRole('button', { name: 'Send the 1 not yet proposed' })).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(closed).toEqual([['candidate-sam']]);
  });
});
