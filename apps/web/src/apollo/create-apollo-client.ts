import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { newestFirstPagination } from '../features/notifications/newest-first-pagination';
import introspection from '../gql/possible-types';

export function createApolloClient({ link }: { link?: ApolloLink } = {}) {
  return new ApolloClient({
    // Same origin in dev (Vite proxies /graphql) and in production (the API serves the app).
    link: link ?? new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      // Unions and interfaces (every mutation result, `... on Error`), so fragments on them match in the cache.
      possibleTypes: introspection.possibleTypes,
      typePolicies: {
        Query: {
          fields: {
            // One list per filter; pages fetched with `after` are appended to it.
            jobBoard: relayStylePagination(['filter']),
            // Polled for new items while older pages stay loaded below them.
            notifications: newestFirstPagination(['unreadOnly']),
          },
        },
        // Preferences have no id of their own: pages read different parts of them, so merge rather than replace.
        CandidatePreferences: { merge: true },
      },
    }),
    dataMasking: true,
  });
}
