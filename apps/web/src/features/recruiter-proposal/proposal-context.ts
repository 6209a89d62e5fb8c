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
};

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
