import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import SignInPage, { SignInPage_Mutation } from './SignInPage';
import { Session_Query } from './use-session';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/sign-in'));

type SignInResult = Record<string, unknown> & { __typename: string };

const signedOut: MockLink.MockedResponse = {
  request: { query: Session_Query },
  result: { data: { me: null } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function signInAnswers(email: string, password: string, signIn: SignInResult): MockLink.MockedResponse {
  return {
    request: { query: SignInPage_Mutation, variables: { input: { email, password } } },
    result: { data: { signIn } },
  };
}

function renderPage(mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink([signedOut, ...mocks], { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <SignInPage />
    </ApolloProvider>,
  );
}

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

function errorOf(input: HTMLElement): string | null {
  const describedBy = input.getAttribute('aria-describedby');
  return describedBy ? (document.getElementById(describedBy)?.textContent ?? null) : null;
}

describe('signing in', () => {
  test('shows each of the API’s field messages next to the field it is about', async () => {
    renderPage([
      signInAnswers('sam', '', {
        __typename: 'ValidationError',
        message: 'Some fields are invalid.',
        fieldErrors: [
          { __typename: 'FieldError', field: 'email', message: 'Enter an e-mail address, like sam@example.com.' },
          { __typename: 'FieldError', field: 'password', message: 'Enter your password.' },
        ],
      }),
    ]);

    fillIn('sam', '');

    const email = screen.getByLabelText('Email');
    await waitFor(() => expect(errorOf(email)).toBe('Enter an e-mail address, like sam@example.com.'));
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(screen.getByLabelText('Password'))).toBe('Enter your password.');
    // The focus moves in an effect that may run after the DOM change waitFor saw.
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('says so above the form when the e-mail and password do not match, keeping what was typed', async () => {
    renderPage([
      signInAnswers('recruiter@shortlist.test', 'wrong password', {
        __typename: 'InvalidCredentialsError',
        message: 'That e-mail and password do not match an account.',
      }),
    ]);

    fillIn('recruiter@shortlist.test', 'wrong password');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('That e-mail and password do not match an account.');
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('recruiter@shortlist.test');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('wrong password');
    expect(screen.getByRole('button', { name: 'Sign in' }).hasAttribute('disabled')).toBe(false);
  });

  test('says how long to wait when sign-in is paused after repeated failures, keeping what was typed', async () => {
    renderPage([
      signInAnswers('recruiter@shortlist.test', 'shortlist', {
        __typename: 'TooManySignInAttemptsError',
        message: 'Too many attempts. Try again in 2 minutes.',
        retryAfterSeconds: 120,
      }),
    ]);

    fillIn('recruiter@shortlist.test', 'shortlist');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Too many attempts. Try again in 2 minutes.');
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('recruiter@shortlist.test');
    expect(screen.getByRole('button', { name: 'Sign in' }).hasAttribute('disabled')).toBe(false);
  });

  test('keeps what was typed and explains when the server cannot be reached', async () => {
    renderPage([
      {
        request: { query: SignInPage_Mutation, variables: { input: { email: 'sam@example.com', password: 'secret' } } },
        error: new Error('Failed to fetch.'),
      },
    ]);

    fillIn('sam@example.com', 'secret');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Failed to fetch.');
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('sam@example.com');
  });

  test('shows that it is working as soon as the form is sent', async () => {
    renderPage([
      signInAnswers('sam@example.com', 'secret', {
        __typename: 'InvalidCredentialsError',
        message: 'That e-mail and password do not match an account.',
      }),
    ]);

    fillIn('sam@example.com', 'secret');

    expect(screen.getByRole('status').textContent).toBe('Signing in…');
    expect(screen.getByRole('button', { name: 'Sign in' }).hasAttribute('disabled')).toBe(true);
    await screen.findByRole('alert');
  });

  test('brings a recruiter back to the page they asked for', async () => {
    window.history.replaceState(null, '', '/sign-in?next=%2Frecruiter%2Fjobs');
    const viewer = { __typename: 'User', id: 'user-1', name: 'Riley Recruiter', role: 'RECRUITER' };
    renderPage([
      signInAnswers('recruiter@shortlist.test', 'shortlist', { __typename: 'SignInSuccess', viewer }),
      { request: { query: Session_Query }, result: { data: { me: viewer } } },
    ]);

    fillIn('recruiter@shortlist.test', 'shortlist');

    await waitFor(() => expect(window.location.pathname).toBe('/recruiter/jobs'));
  });

  test('lands a candidate on their home when there is no page to return to', async () => {
    const viewer = { __typename: 'User', id: 'user-2', name: 'Casey Candidate', role: 'CANDIDATE' };
    renderPage([
      signInAnswers('candidate@shortlist.test', 'shortlist', { __typename: 'SignInSuccess', viewer }),
      { request: { query: Session_Query }, result: { data: { me: viewer } } },
    ]);

    fillIn('candidate@shortlist.test', 'shortlist');

    await waitFor(() => expect(window.location.pathname).toBe('/me'));
  });
});
