import { builder } from '../../builder.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, ValidationError } from '../errors/errors.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { contestNoShow } from './contest-no-show.ts';
import { InterviewRef } from './interview.ts';

const NoShowContest = builder.objectRef<{ at: Date; note: string }>('NoShowContest').implement({
  description: "The account of the side a no-show holds absent, given once with their own account. The no-show stays on the record, marked contested.",
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime', description: 'When they contested it.' }),
    note: t.exposeString('note', { description: 'What happened, in their words.' }),
  }),
});

builder.prismaObjectFields(InterviewRef, (t) => ({
  noShowNote: t.exposeString('noShowNote', {
    nullable: true,
    description: 'What the recorder of the no-show saw; null unless the status is NO_SHOW (or for no-shows recorded before notes were required).',
  }),
  noShowContest: t.field({
    type: NoShowContest,
    nullable: true,
    description: 'The account of the side held absent, when they contested the no-show; null otherwise.',
    select: { noShowContestedAt: true, noShowContestNote: true },
    resolve: (i) => (i.noShowContestedAt ? { at: i.noShowContestedAt, note: i.noShowContestNote ?? '' } : null),
  }),
}));

const ContestNoShowInput = builder.inputType('ContestNoShowInput', {
  description: 'The no-show to contest, and what happened.',
  fields: (t) => ({
    interviewId: t.id({ required: true, description: 'The interview (an Interview ID), NO_SHOW and not contested yet.' }),
    note: t.string({ required: false, description: 'Required: what happened from your side (10-2,000 characters).' }),
  }),
});

builder.mutationField('contestNoShow', (t) =>
  t.prismaField({
    type: 'Interview',
    description:
      "Contests a recorded no-show, once, by the side it holds absent: the candidate for a candidate no-show, the agency's staff for a recruiter no-show, a partner key with PROPOSALS_WRITE (of the job's client, when limited) for a client no-show. The no-show stays on the record, marked contested with this account; the recruiter is told.",
    authScopes: { $any: { candidate: true, staff: true, partner: 'PROPOSALS_WRITE' } },
    args: { input: t.arg({ type: ContestNoShowInput, required: true, description: 'The interview and your account.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError, InvalidTransitionError],
      union: { description: 'What contestNoShow answers: the interview with its contest, or the expected error that stopped it (switch on __typename).' },
      result: { description: 'Returned when contestNoShow worked: the interview, its no-show now contested.' },
      dataField: { name: 'interview', description: 'The interview, with noShowContest.', grantScopes: ['proposalOfCaller'] },
    },
    resolve: async (query, _root, { input }, ctx) =>
      ctx.prisma.interview.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: await contestNoShow(ctx, { interviewId: String(input.interviewId), note: input.note }) } }),
  }),
);
