import type { InterviewFeeling } from '@shortlist/db/prisma';
import type { Context } from '../../context.ts';
import { clockFromEnv } from '../common/clock.ts';
import { idFromGlobalId } from '../common/global-id.ts';
import { InvalidTransitionError, ValidationError } from '../errors/errors.ts';
import { loadInterviewOfCandidate } from './load-interview-of-candidate.ts';
import { dateOnly, isReflectable, todayIn } from './reflection-rules.ts';
import { validateReflectionInput } from './validate-reflection-input.ts';

const clock = clockFromEnv();

const asDate = (value: string | null) => (value ? new Date(`${value}T00:00:00Z`) : null);

/**
 * Writes (or rewrites) the candidate's reflection on an interview that has ended, and its contacts as a whole list:
 * contacts sent with their ID are edited, new ones added, the rest removed. All of it in one transaction.
 */
export async function saveInterviewReflection(
  ctx: Pick<Context, 'prisma' | 'viewer'>,
  input: { interviewId: string; feeling: InterviewFeeling } & Record<string, unknown>,
): Promise<string> {
  const interview = await loadInterviewOfCandidate(ctx, input.interviewId);
  const now = clock();
  if (!isReflectable(interview, now)) {
    throw new InvalidTransitionError(
      interview.status === 'CANCELLED' || interview.status === 'NEEDS_RESCHEDULING'
        ? 'This interview did not take place, so there is nothing to reflect on.'
        : 'You can write your reflection once the interview has ended.',
      interview.status,
    );
  }
  const saved = new Map((interview.reflection?.contacts ?? []).map((c) => [c.id, c.followUpBy ? dateOnly(c.followUpBy) : null]));
  // Contacts are named by their global IDs; a decoded one that is not on this reflection is refused by field.
  const contactsIn = Array.isArray(input.contacts) ? (input.contacts as Array<Record<string, unknown>>) : input.contacts;
  const decoded = Array.isArray(contactsIn)
    ? contactsIn.map((c) => ({ ...c, id: typeof c?.id === 'string' ? (idFromGlobalId(c.id, 'ReflectionContact') ?? `unknown:${c.id}`) : null }))
    : contactsIn;
  const value = validateReflectionInput({ ...input, contacts: decoded }, todayIn(interview.proposal.candidate.timeZone, now), saved);
  const unknown = value.contacts.flatMap((c, i) => (c.id && !saved.has(c.id) ? [{ field: `contacts.${i}.id`, message: 'This contact is no longer on your reflection; reload the page.' }] : []));
  if (unknown.length > 0) throw new ValidationError(unknown);

  const { agencyId } = interview;
  const candidateId = interview.proposal.candidateId;
  const fields = { feeling: input.feeling, learned: value.learned, questionsAsked: value.questionsAsked, wantsFeedback: value.wantsFeedback };
  await ctx.prisma.$transaction(async (tx) => {
    const reflection = await tx.interviewReflection.upsert({
      where: { interviewId: interview.id },
      create: { agencyId, candidateId, interviewId: interview.id, ...fields },
      update: fields,
      select: { id: true },
    });
    const kept = value.contacts.flatMap((c) => (c.id ? [c.id] : []));
    await tx.reflectionContact.deleteMany({ where: { reflectionId: reflection.id, id: { notIn: kept } } });
    for (const contact of value.contacts) {
      const data = { name: contact.name, role: contact.role, company: contact.company, howToReach: contact.howToReach, followUpBy: asDate(contact.followUpBy) };
      if (contact.id) await tx.reflectionContact.updateMany({ where: { id: contact.id, reflectionId: reflection.id }, data });
      else await tx.reflectionContact.create({ data: { ...data, agencyId, candidateId, reflectionId: reflection.id }, select: { id: true } });
    }
  });
  return interview.id;
}
