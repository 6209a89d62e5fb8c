/** What every action on the proposal page needs to know besides its own object. */
export type ProposalContext = {
  proposalId: string;
  /** Still in flight (proposed, accepted, interviewing, offered): only then is an interview moved. */
  isProposalOpen: boolean;
  viewer: { name: string; timeZone: string };
  agency: { name: string; lateNoticeMinutes: number; noShowGraceMinutes: number };
  candidate: { fullName: string; timeZone: string };
  job: { title: string; companyName: string; currency: string };
  now: Date;
  /** An action went through: say so, and reload the page's data (history, statuses). */
  onDone: (notice: string) => void;
  /** Someone else changed the proposal first: reload the page's data. */
  onStale: () => void;
  /**
   * The action a link asked to open (Today's `?action=pick-new-time&interview=…`, `mark-interview`, `record-no-show`,
   * `schedule`), until a dialog takes it; null when none. `interviewId` null means the interview that needs it.
   */
  requestedAction?: RequestedAction | null;
  /** Opens an interview's action from elsewhere on the page ("Pick a new time" in Next steps). */
  requestAction?: (request: RequestedAction) => void;
  /** The requested action was opened (or cannot be): forget it. */
  clearRequestedAction?: () => void;
};

export type RequestedAction = { action: string; interviewId: string | null };

/** `?action=…&interview=…` of the page's address as a request; null without an action. */
export function requestedActionFrom(search: string): RequestedAction | null {
  const params = new URLSearchParams(search);
  const action = params.get('action');
  return action ? { action, interviewId: params.get('interview') } : null;
}

/** What a dialog about one interview on the proposal page is given (cancel, no-show). */
export type InterviewDialogProps = {
  interview: { id: string; startsAt: string };
  context: ProposalContext;
  onClose: () => void;
};

/** Who a message on this proposal is between, and about which job: what every polite default needs. */
export function messageParties(context: ProposalContext) {
  return {
    candidateName: context.candidate.fullName,
    recruiterName: context.viewer.name,
    jobTitle: context.job.title,
    companyName: context.job.companyName,
  };
}
