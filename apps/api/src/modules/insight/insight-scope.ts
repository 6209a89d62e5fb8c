/** The longest range one insight request may cover: two years (731 days, a leap day included). */
export const MAX_INSIGHT_RANGE_DAYS = 731;

export interface InsightFilterInput {
  from: Date;
  to: Date;
  recruiterId?: string | null;
  clientCompanyId?: string | null;
  jobId?: string | null;
}

/** What every insight statement counts over, resolved and checked against the caller's agency (and client). */
export interface InsightScope {
  agencyId: string;
  from: Date;
  to: Date;
  recruiterId: string | null;
  clientCompanyId: string | null;
  jobId: string | null;
  /** The API's clock, for what is due (an expired proposal, an interview that should have happened). */
  now: Date;
}
