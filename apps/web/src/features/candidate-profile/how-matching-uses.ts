/**
 * How each part of the profile is used in matching, in the candidate's words. Taken from the scoring rules
 * (packages/domain/docs/matching.md and src/matching/scoring-rules.ts): keep them in step when a rule changes.
 */
export const howMatchingUses = {
  skills:
    'Each skill counts towards what a job asks for: your level against the level the job needs, a little less when you last used it more than 2 years ago (never below half). Related skills count in part, e.g. MySQL for PostgreSQL. A must-have you have nothing for is shown to the recruiter as a blocker.',
  place:
    'Jobs in your city count as close by; elsewhere in your country counts less. Remote jobs fit wherever you live.',
  timeZone:
    'When a job needs working hours in common with its team, your time zone gives the overlap with theirs.',
  minSalary:
    'Compared with the top of a job’s salary band in the same currency. A job paying less fits you less for every percent it is short, and more than 20% below your minimum is shown as a blocker. A job in another currency, or without a salary, is not compared.',
  remotePreference:
    'The most onsite arrangement you accept. A job one step more onsite than this fits you much less, two steps not at all. If you want remote only, an onsite job outside your city and preferred locations is shown as a blocker, unless you are willing to relocate.',
  preferredLocations:
    'Cities you would like to work in, besides where you live. A job in one of them fits you fully, and counts almost as close by as one where you live.',
  willingToRelocate:
    'Jobs in other cities then fit you fairly well (less than a place you chose), and an onsite job elsewhere no longer blocks a remote-only wish.',
  employmentTypes:
    'A job of a type you have not ticked does not fit you on this point. Tick none to accept any type.',
  earliestStart:
    'You are available from this date or the end of your notice, whichever is later. A job that starts before then fits less for each day; one starting more than 90 days after it fits a little less.',
  noticePeriodDays:
    'A job that starts before your notice ends fits you less for each day it cuts into it.',
  targetOpportunities:
    'Not used in scores. Your home page compares it with the opportunities you have in flight, and nudges you when you have fewer.',
} as const;
