import { gql, InMemoryCache } from '@apollo/client';
import { describe, expect, test } from 'vitest';
import { newestFirstPagination } from './newest-first-pagination';

const Inbox = gql`
  query Inbox($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

function page(ids: string[], hasNextPage: boolean) {
  return {
    notifications: {
      __typename: 'NotificationConnection',
      edges: ids.map((id) => ({ __typename: 'NotificationEdge', cursor: `c-${id}`, node: { __typename: 'Notification', id, title: `Title ${id}` } })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `c-${ids.at(-1)}` },
    },
  };
}

function inbox() {
  const cache = new InMemoryCache({
    typePolicies: { Query: { fields: { notifications: newestFirstPagination(['unreadOnly']) } } },
  });
  const write = (variables: { first: number; after?: string }, data: ReturnType<typeof page>) =>
    cache.writeQuery({ query: Inbox, variables, data });
  const read = () => {
    const result = cache.readQuery<ReturnType<typeof page>>({ query: Inbox, variables: { first: 2 } })!;
    return { ids: result.notifications.edges.map((edge) => edge.node.id), pageInfo: result.notifications.pageInfo };
  };
  return { write, read };
}

describe('a polled newest-first list', () => {
  test('a refreshed first page puts new items on top and keeps the older pages loaded with “Load more”', () => {
    const { write, read } = inbox();
    write({ first: 2 }, page(['n5', 'n4'], true));
    write({ first: 2, after: 'c-n4' }, page(['n3', 'n2'], true));

    write({ first: 2 }, page(['n6', 'n5'], true));

    expect(read().ids).toEqual(['n6', 'n5', 'n4', 'n3', 'n2']);
    expect(read().pageInfo).toMatchObject({ hasNextPage: true, endCursor: 'c-n2' });
  });

  test('a refreshed first page with nothing new leaves the list as it was', () => {
    const { write, read } = inbox();
    write({ first: 2 }, page(['n5', 'n4'], true));
    write({ first: 2, after: 'c-n4' }, page(['n3'], false));

    write({ first: 2 }, page(['n5', 'n4'], true));

    expect(read().ids).toEqual(['n5', 'n4', 'n3']);
    expect(read().pageInfo.hasNextPage).toBe(false);
  });

  test('starts afresh when more new items arrived than a page holds, so no gap is hidden', () => {
    const { write, read } = inbox();
    write({ first: 2 }, page(['n3', 'n2'], true));
    write({ first: 2, after: 'c-n2' }, page(['n1'], false));

    write({ first: 2 }, page(['n9', 'n8'], true));

    expect(read().ids).toEqual(['n9', 'n8']);
    expect(read().pageInfo).toMatchObject({ hasNextPage: true, endCursor: 'c-n8' });
  });
});
