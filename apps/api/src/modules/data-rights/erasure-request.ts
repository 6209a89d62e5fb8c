import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Viewer } from '../../context.ts';
import { CandidateRef } from '../candidates/candidate.ts';
import { clockFromEnv } from '../common/clock.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, parseInput, ValidationError } from '../errors/errors.ts';
import { cancelErasure, openErasureWhere, requestErasure } from './request-erasure.ts';

const clock = clockFromEnv();

/** The candidate themself, and the admins of their agency: who sees and acts on a request to be forgotten. */
export function isErasureViewer(viewer: Viewer | null, candidate: { id: string; agencyId: string }): boolean {
  if (viewer?.kind !== 'user' || viewer.agencyId !== candidate.agencyId) return false;
  return viewer.role === 'ADMIN' || viewer.candidateProfileId === candidate.id;
}

const ErasureSourceEnum = builder.enumType('ErasureSource', {
  description: 'Who asked for a candidate to be forgotten.',
  values: {
    CANDIDATE: { value: 'candidate', description: 'The candidate, for themself.' },
    ADMIN: { value: 'admin', description: 'An agency admin, on the candidate\'s behalf.' },
    RETENTION: { value: 'retention', description: "The agency's retention policy: the candidate was inactive and did not renew their consent in time." },
  } as const,
});

export const ErasureRequestRef = builder.prismaNode('ErasureRequest', {
  id: { field: 'id' },
  description:
    "A request to be forgotten (GDPR art. 17): at dueAt the candidate's personal data is removed or anonymised everywhere, unless it is cancelled first. The candidate and their agency's admins see it.",
  authScopes: (request, ctx) => isErasureViewer(ctx.viewer, { id: request.candidateId, agencyId: request.agencyId }),
  fields: (t) => ({
    source: t.field({
      type: ErasureSourceEnum,
      description: 'Who asked.',
      select: { source: true },
      resolve: (r) => (r.source === 'candidate' || r.source === 'admin' || r.source === 'retention' ? r.source : 'admin'),
    }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime', description: 'When it was asked for.' }),
    dueAt: t.expose('dueAt', { type: 'DateTime', description: "When the data is erased: the request plus the agency's grace period. It can be cancelled until then." }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When it was cancelled; null otherwise.' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true, description: 'When the data was erased; null while pending or cancelled.' }),
    isPending: t.boolean({
      description: 'True while it waits for dueAt (neither carried out nor cancelled).',
      select: { completedAt: true, cancelledAt: true },
      resolve: (r) => r.completedAt === null && r.cancelledAt === null,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When it last changed: its request, cancellation or completion (the table keeps no other time).',
      select: { requestedAt: true, cancelledAt: true, completedAt: true },
      resolve: (r) => [r.requestedAt, r.cancelledAt, r.completedAt].reduce<Date>((a, b) => (b && b > a ? b : a), r.requestedAt),
    }),
    candidate: t.relation('candidate', { description: 'The candidate to be forgotten (after the erasure, an anonymous record).' }),
  }),
});

builder.prismaObjectFields(CandidateRef, (t) => ({
  erasedAt: t.expose('erasedAt', {
    type: 'DateTime',
    nullable: true,
    description: 'When their personal data was erased (this record is then anonymous and only counts); null otherwise.',
  }),
  erasureRequest: t.field({
    type: ErasureRequestRef,
    nullable: true,
    description: 'Their pending request to be forgotten, with its due date; null when none, and for anyone but the candidate and the agency\'s admins.',
    select: { id: true, agencyId: true },
    resolve: (candidate, _args, ctx) =>
      isErasureViewer(ctx.viewer, candidate)
        ? ctx.prisma.erasureRequest.findFirst({ where: { candidateId: candidate.id, ...openErasureWhere }, orderBy: { requestedAt: 'desc' } })
        : null,
  }),
}));

builder.queryField('myErasureRequest', (t) =>
  t.prismaField({
    type: ErasureRequestRef,
    nullable: true,
    description: 'Your pending request to be forgotten (the signed-in candidate), with the date it will be carried out; null when none.',
    authScopes: { candidate: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer?.kind === 'user' && ctx.viewer.candidateProfileId
        ? ctx.prisma.erasureRequest.findFirst({ ...query, where: { candidateId: ctx.viewer.candidateProfileId, ...openErasureWhere }, orderBy: { requestedAt: 'desc' } })
        : null,
  }),
);

builder.queryField('pendingErasureRequests', (t) =>
  t.prismaField({
    type: [ErasureRequestRef],
    description: "The agency's pending requests to be forgotten, soonest due first. Agency admins only.",
    authScopes: { admin: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer?.kind === 'user' && ctx.viewer.role === 'ADMIN'
        ? ctx.prisma.erasureRequest.findMany({ ...query, where: { agencyId: ctx.viewer.agencyId, ...openErasureWhere }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], take: 500 })
        : [],
  }),
);

const RequestErasureInput = builder.inputType('RequestErasureInput', {
  description: 'Whose data to erase.',
  fields: (t) => ({
    candidateId: t.id({
      required: false,
      description: "The candidate (a Candidate ID): required for an admin; a candidate may leave it out (or give their own) to ask for themself.",
    }),
  }),
});

const idSchema = z.union([z.string().min(1, 'Give an ID.').max(200, 'Not an ID.'), z.number()]).transform(String);

builder.mutationField('requestErasure', (t) =>
  t.prismaField({
    type: ErasureRequestRef,
    description:
      "Asks for a candidate's personal data to be erased (GDPR art. 17), after the agency's grace period (erasureGraceDays), during which it can be cancelled. The candidate for themself, or an agency admin for one of the agency's candidates; recruiters and partner keys get NotAllowedError. One pending request per candidate: a second is an InvalidTransitionError.",
    authScopes: { candidate: true, admin: true },
    args: { input: t.arg({ type: RequestErasureInput, required: true, description: 'Whose data.' }) },
    errors: {
      types: [NotFoundError, NotAllowedError, InvalidTransitionError, ValidationError],
      union: { description: 'The pending request, or why none was made.' },
      result: { description: 'The erasure is scheduled.' },
      dataField: { name: 'erasureRequest', description: 'The request, with the date it will be carried out.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const { candidateId } = parseInput(z.object({ candidateId: idSchema.nullish() }), input);
      if (ctx.viewer?.kind === 'user' && ctx.viewer.role === 'ADMIN' && !candidateId) {
        throw new ValidationError([{ field: 'candidateId', message: 'Choose the candidate whose data to erase.' }]);
      }
      const id = await requestErasure(ctx, { candidateId: candidateId ?? null }, clock());
      return ctx.prisma.erasureRequest.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
    },
  }),
);

const CancelErasureInput = builder.inputType('CancelErasureInput', {
  description: 'The erasure request to cancel.',
  fields: (t) => ({ erasureRequestId: t.id({ required: true, description: 'The ErasureRequest.' }) }),
});

builder.mutationField('cancelErasure', (t) =>
  t.prismaField({
    type: ErasureRequestRef,
    description:
      "Cancels a pending erasure during its grace period: nothing is erased. The candidate their own, an agency admin any of the agency's; recruiters and partner keys get NotAllowedError. After dueAt, or once cancelled, it is an InvalidTransitionError.",
    authScopes: { candidate: true, admin: true },
    args: { input: t.arg({ type: CancelErasureInput, required: true, description: 'Which request.' }) },
    errors: {
      types: [NotFoundError, NotAllowedError, InvalidTransitionError, ValidationError],
      union: { description: 'The cancelled request, or why it was not cancelled.' },
      result: { description: 'The erasure is cancelled.' },
      dataField: { name: 'erasureRequest', description: 'The request, now cancelled.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const { erasureRequestId } = parseInput(z.object({ erasureRequestId: idSchema }), input);
      const id = await cancelErasure(ctx, { erasureRequestId }, clock());
      return ctx.prisma.erasureRequest.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
    },
  }),
);
