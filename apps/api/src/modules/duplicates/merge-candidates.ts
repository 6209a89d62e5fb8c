import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma, PrismaClient } from '@shortlist/db/prisma';
import { likelyDuplicateReasons } from '@shortlist/domain/duplicates';
import type { Viewer } from '../../context.ts';
import { appendChange } from '../change-log/append-change.ts';
import { changeActorOf } from '../change-log/change-actor-of.ts';
import { InvalidTransitionError, NotFoundError, ValidationError } from '../errors/errors.ts';
import { profileOf } from './find-likely-duplicates.ts';

/** What a merge moved to the survivor, by kind (counts only: the merge record never holds personal data). */
export type MergeMoved = {
  proposals: number;
  /** The moved proposals' history entries (they travel with their proposal). */
  historyEvents: number;
  interviews: number;
  /** Skills of the merged profile: added to the survivor, or raising the level of one it had. */
  skills: number;
  experiences: number;
  reflections: number;
  reflectionContacts: number;
  leads: number;
  /** Per-proposal consents (to share the profile with the client), moved with their proposals. */
  consents: number;
  partnerDataAccesses: number;
  erasureRequests: number;
  /** Jobs both profiles had a proposal for: both proposals are kept (each has its own answers and history). */
  sameJobProposals: number;
};

export type MergeOutcome = { survivorId: string; mergedId: string; reasons: string[]; moved: MergeMoved };

const mergeRowSelect = {
  id: true,
  agencyId: true,
  userId: true,
  fullName: true,
  email: true,
  phone: true,
  normalizedPhone: true,
  country: true,
  city: true,
  headline: true,
  summary: true,
  externalId: true,
  erasedAt: true,
  skills: { select: { skillId: true, level: true, years: true, lastUsedYear: true } },
  experiences: { select: { id: true, title: true, company: true, startDate: true } },
  erasureRequests: { where: { completedAt: null, cancelledAt: null }, select: { id: true } },
} as const;

/**
 * Makes two profiles of one person one (issue 14): everything of `mergedId` moves to `survivorId` (proposals with
 * their history, interviews and consents; skills as a union keeping the higher level; roles; reflections and their
 * contacts; leads; the partner access log), the survivor's empty fields take the merged profile's values, the merged
 * profile is deleted, and a CandidateMerge row records why and how much moved, so its old ID still resolves.
 * One transaction; both rows are locked in a fixed order first, so two merges of the same pair (either way round)
 * run one after the other and the second finds the merged profile gone: "already merged".
 */
export async function mergeCandidates(prisma: PrismaClient, viewer: Viewer & { kind: 'user' }, survivorId: string, mergedId: string): Promise<MergeOutcome> {
  if (survivorId === mergedId) throw new ValidationError([{ field: 'mergedId', message: 'Pick two different profiles to merge.' }]);
  return prisma.$transaction(async (tx) => {
    const [first, second] = [survivorId, mergedId].sort();
    await tx.$queryRaw`SELECT id FROM "CandidateProfile" WHERE id IN (${first}::uuid, ${second}::uuid) ORDER BY id FOR UPDATE`;
    const rows = await tx.candidateProfile.findMany({ where: { id: { in: [survivorId, mergedId] }, agencyId: viewer.agencyId }, select: mergeRowSelect });
    const survivor = rows.find((row) => row.id === survivorId);
    const merged = rows.find((row) => row.id === mergedId);
    if (!survivor || !merged) {
      const wasMerged = await tx.candidateMerge.findFirst({ where: { agencyId: viewer.agencyId, mergedId: { in: [survivorId, mergedId] } }, select: { id: true } });
      if (wasMerged) throw new InvalidTransitionError('One of these profiles was already merged into another; reload the profile.');
      throw new NotFoundError('That candidate does not exist in your agency.');
    }
    if (survivor.erasedAt || merged.erasedAt) throw new InvalidTransitionError("An erased profile cannot be merged: its personal data is gone.");
    if (survivor.erasureRequests.length > 0 || merged.erasureRequests.length > 0) {
      throw new InvalidTransitionError('This person asked to be forgotten: the request must be carried out or cancelled before a merge.');
    }
    if (survivor.userId && merged.userId) {
      throw new InvalidTransitionError('Both profiles have their own sign-in; a merge keeps one person with one login. Ask the candidate which account they use.');
    }
    const verdict = likelyDuplicateReasons(profileOf(survivor), profileOf(merged));
    const reasons = verdict?.reasons.map((reason) => reason.text) ?? ['chosen by a recruiter'];

    const proposals = await tx.proposal.findMany({
      where: { candidateId: { in: [survivorId, mergedId] } },
      select: { id: true, candidateId: true, jobId: true, clientSharingConsentAt: true },
    });
    const movedProposals = proposals.filter((proposal) => proposal.candidateId === mergedId);
    const survivorJobs = new Set(proposals.filter((proposal) => proposal.candidateId === survivorId).map((proposal) => proposal.jobId));
    const movedIds = movedProposals.map((proposal) => proposal.id);
    const [historyEvents, interviews] = await Promise.all([
      tx.activityEvent.count({ where: { proposalId: { in: movedIds } } }),
      tx.interview.count({ where: { proposalId: { in: movedIds } } }),
    ]);
    await tx.proposal.updateMany({ where: { candidateId: mergedId }, data: { candidateId: survivorId } });

    // Skills: the union; where both list a skill, the higher level (and the longer use, the later "last used").
    const survivorSkills = new Map(survivor.skills.map((skill) => [skill.skillId, skill]));
    let skillsMoved = 0;
    for (const skill of merged.skills) {
      const own = survivorSkills.get(skill.skillId);
      if (!own) {
        await tx.candidateSkill.create({ data: { candidateId: survivorId, ...skill } });
        skillsMoved++;
      } else if (skill.level > own.level || skill.years > own.years) {
        await tx.candidateSkill.update({
          where: { candidateId_skillId: { candidateId: survivorId, skillId: skill.skillId } },
          data: {
            level: Math.max(own.level, skill.level),
            years: Math.max(own.years, skill.years),
            lastUsedYear: own.lastUsedYear === null || skill.lastUsedYear === null ? null : Math.max(own.lastUsedYear, skill.lastUsedYear),
          },
        });
        skillsMoved++;
      }
    }
    // Roles: each one the survivor lacks (the same title at the same company from the same day is one role).
    const roleKey = (role: { title: string; company: string; startDate: Date }) => `${role.title.toLowerCase()}|${role.company.toLowerCase()}|${role.startDate.toISOString().slice(0, 10)}`;
    const survivorRoles = new Set(survivor.experiences.map(roleKey));
    const newRoles = merged.experiences.filter((role) => !survivorRoles.has(roleKey(role))).map((role) => role.id);
    await tx.candidateExperience.updateMany({ where: { id: { in: newRoles } }, data: { candidateId: survivorId } });

    const move = { where: { candidateId: mergedId }, data: { candidateId: survivorId } };
    const [reflections, reflectionContacts, leads, partnerDataAccesses, erasureRequests] = await Promise.all([
      tx.interviewReflection.updateMany(move),
      tx.reflectionContact.updateMany(move),
      tx.candidateLead.updateMany(move),
      tx.partnerDataAccess.updateMany(move),
      tx.erasureRequest.updateMany(move),
    ]);

    // The survivor keeps its own values; what it lacks it takes from the merged profile (unique ones freed first).
    const fill: Prisma.CandidateProfileUncheckedUpdateInput = {};
    if (!survivor.phone && merged.phone) Object.assign(fill, { phone: merged.phone, normalizedPhone: merged.normalizedPhone });
    if (!survivor.city && merged.city) fill.city = merged.city;
    if (!survivor.headline && merged.headline) fill.headline = merged.headline;
    if (!survivor.summary && merged.summary) fill.summary = merged.summary;
    if (!survivor.externalId && merged.externalId) fill.externalId = merged.externalId;
    if (!survivor.userId && merged.userId) fill.userId = merged.userId;
    if (fill.externalId || fill.userId) await tx.candidateProfile.update({ where: { id: mergedId }, data: { externalId: null, userId: null } });
    await tx.candidateProfile.update({ where: { id: survivorId }, data: { ...fill, version: { increment: 1 } } });
    await tx.candidateProfile.delete({ where: { id: mergedId } });

    const moved: MergeMoved = {
      proposals: movedProposals.length,
      historyEvents,
      interviews,
      skills: skillsMoved,
      experiences: newRoles.length,
      reflections: reflections.count,
      reflectionContacts: reflectionContacts.count,
      leads: leads.count,
      consents: movedProposals.filter((proposal) => proposal.clientSharingConsentAt !== null).length,
      partnerDataAccesses: partnerDataAccesses.count,
      erasureRequests: erasureRequests.count,
      sameJobProposals: new Set(movedProposals.filter((proposal) => survivorJobs.has(proposal.jobId)).map((proposal) => proposal.jobId)).size,
    };
    // The unique mergedId is the last word on a race the row locks did not see (a profile merged, then re-created).
    await tx.candidateMerge.create({ data: { agencyId: viewer.agencyId, survivorId, mergedId, mergedById: viewer.userId, reasons, moved } });
    const changed = ['proposals', 'skills', 'experiences', ...Object.keys(fill)];
    await appendChange(tx, changeActorOf(viewer), [
      // On the merged profile, so every index drops it (its row is gone); `candidateId` names the survivor (webhooks
      // turn it into a global ID) and `mergedId` is written as the global ID a receiver knows the merged profile by.
      { agencyId: viewer.agencyId, entity: 'CANDIDATE', entityId: mergedId, kind: 'candidate.merged', data: { mergedId: encodeGlobalID('Candidate', mergedId), candidateId: survivorId } },
      { agencyId: viewer.agencyId, entity: 'CANDIDATE', entityId: survivorId, kind: 'candidate.updated', data: { changed } },
    ]);
    return { survivorId, mergedId, reasons, moved };
  });
}
