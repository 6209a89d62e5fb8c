import type { TodayItemKind } from '../../gql/graphql';

/** Each kind's badge: its words and its tone (a class of recruiter-today.css, coloured from the theme's variables). */
export const TODAY_KIND_BADGES: Record<TodayItemKind, { label: string; tone: 'danger' | 'warning' | 'info' | 'neutral'; icon: string }> = {
  RESCHEDULE_REQUESTED: { label: 'Needs a new time', tone: 'danger', icon: 'calendar' },
  INTERVIEW_TO_MARK: { label: 'Interview to mark', tone: 'warning', icon: 'check' },
  PROPOSAL_EXPIRING: { label: 'Expires soon', tone: 'danger', icon: 'clock' },
  INTERVIEW_TO_SCHEDULE: { label: 'Accepted: schedule', tone: 'info', icon: 'calendar' },
  LATE_CANCELLATION: { label: 'Late cancellation', tone: 'warning', icon: 'alert' },
  OFFER_AWAITING_ANSWER: { label: 'Offer unanswered', tone: 'info', icon: 'mail' },
  ANSWER_DUE_SOON: { label: 'Answer due soon', tone: 'neutral', icon: 'clock' },
  PROPOSAL_EXPIRED: { label: 'Expired', tone: 'neutral', icon: 'alert' },
};
