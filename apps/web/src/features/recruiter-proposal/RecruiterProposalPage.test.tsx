import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { polyfillDialog } from '../../ui/polyfill-dialog';
import { CancelInterviewDialog_Mutation } from './CancelInterviewDialog';
import { InterviewCard_Reschedule } from './InterviewCard';
import { ProposalActions_RecordHire, ProposalActions_Reject, ProposalActions_Withdraw } from './ProposalActionDialogs';
import { buildEvent, buildInterview, buildProposalPageData, hoursFromNow, RILEY, SAM } from './recruiter-proposal-fixtures';
import RecruiterProposalPage, { RecruiterProposalPage_Query } from './RecruiterProposalPage';

beforeAll(polyfillDialog);
afterEach(cleanup);

type PageData = ReturnType<typeof buildProposalPageData>;

function pageAnswers(...answers: PageData[]): MockLink.MockedResponse[] {
  // The first answer is for the first load; each later one for the next reload, the last one repeating.
  return answers.map((data, index) => ({
    request: { query: RecruiterProposalPage_Query, variables: { id: data.node.id } },
    result: { data },
    ...(index === answers.length - 1 ? { maxUsageCount: Number.POSITIVE_INFINITY } : {}),
  }));
}

function mutationAnswer(query: MockLink.MockedResponse['request']['query'], data: Record<string, unknown>, sent: unknown[] = []): MockLink.MockedResponse {
  return {
    request: {
      query,
      variables: (variables: { input: unknown }) => {
        sent.push(variables.input);
        return true;
      },
    },
    result: { data },
  };
}

function renderPage(mocks: MockLink.MockedResponse[], proposalId = 'proposal-1') {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <RecruiterProposalPage params={{ proposalId }} />
    </ApolloProvider>,
  );
}

function errorOf(input: HTMLElement): string {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .map((id) => document.getElementById(id))
    .filter((node) => node?.className === 'field__error')
    .map((node) => node!.textContent)
    .join(' ');
}

const lateCancellation = {
  by: 'CANDIDATE' as const,
  reasonLabel: 'A scheduling conflict',
  message: 'I am sorry: a clash came up that I cannot move.',
  isLate: true,
  noticeDescription: "3 hours before the start: this is late notice under Northwind Talent's 24-hour policy.",
};

describe('the recruiter’s proposal page', () => {
  test('names the candidate and the job, links to both, and shows the status and the message sent', async () => {
    renderPage(pageAnswers(buildProposalPageData({ status: 'PROPOSED' })));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sam Okafor for Senior Data Engineer' })).toBeDefined();
    expect(screen.getByText('Proposed', { selector: '.status' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'The job: Senior Data Engineer' }).getAttribute('href')).toBe('/recruiter/jobs/job-1');
    expect(screen.getByRole('link', { name: 'Sam Okafor’s profile' }).getAttribute('href')).toBe('/recruiter/candidates/candidate-sam');
    expect(screen.getByRole('meter', { name: 'Match score' }).getAttribute('aria-valuenow')).toBe('82');
    expect(screen.getByRole('region', { name: 'Summary' }).textContent).toContain('I think the Senior Data Engineer role at Orchid Pay');
  });
});

describe('the timeline', () => {
  test('lists every event oldest first, with who, when and what', async () => {
    renderPage(
      pageAnswers(
        buildProposalPageData({
          history: [
            buildEvent({ action: 'proposal.proposed', createdAt: '2026-11-20T09:00:00.000Z', actor: RILEY, message: 'Hi Sam, have a look.' }),
            buildEvent({ action: 'proposal.accepted', createdAt: '2026-11-21T10:30:00.000Z', actor: SAM }),
          ],
        }),
      ),
    );

    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const items = within(timeline).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Riley Chen proposed the candidate for this job.');
    expect(items[0]!.textContent).toContain('Fri 20 Nov, 09:00 (Europe/London) · Riley Chen (recruiter)');
    expect(items[0]!.textContent).toContain('Hi Sam, have a look.');
    expect(items[1]!.textContent).toContain('Sam Okafor accepted the proposal.');
  });

  test('a decline shows the reason as the candidate picked it and their message as they wrote it', async () => {
    renderPage(
      pageAnswers(
        buildProposalPageData({
          status: 'DECLINED',
          history: [
            buildEvent({ action: 'proposal.proposed' }),
            buildEvent({
              action: 'proposal.declined',
              actor: SAM,
              fromProposalStatus: 'PROPOSED',
              reason: 'REMOTE_POLICY',
              reasonLabel: "The remote-work policy doesn't suit me",
              message: 'Thank you!\nI am looking for a role with a few office days a month.',
            }),
          ],
        }),
      ),
    );

    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const decline = within(timeline).getAllByRole('listitem')[1]!;
    expect(decline.textContent).toContain('Sam Okafor declined the proposal.');
    expect(decline.textContent).toContain("Reason: The remote-work policy doesn't suit me");
    expect(decline.querySelector('blockquote')?.textContent).toBe('Thank you!\nI am looking for a role with a few office days a month.');
  });

  test.each([
    [true, 'Open to future roles at Orchid Pay'],
    [false, 'Not looking for other roles at Orchid Pay for now'],
  ])('a decline says whether the candidate is open to future roles at the client (%s), with the decline and on the timeline', async (isOpenToFutureRoles, words) => {
    renderPage(
      pageAnswers(
        buildProposalPageData({
          status: 'DECLINED',
          decline: { at: '2026-11-21T09:00:00.000Z', reasonLabel: "The remote-work policy doesn't suit me", isOpenToFutureRoles },
          history: [
            buildEvent({ action: 'proposal.proposed' }),
            buildEvent({ action: 'proposal.declined', actor: SAM, fromProposalStatus: 'PROPOSED', reasonLabel: "The remote-work policy doesn't suit me" }),
          ],
        }),
      ),
    );

    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const [proposed, decline] = within(timeline).getAllByRole('listitem');
    expect(decline!.textContent).toContain(`${words}.`);
    expect(proposed!.textContent).not.toContain(words);
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary.textContent).toContain("DeclinedThe remote-work policy doesn't suit me, Sat 21 Nov, 09:00 (Europe/London)");
    expect(summary.textContent).toContain(words);
  });

  test('a late cancellation says “Late notice” and how much notice was given', async () => {
    const interview = buildInterview({ status: 'CANCELLED', startsAt: '2026-11-23T13:00:00.000Z', cancellation: lateCancellation });
    renderPage(
      pageAnswers(
        buildProposalPageData({
          interviews: [interview],
          history: [
            buildEvent({ action: 'proposal.proposed' }),
            buildEvent({
              action: 'interview.cancelled',
              actor: SAM,
              reason: 'SCHEDULE_CONFLICT',
              reasonLabel: 'A scheduling conflict',
              message: lateCancellation.message,
              noticeGivenMinutes: 180,
              isLate: true,
              interview: { id: interview.id, startsAt: interview.startsAt, noticeDescription: lateCancellation.noticeDescription },
            }),
          ],
        }),
      ),
    );

    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const cancelled = within(timeline).getAllByRole('listitem').filter((item) => /late notice/i.test(item.textContent ?? ''));
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]!.textContent).toContain('Sam Okafor cancelled the interview on Mon 23 Nov, 13:00 (Europe/London).');
    expect(cancelled[0]!.textContent).toContain(
      "Late notice · 3 hours before the start: this is late notice under Northwind Talent's 24-hour policy.",
    );
    expect(cancelled[0]!.textContent).toContain('Reason: A scheduling conflict');
    expect(cancelled[0]!.textContent).toContain('I am sorry: a clash came up that I cannot move.');
  });

  test('a cancellation with enough notice says so, without a late badge', async () => {
    renderPage(
      pageAnswers(
        buildProposalPageData({
          history: [buildEvent({ action: 'interview.cancelled', actor: RILEY, reasonLabel: 'The interviewer is unavailable', noticeGivenMinutes: 3 * 24 * 60, isLate: false })],
        }),
      ),
    );

    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    expect(timeline.textContent).toContain("Notice given · 3 days before the start: within Northwind Talent's 24-hour policy.");
    expect(timeline.textContent).not.toContain('Late notice');
  });
});

describe('the interview and its actions', () => {
  test('an upcoming interview shows its time in the recruiter’s and the candidate’s zones, and can be moved or cancelled', async () => {
    renderPage(pageAnswers(buildProposalPageData({ interviews: [buildInterview({ startsAt: '2099-12-01T10:00:00.000Z' })] })));

    const card = await screen.findByRole('article', { name: 'Interview on Tue 1 Dec, 10:00 (Europe/London)' });
    expect(card.textContent).toContain('For Sam');
    expect(card.textContent).toContain('Tue 1 Dec, 11:00 (Europe/Berlin)');
    expect(within(card).getByRole('button', { name: 'Reschedule' })).toBeDefined();
    expect(within(card).getByRole('button', { name: 'Cancel interview' })).toBeDefined();
    expect(within(card).queryByRole('button', { name: 'Mark completed' })).toBeNull();
    expect(within(card).queryByRole('button', { name: 'Record no-show' })).toBeNull();
  });

  test('an interview past its start and grace can be marked completed or recorded as a no-show, not cancelled', async () => {
    renderPage(pageAnswers(buildProposalPageData({ interviews: [buildInterview({ startsAt: hoursFromNow(-1) })] })));

    const card = await screen.findByRole('article', { name: /^Interview on/ });
    expect(within(card).getByRole('button', { name: 'Mark completed' })).toBeDefined();
    expect(within(card).getByRole('button', { name: 'Record no-show' })).toBeDefined();
    expect(within(card).queryByRole('button', { name: 'Cancel interview' })).toBeNull();
  });

  test('cancelling states the notice being given before confirming, then sends the reason and message', async () => {
    const interview = buildInterview({ id: 'interview-soon', startsAt: hoursFromNow(3.5) });
    const sent: unknown[] = [];
    renderPage([
      ...pageAnswers(
        buildProposalPageData({ interviews: [interview] }),
        buildProposalPageData({ interviews: [{ ...interview, status: 'CANCELLED' }] }),
      ),
      mutationAnswer(
        CancelInterviewDialog_Mutation,
        { cancelInterview: { __typename: 'CancelInterviewSuccess', interview: { __typename: 'Interview', id: 'interview-soon', status: 'CANCELLED' } } },
        sent,
      ),
    ]);
    const card = await screen.findByRole('article', { name: /^Interview on/ });

    fireEvent.click(within(card).getByRole('button', { name: 'Cancel interview' }));

    const dialog = await screen.findByRole('dialog', { name: /^Cancel the interview on/ });
    expect(dialog.textContent).toContain("Late notice 3 hours before the start: this is late notice under Northwind Talent's 24-hour policy.");
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'INTERVIEWER_UNAVAILABLE' } });
    const message = within(dialog).getByLabelText('Message to the candidate') as HTMLTextAreaElement;
    expect(message.value).toContain('Hi Sam,');
    expect(message.value).toContain('The interviewer is no longer available at that time');
    expect(message.value).toContain('(Europe/Berlin)');
    expect(within(dialog).getByRole('button', { name: 'Confirm cancellation' }).hasAttribute('disabled')).toBe(false);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm cancellation' }));

    expect(await screen.findByText('Interview cancelled.')).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sent[0]).toMatchObject({ interviewId: 'interview-soon', reason: 'INTERVIEWER_UNAVAILABLE', reasonText: null });
    await waitFor(() => expect(screen.getByText('Cancelled', { selector: '.status' })).toBeDefined());
  });
});

describe('moving an interview', () => {
  const interview = buildInterview({ id: 'interview-later', startsAt: '2099-12-01T10:00:00.000Z' });
  const moved = { rescheduleInterview: { __typename: 'RescheduleInterviewSuccess', interview: { __typename: 'Interview', id: 'interview-new', status: 'SCHEDULED', startsAt: '2099-12-02T10:00:00.000Z' } } };

  test('a scheduled interview nobody asked to move needs a reason: the error is beside the field and nothing is sent', async () => {
    const sent: unknown[] = [];
    renderPage([...pageAnswers(buildProposalPageData({ interviews: [interview] })), mutationAnswer(InterviewCard_Reschedule, moved, sent)]);
    fireEvent.click(within(await screen.findByRole('article', { name: /^Interview on/ })).getByRole('button', { name: 'Reschedule' }));

    const dialog = await screen.findByRole('dialog', { name: 'Reschedule the interview' });
    fireEvent.change(within(dialog).getByLabelText('Message to the candidate'), { target: { value: 'Sorry for the change.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the new time' }));

    const reason = within(dialog).getByLabelText('Why the time moves');
    await waitFor(() => expect(errorOf(reason)).toBe('Say in a few words why a new time is needed.'));
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect((within(dialog).getByLabelText('Message to the candidate') as HTMLTextAreaElement).value).toBe('Sorry for the change.');
    expect(sent).toEqual([]);
  });

  test('the reason and message are sent with the new time', async () => {
    const sent: unknown[] = [];
    renderPage([...pageAnswers(buildProposalPageData({ interviews: [interview] })), mutationAnswer(InterviewCard_Reschedule, moved, sent)]);
    fireEvent.click(within(await screen.findByRole('article', { name: /^Interview on/ })).getByRole('button', { name: 'Reschedule' }));

    const dialog = await screen.findByRole('dialog', { name: 'Reschedule the interview' });
    fireEvent.change(within(dialog).getByLabelText('Why the time moves'), { target: { value: 'The hiring manager is ill that day.' } });
    fireEvent.change(within(dialog).getByLabelText('Message to the candidate'), { target: { value: 'Sorry for the change.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the new time' }));

    expect(await screen.findByText('Interview moved to the new time.')).toBeDefined();
    expect(sent).toEqual([
      expect.objectContaining({ interviewId: 'interview-later', startsAt: expect.any(String), reason: 'The hiring manager is ill that day.', message: 'Sorry for the change.' }),
    ]);
  });

  test('answering a request for a new time needs no reason', async () => {
    const sent: unknown[] = [];
    const asked = { ...interview, status: 'NEEDS_RESCHEDULING' as const, rescheduleRequest: { __typename: 'RescheduleRequest' as const, by: 'CANDIDATE' as const, reason: 'A clash.' } };
    renderPage([...pageAnswers(buildProposalPageData({ interviews: [asked as unknown as typeof interview] })), mutationAnswer(InterviewCard_Reschedule, moved, sent)]);
    fireEvent.click(within(await screen.findByRole('article', { name: /^Interview on/ })).getByRole('button', { name: 'Reschedule' }));

    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Reschedule the interview' })).getByRole('button', { name: 'Save the new time' }));

    expect(await screen.findByText('Interview moved to the new time.')).toBeDefined();
    expect(sent).toEqual([expect.objectContaining({ interviewId: 'interview-later', reason: null, message: null })]);
  });

  test('the timeline shows why the recruiter moved the interview and their message', async () => {
    renderPage(
      pageAnswers(
        buildProposalPageData({
          history: [
            buildEvent({
              action: 'interview.reschedule_requested',
              reasonText: 'The hiring manager is ill that day.',
              message: 'Sorry for the change.',
              interview: { id: 'interview-later', startsAt: '2099-12-01T10:00:00.000Z' },
            }),
          ],
        }),
      ),
    );
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    expect(timeline.textContent).toContain('Why: “The hiring manager is ill that day.”');
    expect(timeline.textContent).toContain('Sorry for the change.');
  });
});

describe('the proposal’s next steps', () => {
  test('an interviewing proposal can get an offer, be marked not selected, or be withdrawn', async () => {
    renderPage(pageAnswers(buildProposalPageData({ status: 'INTERVIEWING', interviews: [buildInterview()] })));

    const steps = await screen.findByRole('region', { name: 'Next steps' });
    expect(within(steps).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Record offer',
      'Not selected',
      'Withdraw proposal',
    ]);
  });

  test('an accepted proposal without an interview can have one scheduled', async () => {
    renderPage(pageAnswers(buildProposalPageData({ status: 'ACCEPTED' })));

    const steps = await screen.findByRole('region', { name: 'Next steps' });
    expect(within(steps).getByRole('button', { name: 'Schedule an interview' })).toBeDefined();
  });

  test('an offered proposal can record the hire, after confirming', async () => {
    const sent: unknown[] = [];
    renderPage([
      ...pageAnswers(
        buildProposalPageData({ status: 'OFFERED', offer: { at: '2026-11-24T10:00:00.000Z', salary: 90000, message: null } }),
        buildProposalPageData({ status: 'HIRED' }),
      ),
      mutationAnswer(
        ProposalActions_RecordHire,
        { recordHire: { __typename: 'RecordHireSuccess', proposal: { __typename: 'Proposal', id: 'proposal-1', status: 'HIRED' } } },
        sent,
      ),
    ]);
    expect((await screen.findByRole('region', { name: 'Summary' })).textContent).toContain('£90,000 a year');

    fireEvent.click(screen.getByRole('button', { name: 'Record hire' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Record the hire of Sam Okafor' })).getByRole('button', { name: 'Yes, Sam accepted: record the hire' }));

    expect(await screen.findByText('Hire recorded. Congratulations!')).toBeDefined();
    expect(sent).toEqual([{ proposalId: 'proposal-1' }]);
    expect(await screen.findByText('This proposal is closed: there is nothing more to do on it.')).toBeDefined();
  });

  test('“Record hire” says the offer is still open and asks whether the candidate accepted it', async () => {
    renderPage(pageAnswers(buildProposalPageData({ status: 'OFFERED', offer: { at: '2026-11-24T10:00:00.000Z', salary: 90000, message: null } })));

    fireEvent.click(await screen.findByRole('button', { name: 'Record hire' }));

    const dialog = await screen.findByRole('dialog', { name: 'Record the hire of Sam Okafor' });
    expect(dialog.textContent).not.toContain('accepted Orchid Pay');
    expect(dialog.textContent).toContain('Orchid Pay’s offer for Senior Data Engineer is still open: Sam has not accepted it in Shortlist.');
    expect(dialog.textContent).toContain('Has Sam told you they accept it?');
    expect(within(dialog).getByRole('button', { name: 'Not yet' })).toBeDefined();
  });

  test('a candidate hired elsewhere: the refusal names the accepted offer with its link, and the page offers no hire', async () => {
    const elsewhere = { id: 'proposal-hired', jobTitle: 'Platform Engineer', companyName: 'Harbor Freight' };
    renderPage([
      ...pageAnswers(
        buildProposalPageData({ status: 'OFFERED', offer: { at: '2026-11-24T10:00:00.000Z', salary: 90000, message: null } }),
        buildProposalPageData({ status: 'OFFERED', offer: { at: '2026-11-24T10:00:00.000Z', salary: 90000, message: null }, acceptedOfferElsewhere: elsewhere }),
      ),
      mutationAnswer(ProposalActions_RecordHire, {
        recordHire: {
          __typename: 'AlreadyHiredError',
          message: "Sam Okafor has already accepted Harbor Freight's offer for Platform Engineer; decline or withdraw this one instead.",
          hiredProposal: {
            __typename: 'Proposal',
            id: elsewhere.id,
            job: { __typename: 'Job', id: 'job-x', title: elsewhere.jobTitle, clientCompany: { __typename: 'ClientCompany', name: elsewhere.companyName } },
          },
        },
      }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Record hire' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record the hire of Sam Okafor' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, Sam accepted: record the hire' }));

    const refusal = await within(dialog).findByRole('alert');
    expect(refusal.textContent).toContain('Sam Okafor accepted Harbor Freight’s offer for Platform Engineer, so this offer cannot be recorded as a hire too.');
    expect(within(refusal).getByRole('link', { name: 'Harbor Freight’s offer for Platform Engineer' }).getAttribute('href')).toBe('/recruiter/proposals/proposal-hired');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Not yet' }));
    const steps = screen.getByRole('region', { name: 'Next steps' });
    await waitFor(() => expect(within(steps).queryByRole('button', { name: 'Record hire' })).toBeNull());
    expect(within(steps).getByRole('link', { name: 'Harbor Freight’s offer for Platform Engineer' })).toBeDefined();
  });

  test('while an action is sending its button keeps focus, and once done focus moves to the news', async () => {
    renderPage([
      ...pageAnswers(
        buildProposalPageData({ status: 'OFFERED', offer: { at: '2026-11-24T10:00:00.000Z', salary: 90000, message: null } }),
        buildProposalPageData({ status: 'HIRED' }),
      ),
      mutationAnswer(ProposalActions_RecordHire, {
        recordHire: { __typename: 'RecordHireSuccess', proposal: { __typename: 'Proposal', id: 'proposal-1', status: 'HIRED' } },
      }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Record hire' }));
    const confirm = within(await screen.findByRole('dialog', { name: 'Record the hire of Sam Okafor' })).getByRole('button', { name: 'Yes, Sam accepted: record the hire' });
    confirm.focus();

    fireEvent.click(confirm);

    // Not `disabled`, which would drop the focus to the page.
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    expect(confirm.hasAttribute('disabled')).toBe(false);
    expect(document.activeElement).toBe(confirm);
    const notice = (await screen.findByText('Hire recorded. Congratulations!')).closest('[role="status"]');
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(await screen.findByText('This proposal is closed: there is nothing more to do on it.')).toBeDefined();
  });

  test('“Not selected” offers a polite message that follows the reason, and puts the API’s messages by their fields', async () => {
    const sent: Array<{ reason: string | null; message: string }> = [];
    renderPage([
      ...pageAnswers(buildProposalPageData({ status: 'INTERVIEWING' })),
      mutationAnswer(
        ProposalActions_Reject,
        {
          rejectCandidate: {
            __typename: 'ValidationError',
            message: 'Some fields are invalid.',
            fieldErrors: [{ __typename: 'FieldError', field: 'message', message: 'Write at least 10 characters.' }],
          },
        },
        sent,
      ),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Not selected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Sam Okafor was not selected' });

    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'SKILLS_GAP' } });
    const message = within(dialog).getByLabelText('Message to the candidate') as HTMLTextAreaElement;
    expect(message.value).toContain('Hi Sam,');
    expect(message.value).toContain('closer match on some of the skills');
    fireEvent.change(message, { target: { value: 'Sorry.' } });
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'POSITION_FILLED' } });
    expect(message.value).toBe('Sorry.');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm not selected' }));

    await waitFor(() => expect(errorOf(message)).toBe('Write at least 10 characters.'));
    expect(message.value).toBe('Sorry.');
    expect(sent[0]).toMatchObject({ reason: 'POSITION_FILLED', message: 'Sorry.' });
  });

  test('when someone else changed the proposal first, says so and shows its new state', async () => {
    renderPage([
      ...pageAnswers(buildProposalPageData({ status: 'PROPOSED' }), buildProposalPageData({ status: 'DECLINED' })),
      mutationAnswer(ProposalActions_Withdraw, {
        withdrawProposal: { __typename: 'InvalidTransitionError', message: 'This proposal is already declined.', currentStatus: 'DECLINED' },
      }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw proposal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw the proposal' });
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'POSITION_FILLED' } });

    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm withdrawal' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('This proposal changed since you opened it: This proposal is already declined.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(await screen.findByText('Declined', { selector: '.status' })).toBeDefined();
    expect((within(dialog).getByLabelText('Reason') as HTMLSelectElement).value).toBe('POSITION_FILLED');
  });
});
