/** Shared vocabulary of the matching engine. Plain data only: everything here is JSON-serialisable except Dates. */

export type Seniority = 'JUNIOR' | 'MID' | 'SENIOR' | 'LEAD' | 'PRINCIPAL';

/**
 * A job's policy, or a candidate's preference read as "the most onsite I accept":
 * 'REMOTE' = remote only, 'HYBRID' = hybrid or remote, 'ONSITE' = any arrangement.
 */
export type RemotePolicy = 'ONSITE' | 'HYBRID' | 'REMOTE';

export type EmploymentType = 'FULL_TIME' | 'PART_TIME' | 'CONTRACT' | 'TEMPORARY' | 'INTERNSHIP';

/** The seed's skills.json, accepted exactly in this shape. */
export type TaxonomyData = {
  skills: Array<{
    id: string;
    name: string;
    category: string;
    aliases: string[];
    related: Array<{ id: string; weight: number }>;
    parents: string[];
  }>;
};

export type CandidateSkill = {
  skillId: string;
  /** 1 (aware) to 5 (expert). */
  level: number;
  years: number;
  /** null = in use now. */
  lastUsedYear: number | null;
};

export type CandidatePreferences = {
  minSalary: number | null;
  currency: string;
  remotePreference: RemotePolicy;
  preferredLocations: string[];
  willingToRelocate: boolean;
  /** Empty = any employment type. */
  employmentTypes: EmploymentType[];
  earliestStart: Date | null;
  noticePeriodDays: number;
  targetOpportunities: number;
};

export type CandidateProfile = {
  id: string;
  skills: CandidateSkill[];
  yearsExperience: number;
  seniority: Seniority;
  city: string | null;
  /** ISO-3166 alpha-2, upper case. */
  country: string;
  /** IANA time zone. */
  timeZone: string;
  preferences: CandidatePreferences;
};

export type JobProfile = {
  id: string;
  title: string;
  mustHave: Array<{ skillId: string; minLevel: number }>;
  /** weight 1 (slightly useful) to 5 (almost a must). */
  niceToHave: Array<{ skillId: string; weight: number }>;
  seniority: Seniority;
  minYearsExperience: number;
  salaryMin: number | null;
  salaryMax: number | null;
  currency: string;
  remotePolicy: RemotePolicy;
  city: string | null;
  country: string;
  timeZone: string;
  minTimeZoneOverlapHours: number | null;
  employmentType: EmploymentType;
  startDate: Date | null;
};

export type ScoreOptions = {
  /** The moment the match is computed for: recency, notice periods and time-zone offsets depend on it. */
  now: Date;
};

/** How the credited candidate skill relates to the required one. */
export type SkillRelation = 'SAME' | 'RELATED' | 'IMPLIED_BY_CHILD';

export type SkillMatch = {
  skillId: string;
  skillName: string;
  requirement: 'MUST_HAVE' | 'NICE_TO_HAVE';
  /** Must-haves: the job's minimum level; nice-to-haves: null. */
  requiredLevel: number | null;
  /** Nice-to-haves: the job's weight (1-5); must-haves: null. */
  weight: number | null;
  /** 0..1, two decimals: the share of this requirement the candidate meets. */
  credit: number;
  /** The candidate skill that gave the credit; null when missing. */
  creditedBy: { skillId: string; skillName: string; relation: SkillRelation; level: number; years: number; lastUsedYear: number | null } | null;
};

export type MatchBlocker = {
  code: 'MISSING_MUST_HAVE' | 'SALARY_FAR_BELOW_MINIMUM' | 'ONSITE_FOR_REMOTE_ONLY';
  message: string;
};

export type MatchCategory = {
  name: string;
  side: 'forward' | 'reverse';
  /** Points of its side's 100 this category is worth. */
  weight: number;
  /** 0..100, one decimal. */
  score: number;
  evidence: string[];
};

export type MatchResult = {
  candidateId: string;
  jobId: string;
  /** 0..100, one decimal: 0.65 × forward + 0.35 × reverse (see docs/matching.md). */
  score: number;
  forwardScore: number;
  reverseScore: number;
  isBlocked: boolean;
  blockers: MatchBlocker[];
  categories: MatchCategory[];
  matchedSkills: SkillMatch[];
  partialSkills: SkillMatch[];
  missingSkills: SkillMatch[];
};

/** Filters apply to the profiles being ranked (candidates for a job, or jobs for a candidate). */
export type MatchFilters = {
  /** Candidates: their remote preference is one of these. Jobs: their remote policy is one of these. */
  remotePolicies?: RemotePolicy[];
  /** The profile's own location: same country, and same city when a city is given. */
  location?: { country: string; city?: string };
  /** Only results scoring at least this (0..100). */
  minScore?: number;
  /** Candidates: has every one of these skills. Jobs: lists every one of them (must-have or nice-to-have). */
  requiredSkillIds?: string[];
  /** Candidates: has none of these skills. Jobs: lists none of them. */
  excludedSkillIds?: string[];
  /** Leave blocked matches out entirely (by default they are shown, ranked after every unblocked one). */
  excludeBlocked?: boolean;
};

export type RankOptions = { k: number; filters?: MatchFilters };
