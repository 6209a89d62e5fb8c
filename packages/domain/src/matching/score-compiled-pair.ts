import {
  F_EARLIEST_START,
  F_MIN_SALARY,
  F_YEARS_EXPERIENCE,
  I_COUNTRY,
  I_CITY_KEY,
  I_CURRENCY,
  I_FLAGS,
  I_NOTICE,
  I_PREFERRED_COUNT,
  I_PREFERRED_START,
  I_TIME_ZONE,
  ROW_INTS,
  type CandidateStore,
} from './candidate-store.ts';
import type { MatchContext } from './create-match-context.ts';
import type { CompiledJob } from './compile-job.ts';
import {
  FORWARD_LOCATION,
  FORWARD_SHARE,
  FORWARD_WEIGHTS as F,
  LATE_START_DAYS_TO_ZERO,
  LONG_WAIT_DAYS,
  LONG_WAIT_DAYS_TO_FLOOR,
  LONG_WAIT_FLOOR,
  MS_PER_DAY,
  NOTICE_BREACH_DAYS_TO_ZERO,
  REMOTE_FIT,
  REVERSE_LOCATION,
  REVERSE_SHARE,
  REVERSE_WEIGHTS as R,
  SALARY_BLOCKER_SHORTFALL,
  SALARY_SHORTFALL_TO_ZERO,
  SALARY_UNKNOWN,
  SENIORITY_FIT,
  WORKING_DAY_MINUTES,
  roundToTenth,
} from './scoring-rules.ts';

/** Positions in the `out` array filled by scoreCompiledPair. Category factors are 0..1. */
export const OUT = {
  mustHave: 0,
  niceToHave: 1,
  experience: 2,
  seniority: 3,
  location: 4,
  timeZone: 5,
  availability: 6,
  salary: 7,
  remote: 8,
  preferredLocation: 9,
  employmentType: 10,
  startDate: 11,
  /** 0..100, unrounded. */
  forward: 12,
  reverse: 13,
  /** 0..100, rounded to one decimal: the number everything ranks by. */
  score: 14,
  /** Bit set of BLOCKER_* flags. */
  blockers: 15,
  size: 16,
} as const;

export const BLOCKER_MISSING_MUST_HAVE = 1;
export const BLOCKER_SALARY = 2;
export const BLOCKER_ONSITE_FOR_REMOTE_ONLY = 4;

const REMOTE = 0;
const ONSITE = 2;

/**
 * The formula, in numbers, for one candidate (a slot of `store`) and one job, given the skill credits already
 * computed per requirement. Both scoreMatch and the index call this, so their scores are equal by construction.
 */
export function scoreCompiledPair(
  store: CandidateStore,
  c: number,
  job: CompiledJob,
  context: MatchContext,
  slotCredit: Float64Array,
  out: Float64Array,
): void {
  scoreProfileFit(store, c, job, context, out);
  scoreSkillsAndTotal(job, slotCredit, out);
}

/**
 * An upper bound of the overall score the pair can reach whatever the skill credits, given scoreProfileFit's
 * output: the same expression with both skill factors at 1, plus the most rounding can add (0.05, with margin).
 * IEEE additions and multiplications by positive constants are monotone, so the exact score never exceeds it.
 */
export function bestPossibleScore(out: Float64Array): number {
  return FORWARD_SHARE * forwardScore(1, 1, out) + REVERSE_SHARE * reverseScore(out) + 0.051;
}

/** Every category except the skills (which need the credits): fills `out`, including scalar blockers. */
export function scoreProfileFit(store: CandidateStore, c: number, job: CompiledJob, context: MatchContext, out: Float64Array): void {
  let blockers = 0;
  const ints = store.ints;
  const row = c * ROW_INTS;
  const floatRow = c * 8;
  const flags = ints[row + I_FLAGS]!;
  const candidateRemote = (flags >>> 4) & 15;
  const years = store.floats[floatRow + F_YEARS_EXPERIENCE]!;
  const experience = job.minYears === 0 || years >= job.minYears ? 1 : years / job.minYears;
  const seniority = SENIORITY_FIT[(flags & 15) - job.seniority + 4]!;

  const sameCountry = ints[row + I_COUNTRY] === job.country;
  const livesThere = job.cityKey < 0 ? sameCountry : sameCountry && ints[row + I_CITY_KEY] === job.cityKey;
  let wantsThere = livesThere;
  if (!wantsThere && job.cityKey >= 0) {
    const p0 = ints[row + I_PREFERRED_START]!;
    const p1 = p0 + ints[row + I_PREFERRED_COUNT]!;
    for (let p = p0; p < p1; p++) {
      if (store.preferredKey[p] === job.cityKey) {
        wantsThere = true;
        break;
      }
    }
  }
  const relocates = ((flags >>> 8) & 1) === 1;

  let location: number;
  let preferredLocation: number;
  if (job.remote === REMOTE) {
    location = 1;
    preferredLocation = 1;
  } else {
    location = livesThere
      ? FORWARD_LOCATION.sameCity
      : relocates || wantsThere
        ? FORWARD_LOCATION.willRelocate
        : sameCountry
          ? FORWARD_LOCATION.sameCountry
          : FORWARD_LOCATION.elsewhere;
    preferredLocation = wantsThere
      ? REVERSE_LOCATION.wanted
      : relocates
        ? REVERSE_LOCATION.willRelocate
        : sameCountry
          ? REVERSE_LOCATION.sameCountry
          : REVERSE_LOCATION.elsewhere;
  }

  let timeZone = 1;
  if (!Number.isNaN(job.minOverlapHours) && job.minOverlapHours > 0) {
    let difference = Math.abs(context.timeZoneOffsets[ints[row + I_TIME_ZONE]!]! - context.timeZoneOffsets[job.timeZone]!);
    if (difference > 720) difference = 1440 - difference;
    const overlapHours = Math.max(0, WORKING_DAY_MINUTES - difference) / 60;
    timeZone = overlapHours >= job.minOverlapHours ? 1 : overlapHours / job.minOverlapHours;
  }

  const noticeEnds = context.nowDay + ints[row + I_NOTICE]!;
  const earliest = store.floats[floatRow + F_EARLIEST_START]!;
  const earliestDay = Number.isNaN(earliest) ? context.nowDay : Math.floor(earliest / MS_PER_DAY);
  const availableDay = earliestDay > noticeEnds ? earliestDay : noticeEnds;
  let availability = 1;
  let startDate = 1;
  if (!Number.isNaN(job.startDay)) {
    const late = availableDay - job.startDay;
    if (late > 0) availability = Math.max(0, 1 - late / LATE_START_DAYS_TO_ZERO);
    const breach = noticeEnds - job.startDay;
    if (breach > 0) {
      startDate = Math.max(0, 1 - breach / NOTICE_BREACH_DAYS_TO_ZERO);
    } else {
      const wait = job.startDay - availableDay;
      if (wait > LONG_WAIT_DAYS) {
        startDate = Math.max(LONG_WAIT_FLOOR, 1 - ((1 - LONG_WAIT_FLOOR) * (wait - LONG_WAIT_DAYS)) / LONG_WAIT_DAYS_TO_FLOOR);
      }
    }
  }

  let salary = 1;
  const minSalary = store.floats[floatRow + F_MIN_SALARY]!;
  if (!Number.isNaN(minSalary)) {
    const top = Number.isNaN(job.salaryMax) ? job.salaryMin : job.salaryMax;
    if (Number.isNaN(top) || ints[row + I_CURRENCY] !== job.currency) {
      salary = SALARY_UNKNOWN;
    } else if (top < minSalary) {
      const shortfall = (minSalary - top) / minSalary;
      salary = Math.max(0, 1 - shortfall / SALARY_SHORTFALL_TO_ZERO);
      if (shortfall > SALARY_BLOCKER_SHORTFALL) blockers |= BLOCKER_SALARY;
    }
  }

  const excess = job.remote - candidateRemote;
  const remote = excess <= 0 ? 1 : REMOTE_FIT[excess]!;
  if (job.remote === ONSITE && candidateRemote === REMOTE && !relocates && !wantsThere) blockers |= BLOCKER_ONSITE_FOR_REMOTE_ONLY;

  const mask = (flags >>> 12) & 0xff;
  const employmentType = mask === 0 || (mask & job.employmentBit) !== 0 ? 1 : 0;

  out[OUT.experience] = experience;
  out[OUT.seniority] = seniority;
  out[OUT.location] = location;
  out[OUT.timeZone] = timeZone;
  out[OUT.availability] = availability;
  out[OUT.salary] = salary;
  out[OUT.remote] = remote;
  out[OUT.preferredLocation] = preferredLocation;
  out[OUT.employmentType] = employmentType;
  out[OUT.startDate] = startDate;
  out[OUT.blockers] = blockers;
}

/** The skill categories from the credits, then both sides and the overall score. */
export function scoreSkillsAndTotal(job: CompiledJob, slotCredit: Float64Array, out: Float64Array): void {
  const mustCount = job.mustCount;
  let blockers = out[OUT.blockers]!;
  let mustHave = 1;
  if (mustCount > 0) {
    let sum = 0;
    for (let i = 0; i < mustCount; i++) {
      const credit = slotCredit[i]!;
      if (credit === 0) blockers |= BLOCKER_MISSING_MUST_HAVE;
      sum += credit;
    }
    mustHave = sum / mustCount;
  }
  let niceToHave = 1;
  if (job.niceCount > 0) {
    let sum = 0;
    for (let i = 0; i < job.niceCount; i++) sum += job.niceWeight[i]! * slotCredit[mustCount + i]!;
    niceToHave = sum / job.niceWeightSum;
  }
  const forward = forwardScore(mustHave, niceToHave, out);
  const reverse = reverseScore(out);
  out[OUT.mustHave] = mustHave;
  out[OUT.niceToHave] = niceToHave;
  out[OUT.forward] = forward;
  out[OUT.reverse] = reverse;
  out[OUT.score] = totalScore(forward, reverse);
  out[OUT.blockers] = blockers;
}

function forwardScore(mustHave: number, niceToHave: number, out: Float64Array): number {
  return (
    F.mustHave * mustHave +
    F.niceToHave * niceToHave +
    F.experience * out[OUT.experience]! +
    F.seniority * out[OUT.seniority]! +
    F.location * out[OUT.location]! +
    F.timeZone * out[OUT.timeZone]! +
    F.availability * out[OUT.availability]!
  );
}

function reverseScore(out: Float64Array): number {
  return (
    R.salary * out[OUT.salary]! +
    R.remote * out[OUT.remote]! +
    R.location * out[OUT.preferredLocation]! +
    R.employmentType * out[OUT.employmentType]! +
    R.startDate * out[OUT.startDate]!
  );
}

function totalScore(forward: number, reverse: number): number {
  return roundToTenth(Math.min(100, FORWARD_SHARE * forward + REVERSE_SHARE * reverse));
}
