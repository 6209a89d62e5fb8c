/** Who reads the inbox: a candidate's pages live under /me, the agency staff's under /recruiter. */
export type InboxReader = 'CANDIDATE' | 'STAFF';

/**
 * The page a notification leads to: for a candidate, the interview it is about or else its proposal; for staff,
 * the proposal (where its interviews are too). Null when it is about neither.
 */
export function notificationPath(
  about: { proposal?: { id: string } | null; interview?: { id: string } | null },
  reader: InboxReader,
): string | null {
  if (reader === 'CANDIDATE') {
    if (about.interview) return `/me/interviews/${encodeURIComponent(about.interview.id)}`;
    return about.proposal ? `/me/proposals/${encodeURIComponent(about.proposal.id)}` : null;
  }
  return about.proposal ? `/recruiter/proposals/${encodeURIComponent(about.proposal.id)}` : null;
}
