import { CREDIT_IMPLIED_BY_CHILD, CREDIT_RELATED, type SkillTaxonomy } from './build-taxonomy.ts';
import { I_TIME_ZONE, ROW_INTS, lastUsedYearOf, levelOf, skillIndexOf, type CandidateStore } from './candidate-store.ts';
import type { MatchContext } from './create-match-context.ts';
import type { CompiledJob } from './compile-job.ts';
import { BLOCKER_MISSING_MUST_HAVE, BLOCKER_ONSITE_FOR_REMOTE_ONLY, BLOCKER_SALARY, OUT } from './score-compiled-pair.ts';
import {
  EMPLOYMENT_TYPES,
  FORWARD_WEIGHTS,
  MS_PER_DAY,
  RECENCY_GRACE_YEARS,
  REVERSE_WEIGHTS,
  SALARY_BLOCKER_SHORTFALL,
  WORKING_DAY_MINUTES,
  recencyFactor,
  roundToTenth,
} from './scoring-rules.ts';
import type { CandidateProfile, MatchBlocker, MatchCategory, MatchResult, SkillMatch, SkillRelation } from './types.ts';

const numberFormat = new Intl.NumberFormat('en-US');
const percent = (share: number) => `${Math.round(share * 100)}%`;
const years = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'year' : 'years'}`;
};
const days = (value: number) => `${value} ${value === 1 ? 'day' : 'days'}`;
const day = (dayNumber: number) => new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
const money = (amount: number, currency: string) => `${numberFormat.format(amount)} ${currency}`;
const words = (value: string) => value.toLowerCase().replace(/_/g, '-');
const title = (value: string) => value.charAt(0) + value.slice(1).toLowerCase();
const REMOTE_WORDS = { REMOTE: 'remote', HYBRID: 'hybrid', ONSITE: 'onsite' } as const;
const ACCEPTS = {
  REMOTE: 'remote work only',
  HYBRID: 'hybrid or remote work',
  ONSITE: 'onsite, hybrid or remote work',
} as const;
const LEVEL_STEPS = ['', 'one level', 'two levels', 'three levels', 'four levels'];

/**
 * Turns the numbers of one scored pair into the explanation a recruiter reads. It reads the same `out` and
 * credits the score came from, so the sentences cannot disagree with the score.
 */
export function explainMatch(
  candidate: CandidateProfile,
  store: CandidateStore,
  c: number,
  job: CompiledJob,
  taxonomy: SkillTaxonomy,
  context: MatchContext,
  slotCredit: Float64Array,
  slotSource: Int32Array,
  out: Float64Array,
): MatchResult {
  const profile = job.profile;
  const matchedSkills: SkillMatch[] = [];
  const partialSkills: SkillMatch[] = [];
  const missingSkills: SkillMatch[] = [];
  const mustEvidence: string[] = [];
  const niceEvidence: string[] = [];
  const blockers: MatchBlocker[] = [];

  for (let slot = 0; slot < job.slotSkill.length; slot++) {
    const isMust = slot < job.mustCount;
    const required = taxonomy.skills[job.slotSkill[slot]!]!;
    const fullLevel = job.slotFullLevel[slot]!;
    const credit = slotCredit[slot]!;
    const position = slotSource[slot]!;
    const weight = isMust ? null : job.niceWeight[slot - job.mustCount]!;
    const base = {
      skillId: required.id,
      skillName: required.name,
      requirement: isMust ? ('MUST_HAVE' as const) : ('NICE_TO_HAVE' as const),
      requiredLevel: isMust ? fullLevel : null,
      weight,
      credit: Math.round(credit * 100) / 100,
    };
    const need = isMust ? `a must-have at level ${fullLevel}` : `a nice-to-have of weight ${weight} of 5`;
    const evidence = isMust ? mustEvidence : niceEvidence;
    if (position < 0) {
      missingSkills.push({ ...base, creditedBy: null });
      evidence.push(`Does not have ${required.name} (${need}), and no related skill gives credit.`);
      if (isMust) {
        blockers.push({
          code: 'MISSING_MUST_HAVE',
          message: `Missing the must-have skill ${required.name}, and no related skill gives credit.`,
        });
      }
      continue;
    }
    const packed = store.skills[position]!;
    const sourceSkill = taxonomy.skills[skillIndexOf(packed)]!;
    const level = levelOf(packed);
    const lastUsed = lastUsedYearOf(packed);
    const skillYears = store.skillYears[position]!;
    const relation = relationOf(taxonomy, required.index, sourceSkill.index);
    const creditedBy = {
      skillId: sourceSkill.id,
      skillName: sourceSkill.name,
      relation,
      level,
      years: skillYears,
      lastUsedYear: lastUsed === 0 ? null : lastUsed,
    };
    const recency = recencyFactor(lastUsed, context.nowYear);
    const usage =
      lastUsed === 0
        ? ''
        : context.nowYear - lastUsed > RECENCY_GRACE_YEARS
          ? `, last used in ${lastUsed}${recency < 1 ? ` (${context.nowYear - lastUsed} years ago, so it counts for ${percent(recency)} of its value)` : ''}`
          : `, last used in ${lastUsed}`;
    const expectation = isMust ? `the job needs level ${fullLevel}` : `it is ${need}`;
    let sentence: string;
    if (relation === 'SAME') {
      sentence = `Has ${required.name} at level ${level} for ${years(skillYears)}${usage}; ${expectation}`;
      sentence += level >= fullLevel ? '.' : `, so it counts for ${percent(level / fullLevel)}.`;
    } else {
      const how = relation === 'RELATED' ? 'is related' : `implies ${required.name}`;
      sentence =
        `Lacks ${required.name} (${need}), but has ${sourceSkill.name} at level ${level} for ${years(skillYears)}${usage}, ` +
        `which ${how}; together this counts for ${percent(credit)}.`;
    }
    evidence.push(sentence);
    const isFull = relation === 'SAME' && level >= fullLevel;
    (isFull ? matchedSkills : partialSkills).push({ ...base, creditedBy });
  }
  if (job.mustCount === 0) mustEvidence.push('The job lists no must-have skills.');
  if (job.niceCount === 0) niceEvidence.push('The job lists no nice-to-have skills.');

  const blockerBits = out[OUT.blockers]!;
  if ((blockerBits & BLOCKER_MISSING_MUST_HAVE) === 0 && blockers.length > 0) {
    throw new Error('Explanation and score disagree about missing must-haves.');
  }
  const preferences = candidate.preferences;

  const experienceEvidence =
    profile.minYearsExperience === 0
      ? `Has ${years(candidate.yearsExperience)} of experience; the job sets no minimum.`
      : `Has ${years(candidate.yearsExperience)} of experience; the job asks for at least ${years(profile.minYearsExperience)}` +
        (out[OUT.experience]! >= 1 ? '.' : `, so this counts for ${percent(out[OUT.experience]!)}.`);

  const seniorityGap = (store.flags(c) & 15) - job.seniority;
  const seniorityEvidence =
    `Is ${title(candidate.seniority)} and the job is ${title(profile.seniority)}` +
    (seniorityGap === 0
      ? '.'
      : seniorityGap < 0
        ? `: ${LEVEL_STEPS[-seniorityGap]} below what the job asks.`
        : `: ${LEVEL_STEPS[seniorityGap]} above, which may mean the role is too junior for them.`);

  const jobPlace = profile.city === null ? `${profile.country}` : `${profile.city} (${profile.country})`;
  const candidatePlace = candidate.city === null ? `${candidate.country}` : `${candidate.city} (${candidate.country})`;
  const locationEvidence: string[] = [];
  if (profile.remotePolicy === 'REMOTE') {
    locationEvidence.push('The job is fully remote, so where the candidate lives does not matter.');
  } else {
    const score = out[OUT.location]!;
    locationEvidence.push(
      `The ${REMOTE_WORDS[profile.remotePolicy]} job is in ${jobPlace}; the candidate lives in ${candidatePlace}` +
        (score === 1
          ? '.'
          : score >= 0.8
            ? ' and would move there.'
            : score >= 0.5
              ? ', in the same country, and has not said they would move.'
              : ', in another country, and has not said they would move.'),
    );
  }

  const timeZoneEvidence: string[] = [];
  if (profile.minTimeZoneOverlapHours === null || profile.minTimeZoneOverlapHours === 0) {
    timeZoneEvidence.push('The job sets no time-zone overlap requirement.');
  } else {
    let difference = Math.abs(context.timeZoneOffsets[store.ints[c * ROW_INTS + I_TIME_ZONE]!]! - context.timeZoneOffsets[job.timeZone]!);
    if (difference > 720) difference = 1440 - difference;
    const overlap = Math.max(0, WORKING_DAY_MINUTES - difference) / 60;
    timeZoneEvidence.push(
      `${candidate.timeZone} is ${roundToTenth(difference / 60)} h from ${profile.timeZone}, leaving ${roundToTenth(overlap)} h of ` +
        `shared 09:00–17:00 working day; the job needs ${profile.minTimeZoneOverlapHours} h.`,
    );
  }

  const noticeEnds = context.nowDay + preferences.noticePeriodDays;
  const earliestDay = preferences.earliestStart === null ? context.nowDay : Math.floor(preferences.earliestStart.getTime() / MS_PER_DAY);
  const availableDay = Math.max(earliestDay, noticeEnds);
  const availabilityEvidence: string[] = [];
  const startEvidence: string[] = [];
  const canStart = `Can start on ${day(availableDay)} (notice period of ${days(preferences.noticePeriodDays)}${
    preferences.earliestStart === null ? '' : `, not before ${day(earliestDay)}`
  })`;
  if (job.startDay !== job.startDay) {
    availabilityEvidence.push(`${canStart}; the job has no fixed start date.`);
    startEvidence.push('The job has no fixed start date, so it fits any notice period.');
  } else {
    const late = availableDay - job.startDay;
    availabilityEvidence.push(
      `${canStart}; the job starts on ${day(job.startDay)}` + (late > 0 ? `, ${days(late)} before that.` : '.'),
    );
    const breach = noticeEnds - job.startDay;
    if (breach > 0) {
      startEvidence.push(
        `The job starts on ${day(job.startDay)}, ${days(breach)} before the candidate's ${days(preferences.noticePeriodDays)} notice period ends.`,
      );
    } else {
      const wait = job.startDay - availableDay;
      startEvidence.push(
        out[OUT.startDate]! < 1
          ? `The job starts on ${day(job.startDay)}, ${days(wait)} after the candidate could start: a long wait.`
          : `The job starts on ${day(job.startDay)}, after the candidate's notice period ends.`,
      );
    }
  }

  const salaryEvidence: string[] = [];
  const top = profile.salaryMax ?? profile.salaryMin;
  if (preferences.minSalary === null) {
    salaryEvidence.push('The candidate has not set a minimum salary.');
  } else if (top === null) {
    salaryEvidence.push(`The job does not state a salary, so it cannot be checked against the candidate's minimum of ${money(preferences.minSalary, preferences.currency)}.`);
  } else if (profile.currency !== preferences.currency) {
    salaryEvidence.push(
      `The job pays in ${profile.currency} and the candidate's minimum is in ${preferences.currency}, so the two are not compared.`,
    );
  } else if (top >= preferences.minSalary) {
    salaryEvidence.push(`The job pays up to ${money(top, profile.currency)}; the candidate asks for at least ${money(preferences.minSalary, preferences.currency)}.`);
  } else {
    const shortfall = (preferences.minSalary - top) / preferences.minSalary;
    salaryEvidence.push(
      `The job pays at most ${money(top, profile.currency)}, ${percent(shortfall)} below the candidate's minimum of ${money(preferences.minSalary, preferences.currency)}.`,
    );
  }
  if ((blockerBits & BLOCKER_SALARY) !== 0) {
    blockers.push({
      code: 'SALARY_FAR_BELOW_MINIMUM',
      message: `The job pays at most ${money(top!, profile.currency)}, more than ${percent(SALARY_BLOCKER_SHORTFALL)} below the candidate's minimum of ${money(preferences.minSalary!, preferences.currency)}.`,
    });
  }

  const remoteEvidence = [
    `The candidate accepts ${ACCEPTS[preferences.remotePreference]}; the job is ${REMOTE_WORDS[profile.remotePolicy]}.`,
  ];
  if ((blockerBits & BLOCKER_ONSITE_FOR_REMOTE_ONLY) !== 0) {
    blockers.push({
      code: 'ONSITE_FOR_REMOTE_ONLY',
      message: `The job is onsite in ${jobPlace}, but the candidate only accepts remote work and has not said they would move there.`,
    });
  }

  const preferredLocationEvidence: string[] = [];
  if (profile.remotePolicy === 'REMOTE') {
    preferredLocationEvidence.push('The job is remote, so it fits wherever the candidate wants to work.');
  } else {
    const score = out[OUT.preferredLocation]!;
    const wanted = preferences.preferredLocations.length > 0 ? ` (preferred: ${preferences.preferredLocations.join(', ')})` : '';
    preferredLocationEvidence.push(
      score === 1
        ? `The job is in ${jobPlace}, where the candidate lives or wants to work.`
        : score >= 0.7
          ? `The job is in ${jobPlace}, not where the candidate lives or prefers${wanted}, but they are willing to relocate.`
          : `The job is in ${jobPlace}, not where the candidate lives or prefers${wanted}, and they do not want to relocate.`,
    );
  }

  const employmentEvidence = [
    preferences.employmentTypes.length === 0
      ? `The candidate is open to any employment type; the job is ${words(profile.employmentType)}.`
      : out[OUT.employmentType] === 1
        ? `The job is ${words(profile.employmentType)}, which the candidate wants.`
        : `The job is ${words(profile.employmentType)}; the candidate wants ${EMPLOYMENT_TYPES.filter((type) => preferences.employmentTypes.includes(type)).map(words).join(' or ')}.`,
  ];

  return {
    candidateId: candidate.id,
    jobId: profile.id,
    score: out[OUT.score]!,
    forwardScore: roundToTenth(out[OUT.forward]!),
    reverseScore: roundToTenth(out[OUT.reverse]!),
    isBlocked: blockers.length > 0,
    blockers,
    categories: [
      category('Must-have skills', 'forward', FORWARD_WEIGHTS.mustHave, out[OUT.mustHave]!, mustEvidence),
      category('Nice-to-have skills', 'forward', FORWARD_WEIGHTS.niceToHave, out[OUT.niceToHave]!, niceEvidence),
      category('Experience', 'forward', FORWARD_WEIGHTS.experience, out[OUT.experience]!, [experienceEvidence]),
      category('Seniority', 'forward', FORWARD_WEIGHTS.seniority, out[OUT.seniority]!, [seniorityEvidence]),
      category('Location', 'forward', FORWARD_WEIGHTS.location, out[OUT.location]!, locationEvidence),
      category('Time-zone overlap', 'forward', FORWARD_WEIGHTS.timeZone, out[OUT.timeZone]!, timeZoneEvidence),
      category('Availability', 'forward', FORWARD_WEIGHTS.availability, out[OUT.availability]!, availabilityEvidence),
      category('Salary', 'reverse', REVERSE_WEIGHTS.salary, out[OUT.salary]!, salaryEvidence),
      category('Remote preference', 'reverse', REVERSE_WEIGHTS.remote, out[OUT.remote]!, remoteEvidence),
      category('Preferred location', 'reverse', REVERSE_WEIGHTS.location, out[OUT.preferredLocation]!, preferredLocationEvidence),
      category('Employment type', 'reverse', REVERSE_WEIGHTS.employmentType, out[OUT.employmentType]!, employmentEvidence),
      category('Start date', 'reverse', REVERSE_WEIGHTS.startDate, out[OUT.startDate]!, startEvidence),
    ],
    matchedSkills,
    partialSkills,
    missingSkills,
  };
}

function category(name: string, side: 'forward' | 'reverse', weight: number, factor: number, evidence: string[]): MatchCategory {
  return { name, side, weight, score: roundToTenth(factor * 100), evidence };
}

function relationOf(taxonomy: SkillTaxonomy, required: number, source: number): SkillRelation {
  if (required === source) return 'SAME';
  const credit = taxonomy.credit;
  for (let e = credit.start[required]!; e < credit.start[required + 1]!; e++) {
    if (credit.skill[e] === source) {
      if (credit.kind[e] === CREDIT_RELATED) return 'RELATED';
      if (credit.kind[e] === CREDIT_IMPLIED_BY_CHILD) return 'IMPLIED_BY_CHILD';
    }
  }
  throw new Error(`Skill ${source} gives no credit for skill ${required}.`);
}
