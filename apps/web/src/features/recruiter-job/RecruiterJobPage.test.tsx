import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { setFlashNotice, takeFlashNotice } from '../../ui/flash-notice';
import { polyfillDialog } from '../../ui/polyfill-dialog';
import { PIPELINE_PAGE_SIZE } from './PipelineBoard';
import { ProposeDialog_Mutation } from './ProposeDialog';
import { buildJobPageData, buildPipelineProposal, buildSuggestion } from './recruiter-job-fixtures';
import RecruiterJobPage, { RecruiterJobPage_Query, SUGGESTIONS_PAGE_SIZE } from './RecruiterJobPage';

beforeAll(polyfillDialog);
beforeEach(() => window.history.replaceState(null, '', '/recruiter/jobs/job-1'));
afterEach(() => {
  cleanup();
  // A propose dialog's unsent message waits in sessionStorage (B14); each test starts without one.
  window.sessionStorage.clear();
});

type PageData = ReturnType<typeof buildJobPageData>;
type ProposeInput = {
  jobId: string;
  candidateId: string;
  message: string;
  respondBy: string | null;
  slots: Array<{ startsAt: string; endsAt: string; timeZone: string; format: string; location: string | null }>;
};

function pageAnswer(data: PageData, variables: Record<string, unknown> = {}): MockLink.MockedResponse {
  return {
    request: {
      query: RecruiterJobPage_Query,
      variables: { id: data.job.id, first: SUGGESTIONS_PAGE_SIZE, filter: {}, pipelineSize: PIPELINE_PAGE_SIZE, ...variables },
    },
    result: { data },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function proposeAnswer(proposeMatch: Record<string, unknown>, sent: ProposeInput[]): MockLink.MockedResponse {
  return {
    request: {
      query: ProposeDialog_Mutation,
      variables: (variables: { input: ProposeInput }) => {
        sent.push(variables.input);
        return true;
      },
    },
    result: { data: { proposeMatch } },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], jobId = 'job-1') {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <RecruiterJobPage params={{ jobId }} />
    </ApolloProvider>,
  );
}

async function openProposeDialog(name = 'Sam Okafor', jobTitle = 'Senior Data Engineer') {
  fireEvent.click(await screen.findByRole('button', { name: `Propose ${name}` }));
  return await screen.findByRole('dialog', { name: `Propose ${name} for ${jobTitle}` });
}

function errorOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)).filter((node) => node?.className === 'field__error').map((node) => node!.textContent).join(' ');
}

describe('the recruiter’s job page', () => {
  test('shows the job, its pipeline by stage with a link per proposal, and the ranked suggestions', async () => {
    renderPage([
      pageAnswer(
        buildJobPageData({
          proposals: [
            buildPipelineProposal({ id: 'proposal-1', status: 'PROPOSED', fullName: 'Ada Park', candidateId: 'candidate-ada' }),
            buildPipelineProposal({ id: 'proposal-2', status: 'REJECTED', fullName: 'Bo Lind' }),
            buildPipelineProposal({
              id: 'proposal-3',
              status: 'INTERVIEWING',
              fullName: 'Cy Moss',
              interviews: [{ status: 'NO_SHOW', startsAt: '2026-11-20T10:00:00.000Z' }],
            }),
          ],
          suggestions: [buildSuggestion({ fullName: 'Sam Okafor' }), buildSuggestion({ fullName: 'Lee Ward' })],
        }),
      ),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Senior Data Engineer' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Edit job' }).getAttribute('href')).toBe('/recruiter/jobs/job-1/edit');

    const pipeline = screen.getByRole('region', { name: 'Pipeline' });
    const column = (name: RegExp) => within(pipeline).getByRole('region', { name });
    expect(within(column(/^Proposed 1$/)).getByRole('link', { name: 'Ada Park' }).getAttribute('href')).toBe('/recruiter/candidates/' + 'candidate-ada');
    expect(within(column(/^Proposed 1$/)).getByRole('link', { name: /^Open proposal\s*of Ada Park$/ }).getAttribute('href')).toBe('/recruiter/proposals/proposal-1');
    // Their interview was missed with nothing booked since: the card asks for the next step, in warning colours.
    const cy = within(column(/^Interviewing 1$/)).getByText('Interview fell through: book another or decide');
    expect(cy.className).toContain('board-card__due--urgent');
    expect(within(column(/^Closed 1$/)).getByText('Declined, withdrawn, not selected or expired (1)')).toBeDefined();
    expect(within(column(/^Accepted 0$/)).getByText('No one here')).toBeDefined();

    const suggestions = screen.getByRole('region', { name: 'Suggested candidates' });
    expect(within(suggestions).getAllByRole('rowheader').map((cell) => cell.querySelector('a')?.textContent)).toEqual(['Sam Okafor', 'Lee Ward']);
  });

  test('the job’s description is shown in paragraphs, long text behind “Show more”, with its requirements and salary band (B5)', async () => {
    const long = Array.from({ length: 6 }, (_, index) => `Paragraph ${index + 1}. ${'The team ships every day. '.repeat(6)}`).join('\n\n');
    renderPage([pageAnswer(buildJobPageData({ description: long }))]);

    const about = await screen.findByRole('region', { name: 'About the role' });
    expect(within(about).getByText(/^Paragraph 1\./)).toBeDefined();
    expect(within(about).queryByText(/^Paragraph 6\./)).toBeNull();
    expect(about.textContent).toContain('Python (level 3+)');
    expect(about.textContent).toContain('Airflow');
    fireEvent.click(within(about).getByRole('button', { name: 'Show more' }));
    expect(within(about).getByText(/^Paragraph 6\./)).toBeDefined();
    expect(within(about).getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
  });

  test('a move the lifecycle refuses is offered with its reason, and choosing it says why on the card without sending anything', async () => {
    renderPage([pageAnswer(buildJobPageData({ proposals: [buildPipelineProposal({ id: 'proposal-1', status: 'PROPOSED', fullName: 'Ada Park' })] }))]);

    const move = await screen.findByRole('button', { name: /^Move to…\s*\(Ada Park\)$/ });
    fireEvent.click(move);
    const menu = screen.getByRole('list', { name: 'Move Ada Park to' });
    // What the proposal can do comes first; the rest say why not.
    expect(within(menu).getAllByRole('button').map((item) => item.textContent)).toEqual([
      'Withdrawn',
      'AcceptedOnly the candidate can accept a proposal.',
      'Interviewing: schedule an interviewA proposal that is awaiting an answer cannot have an interview scheduled.',
      'Offered: record an offerA proposal that is awaiting an answer cannot receive an offer.',
      'Hired: record the hireA proposal that is awaiting an answer cannot be recorded as a hire.',
      'Not selectedA proposal that is awaiting an answer cannot be rejected.',
    ]);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Withdrawn'));
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement?.textContent).toMatch(/^Accepted/);
    fireEvent.click(document.activeElement!);

    expect(screen.getByRole('alert').textContent).toBe('Not moved to Accepted: Only the candidate can accept a proposal.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(move);
  });

  test('Withdrawn from the menu opens the proposal page’s withdraw dialog for that candidate', async () => {
    renderPage([pageAnswer(buildJobPageData({ proposals: [buildPipelineProposal({ id: 'proposal-1', status: 'PROPOSED', fullName: 'Ada Park' })] }))]);

    fireEvent.click(await screen.findByRole('button', { name: /^Move to…\s*\(Ada Park\)$/ }));
    fireEvent.click(within(screen.getByRole('list', { name: 'Move Ada Park to' })).getByRole('button', { name: 'Withdrawn' }));

    const dialog = await screen.findByRole('dialog', { name: 'Withdraw the proposal' });
    expect((within(dialog).getByLabelText('Message to the candidate') as HTMLTextAreaElement).value).toContain('Hi Ada,');
  });

  test('coming from a saved job form, says the changes were saved and takes focus there', async () => {
    setFlashNotice('Changes saved.');
    renderPage([pageAnswer(buildJobPageData())]);

    const notice = (await screen.findByText('Changes saved.')).closest('[role="status"]');
    await waitFor(() => expect(document.activeElement).toBe(notice));
  });

  test('a candidate with an open proposal for this job is marked as proposed, not offered again', async () => {
    const sam = buildSuggestion({ fullName: 'Sam Okafor', candidateId: 'candidate-sam' });
    renderPage([
      pageAnswer(
        buildJobPageData({
          suggestions: [sam],
          proposals: [buildPipelineProposal({ id: 'proposal-9', status: 'ACCEPTED', candidateId: 'candidate-sam', fullName: 'Sam Okafor' })],
        }),
      ),
    ]);

    const row = (await screen.findByRole('rowheader', { name: /^Sam Okafor/ })).closest('tr')!;
    expect(within(row).queryByRole('button', { name: 'Propose Sam Okafor' })).toBeNull();
    expect(within(row).queryByRole('checkbox')).toBeNull();
    expect(within(row).getByRole('link', { name: 'Accepted' }).getAttribute('href')).toBe('/recruiter/proposals/proposal-9');
  });

  test('hiding candidates with a blocker asks for the ranking without them', async () => {
    renderPage([
      pageAnswer(buildJobPageData({ suggestions: [buildSuggestion({ fullName: 'Sam Okafor' }), buildSuggestion({ fullName: 'Blocked Person', blockers: ['Lacks Go.'] })] })),
      pageAnswer(buildJobPageData({ suggestions: [buildSuggestion({ fullName: 'Sam Okafor' })] }), { filter: { excludeBlocked: true } }),
    ]);
    const blocked = (await screen.findByRole('rowheader', { name: /^Blocked Person/ })).closest('tr')!;
    expect(blocked.textContent).toContain('Blocked: Lacks Go.');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Hide candidates with a blocker' }));

    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /^Blocked Person/ })).toBeNull());
    expect(screen.getByRole('rowheader', { name: /^Sam Okafor/ })).toBeDefined();
  });

  test('“Show more” adds the next ranked candidates below the first', async () => {
    const first = buildJobPageData({ suggestions: [buildSuggestion({ fullName: 'Sam Okafor' })], hasNextPage: true });
    const after = first.job.suggestedCandidates.pageInfo.endCursor;
    renderPage([
      pageAnswer(first),
      pageAnswer(buildJobPageData({ suggestions: [buildSuggestion({ fullName: 'Lee Ward' })] }), { after }),
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Show more' }));

    expect(await screen.findByRole('rowheader', { name: /^Lee Ward/ })).toBeDefined();
    expect(screen.getByRole('rowheader', { name: /^Sam Okafor/ })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });
});

describe('proposing a candidate', () => {
  test('keeps the typed message across a reload of the page until it is sent or discarded (B14)', async () => {
    const data = buildJobPageData({ suggestions: [buildSuggestion({ fullName: 'Sam Okafor' })] });
    const sent: ProposeInput[] = [];
    renderPage([pageAnswer(data)]);
    let dialog = await openProposeDialog();
    const suggested = (within(dialog).getByLabelText('Message to the candidate') as HTMLTextAreaElement).value;
    fireEvent.change(within(dialog).getByLabelText('Message to the candidate'), { target: { value: 'Hi Sam, a role you will like. Can we talk Friday?' } });

    // The reload: the page is gone and comes back in the same tab.
    cleanup();
    renderPage([
      pageAnswer(data),
      proposeAnswer({ __typename: 'ProposeMatchSuccess', proposal: { __typename: 'Proposal', id: 'proposal-new', status: 'PROPOSED' } }, sent),
    ]);
    dialog = await openProposeDialog();
    const message = within(dialog).getByLabelText('Message to the candidate') as HTMLTextAreaElement;
    expect(message.value).toBe('Hi Sam, a role you will like. Can we talk Friday?');
    expect(within(dialog).getByText('Your unsent message from earlier, kept in this tab.')).toBeDefined();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard my changes to the message' }));
    expect(message.value).toBe(suggested);
    fireEvent.change(message, { target: { value: `${suggested}\n\nP.S. Friday works.` } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add an interview time' }));
    fireEvent.change(within(dialog).getByLabelText(/^Start/), { target: { value: '2099-12-01T10:00' } });
    fireEvent.change(within(dialog).getByLabelText('Location or link'), { target: { value: 'https://meet.example.test/x' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send proposal' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.message).toBe(`${suggested}\n\nP.S. Friday works.`);
    // Sent: nothing waits any more for this job and candidate.
    await waitFor(() => expect(window.sessionStorage.length).toBe(0));
  });

  test('the message is prefilled with the candidate’s first name, the job, the client and matched skills, and can be edited', async () => {
    renderPage([pageAnswer(buildJobPageData({ suggestions: [buildSuggestion({ fullName: 'Sam Okafor', matched: ['Python', 'SQL'] })] }))]);
    const dialog = await openProposeDialog();

    const message = within(dialog).getByLabelText('Message to the candidate') as HTMLTextAreaElement;
    expect(message.value).toContain('Hi Sam,');
    expect(message.value).toContain('the Senior Data Engineer role at Orchid Pay');
    expect(message.value).toContain('your Python and SQL experience');
    expect(message.value).toContain('Riley');

    fireEvent.change(message, { target: { value: `${message.value}\n\nP.S. Happy to talk by phone.` } });
    expect(message.value).toContain('P.S. Happy to talk by phone.');

    const respondBy = within(dialog).getByLabelText('Respond by') as HTMLInputElement;
    expect(respondBy.type).toBe('date');
    expect(respondBy.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('the respond-by is a day on the candidate’s calendar, ending at 17:00 their time, shown in both zones', async () => {
    const sent: ProposeInput[] = [];
    renderPage([
      pageAnswer(buildJobPageData({ suggestions: [buildSuggestion({ fullName: 'Sam Okafor', timeZone: 'Europe/Berlin' })] })),
      proposeAnswer({ __typename: 'ProposeMatchSuccess', proposal: { __typename: 'Proposal', id: 'proposal-new', status: 'PROPOSED' } }, sent),
    ]);
    const dialog = await openProposeDialog();
    const respondBy = within(dialog).getByLabelText('Respond by') as HTMLInputElement;

    fireEvent.change(respondBy, { target: { value: '2099-12-11' } });

    expect(within(dialog).getByText(/^Sam answers by/).textContent).toBe(
      'Sam answers by the end of their working day (17:00 their time): Fri 11 Dec, 17:00 (Europe/Berlin); for you, Fri 11 Dec, 16:00 (Europe/London).',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add an interview time' }));
    fireEvent.change(within(dialog).getByLabelText(/^Start/), { target: { value: '2099-12-01T10:00' } });
    fireEvent.change(within(dialog).getByLabelText('Location or link'), { target: { value: 'https://meet.example.test/x' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send proposal' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.respondBy).toBe('2099-12-11T16:00:00.000Z');
  });

  test('an interview time picked in the recruiter’s zone is shown in the candidate’s zone too', async () => {
    renderPage([pageAnswer(buildJobPageData({ suggestions: [buildSuggestion({ fullName: 'Sam Okafor', timeZone: 'Europe/Berlin' })] }))]);
    const dialog = await openProposeDialog();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Add an interview time' }));
    const start = within(dialog).getByLabelText(/^Start/);
    expect(start.previousSibling?.textContent ?? within(dialog).getByText(/^Start/).textContent).toBe('Start (Europe/London)');
    fireEvent.change(start, { target: { value: '2099-12-01T10:00' } });

    expect(dialog.textContent).toContain('For Sam: Tue 1 Dec, 11:00 (Europe/Berlin)');
    expect((within(dialog).getByLabelText('Length') as HTMLSelectElement).value).toBe('60');
    expect(within(dialog).getByLabelText('Format')).toBeDefined();
    expect(within(dialog).getByLabelText('Location or link')).toBeDefined();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove interview time 1' }));
    expect(within(dialog).queryByLabelText(/^Start/)).toBeNull();
  });

  test('places each of the API’s messages next to its field and keeps everything typed', async () => {
    const sent: ProposeInput[] = [];
    renderPage([
      pageAnswer(buildJobPageData({ suggestions: [buildSuggestion({ fullName: 'Sam Okafor' })] })),
      proposeAnswer(
        {
          __typename: 'ValidationError',
          message: 'Some fields are invalid.',
          fieldErrors: [
            { __typename: 'FieldError', field: 'message', message: 'Write the candidate a short message about the role (at least 10 characters).' },
            { __typename: 'FieldError', field: 'slots.0.startsAt', message: 'Choose a start time in the future.' },
            { __typename: 'FieldError', field: 'slots.0.location', message: 'Add the address for an onsite interview.' },
          ],
        },
        sent,
      ),
    ]);
    const dialog = await openProposeDialog();
    fireEvent.change(within(dialog).getByLabelText('Message to the candidate'), { target: { value: 'Hi' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add an interview time' }));
    fireEvent.change(within(dialog).getByLabelText(/^Start/), { target: { value: '2020-01-01T10:00' } });
    fireEvent.change(within(dialog).getByLabelText('Format'), { target: { value: 'ONSITE' } });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Send proposal' }));

    const message = within(dialog).getByLabelText('Message to the candidate');
    await waitFor(() => expect(errorOf(message)).toBe('Write the candidate a short message about the role (at least 10 characters).'));
    expect(message.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(within(dialog).getByLabelText(/^Start/))).toBe('Choose a start time in the future.');
    expect(errorOf(within(dialog).getByLabelText('Location or link'))).toBe('Add the address for an onsite interview.');
    expect((message as HTMLTextAreaElement).value).toBe('Hi');
    expect((within(dialog).getByLabelText(/^Start/) as HTMLInputElement).value).toBe('2020-01-01T10:00');
    expect(sent[0]).toMatchObject({
      jobId: 'job-1',
      message: 'Hi',
      slots: [{ startsAt: '2020-01-01T10:00:00.000Z', endsAt: '2020-01-01T11:00:00.000Z', timeZone: 'Europe/London', format: 'ONSITE' }],
    });
  });

  test('a proposal without interview times is caught before sending: the times are focused and say why', async () => {
    const sent: ProposeInput[] = [];
    renderPage([
      pageAnswer(buildJobPageData({ suggestions: [buildSuggestion({ fullName: 'Sam Okafor' })] })),
      proposeAnswer({ __typename: 'ProposeMatchSuccess', proposal: { __typename: 'Proposal', id: 'proposal-new', status: 'PROPOSED' } }, sent),
    ]);
    const dialog = await openProposeDialog();

    fireEvent.click(within(dialog).getByRole('button', { name: 'Send proposal' }));

    const times = within(dialog).getByRole('group', { name: 'Interview times' });
    await waitFor(() => expect(document.activeElement).toBe(times));
    expect(times.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(times)).toBe('Offer at least one interview time.');
    expect(sent).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Add an interview time' }));
    expect(times.getAttribute('aria-invalid')).toBeNull();
  });

  test('a time without a start is caught before sending', async () => {
    renderPage([pageAnswer(buildJobPageData({ suggestions: [buildSuggestion({ fullName: 'Sam Okafor' })] }))]);
    const dialog = await openProposeDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add an interview time' }));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Send proposal' }));

    await waitFor(() => expect(errorOf(within(dialog).getByLabelText(/^Start/))).toBe('Choose a date and start time.'));
  });

  test('after sending, goes to the new proposal’s page with a note that it was sent', async () => {
    const sent: ProposeInput[] = [];
    renderPage([
      pageAnswer(buildJobPageData({ suggestions: [buildSuggestion({ fullName: 'Sam Okafor', candidateId: 'candidate-sam' })] })),
      proposeAnswer({ __typename: 'ProposeMatchSuccess', proposal: { __typename: 'Proposal', id: 'proposal-new', status: 'PROPOSED' } }, sent),
    ]);
    const dialog = await openProposeDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add an interview time' }));
    fireEvent.change(within(dialog).getByLabelText(/^Start/), { target: { value: '2099-12-01T10:00' } });
    fireEvent.change(within(dialog).getByLabelText('Location or link'), { target: { value: 'https://meet.example.test/x' } });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Send proposal' }));

    expect(within(dialog).getByRole('status').textContent).toBe('Sending…');
    await waitFor(() => expect(window.location.pathname).toBe('/recruiter/proposals/proposal-new'));
    expect(takeFlashNotice()).toContain('Proposal sent to Sam Okafor.');
    expect(sent[0]).toMatchObject({
      candidateId: 'candidate-sam',
      slots: [{ startsAt: '2099-12-01T10:00:00.000Z', location: 'https://meet.example.test/x', format: 'VIDEO' }],
    });
    // 17:00 on the candidate's clock (the suggestion's zone is Europe/Berlin unless set): 16:00 UTC in winter, 15:00 in summer.
    expect(sent[0]!.respondBy).toMatch(/T1[56]:00:00\.000Z$/);
  });

  test('a candidate proposed meanwhile by someone else: says so and reloads the page', async () => {
    const sent: ProposeInput[] = [];
    renderPage([
      pageAnswer(buildJobPageData({ suggestions: [buildSuggestion({ fullName: 'Sam Okafor' })] })),
      proposeAnswer({ __typename: 'DuplicateProposalError', message: 'Sam Okafor already has an open proposal for this job.' }, sent),
    ]);
    const dialog = await openProposeDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add an interview time' }));
    fireEvent.change(within(dialog).getByLabelText(/^Start/), { target: { value: '2099-12-01T10:00' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send proposal' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('Sam Okafor already has an open proposal for this job. The page now shows the latest state.');
  });

  test('a job that stopped taking proposals meanwhile: shows the API’s reason as it comes, and the page shows the job’s new status', async () => {
    const sent: ProposeInput[] = [];
    const sam = buildSuggestion({ fullName: 'Sam Okafor' });
    const open = buildJobPageData({ suggestions: [sam] });
    const onHold = buildJobPageData({ suggestions: [sam], status: 'ON_HOLD' });
    renderPage([
      { ...pageAnswer(open), maxUsageCount: 1 },
      proposeAnswer({ __typename: 'InvalidTransitionError', message: 'This job is on hold: it takes no new proposals.', currentStatus: 'ON_HOLD' }, sent),
      pageAnswer(onHold),
    ]);
    const dialog = await openProposeDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add an interview time' }));
    fireEvent.change(within(dialog).getByLabelText(/^Start/), { target: { value: '2099-12-01T10:00' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send proposal' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('This job is on hold: it takes no new proposals. The page now shows the latest state.');
    expect(alert.textContent).not.toContain('changed since you opened it');
    await waitFor(() => expect(screen.getByText('The job is on hold: open it again to propose candidates.')).toBeDefined());
  });
});
