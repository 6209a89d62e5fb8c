import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma } from '@shortlist/db/prisma';
import { builder } from '../../builder.ts';
import { CandidateRef } from '../candidates/candidate.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, ValidationError } from '../errors/errors.ts';
import { getMatchService } from '../matches/match-service.ts';
import { mergeCandidates, type MergeMoved, type MergeOutcome } from './merge-candidates.ts';

const MergedCountsRef = builder.objectRef<MergeMoved>('CandidateMergeCounts').implement({
  description: 'How much a merge moved to the surviving profile.',
  fields: (t) => ({
    proposals: t.exposeInt('proposals', { description: "The merged profile's proposals, now the survivor's." }),
    historyEvents: t.exposeInt('historyEvents', { description: 'The history entries of those proposals (they move with them).' }),
    interviews: t.exposeInt('interviews', { description: 'The interviews of those proposals.' }),
    skills: t.exposeInt('skills', { description: 'Skills added to the survivor, or whose level or years went up.' }),
    experiences: t.exposeInt('experiences', { description: 'Roles added (one the survivor already lists is not doubled).' }),
    reflections: t.exposeInt('reflections', { description: "The candidate's interview reflections." }),
    reflectionContacts: t.exposeInt('reflectionContacts', { description: 'The contacts kept in those reflections.' }),
    leads: t.exposeInt('leads', { description: 'Interest from the public job board linked to the profile.' }),
    consents: t.exposeInt('consents', { description: 'Consents to share the profile with a client, moved with their proposals.' }),
    partnerDataAccesses: t.exposeInt('partnerDataAccesses', { description: "Entries of the partner access log (the person's data export lists them)." }),
    erasureRequests: t.exposeInt('erasureRequests', { description: 'Settled requests to be forgotten (a pending one stops the merge).' }),
    sameJobProposals: t.exposeInt('sameJobProposals', {
      description: 'Jobs both profiles had a proposal for: both proposals are kept (each has its own answers and history); withdraw one if both are open.',
    }),
  }),
});

const MergeCandidatesInput = builder.inputType('MergeCandidatesInput', {
  description: 'Two profiles of one person: the one to keep and the one to fold into it.',
  fields: (t) => ({
    survivorId: t.id({ required: true, description: 'The profile that stays (its name, e-mail and values win).' }),
    mergedId: t.id({ required: true, description: "The profile folded into it and deleted; its ID then resolves to the survivor through `node`." }),
  }),
});

type MergeAnswer = MergeOutcome & { candidate: Prisma.CandidateProfileGetPayload<object> };

const MergeCandidatesSuccess = builder.objectRef<MergeAnswer>('MergeCandidatesSuccess').implement({
  description: 'Returned when mergeCandidates worked: the surviving profile, why the two were taken for one person, and what moved.',
  fields: (t) => ({
    candidate: t.field({ type: CandidateRef, description: 'The surviving profile, as it is now.', resolve: (answer) => answer.candidate }),
    mergedId: t.id({ description: 'The global ID of the merged profile; `node` resolves it to the survivor from now on.', resolve: (answer) => encodeGlobalID('Candidate', answer.mergedId) }),
    reasons: t.exposeStringList('reasons', { description: 'Why they were taken for one person ("same phone"), as recorded; "chosen by a recruiter" when nothing matched.' }),
    moved: t.field({ type: MergedCountsRef, description: 'What moved to the survivor.', resolve: (answer) => answer.moved }),
  }),
});

builder.mutationField('mergeCandidates', (t) =>
  t.field({
    type: MergeCandidatesSuccess,
    description:
      "Merges two profiles of one person (issue 14): the merged profile's proposals (with history, interviews and consents), skills (the higher level wins), roles, reflections, leads and access log move to the survivor, whose empty fields take the merged profile's values; the merged profile is deleted and the merge recorded. For the agency's recruiters and admins. Two merges of one pair at once: one wins, the other gets InvalidTransitionError.",
    authScopes: { staff: true },
    args: { input: t.arg({ type: MergeCandidatesInput, required: true, description: 'The survivor and the profile to merge into it.' }) },
    errors: {
      types: [ValidationError, NotFoundError, NotAllowedError, InvalidTransitionError],
      directResult: true,
      union: { description: 'What mergeCandidates answers: MergeCandidatesSuccess with the surviving profile, or the expected error that stopped it (switch on __typename).' },
    },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer;
      if (viewer?.kind !== 'user') throw new NotAllowedError("Only the agency's recruiters and admins merge profiles.");
      const survivorId = decodeGlobalIdOf('Candidate', String(input.survivorId), 'candidate');
      const mergedId = decodeGlobalIdOf('Candidate', String(input.mergedId), 'candidate');
      const outcome = await mergeCandidates(ctx.prisma, viewer, survivorId, mergedId).catch((error: unknown) => {
        // The unique merged ID: a race the row locks did not order (already merged).
        if ((error as { code?: string })?.code === 'P2002') throw new InvalidTransitionError('These profiles were merged meanwhile; reload the profile.');
        throw error;
      });
      await getMatchService(ctx.prisma).changesCommitted();
      return { ...outcome, candidate: await ctx.prisma.candidateProfile.findUniqueOrThrow({ where: { id: survivorId } }) };
    },
  }),
);
