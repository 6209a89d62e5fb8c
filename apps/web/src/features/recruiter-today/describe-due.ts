import type { TodayItemKind } from '../../gql/graphql';

/** "5 minutes", "2 h", "3 days": a span in the fewest words that are still true. */
export function spanInWords(ms: number): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  if (minutes < 1) return 'moments';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}

/** What each kind's time means, ahead ("answer due in 5 h") or behind ("ended 2 h ago"). */
const WORDS: Record<TodayItemKind, { past: string; future: string }> = {
  RESCHEDULE_REQUESTED: { past: 'asked {} ago', future: 'asked just now' },
  INTERVIEW_TO_MARK: { past: 'ended {} ago', future: 'ends in {}' },
  PROPOSAL_EXPIRING: { past: 'expired {} ago', future: 'expires in {}' },
  INTERVIEW_TO_SCHEDULE: { past: 'accepted {} ago', future: 'accepted just now' },
  LATE_CANCELLATION: { past: 'cancelled {} ago', future: 'cancelled just now' },
  OFFER_AWAITING_ANSWER: { past: 'offer answer {} overdue', future: 'offer answer due in {}' },
  ANSWER_DUE_SOON: { past: 'answer was due {} ago', future: 'answer due in {}' },
  PROPOSAL_EXPIRED: { past: 'expired {} ago', future: 'expires in {}' },
};

/** The due time of a Today item in words, from the recruiter's now: "ended 2 h ago", "answer due in 5 h". */
export function describeDue(kind: TodayItemKind, dueAt: string, now: Date): string {
  const ms = new Date(dueAt).getTime() - now.getTime();
  const words = WORDS[kind];
  return (ms > 0 ? words.future : words.past).replace('{}', spanInWords(ms));
}
