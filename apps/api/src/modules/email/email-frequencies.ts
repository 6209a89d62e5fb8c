import type { EmailCategory, EmailFrequency, UserRole } from '@shortlist/db/prisma';

/**
 * How each category may be sent. Invites and reminders only matter on time, so they are immediate or off; news about
 * proposals may wait for the daily digest. The first entry is the default (a person without a row gets it).
 */
export const ALLOWED_FREQUENCIES = {
  NEW_PROPOSALS: ['IMMEDIATELY', 'DAILY_DIGEST', 'OFF'],
  PROPOSAL_UPDATES: ['IMMEDIATELY', 'DAILY_DIGEST', 'OFF'],
  INTERVIEWS: ['IMMEDIATELY', 'OFF'],
  REMINDERS: ['IMMEDIATELY', 'OFF'],
  INTEGRATIONS: ['IMMEDIATELY', 'OFF'],
  // Consent renewal and erasure notices: the law asks us to tell the person, so they cannot be turned off.
  PRIVACY: ['IMMEDIATELY'],
} as const satisfies Record<EmailCategory, readonly EmailFrequency[]>;

/** Every category, in the order settings pages list them. */
export const EMAIL_CATEGORIES = Object.keys(ALLOWED_FREQUENCIES) as EmailCategory[];

/** The categories a person can choose for, by role: integration alerts go to agency admins only; privacy notices are always sent. */
export function emailCategoriesFor(role: UserRole): EmailCategory[] {
  const choosable = EMAIL_CATEGORIES.filter((category) => category !== 'PRIVACY');
  return role === 'ADMIN' ? choosable : choosable.filter((category) => category !== 'INTEGRATIONS');
}

export function isEmailCategory(value: unknown): value is EmailCategory {
  return typeof value === 'string' && Object.hasOwn(ALLOWED_FREQUENCIES, value);
}

export function isAllowedFrequency(category: EmailCategory, frequency: EmailFrequency): boolean {
  return (ALLOWED_FREQUENCIES[category] as readonly EmailFrequency[]).includes(frequency);
}

/** A person's frequency for a category: their stored choice, else the default (immediately). */
export function frequencyFor(
  category: EmailCategory,
  stored: ReadonlyArray<{ category: EmailCategory; frequency: EmailFrequency }>,
): EmailFrequency {
  return stored.find((row) => row.category === category)?.frequency ?? ALLOWED_FREQUENCIES[category][0];
}
