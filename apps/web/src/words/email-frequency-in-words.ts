import type { EmailFrequency } from '../gql/graphql';

/** How a kind of e-mail reaches a person, as the settings page offers it. */
export const emailFrequencyInWords = {
  IMMEDIATELY: 'Right away',
  DAILY_DIGEST: 'Once a day, in a digest',
  OFF: 'Off',
} as const satisfies Record<EmailFrequency, string>;
