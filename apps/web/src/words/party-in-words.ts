import type { Party } from '../gql/graphql';

export const partyInWords = {
  CANDIDATE: 'the candidate',
  RECRUITER: 'the recruiter',
  CLIENT: 'the client',
} as const satisfies Record<Party, string>;
