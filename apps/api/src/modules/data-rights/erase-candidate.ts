import { Prisma, type PrismaClient } from '@shortlist/db/prisma';
import { appendChange } from '../change-log/append-change.ts';
import { withdrawProposalsOfErased } from './withdraw-proposals-of-erased.ts';
import { SNAPSHOT_LOCK_KEY } from '../matches/index-snapshots.ts';

/** What an erased candidate is called everywhere their name was. */
export const ERASED_NAME = 'Erased candidate';
/** What an erased person's notifications say instead of their words. */
export const ERASED_NOTIFICATION = "Details removed: the candidate's personal data was erased.";

/** A unique address that is no address (RFC 2606 `.invalid`): the columns stay unique and no mail can reach it. */
export const erasedEmailOf = (id: string) => `erased-${id}@erased.invalid`;

/** Whether an address is one erasedEmailOf made (the sender sends nothing to it). */
export const isErasedAddress = (email: string) => email.endsWith('@erased.invalid');

/** Every open request of this kind must be carried out at most once, by one sweeper; a transaction this long is rare. */
const ERASURE_TRANSACTION = { timeout: 60_000, maxWait: 10_000 } as const;

/**
 * Carries out one due erasure request (GDPR art. 17), in one transaction, or does nothing when it is no longer due
 * (cancelled, completed by another sweeper, not yet due). The first write claims the request with a guarded update,
 * so two sweepers at once erase once: the second waits on the row lock and then finds it completed.
 *
 * The candidate's row stays (proposals, interviews and their history keep pointing at it, so the agency's funnel,
 * time-to-fill and reliability counts hold) but holds nothing that identifies them; what only ever concerned them
 * (skills, experiences, reflections, contacts, sessions, e-mail choices) is deleted; what they or others wrote to or
 * about them in the process (messages, notes, notifications, e-mails) is cleared, keeping statuses, dates, scores and
 * reason codes. Their open proposals are withdrawn and their live interviews cancelled (withdrawProposalsOfErased).
 * Returns whether this call erased the candidate.
 */
export async function eraseCandidate(prisma: PrismaClient, requestId: string, now: Date): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.erasureRequest.updateMany({
      where: { id: requestId, completedAt: null, cancelledAt: null, dueAt: { lte: now } },
      data: { completedAt: now },
    });
    if (claimed.count !== 1) return false;
    const { candidateId } = await tx.erasureRequest.findUniqueOrThrow({ where: { id: requestId }, select: { candidateId: true } });
    const profile = await tx.candidateProfile.findUniqueOrThrow({
      where: { id: candidateId },
      select: { id: true, agencyId: true, userId: true, fullName: true, email: true, phone: true, normalizedPhone: true, erasedAt: true },
    });
    // Any other open request for them (a retention one beside their own) is done by this one.
    await tx.erasureRequest.updateMany({ where: { candidateId, completedAt: null, cancelledAt: null }, data: { completedAt: now } });
    const user = profile.userId ? await tx.user.findUnique({ where: { id: profile.userId }, select: { id: true, email: true, name: true } }) : null;
    const emails = [...new Set([profile.email, user?.email].filter((e): e is string => !!e).map((e) => e.toLowerCase()))];
    // The words searched for where the person may be named in free text of the agency (a digest, a lead's notification).
    const needles = [...new Set([profile.fullName, user?.name, ...emails, profile.phone, profile.normalizedPhone])].filter(
      (n): n is string => !!n && n.trim().length >= 4 && n !== ERASED_NAME,
    );

    // The agency's match index snapshot holds their profile (skills, city, salary): it goes, and the next due write
    // makes one without them (the running indexes drop them through the change log).
    // The lock keeps a snapshot write of another process from committing one taken before this erasure after it.
    await tx.$queryRaw`SELECT 1 AS "locked" FROM pg_advisory_xact_lock(${SNAPSHOT_LOCK_KEY}::bigint)`;
    await tx.matchIndexSnapshot.deleteMany({ where: { agencyId: profile.agencyId } });
    const proposals = await tx.proposal.findMany({ where: { candidateId }, select: { id: true } });
    const proposalIds = proposals.map((p) => p.id);
    const interviews = await tx.interview.findMany({ where: { proposalId: { in: proposalIds } }, select: { id: true } });
    const interviewIds = interviews.map((i) => i.id);

    // The profile: an anonymous row that still counts.
    await tx.candidateSkill.deleteMany({ where: { candidateId } });
    await tx.candidateExperience.deleteMany({ where: { candidateId } });
    await tx.reflectionContact.deleteMany({ where: { candidateId } });
    await tx.interviewReflection.deleteMany({ where: { candidateId } });
    await tx.candidateProfile.update({
      where: { id: candidateId },
      data: {
        fullName: ERASED_NAME,
        email: erasedEmailOf(candidateId),
        phone: null,
        normalizedPhone: null,
        headline: '',
        summary: '',
        city: null,
        externalId: null,
        minSalary: null,
        preferredLocations: [],
        willingToRelocate: false,
        employmentTypes: [],
        earliestStart: null,
        noticePeriodDays: 0,
        erasedAt: profile.erasedAt ?? now,
        version: { increment: 1 },
      },
    });

    // The account: no sign-in, no session, no address.
    if (user) {
      await tx.session.deleteMany({ where: { userId: user.id } });
      await tx.emailPreference.deleteMany({ where: { userId: user.id } });
      await tx.user.update({
        where: { id: user.id },
        // '!' is never a scrypt hash: no password matches it.
        data: { name: ERASED_NAME, email: erasedEmailOf(user.id), passwordHash: '!erased', disabledAt: now },
      });
    }

    // What was written to or about them in the process; statuses, dates, scores and reason codes stay.
    await tx.proposal.updateMany({
      where: { candidateId },
      data: {
        message: '',
        declineReasonText: null,
        declineMessage: null,
        withdrawalReasonText: null,
        withdrawalMessage: null,
        offerMessage: null,
        rejectionReasonText: null,
        rejectionMessage: null,
        // An action read before the erasure (with the old version) is refused rather than writing words back.
        version: { increment: 1 },
      },
    });
    await tx.interviewSlot.updateMany({ where: { proposalId: { in: proposalIds } }, data: { location: null } });
    await tx.interview.updateMany({
      where: { id: { in: interviewIds } },
      data: {
        location: null,
        rescheduleReason: null,
        cancellationReasonText: null,
        cancellationMessage: null,
        noShowNote: null,
        noShowContestNote: null,
        clientFeedback: null,
        version: { increment: 1 },
      },
    });
    await tx.activityEvent.updateMany({ where: { proposalId: { in: proposalIds } }, data: { reasonText: null, message: null } });

    // Notifications: theirs, and everyone's about their proposals or naming them.
    const notifications = await tx.notification.findMany({
      where: {
        OR: [
          ...(user ? [{ userId: user.id }] : []),
          { proposalId: { in: proposalIds } },
          ...needles.flatMap((n) => [
            { agencyId: profile.agencyId, title: { contains: n, mode: 'insensitive' as const } },
            { agencyId: profile.agencyId, body: { contains: n, mode: 'insensitive' as const } },
          ]),
        ],
      },
      select: { id: true },
    });
    const notificationIds = notifications.map((n) => n.id);
    await tx.notification.updateMany({ where: { id: { in: notificationIds } }, data: { title: ERASED_NOTIFICATION, body: '' } });

    // E-mails: every message to or about them keeps no words (the digests that carried one included), only its status
    // and times.
    const about: Prisma.EmailMessageWhereInput[] = [
      ...(user ? [{ userId: user.id }] : []),
      { proposalId: { in: proposalIds } },
      { interviewId: { in: interviewIds } },
      { notificationId: { in: notificationIds } },
      ...needles.flatMap((n) => [
        { agencyId: profile.agencyId, subject: { contains: n, mode: 'insensitive' as const } },
        { agencyId: profile.agencyId, raw: { contains: n, mode: 'insensitive' as const } },
      ]),
    ];
    const messages = await tx.emailMessage.findMany({ where: { OR: about }, select: { id: true, digestId: true } });
    const messageIds = [...new Set([...messages.map((m) => m.id), ...messages.flatMap((m) => (m.digestId ? [m.digestId] : []))])];
    // Those not yet sent are cancelled, theirs and the staff's about them (no longer true): one a sender is sending
    // right now then finds it no longer PENDING and stores nothing of what it rendered (send-email.ts). A staff
    // member's digest stays, emptied of words, and is rendered afresh at its time.
    await tx.emailMessage.updateMany({
      where: { id: { in: messages.map((m) => m.id) }, kind: { not: 'digest' }, status: { in: ['PENDING', 'HELD_FOR_DIGEST'] } },
      data: { status: 'CANCELLED', dueAt: now },
    });
    await tx.emailMessage.updateMany({ where: { id: { in: messageIds } }, data: { subject: null, raw: null, lastError: null, data: {} } });

    // Partners' deliveries not yet sent carry IDs only (webhookPayload); any that names the person is cut to its IDs.
    if (needles.length > 0) {
      await tx.$executeRaw`
        UPDATE "WebhookDelivery"
           SET "payload" = jsonb_build_object('type', "payload"->'type', 'timestamp', "payload"->'timestamp',
                 'data', jsonb_build_object('id', "payload"->'data'->'id', 'entity', "payload"->'data'->'entity', 'position', "payload"->'data'->'position')),
               "updatedAt" = ${now}
         WHERE "agencyId" = ${profile.agencyId}::uuid AND "status" = 'PENDING'
           AND EXISTS (SELECT 1 FROM unnest(${needles}::text[]) AS n(needle) WHERE strpos(lower("payload"::text), lower(n.needle)) > 0)`;
      // A mutation's answer replayed for 24 hours (Idempotency-Key) may hold their profile: it is dropped early.
      await tx.$executeRaw`
        DELETE FROM "IdempotencyKey"
         WHERE EXISTS (SELECT 1 FROM unnest(${needles}::text[]) AS n(needle) WHERE strpos(lower(coalesce("responseBody", '')), lower(n.needle)) > 0)`;
    }
    // Rate-limit budgets keyed by their address (minutes long anyway).
    for (const email of emails) await tx.$executeRaw`DELETE FROM "rate_limit" WHERE strpos(lower("key"), ${email}) > 0`;

    // Leads: the same person at the same agency, from the public job pages; the lead stays (the job's interest count).
    await tx.$executeRaw`
      UPDATE "CandidateLead"
         SET "fullName" = ${ERASED_NAME}, "email" = 'erased-' || "id"::text || '@erased.invalid', "phone" = NULL, "message" = ''
       WHERE "candidateId" = ${candidateId}::uuid OR ("agencyId" = ${profile.agencyId}::uuid AND lower("email") = ANY(${emails}::text[]))`;

    // Security events keep what happened and when, not to which address from where.
    await tx.securityEvent.updateMany({
      where: { OR: [...(user ? [{ userId: user.id }] : []), ...(emails.length > 0 ? [{ email: { in: emails, mode: 'insensitive' as const } }] : [])] },
      data: { email: null, ip: null },
    });

    // Nobody is left waiting on a person who no longer exists: their open proposals are withdrawn and their interviews
    // cancelled, after the clearing above (so its words, which name nobody, stay for the recruiter to read).
    const closings = await withdrawProposalsOfErased(tx, candidateId, now);

    // Last write: every process's match index drops them, partners are told (webhooks, change feed), and the
    // withdrawals and cancellations reach partners, e-mails and reminders as every other one does.
    await appendChange(tx, { actorUserId: null, actorApiKeyId: null }, [
      ...closings,
      { agencyId: profile.agencyId, entity: 'CANDIDATE', entityId: candidateId, kind: 'candidate.erased', data: {} },
    ]);
    return true;
  }, ERASURE_TRANSACTION);
}
