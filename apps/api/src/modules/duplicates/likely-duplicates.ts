import type { DuplicateReason, DuplicateVerdict } from '@shortlist/domain/duplicates';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Viewer } from '../../context.ts';
import { CandidateRef } from '../candidates/candidate.ts';
import { idFromGlobalId } from '../common/global-id.ts';
import { citySchema, countrySchema } from '../common/profile-field-schemas.ts';
import { resolveSkillReference } from '../skills/resolve-skill-reference.ts';
import { findLikelyDuplicates, profileOf } from './find-likely-duplicates.ts';

type CandidateRow = Awaited<ReturnType<typeof loadCandidates>>[number];
type LikelyDuplicateShape = { candidate: CandidateRow; verdict: DuplicateVerdict };

const DuplicateReasonKindEnum = builder.enumType('DuplicateReasonKind', {
  description: 'What makes two profiles look like one person.',
  values: {
    SAME_EMAIL: { description: 'The same mailbox: case, spaces, and for Gmail the dots and "+tag" aside.' },
    SAME_PHONE: { description: 'The same phone number once both are in E.164 (a national number is read in the profile\'s country).' },
    SIMILAR_NAME: { description: 'The same or a similar name (a typo, the words in another order, a middle name) in the same city, with skills in common.' },
  } as const,
});

const DuplicateReasonRef = builder.objectRef<DuplicateReason>('DuplicateReason').implement({
  description: 'One reason two profiles look like one person.',
  fields: (t) => ({
    kind: t.expose('kind', { type: DuplicateReasonKindEnum, description: 'What matched.' }),
    text: t.exposeString('text', { description: 'The reason in words, to show: "same phone", "similar name in the same city, 3 skills in common".' }),
  }),
});

export const LikelyDuplicateRef = builder.objectRef<LikelyDuplicateShape>('LikelyDuplicate').implement({
  description: 'A profile of the agency that is probably the same person, with why.',
  fields: (t) => ({
    candidate: t.field({ type: CandidateRef, description: 'The existing profile.', resolve: (row) => row.candidate }),
    score: t.float({ description: 'How sure, 0 to 1: a shared e-mail or phone is near-certain (0.95 and up), a similar name less so.', resolve: (row) => row.verdict.score }),
    reasons: t.field({ type: [DuplicateReasonRef], description: 'Why (at least one).', resolve: (row) => row.verdict.reasons }),
    nameSimilarity: t.float({ description: 'How alike the names are, 0 to 1 (trigram or typo similarity, word order aside).', resolve: (row) => row.verdict.nameSimilarity }),
    sharedSkills: t.int({ description: 'How many skills both profiles list.', resolve: (row) => row.verdict.sharedSkills }),
  }),
});

const isStaffOf = (viewer: Viewer | null, agencyId: string) =>
  viewer?.kind === 'user' && (viewer.role === 'RECRUITER' || viewer.role === 'ADMIN') && viewer.agencyId === agencyId;

async function loadCandidates(prisma: Parameters<typeof findLikelyDuplicates>[0], ids: string[]) {
  return prisma.candidateProfile.findMany({ where: { id: { in: ids } } });
}

/** The scored rows with their full profiles, in the order of the scores. */
async function withProfiles(prisma: Parameters<typeof findLikelyDuplicates>[0], rows: Awaited<ReturnType<typeof findLikelyDuplicates>>): Promise<LikelyDuplicateShape[]> {
  const profiles = new Map((await loadCandidates(prisma, rows.map((row) => row.candidate.id))).map((profile) => [profile.id, profile]));
  return rows.flatMap((row) => {
    const candidate = profiles.get(row.candidate.id);
    return candidate ? [{ candidate, verdict: row.verdict }] : [];
  });
}

const LikelyDuplicatesInput = builder.inputType('LikelyDuplicatesInput', {
  description: 'A candidate as typed in a form (registering, importing or editing), to look for the same person among the agency\'s profiles.',
  fields: (t) => ({
    fullName: t.string({ required: true, description: 'The name as typed, 1-200 characters.' }),
    email: t.string({ required: false, description: 'Their e-mail address, if typed (at most 254 characters).' }),
    phone: t.string({ required: false, description: 'Their phone number as typed, in any format (at most 40 characters); a national number is read in `country`.' }),
    country: t.string({ required: true, description: 'ISO-3166 alpha-2 code of the country they live in, e.g. DE.' }),
    city: t.string({ required: false, description: 'Where they live, if typed.' }),
    skills: t.stringList({ required: false, description: 'Skills as ids, names or aliases ("k8s"); unknown ones are left out. At most 200.' }),
    excludeCandidateId: t.id({ required: false, description: 'A profile not to answer (the one being edited).' }),
  }),
  validate: z.looseObject({
    fullName: z.string().trim().min(1, 'Enter the name.').max(200, 'The name is at most 200 characters.'),
    email: z.string().max(254, 'An e-mail address is at most 254 characters.').nullish(),
    phone: z.string().max(40, 'Phone is at most 40 characters.').nullish(),
    country: countrySchema,
    city: citySchema.nullish(),
    skills: z.array(z.string().max(100)).max(200, 'At most 200 skills.').nullish(),
  }),
});

builder.queryField('likelyDuplicates', (t) =>
  t.field({
    type: [LikelyDuplicateRef],
    description:
      "The agency's profiles that are probably this person (the same e-mail or phone after normalisation, or a similar name in the same city with skills in common), surest first, at most 10: what a form shows before saving a new candidate. For the agency's recruiters and admins.",
    authScopes: { staff: true },
    args: { input: t.arg({ type: LikelyDuplicatesInput, required: true, description: 'The candidate as typed so far.' }) },
    resolve: async (_root, { input }, ctx) => {
      const viewer = ctx.viewer!;
      const skills = (input.skills ?? []).flatMap((reference) => resolveSkillReference(reference)?.id ?? []);
      const excludeId = input.excludeCandidateId ? idFromGlobalId(String(input.excludeCandidateId), 'Candidate') : null;
      const rows = await findLikelyDuplicates(
        ctx.prisma,
        viewer.agencyId,
        { fullName: input.fullName, email: input.email, phone: input.phone, country: input.country.trim().toUpperCase(), city: input.city, skills },
        excludeId,
      );
      return withProfiles(ctx.prisma, rows);
    },
  }),
);

builder.prismaObjectFields(CandidateRef, (t) => ({
  likelyDuplicates: t.field({
    type: [LikelyDuplicateRef],
    description: "Other profiles of the agency that are probably this same person, surest first (at most 10), with why: for the agency's recruiters and admins, who can merge them (mergeCandidates).",
    select: {
      id: true,
      agencyId: true,
      fullName: true,
      email: true,
      phone: true,
      normalizedPhone: true,
      country: true,
      city: true,
      skills: { select: { skillId: true } },
    },
    authScopes: (candidate, _args, ctx) => isStaffOf(ctx.viewer, candidate.agencyId),
    resolve: async (candidate, _args, ctx) => withProfiles(ctx.prisma, await findLikelyDuplicates(ctx.prisma, candidate.agencyId, profileOf(candidate), candidate.id)),
  }),
}));
