import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { formErrorsOf, formErrorsOfFailure } from '../../ui/mutation-errors';
import { NotificationsLink_Query } from './NotificationsLink';

export const MarkNotificationsRead_Mutation = graphql(`
  mutation MarkNotificationsRead_Mutation($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      __typename
      ... on MarkNotificationsReadSuccess {
        unreadCount
        notifications {
          id
          isRead
          readAt
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/**
 * Marks notifications read at once (optimistically): the items lose their "Unread" badge and the header's count
 * drops before the server answers; on a failure both come back and `error` says what happened.
 */
export function useMarkNotificationsRead() {
  const [mutate] = useMutation(MarkNotificationsRead_Mutation);
  const [error, setError] = useState<string | null>(null);

  /**
   * @param ids the notifications to mark, or null for all of them
   * @param unreadIds the loaded notifications that are unread now (what the screen shows changing)
   * @param unreadCount the unread count shown now
   */
  async function markRead({ ids, unreadIds, unreadCount }: { ids: string[] | null; unreadIds: string[]; unreadCount: number }) {
    setError(null);
    const changing = ids === null ? unreadIds : ids.filter((id) => unreadIds.includes(id));
    const readAt = new Date().toISOString();
    try {
      const { data } = await mutate({
        variables: { input: ids === null ? {} : { ids } },
        optimisticResponse: {
          markNotificationsRead: {
            __typename: 'MarkNotificationsReadSuccess',
            unreadCount: ids === null ? 0 : Math.max(0, unreadCount - changing.length),
            notifications: changing.map((id) => ({ __typename: 'Notification' as const, id, isRead: true, readAt })),
          },
        },
        update(cache, { data: result }) {
          const outcome = result?.markNotificationsRead;
          if (outcome?.__typename !== 'MarkNotificationsReadSuccess') return;
          cache.writeQuery({ query: NotificationsLink_Query, data: { unreadNotificationCount: outcome.unreadCount } });
        },
      });
      const outcome = data?.markNotificationsRead;
      if (outcome && outcome.__typename !== 'MarkNotificationsReadSuccess') {
        const errors = formErrorsOf(outcome);
        setError(errors.form ?? Object.values(errors.fields).join(' '));
      }
    } catch (caught) {
      setError(formErrorsOfFailure(caught).form);
    }
  }

  return { markRead, error };
}
