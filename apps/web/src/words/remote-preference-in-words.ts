import type { RemotePolicy } from '../gql/graphql';

/** The remote preference is the most onsite arrangement the candidate accepts. */
export const remotePreferenceInWords = {
  REMOTE: 'Remote only',
  HYBRID: 'Hybrid or remote',
  ONSITE: 'Any: onsite, hybrid or remote',
} as const satisfies Record<RemotePolicy, string>;

export const REMOTE_PREFERENCES = ['REMOTE', 'HYBRID', 'ONSITE'] as const satisfies readonly RemotePolicy[];
