import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const Session_Query = graphql(`
  query Session_Query {
    me {
      id
      name
      role
    }
  }
`);

/**
 * The signed-in person (null when signed out). Asked once per app load; sign-in and sign-out update the cache, so
 * every reader stays in step without asking the server again.
 */
export function useSession() {
  const { data, error, refetch } = useQuery(Session_Query, { fetchPolicy: 'cache-first' });
  return {
    viewer: data?.me ?? null,
    isLoading: data === undefined && !error,
    error,
    retry: () => {
      refetch().catch(() => {});
    },
  };
}
