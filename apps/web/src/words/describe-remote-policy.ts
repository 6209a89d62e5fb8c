import type { RemotePolicy } from '../gql/graphql';

export const remotePolicyInWords = {
  REMOTE: 'Remote',
  HYBRID: 'Hybrid',
  ONSITE: 'Onsite',
} as const satisfies Record<RemotePolicy, string>;

export function describeRemotePolicy(policy: RemotePolicy): string {
  return remotePolicyInWords[policy];
}
