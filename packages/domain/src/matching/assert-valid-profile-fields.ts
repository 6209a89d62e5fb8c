import type { SkillTaxonomy } from './build-taxonomy.ts';
import { getTimeZoneOffset } from './get-time-zone-offset.ts';
import { MatchingInputError } from './matching-input-error.ts';
import { EMPLOYMENT_TYPES, REMOTE_ORDER, SENIORITY_ORDER } from './scoring-rules.ts';

/** Field checks shared by candidate and job validation; each throws MatchingInputError naming the field. */
export const isLevel = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;

export const check = {
  string(value: unknown, field: string): void {
    if (typeof value !== 'string' || value.length === 0) {
      throw new MatchingInputError(field, 'INVALID_STRING', 'must be a non-empty string.');
    }
  },
  nullableString(value: unknown, field: string): void {
    if (value !== null) check.string(value, field);
  },
  number(value: unknown, field: string, min: number, max: number, integer = false): void {
    if (typeof value !== 'number' || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
      throw new MatchingInputError(field, 'INVALID_NUMBER', `must be ${integer ? 'an integer' : 'a number'}, got ${String(value)}.`);
    }
    if (value < min || value > max) {
      throw new MatchingInputError(field, 'OUT_OF_RANGE', `must be between ${min} and ${max}, got ${value}.`);
    }
  },
  salary(value: unknown, field: string): void {
    if (value === null) return;
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      throw new MatchingInputError(field, 'INVALID_SALARY', `must be a yearly amount in whole currency units, got ${String(value)}.`);
    }
    if (value < 0) throw new MatchingInputError(field, 'NEGATIVE_SALARY', `cannot be negative, got ${value}.`);
  },
  level(value: unknown, field: string): void {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5) {
      throw new MatchingInputError(field, 'LEVEL_OUT_OF_RANGE', `must be an integer level from 1 to 5, got ${String(value)}.`);
    }
  },
  skillId(value: unknown, field: string, taxonomy: SkillTaxonomy): number {
    check.string(value, field);
    const skill = taxonomy.get(value as string);
    if (!skill) {
      const suggestions = taxonomy.suggest(value as string, 3);
      const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
      throw new MatchingInputError(field, 'UNKNOWN_SKILL', `"${String(value)}" is not a skill in the taxonomy.${hint}`);
    }
    return skill.index;
  },
  country(value: unknown, field: string): void {
    if (typeof value !== 'string' || !/^[A-Z]{2}$/.test(value)) {
      throw new MatchingInputError(field, 'INVALID_COUNTRY', `must be an ISO-3166 alpha-2 code in capitals, got ${JSON.stringify(value)}.`);
    }
  },
  currency(value: unknown, field: string): void {
    if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) {
      throw new MatchingInputError(field, 'INVALID_CURRENCY', `must be an ISO-4217 code in capitals, got ${JSON.stringify(value)}.`);
    }
  },
  timeZone(value: unknown, field: string, now: Date): void {
    if (typeof value !== 'string' || getTimeZoneOffset(value, now) === undefined) {
      throw new MatchingInputError(field, 'UNKNOWN_TIME_ZONE', `${JSON.stringify(value)} is not an IANA time zone.`);
    }
  },
  date(value: unknown, field: string): void {
    if (value === null) return;
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
      throw new MatchingInputError(field, 'INVALID_DATE', 'must be a valid Date or null.');
    }
  },
  seniority(value: unknown, field: string): void {
    if (!SENIORITY_ORDER.includes(value as never)) {
      throw new MatchingInputError(field, 'INVALID_SENIORITY', `must be one of ${SENIORITY_ORDER.join(', ')}, got ${String(value)}.`);
    }
  },
  remotePolicy(value: unknown, field: string): void {
    if (!REMOTE_ORDER.includes(value as never)) {
      throw new MatchingInputError(field, 'INVALID_REMOTE_POLICY', `must be one of ONSITE, HYBRID, REMOTE, got ${String(value)}.`);
    }
  },
  employmentType(value: unknown, field: string): void {
    if (!EMPLOYMENT_TYPES.includes(value as never)) {
      throw new MatchingInputError(field, 'INVALID_EMPLOYMENT_TYPE', `must be one of ${EMPLOYMENT_TYPES.join(', ')}, got ${String(value)}.`);
    }
  },
  array(value: unknown, field: string, maxLength: number): void {
    if (!Array.isArray(value)) throw new MatchingInputError(field, 'INVALID_ARRAY', 'must be an array.');
    if (value.length > maxLength) {
      throw new MatchingInputError(field, 'TOO_MANY_ITEMS', `has ${value.length} items; at most ${maxLength} are allowed.`);
    }
  },
};
