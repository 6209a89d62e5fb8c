import type { EmailStatus } from '../gql/graphql';

/** What an outbox e-mail is (its template kind), for the development mailbox. */
export function emailKindInWords(kind: string): string {
  const words: Record<string, string> = {
    notification: 'Notification',
    'interview.invite': 'Calendar invite',
    'interview.cancel': 'Calendar cancellation',
    'reminder.interview.24h': 'Reminder, 24 h before',
    'reminder.interview.2h': 'Reminder, 2 h before',
    'reminder.respond_by': 'Reminder to reply',
    digest: 'Daily digest',
  };
  return words[kind] ?? kind;
}

/** Where an outbox e-mail is. */
export const emailStatusInWords = {
  PENDING: 'Waiting to send',
  HELD_FOR_DIGEST: 'Held for the digest',
  SENT: 'Sent',
  DIGESTED: 'Sent in a digest',
  FAILED: 'Failed',
  CANCELLED: 'Not sent',
} as const satisfies Record<EmailStatus, string>;
