import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { SkillPicker_Query } from '../skills/SkillPicker';
import { DuplicateWarning_Query } from './DuplicateWarning';
import RegisterCandidatePage, { RegisterCandidatePage_Mutation, RegisterCandidatePage_Query } from './RegisterCandidatePage';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/recruiter/candidates/new'));

const me: MockLink.MockedResponse = {
  request: { query: RegisterCandidatePage_Query },
  result: { data: { me: { __typename: 'User', id: 'User-riley', timeZone: 'Europe/Berlin' } } },
};

const skillSuggestions: MockLink.MockedResponse = {
  request: { query: SkillPicker_Query, variables: () => true },
  result: { data: { skills: [{ __typename: 'Skill', id: 'go', name: 'Go', aliases: ['golang'] }] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function registration(result: Record<string, unknown>, sent: Array<Record<string, unknown>>): MockLink.MockedResponse {
  return {
    request: {
      query: RegisterCandidatePage_Mutation,
      variables: (variables: Record<string, unknown>) => {
        sent.push(variables.input as Record<string, unknown>);
        return true;
      },
    },
    result: { data: { createCandidate: result } },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink([me, ...mocks], { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <RegisterCandidatePage />
    </ApolloProvider>,
  );
}

function descriptionOf(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function fillInTheEssentials() {
  await screen.findByLabelText('Full name');
  type('Full name', 'Ada Obi');
  type('E-mail', 'ada@example.com');
  type('Country', 'NG');
}

describe('registering a candidate', () => {
  test('shows the API’s message next to the field it is about, keeping everything typed', async () => {
    const sent: Array<Record<string, unknown>> = [];
    renderPage([
      registration(
        {
          __typename: 'ValidationError',
          message: 'Some fields are invalid.',
          fieldErrors: [
            { __typename: 'FieldError', field: 'email', message: 'A candidate with this e-mail is already registered with your agency.' },
          ],
        },
        sent,
      ),
    ]);
    await fillInTheEssentials();
    type('Headline', 'Go engineer');

    fireEvent.click(screen.getByRole('button', { name: 'Register candidate' }));

    const email = screen.getByLabelText('E-mail') as HTMLInputElement;
    await waitFor(() => expect(descriptionOf(email)).toBe('A candidate with this e-mail is already registered with your agency.'));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(email.value).toBe('ada@example.com');
    expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe('Ada Obi');
    expect((screen.getByLabelText('Headline') as HTMLInputElement).value).toBe('Go engineer');
  });

  test('a skill needs a level before anything is sent; then the new candidate’s page opens', async () => {
    const sent: Array<Record<string, unknown>> = [];
    renderPage([
      skillSuggestions,
      registration({ __typename: 'CreateCandidateSuccess', candidate: { __typename: 'Candidate', id: 'Candidate-ada' } }, sent),
    ]);
    await fillInTheEssentials();
    fireEvent.change(screen.getByLabelText('Add a skill', { selector: 'input' }), { target: { value: 'golang' } });
    fireEvent.click(await screen.findByText('Go', { selector: '[role="option"]', exact: false }));

    fireEvent.click(screen.getByRole('button', { name: 'Register candidate' }));

    const level = screen.getByLabelText('Level of Go');
    expect(descriptionOf(level)).toBe('Choose how well they know Go.');
    await waitFor(() => expect(document.activeElement).toBe(level));
    expect(sent).toHaveLength(0);

    fireEvent.change(level, { target: { value: '4' } });
    type('Years with Go', '3.5');
    fireEvent.click(screen.getByLabelText('Remote only'));
    type('Other cities they would work in', 'Lagos, Abuja');
    fireEvent.click(screen.getByRole('button', { name: 'Register candidate' }));

    expect(screen.getByText('Registering…')).toBeDefined();
    await waitFor(() => expect(window.location.pathname).toBe('/recruiter/candidates/Candidate-ada'));
    expect(sent[0]).toMatchObject({
      fullName: 'Ada Obi',
      email: 'ada@example.com',
      country: 'NG',
      timeZone: 'Europe/Berlin',
      skills: [{ skill: 'go', level: 4, years: 3.5 }],
      preferences: { remotePreference: 'REMOTE', preferredLocations: ['Lagos', 'Abuja'], targetOpportunities: 3 },
    });
  });

  test('asks for a name, an e-mail and a country before sending anything', async () => {
    renderPage([]);
    await screen.findByLabelText('Full name');

    fireEvent.click(screen.getByRole('button', { name: 'Register candidate' }));

    expect(descriptionOf(screen.getByLabelText('Full name'))).toBe('Enter the full name.');
    expect(descriptionOf(screen.getByLabelText('E-mail'))).toBe('Enter an e-mail address, like sam@example.com.');
    expect(descriptionOf(screen.getByLabelText('Country'))).toContain('Choose the country.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Full name')));
  });

  test('keeps the form and explains when the server cannot be reached', async () => {
    renderPage([
      {
        request: { query: RegisterCandidatePage_Mutation, variables: () => true },
        error: new Error('Failed to fetch.'),
      },
    ]);
    await fillInTheEssentials();

    fireEvent.click(screen.getByRole('button', { name: 'Register candidate' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Failed to fetch.');
    expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe('Ada Obi');
  });
});

describe('a candidate who is probably already registered (issue 14)', () => {
  const ada = {
    __typename: 'LikelyDuplicate',
    score: 0.95,
    reasons: [{ __typename: 'DuplicateReason', kind: 'SAME_PHONE', text: 'same phone' }],
    candidate: { __typename: 'Candidate', id: 'Candidate-ada', fullName: 'Ada Obiora', email: 'ada.obiora@example.com', city: 'Lagos' },
  };
  const likely = (asked: unknown[]): MockLink.MockedResponse => ({
    request: {
      query: DuplicateWarning_Query,
      variables: (variables: Record<string, unknown>) => {
        asked.push(variables.input);
        return true;
      },
    },
    result: { data: { likelyDuplicates: [ada] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  });

  test('shows the likely match as the recruiter types, asks before saving, and saves anyway when told', async () => {
    const asked: unknown[] = [];
    const sent: Array<Record<string, unknown>> = [];
    renderPage([likely(asked), registration({ __typename: 'CreateCandidateSuccess', candidate: { __typename: 'Candidate', id: 'Candidate-new' } }, sent)]);
    await fillInTheEssentials();
    type('Phone', '0803 555 0101');

    const warning = await screen.findByRole('region', { name: 'This may be Ada Obiora' });
    expect(warning.textContent).toContain('Ada Obiora (same phone), Lagos');
    expect(within(warning).getByRole('link', { name: 'Ada Obiora' }).getAttribute('href')).toBe('/recruiter/candidates/Candidate-ada');
    expect(asked.at(-1)).toMatchObject({ fullName: 'Ada Obi', email: 'ada@example.com', phone: '0803 555 0101', country: 'NG' });

    fireEvent.click(screen.getByRole('button', { name: 'Register candidate' }));
    const open = await within(warning).findByRole('link', { name: 'Open Ada Obiora’s profile' });
    expect(open.getAttribute('href')).toBe('/recruiter/candidates/Candidate-ada');
    await waitFor(() => expect(document.activeElement).toBe(within(warning).getByRole('heading')));
    expect(sent).toHaveLength(0);

    fireEvent.click(within(warning).getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(window.location.pathname).toBe('/recruiter/candidates/Candidate-new'));
    expect(sent).toHaveLength(1);
  });

  test('waits until typing pauses and enough is typed before asking', async () => {
    const asked: unknown[] = [];
    renderPage([likely(asked)]);
    await screen.findByLabelText('Full name');
    type('Full name', 'Ada');
    type('E-mail', 'ada@exam');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(asked).toEqual([]);
    expect(screen.queryByRole('region', { name: /This may be/ })).toBeNull();
  });
});

/** Whether closing or reloading the tab would warn now. */
function warnsBeforeUnload(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('leaving the registration half-filled (B14)', () => {
  test('asks before following a link away once something is typed, and warns before the tab closes', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    renderPage([]);
    await screen.findByLabelText('Full name');
    expect(warnsBeforeUnload()).toBe(false);

    type('Full name', 'Ada Obi');
    expect(warnsBeforeUnload()).toBe(true);
    const away = screen.getAllByRole('link')[0]!;
    fireEvent.click(away);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe('Ada Obi');
    confirm.mockRestore();
  });
});
