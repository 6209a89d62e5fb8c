// B8: the agency held to the candidate's standard, as the recruiter meets it: a time inside the agency's notice
// policy is warned about before saving and needs confirming; a no-show names nobody until the recruiter chooses,
// and needs a note.
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { polyfillDialog } from '../../ui/polyfill-dialog';
import { utcToLocalTime } from '../interviews/convert-local-time';
import { newInterviewTimeDraft } from '../interviews/InterviewTimeFields';
import type { FormErrors } from '../../ui/mutation-errors';
import { InterviewTimeDialog, type InterviewTimeInput, type MoveNote } from './InterviewTimeDialog';
import { ContestNoShowDialog, ContestNoShowDialog_Mutation } from './ContestNoShowDialog';
import { NoShowDialog, NoShowDialog_Mutation } from './NoShowDialog';
import type { ProposalContext } from './proposal-context';

beforeAll(polyfillDialog);
afterEach(cleanup);

const MINUTE = 60_000;
const context: ProposalContext = {
  proposalId: 'proposal-1',
  isProposalOpen: true,
  viewer: { name: 'Riley Chen', timeZone: 'Europe/London' },
  agency: { name: 'Northwind Talent', lateNoticeMinutes: 24 * 60, noShowGraceMinutes: 15 },
  candidate: { fullName: 'Sam Okafor', timeZone: 'Europe/Berlin' },
  job: { title: 'Backend Engineer', companyName: 'Kestrel Logistics', currency: 'EUR' },
  now: new Date(),
  onDone: () => {},
  onStale: () => {},
};

function errorOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .map((id) => document.getElementById(id))
    .filter((node) => node?.className === 'field__error')
    .map((node) => node!.textContent)
    .join(' ');
}

function renderTimeDialog(startsInMinutes: number) {
  const onSubmit = vi.fn<(time: InterviewTimeInput, note: MoveNote) => Promise<FormErrors | null>>(async () => null);
  const start = utcToLocalTime(new Date(Date.now() + startsInMinutes * MINUTE).toISOString(), context.viewer.timeZone);
  render(
    <InterviewTimeDialog
      title="Schedule an interview"
      lede={<p>Pick a time.</p>}
      submitLabel="Schedule"
      initial={newInterviewTimeDraft({ start, location: 'https://meet.example.com/abc' })}
      context={context}
      onSubmit={onSubmit}
      onClose={() => {}}
    />,
  );
  return onSubmit;
}

describe('setting a time at short notice', () => {
  test('a time 10 minutes ahead shows the warning before saving, and is not sent until the recruiter confirms it', async () => {
    const onSubmit = renderTimeDialog(10);
    expect(screen.getByText(/less than Northwind Talent's 24-hour notice, the notice candidates are asked to give/)).toBeDefined();
    const confirm = screen.getByRole('checkbox', { name: /Set this time anyway: I have checked that Sam can make it/ });
    expect((confirm as HTMLInputElement).checked).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Schedule' }));
    await waitFor(() => expect(errorOf(confirm)).toBe('Confirm the short notice, or choose a later time.'));
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Schedule' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ acknowledgeShortNotice: true, timeZone: 'Europe/London', format: 'VIDEO' });
  });

  test('a time three days ahead shows no warning and is sent as it is', async () => {
    const onSubmit = renderTimeDialog(3 * 24 * 60);
    expect(screen.queryByText(/Short notice/)).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Schedule' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).not.toHaveProperty('acknowledgeShortNotice');
  });
});

describe('recording a no-show', () => {
  function renderNoShow(answer?: Record<string, unknown>) {
    const sent: unknown[] = [];
    const mock: MockLink.MockedResponse = {
      request: {
        query: NoShowDialog_Mutation,
        variables: (variables: { input: unknown }) => {
          sent.push(variables.input);
          return true;
        },
      },
      result: answer ? { data: { recordNoShow: answer } } : {
        data: {
          recordNoShow: {
            __typename: 'RecordNoShowSuccess',
            interview: { __typename: 'Interview', id: 'interview-1', status: 'NO_SHOW', noShowParty: 'CANDIDATE', noShowNote: 'Waited 20 minutes; no answer.' },
          },
        },
      },
    };
    const onDone = vi.fn();
    const onStale = vi.fn();
    const client = createApolloClient({ link: new MockLink([mock], { defaultOptions: { delay: 0 } }) });
    render(
      <ApolloProvider client={client}>
        <NoShowDialog
          interview={{ id: 'interview-1', startsAt: new Date(Date.now() - 20 * MINUTE).toISOString() }}
          context={{ ...context, onDone, onStale }}
          onClose={() => {}}
        />
      </ApolloProvider>,
    );
    return { sent, onDone, onStale };
  }

  test('names nobody until the recruiter chooses, and asks for both who and what happened', async () => {
    const { sent } = renderNoShow();
    const radios = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((radio) => radio.labels?.[0]?.textContent)).toEqual([
      'The candidate (Sam Okafor)',
      'The client (Kestrel Logistics)',
      'The recruiter (our side)',
    ]);
    expect(radios.filter((radio) => radio.checked)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Record no-show' }));
    await waitFor(() => expect(screen.getByText('Choose who did not come.')).toBeDefined());
    expect(errorOf(screen.getByRole('textbox', { name: 'What happened' }))).toMatch(/^A note is required\. Say what you saw/);
    expect(sent).toEqual([]);
  });

  test('a note too short to say anything is refused before sending', async () => {
    const { sent } = renderNoShow();
    fireEvent.click(screen.getByRole('radio', { name: 'The client (Kestrel Logistics)' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'What happened' }), { target: { value: 'absent' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record no-show' }));
    await waitFor(() => expect(errorOf(screen.getByRole('textbox', { name: 'What happened' }))).toMatch(/^Write at least 10 characters/));
    expect(sent).toEqual([]);
  });

  test("the server's 'too early' keeps the form as typed and says when, without calling the page stale", async () => {
    const message = 'A no-show can be recorded from 10:15 (15 minutes after the start).';
    const { onStale } = renderNoShow({ __typename: 'InvalidTransitionError', message, currentStatus: 'SCHEDULED' });
    fireEvent.click(screen.getByRole('radio', { name: 'The candidate (Sam Okafor)' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'What happened' }), { target: { value: 'Waited 20 minutes; no answer.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record no-show' }));
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(onStale).not.toHaveBeenCalled();
    expect((screen.getByRole('textbox', { name: 'What happened' }) as HTMLTextAreaElement).value).toBe('Waited 20 minutes; no answer.');
  });

  test('sends the chosen side and the note', async () => {
    const { sent, onDone } = renderNoShow();
    fireEvent.click(screen.getByRole('radio', { name: 'The candidate (Sam Okafor)' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'What happened' }), { target: { value: '  Waited 20 minutes; no answer.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record no-show' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('No-show recorded.'));
    expect(sent).toEqual([{ interviewId: 'interview-1', party: 'CANDIDATE', note: 'Waited 20 minutes; no answer.' }]);
  });
});

describe("contesting the recruiter's no-show", () => {
  test('needs the agency\'s account, then sends it once', async () => {
    const sent: unknown[] = [];
    const mock: MockLink.MockedResponse = {
      request: {
        query: ContestNoShowDialog_Mutation,
        variables: (variables: { input: unknown }) => {
          sent.push(variables.input);
          return true;
        },
      },
      result: {
        data: {
          contestNoShow: {
            __typename: 'ContestNoShowSuccess',
            interview: { __typename: 'Interview', id: 'interview-1', noShowContest: { __typename: 'NoShowContest', at: new Date().toISOString(), note: 'I was in the call; the client used an old link.' } },
          },
        },
      },
    };
    const onDone = vi.fn();
    const client = createApolloClient({ link: new MockLink([mock], { defaultOptions: { delay: 0 } }) });
    render(
      <ApolloProvider client={client}>
        <ContestNoShowDialog interview={{ id: 'interview-1', startsAt: new Date(Date.now() - 60 * MINUTE).toISOString() }} context={{ ...context, onDone }} onClose={() => {}} />
      </ApolloProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Send our account' }));
    await waitFor(() => expect(errorOf(screen.getByRole('textbox', { name: 'What happened' }))).toMatch(/^A note is required\. Say what happened from your side/));
    expect(sent).toEqual([]);

    fireEvent.change(screen.getByRole('textbox', { name: 'What happened' }), { target: { value: 'I was in the call; the client used an old link.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send our account' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('No-show contested.'));
    expect(sent).toEqual([{ interviewId: 'interview-1', note: 'I was in the call; the client used an old link.' }]);
  });
});
