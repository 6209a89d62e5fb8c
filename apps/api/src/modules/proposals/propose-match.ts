import type { InterviewFormat, Prisma } from '@shortlist/db/prisma';
import { effectiveProposalStatus, isOpenProposal, OPEN_PROPOSAL_STATUSES, validateInterviewSlots } from '@shortlist/domain/interviews';
import { scoreMatch } from '@shortlist/domain/matching';
import { z } from 'zod';
import type { Context } from '../../context.ts';
import { recordActivity } from '../activity/record-activity.ts';
import { appendChange } from '../change-log/append-change.ts';
import { proposalChange } from './proposal-change.ts';
import { decodeGlobalIdOf } from '../common/global-id.ts';
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
 * A recruiter proposes one of the agency's candidates for one of its open jobs, with a message, a respond-by
 * time and interview times to pick from. The match is scored now and stored with the proposal, so the
 * candidate later sees why they were proposed even if the job or profile changes.
 */
export async function proposeMatch(ctx: Pick<Context, 'prisma' | 'viewer'>, input: ProposeMatchInput) {
  const viewer = ctx.viewer;
  if (viewer?.kind !== 'user' || (viewer.role !== 'RECRUITER' && viewer.role !== 'ADMIN')) {
    throw new NotAllowedError("Only the agency's recruiters can propose a match.");
  }
  const jobId = decodeGlobalIdOf('Job', input.jobId, 'job');
  const candidateId = decodeGlobalIdOf('Candidate', input.candidateId, 'candidate');
  const [job, candidate] = await Promise.all([
    ctx.prisma.job.findFirst({
      where: { id: jobId, agencyId: viewer.agencyId },
      select: { ...jobProfileSelect, clientCompany: { select: { name: true } } },
    }),
    ctx.prisma.candidateProfile.findFirst({
      where: { id: candidateId, agencyId: viewer.agencyId },
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
      respondBy: input.respondBy ?? new Date(now.getTime() + DEFAULT_RESPOND_DAYS * DAY_MS),
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
      select: { status: true, respondBy: true },
    });
    if (existing.some((p) => isOpenProposal(effectiveProposalStatus(p, now)))) {
      throw new InvalidTransitionError(`${candidate.fullName} already has an open proposal for this job.`, null);
    }
    const proposal = await tx.proposal.create({
      data: {
        agencyId: viewer.agencyId,
        jobId,
        candidateId,
        recruiterId: viewer.userId,
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
    await recordActivity(
      tx,
      { party: 'RECRUITER', actorKind: 'USER', actorUserId: viewer.userId, actorApiKeyId: null },
      { agencyId: viewer.agencyId, proposalId: proposal.id, action: 'proposal.proposed', fromStatus: null, toStatus: 'PROPOSED', message },
      [
        {
          userId: candidate.userId,
          title: `New opportunity: ${job.title} at ${job.clientCompany.name}`,
          body: `Your recruiter thinks you would be a strong fit (match ${Math.round(match.score)}/100). Please reply by the date shown.`,
        },
      ],
    );
    await appendChange(tx, { actorUserId: viewer.userId, actorApiKeyId: null }, {
      ...proposalChange({ id: proposal.id, agencyId: viewer.agencyId }, 'proposal.proposed', { from: null, to: 'PROPOSED' }),
      // The index and a partner's feed learn which pair is now taken without reading the proposal.
      data: { from: null, to: 'PROPOSED', jobId, candidateId },
    });
    return proposal.id;
  });
}
