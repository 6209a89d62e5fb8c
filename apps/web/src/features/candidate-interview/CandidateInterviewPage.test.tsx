import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { composePoliteMessage } from '@shortlist/domain/interviews';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import CandidateInterviewPage, { CandidateInterviewPage_Query } from './CandidateInterviewPage';
import { CancelInterviewConfirmation_Mutation } from './CancelInterviewConfirmation';
import { RescheduleRequestForm_Mutation } from './RescheduleRequestForm';

afterEach(cleanup);

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

const HOUR = 3_600_000;
const startsAt = new Date(Math.ceil((Date.now() + 5 * HOUR) / HOUR) * HOUR + 2 * 60_000).toISOString();

const me = {
  __typename: 'User',
  id: 'user-sam',
  name: 'Sam Okafor',
  timeZone: 'Europe/Berlin',
  agency: { __typename: 'Agency', name: 'Northwind Talent', cancellationPolicy: { __typename: 'CancellationPolicy', lateNoticeMinutes: 1440 } },
};

const proposal = {
  __typename: 'Proposal',
  id: 'proposal-1',
  recruiterName: 'Riley Chen',
  job: { __typename: 'Job', id: 'job-1', title: 'Senior Backend Engineer (Node.js)', clientCompany: { __typename: 'ClientCompany', name: 'Lumen Ledger' } },
};

function buildInterview(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Interview',
    id: 'interview-1',
    status: 'SCHEDULED',
    version: 1,
    startsAt,
    endsAt: new Date(new Date(startsAt).getTime() + 0.75 * HOUR).toISOString(),
    timeZone: 'Europe/London',
    format: 'VIDEO',
    location: 'https://meet.example.com/abc',
    calendarUrl: '/interviews/abc.ics',
    rescheduleRequest: null,
    rescheduledTo: null,
    rescheduledFrom: null,
    cancellation: null,
    noShowParty: null,
    noShowNote: null,
    canReflect: false,
    reflection: null,
    clientFeedback: null,
    noShowContest: null,
    proposal,
    ...overrides,
  };
}

const query = { query: CandidateInterviewPage_Query, variables: { id: 'interview-1' } };

function renderPage(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <CandidateInterviewPage params={{ interviewId: 'interview-1' }} />
    </ApolloProvider>,
  );
}

describe('the candidate’s interview page', () => {
  test('shows when (in both zones), how, and a calendar file to download', async () => {
    renderPage([{ request: query, result: { data: { me, node: buildInterview() } } }]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Interview for Senior Backend Engineer (Node.js)' })).toBeDefined();
    expect(screen.getByText(/\(Europe\/Berlin\)$/, { selector: '.interview__time' })).toBeDefined();
    expect(screen.getByText(/^Set as .+ \(Europe\/London\)$/)).toBeDefined();
    expect(screen.getByText('Video call')).toBeDefined();
    const calendar = screen.getByRole('link', { name: 'Add to calendar (.ics)' });
    expect(calendar.getAttribute('href')).toBe('/interviews/abc.ics');
    expect(calendar.hasAttribute('download')).toBe(true);
  });

  test('offers no calendar file for a cancelled interview', async () => {
    renderPage([{ request: query, result: { data: { me, node: buildInterview({ status: 'CANCELLED' }) } } }]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Interview for Senior Backend Engineer (Node.js)' })).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Add to calendar (.ics)' })).toBeNull();
  });

  test('for a moved interview, offers no calendar file and links to the new time', async () => {
    const moved = buildInterview({
      status: 'NEEDS_RESCHEDULING',
      rescheduleRequest: { __typename: 'RescheduleRequest', by: 'RECRUITER', reason: 'The panel changed', message: null },
      rescheduledTo: { __typename: 'Interview', id: 'interview-2', startsAt: '2030-01-15T10:00:00.000Z', timeZone: 'Europe/London' },
    });
    renderPage([{ request: query, result: { data: { me, node: moved } } }]);

    expect(await screen.findByText(/^This interview moved to Tue 15 Jan, 11:00 \(Europe\/Berlin\):/)).toBeDefined();
    expect(screen.getByRole('link', { name: 'see the new time' }).getAttribute('href')).toBe('/me/interviews/interview-2');
    expect(screen.queryByRole('link', { name: 'Add to calendar (.ics)' })).toBeNull();
    // The new interview is the one to cancel or move.
    expect(screen.queryByRole('button', { name: 'Cancel interview' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ask to reschedule' })).toBeNull();
  });

  test('an interview that replaced another says when it was, why it moved, and the recruiter’s message as written', async () => {
    const previous = { __typename: 'Interview', id: 'interview-0', startsAt: '2030-01-14T09:00:00.000Z' };
    const replacement = buildInterview({
      rescheduledFrom: {
        ...previous,
        rescheduleRequest: { __typename: 'RescheduleRequest', by: 'RECRUITER', reason: 'The hiring manager is travelling', message: 'Sorry for the change, Sam.' },
      },
    });
    renderPage([{ request: query, result: { data: { me, node: replacement } } }]);

    const movedFrom = await screen.findByText(/^Moved from/);
    expect(movedFrom.textContent).toBe('Moved from Mon 14 Jan, 10:00 (Europe/Berlin): “The hiring manager is travelling”.');
    expect(within(movedFrom).getByRole('link').getAttribute('href')).toBe('/me/interviews/interview-0');
    expect(screen.getByText('Message from Riley Chen').nextElementSibling?.textContent).toBe('Sorry for the change, Sam.');
    cleanup();

    renderPage([{ request: query, result: { data: { me, node: buildInterview({ rescheduledFrom: { ...previous, rescheduleRequest: { __typename: 'RescheduleRequest', by: 'RECRUITER', reason: 'The manager travels.', message: null } } }) } } }]);
    expect((await screen.findByText(/^Moved from/)).textContent).toBe('Moved from Mon 14 Jan, 10:00 (Europe/Berlin): “The manager travels.”');
    expect(screen.queryByText(/^Message from/)).toBeNull();
  });

  test('while the request for a new time is pending, the candidate can still cancel, but not ask again (B12)', async () => {
    const pending = buildInterview({
      status: 'NEEDS_RESCHEDULING',
      rescheduleRequest: { __typename: 'RescheduleRequest', by: 'CANDIDATE', reason: 'I have a medical appointment then.', message: null },
    });
    renderPage([{ request: query, result: { data: { me, node: pending } } }]);

    const section = await screen.findByRole('region', { name: "Can't make it?" });
    expect(within(section).getByText("If you can no longer come at any time, cancel with a reason; Riley Chen hears from you at once.")).toBeDefined();
    expect(within(section).queryByRole('button', { name: 'Ask to reschedule' })).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: 'Cancel interview' }));
    expect(screen.getByRole('dialog', { name: 'Cancel your interview?' })).toBeDefined();
  });

  test('states the late notice before confirming, then shows the notice as recorded', async () => {
    const message = composePoliteMessage('cancel', { reason: 'SCHEDULE_CONFLICT', candidateName: 'Sam Okafor', recruiterName: 'Riley Chen', jobTitle: 'Senior Backend Engineer (Node.js)', companyName: 'Lumen Ledger' });
    const recorded = "5 hours before the start: this is late notice under Northwind Talent's 24-hour policy.";
    renderPage([
      { request: query, result: { data: { me, node: buildInterview() } } },
      {
        request: {
          query: CancelInterviewConfirmation_Mutation,
          variables: { input: { interviewId: 'interview-1', reason: 'SCHEDULE_CONFLICT', reasonText: null, message } },
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
                  noticeDescription: recorded,
                  noticeGivenMinutes: 300,
                  reason: 'SCHEDULE_CONFLICT',
                  reasonLabel: 'A scheduling conflict',
                  reasonText: null,
                  message,
                },
                proposal,
              },
            },
          },
        },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Cancel interview' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel your interview?' });
    expect(within(dialog).getByText(/this is late notice under Northwind Talent's 24-hour policy/)).toBeDefined();

    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'SCHEDULE_CONFLICT' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm cancellation' }));

    expect(await screen.findByRole('heading', { name: /^You cancelled this interview/ })).toBeDefined();
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Your interview is cancelled'));
    expect(screen.getByText(recorded)).toBeDefined();
    expect(screen.getByText('Late notice')).toBeDefined();
    expect(screen.getByText('Cancelled', { selector: '.status' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Cancel interview' })).toBeNull();
  });

  test('asks to reschedule with a reason and a polite note', async () => {
    renderPage([
      { request: query, result: { data: { me, node: buildInterview() } } },
      {
        request: {
          query: RescheduleRequestForm_Mutation,
          variables: {
            input: {
              interviewId: 'interview-1',
              reason: 'A clash with a family appointment',
              message:
                "Hi Riley,\n\nI'm sorry, but I can't make the interview for the Senior Backend Engineer (Node.js) role at Lumen Ledger at the time we set. " +
                "I'm still very interested, and I'd be glad to find another time that suits the team.\n\nBest regards,\nSam Okafor",
            },
          },
        },
        result: {
          data: {
            requestReschedule: {
              __typename: 'RequestRescheduleSuccess',
              interview: {
                __typename: 'Interview',
                id: 'interview-1',
                status: 'NEEDS_RESCHEDULING',
                version: 2,
                rescheduleRequest: { __typename: 'RescheduleRequest', by: 'CANDIDATE', reason: 'A clash with a family appointment', message: null },
              },
            },
          },
        },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Ask to reschedule' }));
    fireEvent.click(screen.getByRole('button', { name: 'Send the request' }));
    expect(screen.getByText('Say in a few words why you need a new time.')).toBeDefined();

    fireEvent.change(screen.getByLabelText('Why do you need a new time?'), { target: { value: 'A clash with a family appointment' } });
    const send = screen.getByRole('button', { name: 'Send the request' });
    send.focus();
    fireEvent.click(send);
    expect(send.getAttribute('aria-disabled')).toBe('true');
    expect(send.hasAttribute('disabled')).toBe(false);

    expect(await screen.findByText('Your request was sent.')).toBeDefined();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByText('Your request was sent.').closest('[role="status"]')));
    expect(screen.getByText('Waiting for a new time', { selector: '.status' })).toBeDefined();
    expect(screen.getByText(/You asked for a new time: “A clash with a family appointment”/)).toBeDefined();
  });

  test('“Keep the interview” closes the dialog and hands focus back to “Cancel interview”', async () => {
    renderPage([{ request: query, result: { data: { me, node: buildInterview() } } }]);

    const cancel = await screen.findByRole('button', { name: 'Cancel interview' });
    cancel.focus();
    fireEvent.click(cancel);
    const dialog = screen.getByRole('dialog', { name: 'Cancel your interview?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep the interview' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel interview' }));
  });

  test('“Keep this time” hands focus back to “Ask to reschedule”', async () => {
    renderPage([{ request: query, result: { data: { me, node: buildInterview() } } }]);

    fireEvent.click(await screen.findByRole('button', { name: 'Ask to reschedule' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep this time' }));

    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ask to reschedule' }));
  });

  test('says so and shows the latest state when the interview changed meanwhile', async () => {
    const message = composePoliteMessage('cancel', { reason: 'OTHER', candidateName: 'Sam Okafor', recruiterName: 'Riley Chen', jobTitle: 'Senior Backend Engineer (Node.js)', companyName: 'Lumen Ledger' });
    renderPage([
      { request: query, result: { data: { me, node: buildInterview() } } },
      {
        request: {
          query: CancelInterviewConfirmation_Mutation,
          variables: { input: { interviewId: 'interview-1', reason: 'OTHER', reasonText: 'Travel', message } },
        },
        result: { data: { cancelInterview: { __typename: 'InvalidTransitionError', message: 'This interview was already cancelled.', currentStatus: 'CANCELLED' } } },
      },
      {
        request: query,
        result: {
          data: {
            me,
            node: buildInterview({
              status: 'CANCELLED',
              cancellation: {
                __typename: 'InterviewCancellation',
                at: new Date().toISOString(),
                by: 'RECRUITER',
                isLate: false,
                noticeDescription: "2 days before the start: within Northwind Talent's 24-hour policy.",
                noticeGivenMinutes: 2880,
                reason: 'POSITION_FILLED',
                reasonLabel: 'The position has been filled',
                reasonText: null,
                message: 'Hi Sam, the role has been filled. Riley',
              },
            }),
          },
        },
      },
    ]);

    fireEvent.click(await screen.findByRole('button', { name: 'Cancel interview' }));
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'OTHER' } });
    fireEvent.change(screen.getByLabelText('Tell us more'), { target: { value: 'Travel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirm cancellation' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This interview was already cancelled.');
    // The focus moves in an effect that may run after the DOM change waitFor saw.
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(await screen.findByRole('heading', { name: /^Riley Chen cancelled this interview/ })).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
