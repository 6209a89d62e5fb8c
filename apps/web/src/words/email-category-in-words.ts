import type { EmailCategory } from '../gql/graphql';

/** Each kind of e-mail as the settings page names it, with what it covers. */
export const emailCategoryInWords = {
  NEW_PROPOSALS: { label: 'New proposals', hint: 'A recruiter proposes a job to you.' },
  PROPOSAL_UPDATES: { label: 'Updates on proposals', hint: 'Answers, offers, withdrawals and hires on proposals you are part of.' },
  INTERVIEWS: { label: 'Interview invites', hint: 'Calendar invites, moved interviews and cancellations, with the .ics for your calendar.' },
  REMINDERS: { label: 'Reminders', hint: 'The day before and 2 hours before an interview, and the day before a reply is due.' },
  INTEGRATIONS: { label: 'Integration alerts', hint: 'A webhook endpoint was disabled after its retries ran out (agency admins).' },
  PRIVACY: { label: 'Privacy notices', hint: 'Asking you to renew your consent, and telling you when your data will be deleted. Always sent.' },
} as const satisfies Record<EmailCategory, { label: string; hint: string }>;

/** What a category covers for the agency's staff, where it differs from the candidate's words above. */
export const emailCategoryHintForStaff: Partial<Record<EmailCategory, string>> = {
  NEW_PROPOSALS: 'A colleague or a partner system proposes a candidate for one of your jobs.',
};

/** The category inside a sentence: "You will no longer get <these> e-mails". */
export const emailCategoryInSentence = {
  NEW_PROPOSALS: 'new proposal',
  PROPOSAL_UPDATES: 'proposal update',
  INTERVIEWS: 'interview invite',
  REMINDERS: 'reminder',
  INTEGRATIONS: 'integration alert',
  PRIVACY: 'privacy notice',
} as const satisfies Record<EmailCategory, string>;

export const EMAIL_CATEGORIES = Object.keys(emailCategoryInWords) as EmailCategory[];

export function isEmailCategory(value: string | null): value is EmailCategory {
  return value !== null && Object.hasOwn(emailCategoryInWords, value);
}
