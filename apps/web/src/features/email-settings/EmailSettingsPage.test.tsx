import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import EmailSettingsPage, { EmailSettingsPage_Query, UpdateEmailPreferences_Mutation } from './EmailSettingsPage';

afterEach(cleanup);

type Frequency = 'IMMEDIATELY' | 'DAILY_DIGEST' | 'OFF';
const BOTH = ['IMMEDIATELY', 'DAILY_DIGEST', 'OFF'] as const;
const NO_DIGEST = ['IMMEDIATELY', 'OFF'] as const;

function preferences(over: Partial<Record<string, Frequency>> = {}) {
  return (
    [
      ['NEW_PROPOSALS', BOTH],
      ['PROPOSAL_UPDATES', BOTH],
      ['INTERVIEWS', NO_DIGEST],
      ['REMINDERS', NO_DIGEST],
    ] as const
  ).map(([category, allowed]) => ({
    __typename: 'EmailPreference' as const,
    category,
    frequency: over[category] ?? 'IMMEDIATELY',
    allowedFrequencies: [...allowed],
    updatedAt: over[category] ? '2026-12-04T10:00:00.000Z' : null,
  }));
}

const loaded = (over?: Partial<Record<string, Frequency>>, role = 'CANDIDATE'): MockLink.MockedResponse => ({
  request: { query: EmailSettingsPage_Query },
  result: { data: { me: { __typename: 'User', id: 'u1', email: 'sam@example.com', role }, emailPreferences: preferences(over) } },
});

function renderPage(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <EmailSettingsPage params={{}} />
    </ApolloProvider>,
  );
}

const group = (name: string) => screen.findByRole('group', { name });

describe('e-mail settings', () => {
  test('offers the daily digest only for proposal news, and shows what each kind is set to', async () => {
    renderPage([loaded({ REMINDERS: 'OFF' })]);

    const proposals = await group('New proposals');
    expect(within(proposals).getAllByRole('radio').map((radio) => radio.closest('label')!.textContent)).toEqual([
      'Right away',
      'Once a day, in a digest',
      'Off',
    ]);
    expect(within(proposals).getByRole('radio', { name: 'Right away' })).toHaveProperty('checked', true);
    const interviews = await group('Interview invites');
    expect(within(interviews).queryByRole('radio', { name: 'Once a day, in a digest' })).toBeNull();
    expect(within(await group('Reminders')).getByRole('radio', { name: 'Off' })).toHaveProperty('checked', true);
    expect(screen.getByText('sam@example.com')).toBeDefined();
  });

  test('says what new proposals are in the words of the reader: a job for a candidate, a candidate for a recruiter', async () => {
    renderPage([loaded(undefined, 'RECRUITER')]);
    expect((await group('New proposals')).textContent).toContain('proposes a candidate for one of your jobs');
    cleanup();
    renderPage([loaded()]);
    expect((await group('New proposals')).textContent).toContain('A recruiter proposes a job to you.');
  });

  test('saves only what changed and says so', async () => {
    renderPage([
      loaded(),
      {
        request: { query: UpdateEmailPreferences_Mutation, variables: { input: { preferences: [{ category: 'NEW_PROPOSALS', frequency: 'DAILY_DIGEST' }] } } },
        result: { data: { updateEmailPreferences: { __typename: 'UpdateEmailPreferencesSuccess', preferences: preferences({ NEW_PROPOSALS: 'DAILY_DIGEST' }) } } },
      },
    ]);

    fireEvent.click(within(await group('New proposals')).getByRole('radio', { name: 'Once a day, in a digest' }));
    expect(screen.getByText('Unsaved changes')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect((await screen.findByRole('status')).textContent).toBe('Your e-mail settings are saved.');
    expect(within(await group('New proposals')).getByRole('radio', { name: 'Once a day, in a digest' })).toHaveProperty('checked', true);
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });

  test("puts the server's refusal next to the kind of e-mail it is about", async () => {
    renderPage([
      loaded(),
      {
        request: { query: UpdateEmailPreferences_Mutation, variables: { input: { preferences: [{ category: 'REMINDERS', frequency: 'OFF' }] } } },
        result: {
          data: {
            updateEmailPreferences: {
              __typename: 'ValidationError',
              message: 'Reminders cannot be turned off here.',
              fieldErrors: [{ __typename: 'FieldError', field: 'preferences.0.frequency', message: 'Reminders cannot be turned off here.' }],
            },
          },
        },
      },
    ]);

    fireEvent.click(within(await group('Reminders')).getByRole('radio', { name: 'Off' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    const reminders = await group('Reminders');
    expect(await within(reminders).findByText('Reminders cannot be turned off here.')).toBeDefined();
    expect(within(reminders).getByRole('radio', { name: 'Off' })).toHaveProperty('checked', true);
    expect(screen.queryByText('Your e-mail settings are saved.')).toBeNull();
  });
});
