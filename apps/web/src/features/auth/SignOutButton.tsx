import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { graphql } from '../../gql';
import { navigate } from '../../routes/navigate';
import { Session_Query } from './use-session';

export const SignOutButton_Mutation = graphql(`
  mutation SignOutButton_Mutation {
    signOut
  }
`);

export function SignOutButton() {
  const client = useApolloClient();
  const [signOut, { loading: isSigningOut }] = useMutation(SignOutButton_Mutation);
  const [error, setError] = useState<string | null>(null);

  async function handleClick() {
    setError(null);
    try {
      await signOut();
    } catch (caught) {
      // The session cookie is still there: pretending to be signed out would be a lie on a shared computer.
      setError(`Signing out failed: ${(caught as Error).message}`);
      return;
    }
    // Leave the private page first, so its query is not refetched (and refused) when the cache is reset.
    flushSync(() => navigate('/sign-in'));
    // Empty the cache of everything the person saw; the session query asks the server again and learns "signed out".
    await client.resetStore().catch(() => {
      client.writeQuery({ query: Session_Query, data: { me: null } });
    });
  }

  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        onClick={handleClick}
        disabled={isSigningOut}
        aria-busy={isSigningOut}
      >
        Sign out
      </button>
      {error && (
        <span role="alert" className="site-header__error">
          {error}
        </span>
      )}
    </>
  );
}
