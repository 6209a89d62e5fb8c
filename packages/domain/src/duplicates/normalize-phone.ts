import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * A phone number in E.164 ("+493012345678"), read with libphonenumber-js; a national number ("030 1234 5678") is
 * read in `defaultCountry` (the candidate's country, ISO alpha-2). Null when there is none or it is not a possible
 * number (too short or too long for its country), so nothing is matched on a half-typed number.
 */
export function normalizePhone(raw: string | null | undefined, defaultCountry: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const region = defaultCountry?.trim().toUpperCase();
  try {
    const parsed = parsePhoneNumberFromString(text, region && /^[A-Z]{2}$/.test(region) ? { defaultCountry: region as CountryCode } : undefined);
    return parsed?.isPossible() ? parsed.number : null;
  } catch {
    return null;
  }
}
