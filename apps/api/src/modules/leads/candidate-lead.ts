import { z } from 'zod';
import type { Viewer } from '../../context.ts';
import { builder } from '../../builder.ts';
import { idFromGlobalId } from '../common/global-id.ts';
import { nonEmptyQuery } from '../common/non-empty-query.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, parseInput, ValidationError } from '../errors/errors.ts';

/** Recruiters and admins of this agency: leads are the agency's, never a partner's or a candidate's. */
function isStaffOf(viewer: Viewer | null, agencyId: string): boolean {
  return viewer?.kind === 'user' && (viewer.role === 'RECRUITER' || viewer.role === 'ADMIN') && viewer.agencyId === agencyId;
}

export const CandidateLeadRef = builder.prismaNode('CandidateLead', {
  id: { field: 'id' },
  description:
    "Someone who said \"I'm interested\" on a job's public page, with their consent to be contacted: for the agency's staff only (never partner keys), until a recruiter registers them as a candidate or dismisses it.",
  authScopes: (lead, ctx) => isStaffOf(ctx.viewer, lead.agencyId),
  fields: (t) => ({
    fullName: t.exposeString('fullName', { description: 'Their name as they typed it.' }),
    email: t.exposeString('email', { description: 'Their e-mail address, lower-cased.' }),
    phone: t.exposeString('phone', { nullable: true, description: 'Their phone number as typed; null when they left it out.' }),
    message: t.exposeString('message', { description: 'What they wrote to the recruiter (may be empty).' }),
    consentText: t.exposeString('consentText', { description: 'The consent they ticked, word for word.' }),
    consentGivenAt: t.expose('consentGivenAt', { type: 'DateTime', description: 'When they gave it (when they sent the form).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the lead arrived.' }),
    updatedAt: t.field({
      type: 'DateTime',
      description: 'When it last changed: its arrival, or its dismissal (the table keeps no other time).',
      select: { createdAt: true, dismissedAt: true },
      resolve: (lead) => (lead.dismissedAt && lead.dismissedAt > lead.createdAt ? lead.dismissedAt : lead.createdAt),
    }),
    dismissedAt: t.expose('dismissedAt', { type: 'DateTime', nullable: true, description: 'When a recruiter dismissed it; null while it is open.' }),
    job: t.relation('job', { description: 'The job whose public page they were on.' }),
    candidate: t.relation('candidate', {
      nullable: true,
      description: 'The candidate a recruiter registered from this lead; null until then.',
    }),
  }),
});

builder.queryField('candidateLeads', (t) =>
  t.prismaConnection(
    {
      type: CandidateLeadRef,
      cursor: 'id',
      description:
        "The agency's leads from its public job pages, newest first: for its recruiters and admins only (partner keys, candidates and other agencies are refused). Leads dismissed or registered as candidates are left out unless asked for.",
      authScopes: { staff: true },
      args: {
        includeHandled: t.arg.boolean({ required: false, description: 'Also list the leads a recruiter dismissed or registered as a candidate; left out: only open ones.' }),
      },
      totalCount: (_root, { includeHandled }, ctx) => ctx.prisma.candidateLead.count({ where: leadsWhere(ctx.viewer!, includeHandled) }),
      resolve: (query, _root, { includeHandled }, ctx) =>
        ctx.prisma.candidateLead.findMany({
          ...query,
          where: leadsWhere(ctx.viewer!, includeHandled),
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    },
    {
      name: 'CandidateLeadConnection',
      description: 'A page of leads.',
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many leads the list holds, across all pages.',
          extensions: { pothosPrismaTotalCount: true },
          resolve: (connection) => {
            const totalCount = (connection as { totalCount?: unknown }).totalCount;
            return (typeof totalCount === 'function' ? (totalCount as () => unknown)() : totalCount) as number;
          },
        }),
      }),
    },
    { name: 'CandidateLeadEdge', description: 'A lead in a page, with its cursor.' },
  ),
);

const leadsWhere = (viewer: Viewer, includeHandled: boolean | null | undefined) => ({
  agencyId: viewer.agencyId,
  ...(includeHandled ? {} : { dismissedAt: null, candidateId: null }),
});

/** The lead of the viewer's agency that a global ID names, or NotFoundError (another agency's reads the same). */
async function findLeadOfAgency(ctx: { prisma: import('@shortlist/db/prisma').PrismaClient; viewer: Viewer | null }, globalId: string | number) {
  const id = idFromGlobalId(String(globalId), 'CandidateLead');
  const lead = id && ctx.viewer ? await ctx.prisma.candidateLead.findFirst({ where: { id, agencyId: ctx.viewer.agencyId } }) : null;
  if (!lead || !isStaffOf(ctx.viewer, lead.agencyId)) throw new NotFoundError('That lead does not exist in your agency.');
  return lead;
}

const DismissCandidateLeadInput = builder.inputType('DismissCandidateLeadInput', {
  description: 'The lead to dismiss.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The CandidateLead to dismiss.' }) }),
});

builder.mutationField('dismissCandidateLead', (t) =>
  t.prismaField({
    type: CandidateLeadRef,
    description:
      "Dismisses a lead of the agency (it leaves the list of open leads; nothing is sent to the person): recruiters and admins only. A lead already dismissed is an InvalidTransitionError.",
    authScopes: { staff: true },
    args: { input: t.arg({ type: DismissCandidateLeadInput, required: true, description: 'Which lead.' }) },
    errors: {
      types: [NotFoundError, NotAllowedError, InvalidTransitionError, ValidationError],
      union: { description: 'The dismissed lead, or why it was not dismissed.' },
      result: { description: 'The lead was dismissed.' },
      dataField: { name: 'lead', description: 'The lead, now dismissed.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const lead = await findLeadOfAgency(ctx, input.id);
      // Guarded: two recruiters dismissing at once, one wins.
      const { count } = await ctx.prisma.candidateLead.updateMany({
        where: { id: lead.id, agencyId: lead.agencyId, dismissedAt: null },
        data: { dismissedAt: new Date() },
      });
      if (count !== 1) throw new InvalidTransitionError('This lead was already dismissed.', null);
      return ctx.prisma.candidateLead.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: lead.id } });
    },
  }),
);

const LinkLeadToCandidateInput = builder.inputType('LinkLeadToCandidateInput', {
  description: 'The lead and the candidate registered from it.',
  fields: (t) => ({
    leadId: t.id({ required: true, description: 'The CandidateLead.' }),
    candidateId: t.id({ required: true, description: 'The Candidate of the agency registered from the lead.' }),
  }),
});

const linkSchema = z.object({ leadId: z.union([z.string(), z.number()]), candidateId: z.union([z.string(), z.number()]) });

builder.mutationField('linkLeadToCandidate', (t) =>
  t.prismaField({
    type: CandidateLeadRef,
    description:
      "Records that a lead became a candidate of the agency (after \"Register as candidate\"), which takes it off the list of open leads: recruiters and admins only. A lead already linked is an InvalidTransitionError.",
    authScopes: { staff: true },
    args: { input: t.arg({ type: LinkLeadToCandidateInput, required: true, description: 'The lead and the candidate.' }) },
    errors: {
      types: [NotFoundError, NotAllowedError, InvalidTransitionError, ValidationError],
      union: { description: 'The linked lead, or why it was not linked.' },
      result: { description: 'The lead now names its candidate.' },
      dataField: { name: 'lead', description: 'The lead, linked to its candidate.' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const { leadId, candidateId } = parseInput(linkSchema, input);
      const lead = await findLeadOfAgency(ctx, leadId);
      const profileId = idFromGlobalId(String(candidateId), 'Candidate');
      const candidate = profileId
        ? await ctx.prisma.candidateProfile.findFirst({ where: { id: profileId, agencyId: lead.agencyId }, select: { id: true } })
        : null;
      if (!candidate) throw new NotFoundError('That candidate does not exist in your agency.');
      const { count } = await ctx.prisma.candidateLead.updateMany({
        where: { id: lead.id, agencyId: lead.agencyId, candidateId: null },
        data: { candidateId: candidate.id },
      });
      if (count !== 1) throw new InvalidTransitionError('This lead was already linked to a candidate.', null);
      return ctx.prisma.candidateLead.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: lead.id } });
    },
  }),
);
