import type { InterviewFormat, Prisma } from '@shortlist/db/prisma';
import { dayInZone, effectiveProposalStatus, isOpenProposal, OPEN_PROPOSAL_STATUSES, respondByAt, validateInterviewSlots } from '@shortlist/domain/interviews';
import { scoreMatch } from '@shortlist/domain/matching';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { recordActivity } from '../activity/record-activity.ts';
import { appendChange } from '../change-log/append-change.ts';
import { proposalChange } from './proposal-change.ts';
import { decodeGlobalIdOf, idFromGlobalId } from '../common/global-id.ts';
import { InvalidTransitionError, NotAllowedError, NotFoundError, parseInput, ValidationError, type FieldErrorShape } from '../errors/errors.ts';
import { candidateProfileSelect, toCandidateProfile } from '../matches/to-candidate-profile.ts';
import { jobProfileSelect, toJobProfile } from '../matches/to-job-profile.ts';
import { skillTaxonomy } from '../skills/skill-taxonomy.ts';
import { interviewLocationIssue } from '../interviews/interview-location-issue.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_RESPOND_DAYS = 7;
const MAX_RESPOND_DAYS = 30;

export interface ProposeMatchInput {
  jobId: string;
  candidateId: string;
  message?: string | null;
  respondBy?: Date | null;
  slots?: Array<{ startsAt: Date; endsAt: Date; timeZone: string; format: InterviewFormat; location?: string | null }> | null;
  /** A partner key only: the recruiter (or admin) of its agency the proposal is made for; default the key's creator. */
  onBehalfOfRecruiterId?: string | null;
}

/** The candidate already has an open proposal for this job: the answer carries it, so a retry can pick it up. */
export class DuplicateProposalError extends Error {
  override name = 'DuplicateProposalError';
  constructor(
    message: string,
    readonly existingProposalId: string,
  ) {
    super(message);
  }
}

/** Who proposes: the signed-in recruiter, or a partner key for a recruiter of its agency. */
interface Proposer {
  agencyId: string;
  recruiterId: string;
  /** Set when a partner key proposes: history and the change log name the key. */
  apiKeyId: string | null;
  apiKeyName: string | null;
  /** A key limited to one client proposes only for that client's jobs. */
  clientCompanyId: string | null;
}

async function resolveProposer(ctx: Pick<Context, 'prisma' | 'viewer'>, onBehalfOfRecruiterId: string | null | undefined): Promise<Proposer> {
  const viewer = ctx.viewer;
  if (viewer?.kind === 'user' && (viewer.role === 'RECRUITER' || viewer.role === 'ADMIN')) {
    if (onBehalfOfRecruiterId && idFromGlobalId(onBehalfOfRecruiterId, 'User') !== viewer.userId) {
      throw new ValidationError([{ field: 'onBehalfOfRecruiterId', message: 'Only a partner API key proposes on behalf of a recruiter; leave this empty.' }]);
    }
    return { agencyId: viewer.agencyId, recruiterId: viewer.userId, apiKeyId: null, apiKeyName: null, clientCompanyId: null };
  }
  if (viewer?.kind !== 'partner') throw new NotAllowedError("Only the agency's recruiters can propose a match.");
  if (!viewer.scopes.includes('PROPOSALS_WRITE')) {
    throw new NotAllowedError('This API key needs the PROPOSALS_WRITE scope to use proposeMatch.', 'PROPOSALS_WRITE');
  }
  const key = await ctx.prisma.apiKey.findUniqueOrThrow({ where: { id: viewer.apiKeyId }, select: { name: true, createdById: true } });
  const named = onBehalfOfRecruiterId ? idFromGlobalId(onBehalfOfRecruiterId, 'User') : null;
  // Another agency's user, a candidate, a disabled account and a made-up ID all read the same: no existence oracle.
  const recruiter =
    onBehalfOfRecruiterId && !named
      ? null
      : await ctx.prisma.user.findFirst({
          where: { id: named ?? key.createdById, agencyId: viewer.agencyId, role: { in: ['RECRUITER', 'ADMIN'] }, disabledAt: null },
          select: { id: true },
        });
  if (!recruiter) {
    throw new ValidationError([
      {
        field: 'onBehalfOfRecruiterId',
        message: onBehalfOfRecruiterId
          ? 'No recruiter or admin of your agency has this ID.'
          : "The key's creator can no longer propose; name a recruiter of your agency in onBehalfOfRecruiterId.",
      },
    ]);
  }
  return { agencyId: viewer.agencyId, recruiterId: recruiter.id, apiKeyId: viewer.apiKeyId, apiKeyName: key.name, clientCompanyId: viewer.clientCompanyId };
}

const proposeSchema = (now: Date) =>
  z.object({
    message: z
      .string()
      .trim()
      .min(10, 'Write the candidate a short message about the role (at least 10 characters).')
      .max(2000, 'Keep the message to 2,000 characters or fewer.'),
    respondBy: z
      .date()
      .refine((d) => d.getTime() > now.getTime(), 'Choose a respond-by time in the future.')
      .refine((d) => d.getTime() <= now.getTime() + MAX_RESPOND_DAYS * DAY_MS, `Give the candidate at most ${MAX_RESPOND_DAYS} days.`),
  });

/**
 * Left out, the respond-by is the end of the candidate's working day a week from now on their calendar (B13), as the
 * propose dialog offers it; a bad zone falls back to exactly 7 days.
 */
function defaultRespondBy(now: Date, candidateTimeZone: string): Date {
  const day = dayInZone(now, candidateTimeZone, DEFAULT_RESPOND_DAYS);
  return respondByAt(day, candidateTimeZone) ?? new Date(now.getTime() + DEFAULT_RESPOND_DAYS * DAY_MS);
}

/**
 * A recruiter (or a partner key with PROPOSALS_WRITE, for a recruiter of its agency) proposes one of the agency's
 * candidates for one of its open jobs, with a message, a respond-by time and interview times to pick from. The match
 * is scored now and stored with the proposal, so the candidate later sees why they were proposed even if the job or
 * profile changes.
 */
export async function proposeMatch(ctx: Pick<Context, 'prisma' | 'viewer'>, input: ProposeMatchInput) {
  const proposer = await resolveProposer(ctx, input.onBehalfOfRecruiterId);
  const jobId = decodeGlobalIdOf('Job', input.jobId, 'job');
  const candidateId = decodeGlobalIdOf('Candidate', input.candidateId, 'candidate');
  const [job, candidate] = await Promise.all([
    ctx.prisma.job.findFirst({
      // A key limited to one client sees (and proposes for) only that client's jobs.
      where: { id: jobId, agencyId: proposer.agencyId, ...(proposer.clientCompanyId ? { clientCompanyId: proposer.clientCompanyId } : {}) },
      select: { ...jobProfileSelect, clientCompany: { select: { name: true } } },
    }),
    ctx.prisma.candidateProfile.findFirst({
      where: { id: candidateId, agencyId: proposer.agencyId },
      select: { ...candidateProfileSelect, fullName: true, userId: true },
    }),
  ]);
  if (!job) throw new NotFoundError('No job with this ID.');
  if (!candidate) throw new NotFoundError('No candidate with this ID.');

  const now = new Date();
  // Every bad field at once: the message and respond-by, and each offered time.
  const fieldErrors: FieldErrorShape[] = [];
  let parsed: { message: string; respondBy: Date } | null = null;
  try {
    parsed = parseInput(proposeSchema(now), {
      message: input.message ?? '',
      respondBy: input.respondBy ?? defaultRespondBy(now, candidate.timeZone),
    });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    fieldErrors.push(...error.fieldErrors);
  }
  const slotResult = validateInterviewSlots(input.slots ?? [], { now });
  if (!slotResult.ok) {
    fieldErrors.push(...slotResult.fieldErrors.map((e) => ({ field: e.index === null ? 'slots' : `slots.${e.index}.${e.field}`, message: e.message })));
  }
  const locationErrors = (input.slots ?? []).flatMap((slot, i) => {
    const issue = interviewLocationIssue(slot.location);
    return issue ? [{ field: `slots.${i}.location`, message: issue }] : [];
  });
  fieldErrors.push(...locationErrors);
  if (!parsed || !slotResult.ok || locationErrors.length > 0) throw new ValidationError(fieldErrors);
  const { message, respondBy } = parsed;
  if (job.status !== 'OPEN') throw new InvalidTransitionError('Only an open job can receive proposals; publish it first.', job.status);

  const match = scoreMatch(toCandidateProfile(candidate), toJobProfile(job), skillTaxonomy, { now });
  return ctx.prisma.$transaction(async (tx) => {
    // Lock the candidate's row so two recruiters proposing the same candidate at once are serialised and the
    // second sees the first's proposal.
    await tx.$queryRaw`SELECT id FROM "CandidateProfile" WHERE id = ${candidateId}::uuid FOR UPDATE`;
    // The job may have been closed since it was read; FOR SHARE keeps it open until this proposal commits.
    const [jobNow] = await tx.$queryRaw<Array<{ status: string }>>`SELECT status::text FROM "Job" WHERE id = ${jobId}::uuid FOR SHARE`;
    if (jobNow?.status !== 'OPEN') {
      throw new InvalidTransitionError('Only an open job can receive proposals; publish it first.', jobNow?.status ?? null);
    }
    const existing = await tx.proposal.findMany({
      where: { jobId, candidateId, status: { in: [...OPEN_PROPOSAL_STATUSES] } },
      select: { id: true, status: true, respondBy: true },
    });
    const open = existing.find((p) => isOpenProposal(effectiveProposalStatus(p, now)));
    if (open) throw new DuplicateProposalError(`${candidate.fullName} already has an open proposal for this job.`, open.id);
    const proposal = await tx.proposal.create({
      data: {
        agencyId: proposer.agencyId,
        jobId,
        candidateId,
        recruiterId: proposer.recruiterId,
        message,
        respondBy,
        matchScore: match.score,
        matchForwardScore: match.forwardScore,
        matchReverseScore: match.reverseScore,
        matchSnapshot: match as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
    await tx.interviewSlot.createMany({ data: slotResult.value.map((slot) => ({ ...slot, proposalId: proposal.id })) });
    const candidateNotice = {
      userId: candidate.userId,
      title: `New opportunity: ${job.title} at ${job.clientCompany.name}`,
      body: `Your recruiter thinks you would be a strong fit (match ${Math.round(match.score)}/100). Please reply by the date shown.`,
    };
    await recordActivity(
      tx,
      proposer.apiKeyId
        ? { party: 'RECRUITER', actorKind: 'API_KEY', actorUserId: null, actorApiKeyId: proposer.apiKeyId }
        : { party: 'RECRUITER', actorKind: 'USER', actorUserId: proposer.recruiterId, actorApiKeyId: null },
      { agencyId: proposer.agencyId, proposalId: proposal.id, action: 'proposal.proposed', fromStatus: null, toStatus: 'PROPOSED', message },
      proposer.apiKeyId
        ? [
            candidateNotice,
            // The recruiter it was made for learns of it: a partner system acted in their name.
            {
              userId: proposer.recruiterId,
              title: `${proposer.apiKeyName} proposed ${candidate.fullName} for ${job.title}`,
              body: `The partner system "${proposer.apiKeyName}" made this proposal on your behalf.`,
            },
          ]
        : [candidateNotice],
    );
    await appendChange(tx, { actorUserId: proposer.apiKeyId ? null : proposer.recruiterId, actorApiKeyId: proposer.apiKeyId }, {
      ...proposalChange({ id: proposal.id, agencyId: proposer.agencyId }, 'proposal.proposed', { from: null, to: 'PROPOSED' }),
      // The index and a partner's feed learn which pair is now taken without reading the proposal.
      data: { from: null, to: 'PROPOSED', jobId, candidateId },
    });
    return proposal.id;
  });
}
