import type { Prisma, PrismaClient } from '@shortlist/db/prisma';

/**
 * Every row that concerns one candidate (GDPR art. 15/20), table by table: what they gave, what happened to them in
 * the agency's process, what was sent to them, and who read their data. Keyed by the Prisma model's name, so a test
 * can hold the list against the schema's models (collect-candidate-data.test.ts).
 */
export async function collectCandidateData(prisma: PrismaClient | Prisma.TransactionClient, candidateId: string) {
  const profile = await prisma.candidateProfile.findUniqueOrThrow({ where: { id: candidateId } });
  const userId = profile.userId;
  const byUser = userId ? { userId } : { userId: '00000000-0000-0000-0000-000000000000' };
  const proposals = await prisma.proposal.findMany({ where: { candidateId }, orderBy: { createdAt: 'asc' } });
  const proposalIds = proposals.map((p) => p.id);
  const interviews = await prisma.interview.findMany({ where: { proposalId: { in: proposalIds } }, orderBy: { startsAt: 'asc' } });
  const [
    skills,
    experiences,
    slots,
    activityEvents,
    notifications,
    emailMessages,
    emailPreferences,
    users,
    sessions,
    securityEvents,
    reflections,
    reflectionContacts,
    leads,
    erasureRequests,
    partnerDataAccesses,
    candidateMerges,
    changeLogEntries,
  ] = await Promise.all([
    prisma.candidateSkill.findMany({ where: { candidateId } }),
    prisma.candidateExperience.findMany({ where: { candidateId }, orderBy: { startDate: 'asc' } }),
    prisma.interviewSlot.findMany({ where: { proposalId: { in: proposalIds } }, orderBy: { startsAt: 'asc' } }),
    prisma.activityEvent.findMany({ where: { proposalId: { in: proposalIds } }, orderBy: { createdAt: 'asc' } }),
    prisma.notification.findMany({ where: byUser, orderBy: { createdAt: 'asc' } }),
    prisma.emailMessage.findMany({ where: byUser, orderBy: { createdAt: 'asc' } }),
    prisma.emailPreference.findMany({ where: byUser }),
    // Never the password hash, nor the unsubscribe secret: they are credentials, not data about the person.
    prisma.user.findMany({
      where: { id: userId ?? '00000000-0000-0000-0000-000000000000' },
      select: { id: true, agencyId: true, email: true, name: true, role: true, timeZone: true, createdAt: true, updatedAt: true, disabledAt: true },
    }),
    prisma.session.findMany({ where: byUser, select: { id: true, userId: true, createdAt: true, expiresAt: true, revokedAt: true }, orderBy: { createdAt: 'asc' } }),
    prisma.securityEvent.findMany({ where: byUser, orderBy: { occurredAt: 'asc' } }),
    prisma.interviewReflection.findMany({ where: { candidateId }, orderBy: { createdAt: 'asc' } }),
    prisma.reflectionContact.findMany({ where: { candidateId }, orderBy: { createdAt: 'asc' } }),
    prisma.candidateLead.findMany({ where: { OR: [{ candidateId }, { agencyId: profile.agencyId, email: profile.email.toLowerCase() }] }, orderBy: { createdAt: 'asc' } }),
    prisma.erasureRequest.findMany({ where: { candidateId }, orderBy: { requestedAt: 'asc' } }),
    prisma.partnerDataAccess.findMany({ where: { candidateId }, orderBy: { accessedAt: 'asc' } }),
    prisma.candidateMerge.findMany({ where: { survivorId: candidateId }, orderBy: { mergedAt: 'asc' } }),
    prisma.changeLogEntry.findMany({
      where: { entityId: { in: [candidateId, ...proposalIds, ...interviews.map((i) => i.id)] } },
      orderBy: { position: 'asc' },
    }),
  ]);
  return {
    CandidateProfile: [profile],
    CandidateSkill: skills,
    CandidateExperience: experiences,
    Proposal: proposals,
    InterviewSlot: slots,
    Interview: interviews,
    ActivityEvent: activityEvents,
    Notification: notifications,
    EmailMessage: emailMessages,
    EmailPreference: emailPreferences,
    User: users,
    Session: sessions,
    SecurityEvent: securityEvents,
    InterviewReflection: reflections,
    ReflectionContact: reflectionContacts,
    CandidateLead: leads,
    ErasureRequest: erasureRequests,
    PartnerDataAccess: partnerDataAccesses,
    CandidateMerge: candidateMerges,
    ChangeLogEntry: changeLogEntries,
  };
}

export type CandidateData = Awaited<ReturnType<typeof collectCandidateData>>;

/**
 * The models that hold nothing about a candidate, each with why; every other model must be in the export. A new
 * table fails collect-candidate-data.test.ts until it is exported or listed here.
 */
export const HOLDS_NOTHING_ABOUT_A_CANDIDATE: Record<string, string> = {
  Agency: "the agency's own settings",
  CancellationPolicy: "the agency's rules",
  ApiKey: "a partner's key; its reads of the candidate are exported as PartnerDataAccess",
  RateLimit: 'counters keyed by address or account, expiring within minutes',
  ClientCompany: "the agency's clients",
  ClientContact: "people at the agency's clients, never candidates",
  Job: "the agency's job orders",
  JobSkill: "a job's requirements",
  Skill: 'the shared skill taxonomy',
  SkillLink: 'the shared skill taxonomy',
  Invitation: 'invitations of staff to the team; candidates are never invited this way',
  ChangeConsumer: "a reader's position in the change log",
  WebhookEndpoint: "a partner's receiving address",
  WebhookDelivery: 'copies of change-log entries (exported as ChangeLogEntry) sent to partners, IDs only',
  WebhookAttempt: "the HTTP outcome of a delivery: status and timing, the receiver's answer, nothing of the candidate",
  IdempotencyKey: "a caller's replayed answers, kept 24 hours for that caller (staff or a partner), then deleted",
  MatchIndexSnapshot:
    "the match index's binary copy of the agency's profiles for a fast start: nothing beyond the CandidateProfile and CandidateSkill rows exported, and deleted at an erasure",
  MatchIndexSnapshotChunk: 'the bytes of a MatchIndexSnapshot',
};

/** The export as a JSON document: the candidate's rows, table by table, and when it was made. */
export function toExportDocument(data: CandidateData, generatedAt: Date) {
  return JSON.stringify({ generatedAt, tables: data }, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value), 2);
}
