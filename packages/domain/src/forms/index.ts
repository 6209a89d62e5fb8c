export { ISO_COUNTRY_CODES, isIsoCountryCode } from './countries.ts';
export { validateJobStartDate } from './job-rules.ts';
export { MAX_TARGET_OPPORTUNITIES, MIN_TARGET_OPPORTUNITIES, validateSkillYears, validateTargetOpportunities } from './profile-rules.ts';
export { checkMessageTone, describeToneFindings } from './check-message-tone.ts';
export type { ToneFinding } from './check-message-tone.ts';
