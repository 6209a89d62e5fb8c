import type { LikelyDuplicatesInput } from '../../gql/graphql';
import type { RegisterDraft } from './register-draft';

const looksLikeEmail = (email: string) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email.trim());
const digitsIn = (phone: string) => phone.replace(/\D/g, '').length;

/**
 * What the register form asks likelyDuplicates once enough is typed to match on: a whole e-mail address, a phone
 * number of at least 6 digits, or a name with a city (and always the country, which reads a national phone number).
 * Null until then, so half a word never asks the server.
 */
export function likelyDuplicatesInputFromDraft(draft: Pick<RegisterDraft, 'fullName' | 'email' | 'phone' | 'city' | 'country' | 'skills'>): LikelyDuplicatesInput | null {
  const fullName = draft.fullName.trim();
  const country = draft.country.trim();
  if (!country) return null;
  const email = looksLikeEmail(draft.email) ? draft.email.trim() : null;
  const phone = digitsIn(draft.phone) >= 6 ? draft.phone.trim() : null;
  const city = draft.city.trim() || null;
  const hasNameAndCity = fullName.length >= 2 && city !== null;
  if (!email && !phone && !hasNameAndCity) return null;
  return { fullName: fullName || (email ?? phone ?? '?'), email, phone, city, country, skills: draft.skills.map((skill) => skill.skillId) };
}
