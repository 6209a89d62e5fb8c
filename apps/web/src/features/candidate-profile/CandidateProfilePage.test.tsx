import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { SKILL_SUGGESTIONS, SKILLS_TO_SPARE, SkillPicker_Query } from '../skills/SkillPicker';
import CandidateProfilePage, { CandidateProfilePage_Query } from './CandidateProfilePage';
import { ProfileForm_Mutation } from './ProfileForm';

afterEach(cleanup);

function buildProfile(overrides: { version?: number; headline?: string } = {}) {
  return {
    __typename: 'Candidate' as const,
    id: 'Q2FuZGlkYXRlOjE=',
    version: overrides.version ?? 4,
    headline: overrides.headline ?? 'Backend engineer',
    summary: 'Six years of APIs.',
    yearsExperience: 6,
    timeZone: 'Europe/Berlin',
    city: 'Berlin',
    country: 'DE',
    skills: [
      {
        __typename: 'CandidateSkill' as const,
        level: 4,
        years: 5,
        lastUsedYear: null,
        skill: { __typename: 'Skill' as const, id: 'typescript', name: 'TypeScript' },
      },
    ],
    experiences: [
      {
        __typename: 'CandidateExperience' as const,
        title: 'Backend Engineer',
        company: 'Acme',
        startDate: '2021-04-01T00:00:00.000Z',
        endDate: null,
        description: 'Payments.',
      },
    ],
    preferences: {
      __typename: 'CandidatePreferences' as const,
      minSalary: 70000,
      currency: 'EUR',
      remotePreference: 'HYBRID' as const,
      preferredLocations: ['Hamburg'],
      willingToRelocate: false,
      employmentTypes: ['FULL_TIME' as const],
      earliestStart: null,
      noticePeriodDays: 30,
      targetOpportunities: 3,
    },
  };
}

type Profile = ReturnType<typeof buildProfile>;

function showsProfile(profile: Profile): MockLink.MockedResponse {
  return {
    request: { query: CandidateProfilePage_Query },
    result: { data: { me: { __typename: 'User', id: 'user-2', candidateProfile: profile } } },
  };
}

type Input = Record<string, unknown> & { preferences: Record<string, unknown> };

/** Answers the save with `answer`, keeping the input that was sent. */
function savingAnswers(answer: Record<string, unknown>, sent: Input[]): MockLink.MockedResponse {
  return {
    request: {
      query: ProfileForm_Mutation,
      variables: (variables: { input: Input }) => {
        sent.push(variables.input);
        return true;
      },
    },
    result: { data: { updateCandidateProfile: answer } },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <CandidateProfilePage params={{}} />
    </ApolloProvider>,
  );
}

function errorOf(control: HTMLElement): string | null {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids.map((id) => document.getElementById(id)).find((element) => element?.classList.contains('field__error'));
  return error?.textContent ?? null;
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));

describe('the candidate’s profile', () => {
  test('sends the edited preferences with the version it was read at, and shows each error next to its field', async () => {
    const sent: Input[] = [];
    renderPage([
      showsProfile(buildProfile()),
      savingAnswers(
        {
          __typename: 'ValidationError',
          message: 'Some fields are invalid.',
          fieldErrors: [
            { __typename: 'FieldError', field: 'preferences.minSalary', message: 'Salary is at most 100,000,000 a year.' },
            { __typename: 'FieldError', field: 'skills.0.level', message: 'Level is from 1 to 5.' },
            { __typename: 'FieldError', field: 'preferences.preferredLocations.1', message: 'A location is at most 100 characters.' },
          ],
        },
        sent,
      ),
    ]);
    const minSalary = await screen.findByLabelText('Minimum salary (yearly)');

    fireEvent.change(minSalary, { target: { value: '900000000' } });
    fireEvent.click(screen.getByLabelText('Remote only'));
    fireEvent.click(screen.getByLabelText('Contract'));
    fireEvent.change(screen.getByLabelText('Preferred locations'), { target: { value: 'Hamburg, Lisbon' } });
    fireEvent.click(screen.getByLabelText('Willing to relocate'));
    fireEvent.change(screen.getByLabelText('Earliest start'), { target: { value: '2026-06-01' } });
    fireEvent.change(screen.getByLabelText('Notice period (days)'), { target: { value: '60' } });
    fireEvent.change(screen.getByLabelText('Target number of opportunities'), { target: { value: '4' } });
    save();

    // The form is large (hundreds of time zones and currencies), so give a busy machine time to render it.
    await waitFor(() => expect(errorOf(minSalary)).toBe('Salary is at most 100,000,000 a year.'), { timeout: 4000 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ candidateId: 'Q2FuZGlkYXRlOjE=', version: 4 });
    expect(sent[0]!.preferences).toEqual({
      minSalary: 900000000,
      currency: 'EUR',
      remotePreference: 'REMOTE',
      preferredLocations: ['Hamburg', 'Lisbon'],
      willingToRelocate: true,
      employmentTypes: ['FULL_TIME', 'CONTRACT'],
      earliestStart: '2026-06-01T00:00:00.000Z',
      noticePeriodDays: 60,
      targetOpportunities: 4,
    });
    expect(minSalary.getAttribute('aria-invalid')).toBe('true');
    // Focus moves to the first field to fix once the errors are drawn (after the render that shows them).
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Level of TypeScript')));
    expect(errorOf(screen.getByLabelText('Level of TypeScript'))).toBe('Level is from 1 to 5.');
    expect(errorOf(screen.getByLabelText('Preferred locations'))).toBe('A location is at most 100 characters.');
    expect(errorOf(screen.getByLabelText('Notice period (days)'))).toBeNull();
    // Nothing typed is lost.
    expect((minSalary as HTMLInputElement).value).toBe('900000000');
    expect((screen.getByLabelText('Target number of opportunities') as HTMLInputElement).value).toBe('4');
  });

  test('sends the whole list of skills, a new one picked from the taxonomy included, and says it saved', async () => {
    const sent: Input[] = [];
    const graphqlSkill = { __typename: 'Skill' as const, id: 'graphql', name: 'GraphQL', aliases: ['gql'] };
    const saved = buildProfile({ version: 5 });
    saved.skills.push({ ...saved.skills[0]!, level: 3, years: 0, skill: { __typename: 'Skill', id: 'graphql', name: 'GraphQL' } });
    renderPage([
      showsProfile(buildProfile()),
      {
        request: { query: SkillPicker_Query, variables: { search: 'graph', first: SKILL_SUGGESTIONS + SKILLS_TO_SPARE } },
        result: { data: { skills: [graphqlSkill] } },
      },
      savingAnswers({ __typename: 'UpdateCandidateProfileSuccess', candidate: saved }, sent),
    ]);
    const picker = await screen.findByRole('combobox', { name: 'Add a skill' });

    picker.focus();
    fireEvent.change(picker, { target: { value: 'graph' } });
    // Scoped to the suggestions: the page's selects hold hundreds of options of their own.
    await within(await screen.findByRole('listbox', { name: 'Add a skill' })).findByRole('option', { name: 'GraphQL' });
    fireEvent.keyDown(picker, { key: 'ArrowDown' });
    fireEvent.keyDown(picker, { key: 'Enter' });
    fireEvent.change(screen.getByLabelText('Last used (GraphQL)'), { target: { value: '2024' } });
    save();

    expect(await screen.findByText('Profile saved.')).toBeDefined();
    expect(sent[0]!['skills']).toEqual([
      { skill: 'typescript', level: 4, years: 5, lastUsedYear: null },
      { skill: 'graphql', level: 3, years: 0, lastUsedYear: 2024 },
    ]);
    expect(sent[0]!['experiences']).toEqual([
      { title: 'Backend Engineer', company: 'Acme', startDate: '2021-04-01T00:00:00.000Z', endDate: null, description: 'Payments.' },
    ]);
    const skills = screen.getByRole('list', { name: 'Your skills' });
    expect(within(skills).getAllByRole('listitem')).toHaveLength(2);
  });

  test('says so when someone else saved first, shows their version and can put the typed changes back', async () => {
    const sent: Input[] = [];
    renderPage([
      showsProfile(buildProfile()),
      savingAnswers(
        { __typename: 'InvalidTransitionError', message: 'This profile was changed by someone else; reload it.', currentStatus: null },
        sent,
      ),
      showsProfile(buildProfile({ version: 5, headline: 'Platform engineer' })),
    ]);
    const headline = await screen.findByLabelText('Headline');

    fireEvent.change(headline, { target: { value: 'Staff engineer' } });
    save();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else saved this profile while you were editing');
    await waitFor(() => expect((screen.getByLabelText('Headline') as HTMLInputElement).value).toBe('Platform engineer'));

    fireEvent.click(within(alert).getByRole('button', { name: 'Put my changes back' }));

    expect((screen.getByLabelText('Headline') as HTMLInputElement).value).toBe('Staff engineer');
    expect(screen.getByRole('alert').textContent).toContain('Your changes are back');
  });

  test('keeps what was typed and explains when the server cannot be reached', async () => {
    renderPage([
      showsProfile(buildProfile()),
      { request: { query: ProfileForm_Mutation, variables: () => true }, error: new Error('Failed to fetch.') },
    ]);
    const summary = await screen.findByLabelText('Summary');

    fireEvent.change(summary, { target: { value: 'Eight years of APIs.' } });
    save();

    expect((await screen.findByRole('alert')).textContent).toContain('Failed to fetch.');
    expect((screen.getByLabelText('Summary') as HTMLInputElement).value).toBe('Eight years of APIs.');
  });

  test('shows the API’s message and loads again after “Retry”', async () => {
    renderPage([
      { request: { query: CandidateProfilePage_Query }, result: { errors: [{ message: 'Profiles are resting.' }] } },
      showsProfile(buildProfile()),
    ]);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Profiles are resting.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByLabelText('Headline')).toBeDefined();
  });
});

/** Whether closing or reloading the tab would warn now. */
function warnsBeforeUnload(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('leaving the profile with unsaved edits (B14)', () => {
  test('warns before the tab closes while an edit is unsaved, and no longer once it is saved', async () => {
    const sent: Input[] = [];
    renderPage([
      showsProfile(buildProfile()),
      savingAnswers({ __typename: 'UpdateCandidateProfileSuccess', candidate: buildProfile({ version: 5, headline: 'Go and TypeScript' }) }, sent),
    ]);
    const headline = await screen.findByLabelText('Headline');
    expect(warnsBeforeUnload()).toBe(false);

    fireEvent.change(headline, { target: { value: 'Go and TypeScript' } });
    expect(warnsBeforeUnload()).toBe(true);

    save();
    await screen.findByText(/saved/i);
    await waitFor(() => expect(warnsBeforeUnload()).toBe(false));
    expect(sent).toHaveLength(1);
  });
});
