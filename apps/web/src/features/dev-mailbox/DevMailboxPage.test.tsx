import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import DevMailboxMessagePage, { DevMailboxMessagePage_Query } from './DevMailboxMessagePage';
import DevMailboxPage, { DevMailboxPage_Query } from './DevMailboxPage';

afterEach(cleanup);

const me = { __typename: 'User' as const, id: 'u1', timeZone: 'Europe/Berlin' };
const ID = '0b7c1f5e-8f0e-4a53-9a55-2b2b6f0e1a11';

function renderWith(mocks: MockLink.MockedResponse[], page: React.ReactNode) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(<ApolloProvider client={client}>{page}</ApolloProvider>);
}

describe('the development mailbox', () => {
  test('lists the kept e-mails newest first, each linking to itself, with its kind and status in words', async () => {
    renderWith(
      [
        {
          request: { query: DevMailboxPage_Query },
          result: {
            data: {
              me,
              devMailbox: {
                __typename: 'DevMailbox',
                isAvailable: true,
                offReason: null,
                messages: [
                  { __typename: 'DevMailboxMessage', id: ID, to: 'Sam Okafor <candidate@shortlist.test>', subject: 'A new job for you', kind: 'notification', status: 'SENT', createdAt: '2026-12-04T10:00:00.000Z', dueAt: '2026-12-04T10:00:00.000Z', sentAt: '2026-12-04T10:00:05.000Z' },
                  { __typename: 'DevMailboxMessage', id: 'other', to: 'Sam Okafor <candidate@shortlist.test>', subject: null, kind: 'reminder.interview.24h', status: 'PENDING', createdAt: '2026-12-04T09:00:00.000Z', dueAt: '2026-12-07T09:00:00.000Z', sentAt: null },
                ],
              },
            },
          },
        },
      ],
      <DevMailboxPage params={{}} />,
    );

    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(within(rows[0]!).getByRole('link', { name: 'A new job for you' }).getAttribute('href')).toBe(`/dev/mailbox/${ID}`);
    expect(rows[0]!.textContent).toContain('Sent');
    expect(rows[0]!.textContent).toContain('(Europe/Berlin)');
    expect(rows[1]!.textContent).toContain('Reminder, 24 h before');
    expect(rows[1]!.textContent).toContain('Waiting to send');
    expect(screen.getByText(/A development tool/)).toBeDefined();
  });

  test('says the mailbox is off, and why, when the API refuses it', async () => {
    renderWith(
      [
        {
          request: { query: DevMailboxPage_Query },
          result: { data: { me, devMailbox: { __typename: 'DevMailbox', isAvailable: false, offReason: 'SMTP_URL is set.', messages: null } } },
        },
      ],
      <DevMailboxPage params={{}} />,
    );
    expect((await screen.findByText('The development mailbox is off.')).parentElement!.textContent).toContain('SMTP_URL is set.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  test('shows one e-mail: its HTML in a frame with no permissions, its text, its invite and its headers', async () => {
    renderWith(
      [
        {
          request: { query: DevMailboxMessagePage_Query, variables: { id: ID } },
          result: {
            data: {
              me,
              devMailbox: {
                __typename: 'DevMailbox',
                isAvailable: true,
                offReason: null,
                message: {
                  __typename: 'DevMailboxMessage',
                  id: ID,
                  to: 'Sam Okafor <candidate@shortlist.test>',
                  subject: 'Interview: Data Engineer',
                  kind: 'interview.invite',
                  status: 'SENT',
                  dueAt: '2026-12-04T10:00:00.000Z',
                  sentAt: '2026-12-04T10:00:05.000Z',
                  text: 'Your interview is on Tue 8 Dec.',
                  html: '<p>Your interview</p><a href="http://localhost:4000/me/interviews/i1">Open the interview</a><script>parent.alert(1)</script>',
                  headers: [{ __typename: 'DevMailboxHeader', name: 'List-Unsubscribe', value: '<http://localhost:4000/unsubscribe?token=t&category=INTERVIEWS>' }],
                  attachments: [{ __typename: 'DevMailboxAttachment', filename: 'invite.ics', contentType: 'application/ics', size: 812, content: 'BEGIN:VCALENDAR\nMETHOD:REQUEST' }],
                },
              },
            },
          },
        },
      ],
      <DevMailboxMessagePage params={{ messageId: ID }} />,
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Interview: Data Engineer' })).toBeDefined();
    const frame = screen.getByTitle('The e-mail "Interview: Data Engineer"');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toContain('<p>Your interview</p>');
    expect(screen.getByText('Your interview is on Tue 8 Dec.')).toBeDefined();
    // The frame cannot follow links: the page lists them.
    expect(screen.getByRole('link', { name: 'Open the interview' }).getAttribute('href')).toBe('http://localhost:4000/me/interviews/i1');
    expect(screen.getByText('invite.ics')).toBeDefined();
    expect(screen.getByText(/METHOD:REQUEST/)).toBeDefined();
    expect(screen.getByRole('rowheader', { name: 'List-Unsubscribe' })).toBeDefined();
    expect(screen.getByText('Calendar invite')).toBeDefined();
  });
});
