import type { CancellationReason, DeclineReason, RejectionReason, WithdrawalReason } from './types.ts';

/** Whose message, to whom: candidates write to their recruiter; recruiters write to the candidate. */
export type PoliteMessageKind =
  | 'decline'
  | 'withdrawByCandidate'
  | 'withdrawByRecruiter'
  | 'cancel'
  | 'declineOffer'
  | 'reject';

type ReasonByMessageKind = {
  decline: DeclineReason;
  withdrawByCandidate: WithdrawalReason;
  withdrawByRecruiter: WithdrawalReason;
  cancel: CancellationReason;
  declineOffer: DeclineReason;
  reject: RejectionReason;
};

export type PoliteMessageInput<K extends PoliteMessageKind> = {
  reason: ReasonByMessageKind[K];
  candidateName: string;
  recruiterName: string;
  jobTitle: string;
  companyName: string;
  /** Whether the candidate wants to hear about other roles; default true ("always keep interviewing"). */
  isOpenToFutureRoles?: boolean;
};

type Context = { job: string; company: string; isOpen: boolean };
type Template<R extends string> = {
  author: 'candidate' | 'recruiter';
  opening: (c: Context) => string;
  reasons: Record<R, (c: Context) => string>;
  closing: (reason: R, c: Context) => string;
};

const firstName = (name: string) => name.trim().split(/\s+/)[0] || name.trim();

const TEMPLATES: { [K in PoliteMessageKind]: Template<ReasonByMessageKind[K]> } = {
  decline: {
    author: 'candidate',
    opening: (c) => `Thank you for thinking of me for the ${c.job} role at ${c.company}.`,
    reasons: {
      SALARY_TOO_LOW: () => "After thinking it over, the salary is below what I'm looking for, so I'll pass on this one.",
      LOCATION_OR_COMMUTE: () => "After thinking it over, the location and commute wouldn't work for me, so I'll pass on this one.",
      REMOTE_POLICY: () => "After thinking it over, the remote-work arrangement doesn't suit me, so I'll pass on this one.",
      ROLE_NOT_A_FIT: () => "Having read the details, I don't think the role is the right fit for me, so I'll pass on this one.",
      SENIORITY_MISMATCH: () =>
        "Having read the details, the level of the role doesn't quite match where I am in my career, so I'll pass on this one.",
      COMPANY_NOT_A_FIT: () => "After some thought, I don't think I'd be the right match there, so I'll pass on this one.",
      TIMING: () => "The timing isn't right for me at the moment, so I'll pass on this one.",
      ACCEPTED_ANOTHER_OFFER: () => "I've recently accepted another offer, so I'll pass on this one.",
      STAYING_IN_CURRENT_ROLE: () => "I've decided to stay in my current role for now, so I'll pass on this one.",
      OTHER: () => "After some thought, I've decided to pass on this one.",
    },
    closing: (reason, c) => {
      if (!c.isOpen) return 'Thank you again for your time.';
      if (reason === 'COMPANY_NOT_A_FIT') return "I'd be glad to hear about other roles that fit.";
      if (reason === 'ACCEPTED_ANOTHER_OFFER' || reason === 'STAYING_IN_CURRENT_ROLE') return "I'd be glad to stay in touch for the future.";
      return `I'd be glad to hear about future roles at ${c.company}.`;
    },
  },

  withdrawByCandidate: {
    author: 'candidate',
    opening: (c) => `Thank you for all your help with the ${c.job} role at ${c.company}.`,
    reasons: {
      ACCEPTED_ANOTHER_OFFER: () => "I've accepted another offer, so I'd like to withdraw from the process.",
      ROLE_NOT_A_FIT: () => "Having learned more about the role, I don't think it's the right fit for me, so I'd like to withdraw from the process.",
      PERSONAL_CIRCUMSTANCES: () => "My personal circumstances have changed, so I'd like to withdraw from the process.",
      TIMING: () => "The timing no longer works for me, so I'd like to withdraw from the process.",
      POSITION_FILLED: () => "I understand the position has been filled, so I'd like to withdraw from the process.",
      POSITION_CANCELLED: () => "I understand the role is no longer going ahead, so I'd like to withdraw from the process.",
      CANDIDATE_UNRESPONSIVE: () => "I haven't been able to give this the attention it deserves, so I'd like to withdraw from the process.",
      OTHER: () => "After some thought, I'd like to withdraw from the process.",
    },
    closing: (reason, c) => {
      const thanks = `Please pass my thanks on to the team at ${c.company}.`;
      if (!c.isOpen) return thanks;
      if (reason === 'ACCEPTED_ANOTHER_OFFER') return `${thanks} I'd be glad to stay in touch for the future.`;
      if (reason === 'ROLE_NOT_A_FIT') return `${thanks} I'd be glad to hear about other roles that fit.`;
      return `${thanks} I'd be glad to hear about future roles at ${c.company}.`;
    },
  },

  withdrawByRecruiter: {
    author: 'recruiter',
    opening: (c) => `Thank you for your interest in the ${c.job} role at ${c.company}.`,
    reasons: {
      POSITION_FILLED: () => "The position has now been filled, so I'm withdrawing this proposal.",
      POSITION_CANCELLED: (c) => `${c.company} has decided not to go ahead with the role, so I'm withdrawing this proposal.`,
      ROLE_NOT_A_FIT: (c) =>
        `Having learned more about what ${c.company} needs, I don't think this role would be the right fit for you, so I'm withdrawing this proposal.`,
      TIMING: () => "The timing no longer works on the company's side, so I'm withdrawing this proposal.",
      CANDIDATE_UNRESPONSIVE: () => "I haven't been able to reach you about it, so I'm withdrawing this proposal for now.",
      ACCEPTED_ANOTHER_OFFER: () => "I understand you've accepted another offer, congratulations! I'm withdrawing this proposal so it doesn't stay open.",
      PERSONAL_CIRCUMSTANCES: () => "Given your current circumstances, I'm withdrawing this proposal for now.",
      OTHER: () => "I'm withdrawing this proposal for now.",
    },
    closing: (_reason, c) =>
      c.isOpen
        ? "I'll keep you in mind for other roles that fit, and I'd be glad to talk about what you're looking for next."
        : 'Thank you for your time, and all the best.',
  },

  cancel: {
    author: 'candidate',
    opening: (c) => `I'm sorry, but I need to cancel my interview for the ${c.job} role at ${c.company}.`,
    reasons: {
      ILLNESS_OR_EMERGENCY: () => 'Something urgent has come up that I need to deal with.',
      SCHEDULE_CONFLICT: () => "I have a conflict at that time that I can't move.",
      ACCEPTED_ANOTHER_OFFER: () => "I've accepted another offer, so it wouldn't be fair to take up the team's time.",
      NO_LONGER_INTERESTED: () => "After more thought, I don't think the role is the right fit for me, and I don't want to take up the team's time.",
      POSITION_FILLED: () => 'I understand the position has been filled.',
      POSITION_CANCELLED: () => 'I understand the role is no longer going ahead.',
      INTERVIEWER_UNAVAILABLE: () => 'I understand the interviewer is no longer available at that time.',
      OTHER: () => "Something has come up that means I can't make it.",
    },
    closing: (reason, c) => {
      const apology = `Please pass my apologies on to the team at ${c.company}.`;
      const wantsNewTime = ['ILLNESS_OR_EMERGENCY', 'SCHEDULE_CONFLICT', 'INTERVIEWER_UNAVAILABLE', 'OTHER'].includes(reason);
      if (wantsNewTime) return `I'm still very interested in the role and would be glad to find another time. ${apology}`;
      if (!c.isOpen || reason === 'NO_LONGER_INTERESTED') return apology;
      if (reason === 'ACCEPTED_ANOTHER_OFFER') return `${apology} I'd be glad to stay in touch for the future.`;
      return `${apology} I'd be glad to hear about future roles at ${c.company}.`;
    },
  },

  declineOffer: {
    author: 'candidate',
    opening: (c) => `Thank you for the offer for the ${c.job} role at ${c.company}, and for everyone's time.`,
    reasons: {
      SALARY_TOO_LOW: () => "After careful thought, the salary is below what I need, so I've decided not to accept it.",
      LOCATION_OR_COMMUTE: () => "After careful thought, the location and commute wouldn't work for me day to day, so I've decided not to accept it.",
      REMOTE_POLICY: () => "After careful thought, the remote-work arrangement doesn't suit me, so I've decided not to accept it.",
      ROLE_NOT_A_FIT: () => "After careful thought, I don't think the role is the right fit for me, so I've decided not to accept it.",
      SENIORITY_MISMATCH: () =>
        "After careful thought, the level of the role doesn't match where I am in my career, so I've decided not to accept it.",
      COMPANY_NOT_A_FIT: () => "After careful thought, I don't think I'd be the right match there, so I've decided not to accept it.",
      TIMING: () => "After careful thought, the timing isn't right for me, so I've decided not to accept it.",
      ACCEPTED_ANOTHER_OFFER: () => "I've accepted another offer, so I won't be taking this one.",
      STAYING_IN_CURRENT_ROLE: () => "I've decided to stay in my current role, so I won't be taking this one.",
      OTHER: () => "After careful thought, I've decided not to accept it.",
    },
    closing: (reason, c) => {
      const enjoyed = 'I really enjoyed meeting the team.';
      if (!c.isOpen || reason === 'COMPANY_NOT_A_FIT') return `${enjoyed} Thank you again for your help.`;
      return `${enjoyed} I'd be glad to stay in touch about future roles at ${c.company}.`;
    },
  },

  reject: {
    author: 'recruiter',
    opening: (c) => `Thank you for the time you put into the process for the ${c.job} role at ${c.company}.`,
    reasons: {
      SKILLS_GAP: (c) =>
        `${c.company} has decided not to move forward: they're looking for a closer match on some of the skills the role needs right now.`,
      EXPERIENCE_LEVEL: (c) => `${c.company} has decided not to move forward, as they're looking for a different level of experience for this role.`,
      CULTURE_OR_TEAM_FIT: (c) => `${c.company} has decided not to move forward; they felt another profile was a closer match for the team right now.`,
      POSITION_FILLED: (c) => `The position has now been filled, so ${c.company} won't be moving forward with your application.`,
      POSITION_CANCELLED: (c) => `${c.company} has decided not to go ahead with the role, so the process is closing.`,
      OTHER: (c) => `${c.company} has decided not to move forward with your application.`,
    },
    closing: (_reason, c) =>
      c.isOpen
        ? "I know this isn't the news you hoped for. I'll keep you in mind for other roles that fit, and I'd be glad to talk about what you're looking for next."
        : "I know this isn't the news you hoped for. Thank you again, and all the best.",
  },
};

/**
 * A warm, professional default message for the person to edit before sending: thanks, the reason in plain and
 * kind words, and an open door. Deterministic, and never shows a reason code. Candidates sign with their full
 * name to their recruiter; recruiters write to the candidate by first name.
 */
export function composePoliteMessage<K extends PoliteMessageKind>(kind: K, input: PoliteMessageInput<K>): string {
  const template = TEMPLATES[kind] as Template<ReasonByMessageKind[K]>;
  const context: Context = {
    job: input.jobTitle.trim(),
    company: input.companyName.trim(),
    isOpen: input.isOpenToFutureRoles ?? true,
  };
  const isFromCandidate = template.author === 'candidate';
  const greeting = `Hi ${firstName(isFromCandidate ? input.recruiterName : input.candidateName)},`;
  const signature = isFromCandidate ? input.candidateName.trim() : input.recruiterName.trim();
  const reasonSentence = (template.reasons[input.reason] ?? template.reasons['OTHER' as ReasonByMessageKind[K]])(context);
  return [
    greeting,
    `${template.opening(context)} ${reasonSentence}`,
    template.closing(input.reason, context),
    `Best regards,\n${signature}`,
  ].join('\n\n');
}
