import { isIsoCountryCode } from '@shortlist/domain/forms';
import { z } from 'zod';
import { oneLine } from './one-line.ts';

// Field rules shared by jobs and candidate profiles, worded for the person filling in the form.

const currencies = new Set(Intl.supportedValuesOf('currency'));

export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  // Only assigned ISO 3166-1 codes: "GERMANY" or "EU" is refused, never cut to "GE" (Georgia) or taken as a country (B3).
  .refine(isIsoCountryCode, 'Country is an ISO 3166-1 country code, like DE for Germany.');

export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((code) => /^[A-Z]{3}$/.test(code) && currencies.has(code), 'Currency is a three-letter ISO-4217 code, like EUR.');

export function isIanaTimeZone(zone: string): boolean {
  if (!zone.includes('/') && zone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .refine(isIanaTimeZone, 'Time zone is an IANA name, like Europe/Berlin.');

export const citySchema = oneLine(z.string().trim().max(100, 'City is at most 100 characters.'), 'City');

export const salarySchema = z
  .number()
  .int('Salary is a whole number.')
  .nonnegative('Salary cannot be negative.')
  .max(100_000_000, 'Salary is at most 100,000,000 a year.');

export const levelSchema = z.number().int('Level is a whole number from 1 to 5.').min(1, 'Level is from 1 to 5.').max(5, 'Level is from 1 to 5.');

/** A one-line optional text: trims and drops an empty string, so "" clears it. */
export const optionalText = (max: number, label: string) =>
  oneLine(z.string().trim().max(max, `${label} is at most ${max} characters.`), label).transform((text) => (text === '' ? null : text));

/** Reports one issue per repeated skill id, on the later entry. */
export function refineUniqueSkills(skills: Array<{ skill: string }>, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  skills.forEach((entry, i) => {
    if (seen.has(entry.skill)) ctx.addIssue({ code: 'custom', path: [i, 'skill'], message: 'This skill is listed twice.' });
    seen.add(entry.skill);
  });
}
