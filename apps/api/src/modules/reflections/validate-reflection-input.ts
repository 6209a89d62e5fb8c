import { z } from 'zod';
import { ValidationError, type FieldErrorShape } from '../errors/errors.ts';

export const MAX_CONTACTS = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${what} under ${max.toLocaleString('en-US')} characters.`);

const contactSchema = z.object({
  id: z.string().nullish(),
  name: z.string().trim().min(1, 'Enter their name.').max(120, 'Keep the name under 120 characters.'),
  role: text(120, 'the role').nullish(),
  company: text(120, 'the company').nullish(),
  howToReach: text(200, 'how to reach them').nullish(),
  followUpBy: z
    .string()
    .regex(DATE, 'Enter a date, like 2026-12-24.')
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'Enter a real date.')
    .nullish(),
});

const reflectionSchema = z.object({
  learned: text(4_000, 'what you learned').nullish(),
  questionsAsked: text(4_000, 'the questions').nullish(),
  wantsFeedback: z.boolean().nullish(),
  contacts: z.array(contactSchema).max(MAX_CONTACTS, `Keep at most ${MAX_CONTACTS} contacts per interview.`).nullish(),
});

export interface ContactInput {
  id: string | null;
  name: string;
  role: string;
  company: string;
  howToReach: string;
  followUpBy: string | null;
}

export interface ReflectionInput {
  learned: string;
  questionsAsked: string;
  wantsFeedback: boolean;
  contacts: ContactInput[];
}

/**
 * The reflection as it will be stored, or a ValidationError naming each bad field ("contacts.0.name"). A follow-up
 * date may not be in the past (in the candidate's zone, `today`), unless it is a saved contact's date left unchanged.
 */
export function validateReflectionInput(input: unknown, today: string, savedDates: ReadonlyMap<string, string | null>): ReflectionInput {
  const parsed = reflectionSchema.safeParse(input);
  const errors: FieldErrorShape[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'input', message: issue.message }));
  const value = parsed.success ? parsed.data : null;
  // Judged on the input as sent, so a past date is named even when another field is wrong too.
  const sent = (input as { contacts?: unknown }).contacts;
  (Array.isArray(sent) ? sent : []).forEach((contact: { id?: unknown; followUpBy?: unknown } | null, i) => {
    const date = typeof contact?.followUpBy === 'string' && DATE.test(contact.followUpBy) ? contact.followUpBy : null;
    const id = typeof contact?.id === 'string' ? contact.id : null;
    const unchanged = id !== null && savedDates.has(id) && savedDates.get(id) === date;
    if (date && date < today && !unchanged) errors.push({ field: `contacts.${i}.followUpBy`, message: 'Pick today or a later date.' });
  });
  if (errors.length > 0 || !value) throw new ValidationError(errors);
  return {
    learned: value.learned ?? '',
    questionsAsked: value.questionsAsked ?? '',
    wantsFeedback: value.wantsFeedback ?? false,
    contacts: (value.contacts ?? []).map((c) => ({
      id: c.id ?? null,
      name: c.name,
      role: c.role ?? '',
      company: c.company ?? '',
      howToReach: c.howToReach ?? '',
      followUpBy: c.followUpBy ?? null,
    })),
  };
}
