/**
 * The data export's JSON (`myDataExport.json`: `{ generatedAt, tables: { <Prisma model>: [rows] } }`), read for the
 * readable summary. Only the columns the summary shows are typed; every row stays in the JSON download as it is.
 */
type Iso = string;

export interface ExportedProfile {
  id: string;
  fullName: string;
  email: string;
  phone: string | null;
  headline: string;
  summary: string;
  yearsExperience: number;
  seniority: string;
  city: string | null;
  country: string;
  timeZone: string;
  minSalary: number | null;
  salaryCurrency: string;
  remotePreference: string;
  preferredLocations: string[];
  willingToRelocate: boolean;
  employmentTypes: string[];
  earliestStart: Iso | null;
  noticePeriodDays: number;
  targetOpportunities: number;
  consentRenewalRequestedAt: Iso | null;
  consentRenewedAt: Iso | null;
  createdAt: Iso;
}

export interface ExportedSkill {
  skillId: string;
  level: number;
  years: number;
  lastUsedYear: number | null;
}

export interface ExportedExperience {
  id: string;
  title: string;
  company: string;
  startDate: Iso;
  endDate: Iso | null;
  description: string;
}

export interface ExportedProposal {
  id: string;
  jobId: string;
  status: string;
  message: string;
  respondBy: Iso;
  matchScore: number;
  respondedAt: Iso | null;
  declineReason: string | null;
  declineReasonText: string | null;
  declineMessage: string | null;
  withdrawnBy: string | null;
  withdrawalReason: string | null;
  withdrawalMessage: string | null;
  offeredAt: Iso | null;
  offerMessage: string | null;
  offerSalary: number | null;
  rejectionReason: string | null;
  rejectionMessage: string | null;
  hiredAt: Iso | null;
  closedAt: Iso | null;
  clientSharingConsentAt: Iso | null;
  clientSharingConsentWithdrawnAt: Iso | null;
  createdAt: Iso;
}

export interface ExportedInterview {
  id: string;
  proposalId: string;
  status: string;
  startsAt: Iso;
  endsAt: Iso;
  timeZone: string;
  format: string;
  location: string | null;
  cancelledBy: string | null;
  cancellationMessage: string | null;
  noShowParty: string | null;
  clientFeedback: string | null;
}

export interface ExportedActivity {
  id: string;
  proposalId: string;
  interviewId: string | null;
  actorParty: string | null;
  action: string;
  reason: string | null;
  reasonText: string | null;
  message: string | null;
  createdAt: Iso;
}

export interface ExportedReflection {
  id: string;
  interviewId: string;
  feeling: string;
  learned: string;
  questionsAsked: string;
  wantsFeedback: boolean;
  sharedWithRecruiterAt: Iso | null;
  createdAt: Iso;
}

export interface ExportedContact {
  id: string;
  reflectionId: string;
  name: string;
  role: string;
  company: string;
  howToReach: string;
  followUpBy: Iso | null;
  followedUpAt: Iso | null;
}

export interface ExportedEmail {
  id: string;
  kind: string;
  category: string;
  status: string;
  subject: string | null;
  sentAt: Iso | null;
  createdAt: Iso;
}

export interface ExportedPartnerAccess {
  id: string;
  apiKeyId: string;
  operation: string;
  accessedAt: Iso;
}

export interface ExportedErasureRequest {
  id: string;
  source: string;
  requestedAt: Iso;
  dueAt: Iso;
  cancelledAt: Iso | null;
  completedAt: Iso | null;
}

export interface DataExportDocument {
  generatedAt: Iso;
  profile: ExportedProfile | null;
  skills: ExportedSkill[];
  experiences: ExportedExperience[];
  proposals: ExportedProposal[];
  interviews: ExportedInterview[];
  activity: ExportedActivity[];
  reflections: ExportedReflection[];
  contacts: ExportedContact[];
  emails: ExportedEmail[];
  partnerAccesses: ExportedPartnerAccess[];
  erasureRequests: ExportedErasureRequest[];
  /** Every table with its number of rows, in the document's order (the summary names the ones it does not detail). */
  tableSizes: Array<{ name: string; rows: number }>;
}

/** Reads the export's JSON; a table the document lacks reads as empty. */
export function readDataExport(json: string): DataExportDocument {
  const parsed = JSON.parse(json) as { generatedAt: Iso; tables: Record<string, unknown[]> };
  const tables = parsed.tables ?? {};
  const rows = <T>(name: string) => (Array.isArray(tables[name]) ? (tables[name] as T[]) : []);
  return {
    generatedAt: parsed.generatedAt,
    profile: rows<ExportedProfile>('CandidateProfile')[0] ?? null,
    skills: rows('CandidateSkill'),
    experiences: rows('CandidateExperience'),
    proposals: rows('Proposal'),
    interviews: rows('Interview'),
    activity: rows('ActivityEvent'),
    reflections: rows('InterviewReflection'),
    contacts: rows('ReflectionContact'),
    emails: rows('EmailMessage'),
    partnerAccesses: rows('PartnerDataAccess'),
    erasureRequests: rows('ErasureRequest'),
    tableSizes: Object.entries(tables).map(([name, list]) => ({ name, rows: Array.isArray(list) ? list.length : 0 })),
  };
}

/**
 * The database ID inside one of the API's global IDs (base64 of "Proposal:<uuid>"), to join the export's rows with
 * what other queries name; null when it is not one of `typename`.
 */
export function rawIdOf(globalId: string, typename: string): string | null {
  try {
    const decoded = atob(globalId);
    return decoded.startsWith(`${typename}:`) ? decoded.slice(typename.length + 1) : null;
  } catch {
    return null;
  }
}

/** "Sat 5 Dec 2026, 14:00 (Europe/Berlin)": a moment in the reader's zone, with the year (a record is read later). */
export function formatMoment(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, ${parts.hour}:${parts.minute} (${timeZone})`;
}

/** "5 Dec 2026": a calendar date (stored as midnight UTC), the same wherever it is read. */
export function formatCalendarDate(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

/** "LOCATION_OR_COMMUTE" → "Location or commute"; "proposal.declined" → "Proposal declined". */
export function humanize(code: string): string {
  const words = code.replace(/[._]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
