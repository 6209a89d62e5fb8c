import { EmailCategory, EmailFrequency, type UserRole } from '@shortlist/db/prisma';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { NotAllowedError, ValidationError } from '../errors/errors.ts';
import { ALLOWED_FREQUENCIES, emailCategoriesFor, frequencyFor, isAllowedFrequency } from './email-frequencies.ts';

export const EmailCategoryEnum = builder.enumType(EmailCategory, {
  name: 'EmailCategory',
  description: 'A kind of e-mail a person can turn on, put in the daily digest, or off, as one choice.',
  values: {
    NEW_PROPOSALS: { description: 'A recruiter proposed a job to you (candidates), or a new proposal on your jobs.' },
    PROPOSAL_UPDATES: { description: 'Answers, offers, withdrawals and hires on proposals you are part of.' },
    INTERVIEWS: { description: 'Calendar invites, moved interviews and cancellations.' },
    REMINDERS: { description: 'Before an interview (24 hours and 2 hours) and before a respond-by.' },
    INTEGRATIONS: { description: "Agency admins: an integration needs attention (a webhook endpoint disabled after its retries ran out)." },
    PRIVACY: { description: 'Consent renewal and erasure notices (GDPR): always sent, never offered in the settings (emailPreferences leaves it out).' },
  },
});

export const EmailFrequencyEnum = builder.enumType(EmailFrequency, {
  name: 'EmailFrequency',
  description: 'How the e-mails of one category reach a person.',
  values: {
    IMMEDIATELY: { description: 'Each e-mail as it happens (the default).' },
    DAILY_DIGEST: { description: 'Gathered into one e-mail a day. Only for NEW_PROPOSALS and PROPOSAL_UPDATES.' },
    OFF: { description: 'No e-mails of this kind; the in-app notifications stay.' },
  },
});

interface EmailPreferenceShape {
  category: EmailCategory;
  frequency: EmailFrequency;
  updatedAt: Date | null;
}

const EmailPreferenceRef = builder.objectRef<EmailPreferenceShape>('EmailPreference').implement({
  description: 'How one category of e-mail reaches you.',
  fields: (t) => ({
    category: t.field({ type: EmailCategoryEnum, description: 'The kind of e-mail.', resolve: (p) => p.category }),
    frequency: t.field({ type: EmailFrequencyEnum, description: 'How it reaches you now.', resolve: (p) => p.frequency }),
    allowedFrequencies: t.field({
      type: [EmailFrequencyEnum],
      description: 'The choices this category offers (invites and reminders are immediate or off: a day late they are no use).',
      resolve: (p) => [...ALLOWED_FREQUENCIES[p.category]],
    }),
    updatedAt: t.expose('updatedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When you (or an unsubscribe link) last changed it; null while it is the default.',
    }),
  }),
});

function signedInViewer(ctx: Context) {
  if (ctx.viewer?.kind !== 'user') throw new NotAllowedError('Sign in to manage your e-mail settings.');
  return ctx.viewer;
}

/** Every category of one person's role, in the settings page's order, with their choice or the default. */
async function loadPreferences(ctx: Context, viewer: { userId: string; role: UserRole }): Promise<EmailPreferenceShape[]> {
  const rows = await ctx.prisma.emailPreference.findMany({ where: { userId: viewer.userId } });
  return emailCategoriesFor(viewer.role).map((category) => ({
    category,
    frequency: frequencyFor(category, rows),
    updatedAt: rows.find((row) => row.category === category)?.updatedAt ?? null,
  }));
}

builder.queryField('emailPreferences', (t) =>
  t.field({
    type: [EmailPreferenceRef],
    description:
      "How each category of e-mail reaches you, every category of your role listed (INTEGRATIONS for agency admins only). For a signed-in person (partner keys have none).",
    authScopes: { user: true },
    resolve: (_root, _args, ctx) => loadPreferences(ctx, signedInViewer(ctx)),
  }),
);

const EmailPreferenceInput = builder.inputType('EmailPreferenceInput', {
  description: 'One category and how it should reach you.',
  fields: (t) => ({
    category: t.field({ type: EmailCategoryEnum, required: true, description: 'The kind of e-mail.' }),
    frequency: t.field({ type: EmailFrequencyEnum, required: true, description: "How it should reach you; one of the category's allowedFrequencies." }),
  }),
});

const UpdateEmailPreferencesInput = builder.inputType('UpdateEmailPreferencesInput', {
  description: 'The categories to change; the ones left out stay as they are.',
  fields: (t) => ({
    preferences: t.field({ type: [EmailPreferenceInput], required: true, description: 'One entry per category to change (each category at most once).' }),
  }),
});

const UpdatedPreferences = builder.objectRef<{ preferences: EmailPreferenceShape[] }>('UpdateEmailPreferencesSuccess').implement({
  description: 'Your e-mail settings after the change.',
  fields: (t) => ({
    preferences: t.field({ type: [EmailPreferenceRef], description: 'Every category, as it is now.', resolve: (r) => r.preferences }),
  }),
});

builder.mutationField('updateEmailPreferences', (t) =>
  t.field({
    type: UpdatedPreferences,
    description: "Changes how categories of e-mail reach you. A frequency the category doesn't offer is a ValidationError and nothing changes.",
    authScopes: { user: true },
    args: { input: t.arg({ type: UpdateEmailPreferencesInput, required: true, description: 'The categories to change.' }) },
    errors: {
      types: [ValidationError, NotAllowedError],
      directResult: true,
      union: { description: 'What updateEmailPreferences answers: your settings as they are now, or why nothing changed (switch on __typename).' },
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = signedInViewer(ctx);
      const userId = viewer.userId;
      const yours = emailCategoriesFor(viewer.role);
      const fieldErrors = input.preferences.flatMap(({ category, frequency }, index) => {
        if (input.preferences.findIndex((p) => p.category === category) !== index) {
          return [{ field: `preferences.${index}.category`, message: 'Each category can be changed once per request.' }];
        }
        if (!yours.includes(category)) {
          return [{ field: `preferences.${index}.category`, message: 'Integration alerts go to agency admins only.' }];
        }
        return isAllowedFrequency(category, frequency)
          ? []
          : [{ field: `preferences.${index}.frequency`, message: 'Invites and reminders are no use a day late: choose to get them immediately, or turn them off.' }];
      });
      if (fieldErrors.length > 0) throw new ValidationError(fieldErrors);
      await ctx.prisma.$transaction(
        input.preferences.map(({ category, frequency }) =>
          ctx.prisma.emailPreference.upsert({
            where: { userId_category: { userId, category } },
            create: { userId, category, frequency },
            update: { frequency },
          }),
        ),
      );
      return { preferences: await loadPreferences(ctx, viewer) };
    },
  }),
);
