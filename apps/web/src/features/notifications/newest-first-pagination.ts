import type { FieldFunctionOptions, FieldPolicy } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

type StoredConnection = { edges: ReadonlyArray<{ cursor?: string }> };
type Merge = (existing: unknown, incoming: unknown, options: FieldFunctionOptions) => unknown;

/**
 * Relay-style pagination for a newest-first list that is also polled for its first page. Apollo's own policy treats a
 * first page (no `after`) as a fresh start and drops the pages loaded with "Load more"; here a first page that
 * overlaps what is loaded goes on top of it instead, so polling adds new items without losing the older ones.
 * With no overlap (more new items than a page holds) it starts afresh, as there would be a gap.
 */
export function newestFirstPagination(keyArgs: string[] | false = false): FieldPolicy {
  const relay = relayStylePagination(keyArgs);
  const merge = relay.merge as Merge;
  return {
    ...relay,
    merge(existing: StoredConnection | undefined, incoming: StoredConnection | undefined, options) {
      const args = options.args;
      const isFirstPage = !args?.['after'] && !args?.['before'];
      const lastIncoming = incoming?.edges?.at(-1)?.cursor;
      if (existing && isFirstPage && lastIncoming) {
        const overlap = existing.edges.findIndex((edge) => edge.cursor === lastIncoming);
        const firstKept = existing.edges[overlap + 1]?.cursor;
        if (overlap >= 0 && firstKept) {
          // As if fetched "before" the first older item we hold: Apollo's policy keeps it and everything after it.
          return merge(existing, incoming, { ...options, args: { ...args, before: firstKept } });
        }
      }
      return merge(existing, incoming, options);
    },
  };
}
