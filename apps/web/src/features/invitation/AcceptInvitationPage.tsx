import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { navigate } from '../../routes/navigate';
import type { PageProps } from '../../routes/routes';
import { InputField } from '../../ui/Field';
import { browserTimeZone } from '../../ui/format-date-time';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { PageLoading } from '../../ui/LoadError';
import { formErrorsForFields, formErrorsOfFailure, NO_FORM_ERRORS, type FormErrors, type MutationError } from '../../ui/mutation-errors';
import { homeForRole } from '../auth/home-for-role';
import { Session_Query, useSession } from '../auth/use-session';
import { TimeZoneSelect } from '../settings/TimeZoneSelect';
import '../admin-team/admin.css';

export const AcceptInvitationPage_Query = graphql(`
  query AcceptInvitationPage_Query($token: String!) {
    invitation(token: $token) {
      agencyName
      name
      email
      role
      state
    }
  }
`);

export const AcceptInvitationPage_Mutation = graphql(`
  mutation AcceptInvitationPage_Mutation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on AcceptInvitationSuccess {
        viewer {
          id
          name
          role
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

const FIELDS = ['password', 'timeZone'] as const;
const ENDED = {
  EXPIRED: { title: 'This invitation has expired', text: 'Invitation links work for 7 days. Ask the admin who invited you to send a new one.' },
  REVOKED: { title: 'This invitation was withdrawn', text: 'An admin withdrew it. Ask them if you think that is a mistake.' },
  ACCEPTED: { title: 'This invitation has already been used', text: 'Sign in with your e-mail and the password you chose.' },
} as const;

/** /invitations/:token: who invites you to which agency as what; choose a password and time zone, and you are in. */
export default function AcceptInvitationPage({ params }: PageProps) {
  const token = params.token ?? '';
  const { data, error, refetch } = useQuery(AcceptInvitationPage_Query, { variables: { token }, fetchPolicy: 'network-only' });
  const [password, setPassword] = useState('');
  const [timeZone, setTimeZone] = useState(browserTimeZone());
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [isJoining, setIsJoining] = useState(false);
  const [destination, setDestination] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const client = useApolloClient();
  const { viewer } = useSession();
  const [accept] = useMutation(AcceptInvitationPage_Mutation);

  useEffect(() => {
    if (destination && viewer) navigate(destination, { replace: true });
  }, [destination, viewer]);

  if (!data) {
    return (
      <PageLoading title="Your invitation" what="the invitation" error={error} onRetry={() => void refetch().catch(() => {})}>
        Loading the invitation…
      </PageLoading>
    );
  }
  const invitation = data.invitation;
  if (!invitation || invitation.state !== 'PENDING') {
    const ended = invitation ? ENDED[invitation.state as keyof typeof ENDED] : { title: 'This invitation link is not valid', text: 'Check that you opened the whole link from the e-mail, or ask your admin for a new one.' };
    return (
      <main id="main" className="page invitation">
        <h1>{ended.title}</h1>
        <p>{ended.text}</p>
        <p>
          <Link href="/sign-in">Go to sign-in</Link>
        </p>
      </main>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIsJoining(true);
    try {
      const { data: answer } = await accept({ variables: { input: { token, password, timeZone } } });
      const result = answer?.acceptInvitation;
      if (!result) throw new Error('No answer from the server.');
      if (result.__typename === 'AcceptInvitationSuccess') {
        await client.resetStore().catch(() => {});
        client.writeQuery({ query: Session_Query, data: { me: result.viewer } });
        setDestination(homeForRole(result.viewer.role));
        return;
      }
      setErrors(formErrorsForFields(result as MutationError, FIELDS));
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
    } catch (failure) {
      setErrors(formErrorsOfFailure(failure));
    } finally {
      setIsJoining(false);
    }
  }

  const role = invitation.role === 'ADMIN' ? 'an admin' : 'a recruiter';
  return (
    <main id="main" className="page invitation">
      <header className="page__header">
        <h1>Join {invitation.agencyName}</h1>
        <p className="page__lede">
          {invitation.name}, you are invited to join {invitation.agencyName} on Shortlist as {role}. Choose a password to sign in with as {invitation.email}.
        </p>
      </header>
      <form ref={formRef} className="admin-form admin-form--narrow" onSubmit={submit} noValidate aria-label="Accept the invitation">
        <InputField
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          error={errors.fields.password}
          hint="At least 10 characters."
          autoComplete="new-password"
          required
        />
        <TimeZoneSelect value={timeZone} onChange={setTimeZone} error={errors.fields.timeZone} label="Your time zone" />
        <FormErrorNotice message={errors.form} />
        <div className="admin-form__actions">
          <button type="submit" className="button" disabled={isJoining || destination !== null}>
            {isJoining ? 'Joining…' : `Join ${invitation.agencyName}`}
          </button>
        </div>
      </form>
    </main>
  );
}
