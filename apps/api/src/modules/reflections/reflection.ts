import { InterviewFeeling } from '@shortlist/db/prisma';
import { builder } from '../../builder.ts';
import { clockFromEnv } from '../common/clock.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, ValidationError } from '../errors/errors.ts';
import { InterviewRef } from '../interviews/interview.ts';
import { markContactFollowedUp } from './mark-contact-followed-up.ts';
import { passOnClientFeedback } from './pass-on-client-feedback.ts';
import { canReadReflection, dateOnly, isCandidateViewerOf, isFollowUpDue, isReflectable, isStaffViewerOf, todayIn } from './reflection-rules.ts';
import { saveInterviewReflection } from './save-interview-reflection.ts';
import { shareInterviewReflection } from './share-interview-reflection.ts';

const clock = clockFromEnv();

export const InterviewFeelingEnum = builder.enumType(InterviewFeeling, {
  name: 'InterviewFeeling',
  description: 'How an interview went, in the candidate\'s own words.',
  values: {
    GREAT: { description: 'It went great.' },
    GOOD: { description: 'It went well.' },
    MIXED: { description: 'Some of it went well, some not.' },
    POOR: { description: 'It did not go well.' },
  },
});

export const ReflectionContactRef = builder.prismaNode('ReflectionContact', {
  id: { field: 'id' },
  description:
    'Someone the candidate met at an interview, kept as a contact with an optional follow-up date. Only the candidate sees their contacts, even when the reflection is shared.',
  authScopes: (contact, ctx) => isCandidateViewerOf(ctx.viewer, contact.candidateId),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Their name.' }),
    role: t.exposeString('role', { description: 'Their role, e.g. "Engineering Manager"; empty when not given.' }),
    company: t.exposeString('company', { description: 'Their company; empty when not given.' }),
    howToReach: t.exposeString('howToReach', { description: 'An e-mail address, a phone number or a profile link, as the candidate wrote it; empty when not given.' }),
    followUpBy: t.string({
      nullable: true,
      description: 'The date to follow up by, as "YYYY-MM-DD"; null when none was set.',
      select: { followUpBy: true },
      resolve: (c) => (c.followUpBy ? dateOnly(c.followUpBy) : null),
    }),
    followedUpAt: t.expose('followedUpAt', { type: 'DateTime', nullable: true, description: 'When the candidate marked them followed up; null until then.' }),
    isFollowUpDue: t.boolean({
      description: "Whether the follow-up date has come (in the candidate's zone) and they were not followed up yet.",
      select: { followUpBy: true, followedUpAt: true, candidate: { select: { timeZone: true } } },
      resolve: (c) => isFollowUpDue(c, todayIn(c.candidate.timeZone, clock())),
    }),
    metAt: t.string({
      description: 'The interview they were met at, e.g. "Senior Backend Engineer at Acme".',
      select: { reflection: { select: { interview: { select: { proposal: { select: { job: { select: { title: true, clientCompany: { select: { name: true } } } } } } } } } } },
      resolve: (c) => `${c.reflection.interview.proposal.job.title} at ${c.reflection.interview.proposal.job.clientCompany.name}`,
    }),
    metOn: t.field({
      type: 'DateTime',
      description: 'When that interview started.',
      select: { reflection: { select: { interview: { select: { startsAt: true } } } } },
      resolve: (c) => c.reflection.interview.startsAt,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the contact was added.' }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When it last changed: the latest of its creation, its follow-up and its reflection being saved again (contacts are saved with it).',
      select: { createdAt: true, followedUpAt: true, reflection: { select: { updatedAt: true } } },
      resolve: (contact) =>
        new Date(Math.max(contact.createdAt.getTime(), contact.followedUpAt?.getTime() ?? 0, contact.reflection.updatedAt.getTime())),
    }),
  }),
});

export const InterviewReflectionRef = builder.prismaNode('InterviewReflection', {
  id: { field: 'id' },
  description:
    "The candidate's reflection after an interview: how it went, what they learned, the questions they were asked. Private to the candidate unless they share it with their recruiter (the agency's staff then read it, contacts excepted); never visible to partner keys or the client.",
  authScopes: (reflection, ctx) => canReadReflection(ctx.viewer, reflection),
  fields: (t) => ({
    feeling: t.expose('feeling', { type: InterviewFeelingEnum, description: 'How it went.' }),
    learned: t.exposeString('learned', { description: 'What they learned; empty when not written.' }),
    questionsAsked: t.exposeString('questionsAsked', { description: 'Questions they were asked; empty when not written.' }),
    wantsFeedback: t.exposeBoolean('wantsFeedback', { description: 'Whether they would like feedback from the client.' }),
    isShared: t.boolean({
      description: 'Whether the candidate shared it with their recruiter.',
      select: { sharedWithRecruiterAt: true },
      resolve: (r) => r.sharedWithRecruiterAt !== null,
    }),
    sharedAt: t.expose('sharedWithRecruiterAt', { type: 'DateTime', nullable: true, description: 'When it was shared with the recruiter; null while private.' }),
    contacts: t.field({
      type: [ReflectionContactRef],
      nullable: true,
      description: 'The people they met, in the order added. Null for anyone but the candidate: contacts stay private even when the reflection is shared.',
      select: (_args, _ctx, nestedSelection) => ({ candidateId: true, contacts: nestedSelection({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }) }),
      resolve: (r, _args, ctx) => (isCandidateViewerOf(ctx.viewer, r.candidateId) ? r.contacts : null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was first saved.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it was last saved.' }),
  }),
});

const ClientFeedbackRef = builder.objectRef<{ text: string; passedOnAt: Date }>('ClientFeedback').implement({
  description: "What the client said about an interview, passed on by the agency or the client's system.",
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The feedback, as passed on.' }),
    passedOnAt: t.expose('passedOnAt', { type: 'DateTime', description: 'When it was passed on.' }),
  }),
});

builder.prismaObjectFields(InterviewRef, (t) => ({
  reflection: t.field({
    type: InterviewReflectionRef,
    nullable: true,
    description:
      "The candidate's reflection on this interview: for the candidate, and for the agency's staff once the candidate shared it; null otherwise (not written, private, or a partner key).",
    select: (_args, _ctx, nestedSelection) => ({ reflection: nestedSelection(true) }),
    resolve: (i, _args, ctx) => (i.reflection && canReadReflection(ctx.viewer, i.reflection) ? i.reflection : null),
  }),
  canReflect: t.boolean({
    description: 'True for the candidate once the interview has ended (or was completed) and took place: they may write or edit a reflection. False for anyone else.',
    select: { status: true, endsAt: true, proposal: { select: { candidateId: true } } },
    resolve: (i, _args, ctx) => isCandidateViewerOf(ctx.viewer, i.proposal.candidateId) && isReflectable(i, clock()),
  }),
  clientFeedback: t.field({
    type: ClientFeedbackRef,
    nullable: true,
    description: "The client's feedback on this interview, for the candidate and the agency's staff; null until it is passed on, and for partner keys.",
    select: { clientFeedback: true, clientFeedbackAt: true, agencyId: true, proposal: { select: { candidateId: true } } },
    resolve: (i, _args, ctx) => {
      if (!i.clientFeedback || !i.clientFeedbackAt) return null;
      const mayRead = isCandidateViewerOf(ctx.viewer, i.proposal.candidateId) || isStaffViewerOf(ctx.viewer, i.agencyId);
      return mayRead ? { text: i.clientFeedback, passedOnAt: i.clientFeedbackAt } : null;
    },
  }),
}));

// ───────────────────────────── the candidate's practice ─────────────────────────────

interface PracticeShape {
  candidateId: string | null;
  today: string;
  interviewsDone: number;
  reflectionsWritten: number;
  contactsMade: number;
  followUpsDue: number;
}

const PracticeRef = builder.objectRef<PracticeShape>('Practice').implement({
  description: 'Every interview is networking and practice: what the candidate has done, whatever the outcome of each process.',
  fields: (t) => ({
    interviewsDone: t.exposeInt('interviewsDone', {
      description: 'Interviews that took place: completed, or ended while still scheduled; declined, rejected or lost processes count too. No-shows and cancellations do not.',
    }),
    reflectionsWritten: t.exposeInt('reflectionsWritten', { description: 'Reflections written.' }),
    contactsMade: t.exposeInt('contactsMade', { description: 'People met and kept as contacts.' }),
    followUpsDue: t.exposeInt('followUpsDue', { description: "Contacts whose follow-up date has come (in the candidate's zone) and who were not followed up yet." }),
    contacts: t.prismaField({
      type: ['ReflectionContact'],
      description: 'Every contact, due follow-ups first (oldest date first), then the rest newest first.',
      resolve: async (query, practice, _args, ctx) => {
        if (!practice.candidateId) return [];
        const contacts = await ctx.prisma.reflectionContact.findMany({
          ...query,
          where: { candidateId: practice.candidateId },
          orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        });
        // Due first: sorted here, where "due" is judged in the candidate's zone as the count is.
        const due = (c: { followUpBy: Date | null; followedUpAt: Date | null }) => isFollowUpDue(c, practice.today);
        return [...contacts].sort((a, b) => {
          const [dueA, dueB] = [due(a as never), due(b as never)];
          if (dueA !== dueB) return dueA ? -1 : 1;
          return dueA ? ((a as never as { followUpBy: Date }).followUpBy.getTime() - (b as never as { followUpBy: Date }).followUpBy.getTime()) : 0;
        });
      },
    }),
    awaitingReflection: t.prismaField({
      type: ['Interview'],
      description: 'Up to five interviews that have ended and have no reflection yet, the most recent first: the ones to ask "How did it go?" about.',
      resolve: (query, practice, _args, ctx) =>
        practice.candidateId
          ? ctx.prisma.interview.findMany({
              ...query,
              where: {
                proposal: { candidateId: practice.candidateId },
                reflection: { is: null },
                OR: [{ status: 'COMPLETED' }, { status: { in: ['SCHEDULED', 'NO_SHOW'] }, endsAt: { lte: clock() } }],
              },
              orderBy: [{ endsAt: 'desc' }, { id: 'asc' }],
              take: 5,
            })
          : [],
    }),
  }),
});

builder.queryField('myPractice', (t) =>
  t.field({
    type: PracticeRef,
    description: "The signed-in candidate's practice so far: interviews done, reflections, contacts and follow-ups due. Candidates only.",
    authScopes: { candidate: true },
    resolve: async (_root, _args, ctx) => {
      const candidateId = ctx.viewer?.kind === 'user' ? ctx.viewer.candidateProfileId : null;
      const now = clock();
      if (!candidateId) return { candidateId: null, today: dateOnly(now), interviewsDone: 0, reflectionsWritten: 0, contactsMade: 0, followUpsDue: 0 };
      const profile = await ctx.prisma.candidateProfile.findUniqueOrThrow({ where: { id: candidateId }, select: { timeZone: true } });
      const today = todayIn(profile.timeZone, now);
      const [interviewsDone, reflectionsWritten, contactsMade, followUpsDue] = await Promise.all([
        ctx.prisma.interview.count({ where: { proposal: { candidateId }, OR: [{ status: 'COMPLETED' }, { status: 'SCHEDULED', endsAt: { lte: now } }] } }),
        ctx.prisma.interviewReflection.count({ where: { candidateId } }),
        ctx.prisma.reflectionContact.count({ where: { candidateId } }),
        ctx.prisma.reflectionContact.count({ where: { candidateId, followedUpAt: null, followUpBy: { lte: new Date(`${today}T00:00:00Z`) } } }),
      ]);
      return { candidateId, today, interviewsDone, reflectionsWritten, contactsMade, followUpsDue };
    },
  }),
);

// ───────────────────────────── mutations ─────────────────────────────

const errorTypes = [ValidationError, NotFoundError, NotAllowedError, InvalidTransitionError];
const answerOf = (mutation: string, success: string, dataField: { name: string; description: string; grantScopes?: string[] }) => ({
  union: { description: `What ${mutation} answers: ${success}, or the expected error that stopped it (switch on __typename).` },
  result: { description: `Returned when ${mutation} worked: ${success}.` },
  dataField,
});

const ContactInput = builder.inputType('ReflectionContactInput', {
  description: 'Someone met at the interview. Send the whole list each time: contacts with an ID are edited, without one added, the missing ones removed.',
  fields: (t) => ({
    id: t.id({ required: false, description: 'A saved contact (a ReflectionContact ID) to keep and edit; leave out for a new one.' }),
    name: t.string({ required: true, description: 'Their name (required, up to 120 characters).' }),
    role: t.string({ required: false, description: 'Their role (up to 120 characters).' }),
    company: t.string({ required: false, description: 'Their company (up to 120 characters).' }),
    howToReach: t.string({ required: false, description: 'An e-mail address, phone number or profile link (up to 200 characters).' }),
    followUpBy: t.string({
      required: false,
      description: "A date to follow up by, \"YYYY-MM-DD\": today or later in the candidate's zone (a saved contact may keep a date that has passed).",
    }),
  }),
});

const SaveInterviewReflectionInput = builder.inputType('SaveInterviewReflectionInput', {
  description: 'The reflection on an interview that has ended; saving again replaces it.',
  fields: (t) => ({
    interviewId: t.id({ required: true, description: 'The interview (an Interview ID): one of yours that has ended and was not cancelled.' }),
    feeling: t.field({ type: InterviewFeelingEnum, required: true, description: 'How it went.' }),
    learned: t.string({ required: false, description: 'What you learned (up to 4,000 characters).' }),
    questionsAsked: t.string({ required: false, description: 'Questions you were asked (up to 4,000 characters).' }),
    wantsFeedback: t.boolean({ required: false, description: 'Whether you would like feedback from the client; false when left out.' }),
    contacts: t.field({ type: [ContactInput], required: false, description: 'The people you met, as a whole list (at most 20); left out, none.' }),
  }),
});

builder.mutationField('saveInterviewReflection', (t) =>
  t.prismaField({
    type: 'Interview',
    description:
      "Writes or edits the candidate's reflection on one of their interviews once it has ended (whatever became of it, unless it was cancelled or moved before it happened), with its contacts as a whole list. The candidate only; a new reflection is private until shared.",
    authScopes: { candidate: true },
    args: { input: t.arg({ type: SaveInterviewReflectionInput, required: true, description: 'The interview and the reflection.' }) },
    errors: { types: errorTypes, ...answerOf('saveInterviewReflection', 'the interview with its reflection', { name: 'interview', description: 'The interview, with its reflection.' }) },
    resolve: async (query, _root, { input }, ctx) =>
      ctx.prisma.interview.findUniqueOrThrow({
        ...nonEmptyQuery(query),
        where: { id: await saveInterviewReflection(ctx, { ...(input as never as Record<string, unknown>), interviewId: String(input.interviewId), feeling: input.feeling }) },
      }),
  }),
);

const ShareInterviewReflectionInput = builder.inputType('ShareInterviewReflectionInput', {
  description: 'Whether the reflection on an interview is shared with the recruiter.',
  fields: (t) => ({
    interviewId: t.id({ required: true, description: 'The interview (an Interview ID) whose reflection you saved.' }),
    shared: t.boolean({ required: true, description: "True: the recruiter and the agency's staff may read it (not your contacts). False: private again." }),
  }),
});

builder.mutationField('shareInterviewReflection', (t) =>
  t.prismaField({
    type: 'Interview',
    description:
      "Shares the candidate's reflection with their recruiter and the agency's staff, or makes it private again. Contacts stay private either way; partner keys and the client never read it. The candidate only.",
    authScopes: { candidate: true },
    args: { input: t.arg({ type: ShareInterviewReflectionInput, required: true, description: 'The interview and whether to share.' }) },
    errors: { types: errorTypes, ...answerOf('shareInterviewReflection', 'the interview with its reflection', { name: 'interview', description: 'The interview, with its reflection.' }) },
    resolve: async (query, _root, { input }, ctx) =>
      ctx.prisma.interview.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: await shareInterviewReflection(ctx, { interviewId: String(input.interviewId), shared: input.shared }) } }),
  }),
);

const PassOnClientFeedbackInput = builder.inputType('PassOnClientFeedbackInput', {
  description: "The client's feedback on an interview that took place.",
  fields: (t) => ({
    interviewId: t.id({ required: true, description: 'The interview (an Interview ID); it has ended and was not cancelled.' }),
    feedback: t.string({ required: true, description: 'What the client said, as the candidate will read it (10-4,000 characters).' }),
  }),
});

builder.mutationField('passOnClientFeedback', (t) =>
  t.prismaField({
    type: 'Interview',
    description:
      "Passes the client's feedback on an interview to the candidate, who is told in-app and by e-mail and reads it on the proposal; passing on again replaces it. By the agency's staff, or a partner key with PROPOSALS_WRITE (of the job's client, when limited).",
    authScopes: { $any: { staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: PassOnClientFeedbackInput, required: true, description: 'The interview and the feedback.' }) },
    errors: {
      types: errorTypes,
      ...answerOf('passOnClientFeedback', 'the interview with its feedback', { name: 'interview', description: 'The interview, with the feedback passed on.', grantScopes: ['proposalOfCaller'] }),
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await passOnClientFeedback(ctx, { interviewId: String(input.interviewId), feedback: input.feedback });
      // A key with PROPOSALS_WRITE alone reads the interview its own mutation answers with (grantScopes), as the interview mutations do.
      return ctx.prisma.interview.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
    },
  }),
);

const MarkContactFollowedUpInput = builder.inputType('MarkContactFollowedUpInput', {
  description: 'The contact you followed up with.',
  fields: (t) => ({ contactId: t.id({ required: true, description: 'The contact (a ReflectionContact ID).' }) }),
});

builder.mutationField('markContactFollowedUp', (t) =>
  t.prismaField({
    type: 'ReflectionContact',
    description: 'Marks one of your contacts followed up, so it no longer counts as due. The candidate only.',
    authScopes: { candidate: true },
    args: { input: t.arg({ type: MarkContactFollowedUpInput, required: true, description: 'The contact.' }) },
    errors: { types: errorTypes, ...answerOf('markContactFollowedUp', 'the contact, followed up', { name: 'contact', description: 'The contact, now followed up.' }) },
    resolve: async (query, _root, { input }, ctx) =>
      ctx.prisma.reflectionContact.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: await markContactFollowedUp(ctx, { contactId: String(input.contactId) }) } }),
  }),
);
