import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export function createApolloClient({ link }: { link?: ApolloLink } = {}) {
  return new ApolloClient({
    // Same origin in dev (Vite proxies /graphql) and in production (the API serves the app).
    link: link ?? new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            // One list per filter; pages fetched with `after` are appended to it.
            jobBoard: relayStylePagination(['filter']),
          },
        },
      },
    }),
    dataMasking: true,
  });
}
