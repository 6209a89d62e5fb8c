import { useApolloClient, useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { navigate } from '../../routes/navigate';
import { useSearch } from '../../routes/use-search';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { homeForRole } from './home-for-role';
import { safeNextPath } from './safe-next-path';
import { Session_Query, useSession } from './use-session';

export const SignInPage_Mutation = graphql(`
  mutation SignInPage_Mutation($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInSuccess {
        viewer {
          id
          name
          role
        }
      }
      ... on InvalidCredentialsError {
        message
      }
      ... on TooManySignInAttemptsError {
        message
        retryAfterSeconds
      }
      ...MutationErrors_error @unmask
    }
  }
`);

type FieldName = 'email' | 'password';
type FieldErrors = Partial<Record<FieldName, string>>;

function isFieldName(field: string): field is FieldName {
  return field === 'email' || field === 'password';
}

export default function SignInPage() {
  const client = useApolloClient();
  const [signIn, { loading: isSigningIn }] = useMutation(SignInPage_Mutation);
  const { viewer } = useSession();
  const next = safeNextPath(new URLSearchParams(useSearch()).get('next'));

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [destination, setDestination] = useState<string | null>(null);
  const hasLeft = useRef(false);
  const hasSignedIn = destination !== null;

  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailId = useId();
  const passwordId = useId();

  // Leave only once the session shows the new viewer, so the route guard of the next page already sees them.
  useEffect(() => {
    if (destination === null || !viewer || hasLeft.current) return;
    hasLeft.current = true;
    navigate(destination, { replace: true });
  }, [destination, viewer]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSigningIn) return;
    setFormError(null);
    setFieldErrors({});
    try {
      const { data } = await signIn({ variables: { input: { email: email.trim(), password } } });
      const result = data?.signIn;
      if (result?.__typename === 'SignInSuccess') {
        // A new person: nothing cached for whoever used this tab before may show, so start from an empty cache.
        await client.resetStore().catch(() => {});
        client.writeQuery({ query: Session_Query, data: { me: result.viewer } });
        setDestination(next ?? homeForRole(result.viewer.role));
      } else if (result?.__typename === 'InvalidCredentialsError' || result?.__typename === 'TooManySignInAttemptsError') {
        // Paused after repeated failures: the API says how long in its message ("Try again in 2 minutes.").
        setFormError(result.message);
      } else if (result?.__typename === 'ValidationError') {
        const byField: FieldErrors = {};
        const other: string[] = [];
        for (const { field, message } of result.fieldErrors) {
          if (isFieldName(field)) byField[field] ??= message;
          else other.push(message);
        }
        setFieldErrors(byField);
        setFormError(other.length > 0 ? other.join(' ') : Object.keys(byField).length > 0 ? null : result.message);
        (byField.email ? emailRef : byField.password ? passwordRef : null)?.current?.focus();
      }
    } catch (error) {
      setFormError(`We couldn't sign you in just now: ${(error as Error).message} Please try again.`);
    }
  }

  return (
    <main id="main" className="page page--narrow">
      <header className="page__header">
        <h1>Sign in</h1>
        <p className="page__lede">Recruiters, agency admins and candidates sign in here.</p>
      </header>

      <form className="form" noValidate onSubmit={handleSubmit} aria-busy={isSigningIn}>
        <FormErrorNotice message={formError} />

        <div className="field">
          <label htmlFor={emailId}>Email</label>
          <input
            ref={emailRef}
            id={emailId}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={fieldErrors.email ? true : undefined}
            aria-describedby={fieldErrors.email ? `${emailId}-error` : undefined}
          />
          {fieldErrors.email && (
            <p className="field__error" id={`${emailId}-error`}>
              {fieldErrors.email}
            </p>
          )}
        </div>

        <div className="field">
          <label htmlFor={passwordId}>Password</label>
          <input
            ref={passwordRef}
            id={passwordId}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={fieldErrors.password ? true : undefined}
            aria-describedby={fieldErrors.password ? `${passwordId}-error` : undefined}
          />
          {fieldErrors.password && (
            <p className="field__error" id={`${passwordId}-error`}>
              {fieldErrors.password}
            </p>
          )}
        </div>

        <div className="form__actions">
          <button type="submit" className="button" disabled={isSigningIn || hasSignedIn}>
            Sign in
          </button>
          <span role="status" className="form__status">
            {isSigningIn || hasSignedIn ? 'Signing in…' : ''}
          </span>
        </div>
      </form>

      <p className="page__aside">
        Looking for work? <Link href="/">See the open jobs</Link> without signing in.
      </p>
    </main>
  );
}
