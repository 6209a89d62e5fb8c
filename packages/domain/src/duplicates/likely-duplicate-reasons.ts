import { foldedWords } from './fold-text.ts';
import { compareNames, nameSimilarity } from './name-similarity.ts';
import { mailboxOf } from './normalize-email.ts';
import { normalizePhone } from './normalize-phone.ts';

/** What duplicate detection reads of a profile (an existing one, or one being registered). */
export type DuplicateProfile = {
  fullName: string;
  email?: string | null;
  phone?: string | null;
  /** The stored E.164 form, when known; otherwise `phone` is read in `country`. */
  normalizedPhone?: string | null;
  /** ISO alpha-2: the default region of a national phone number. */
  country?: string | null;
  city?: string | null;
  /** Skill IDs (or canonical names): what "skills in common" counts. */
  skills?: readonly string[];
};

export type DuplicateReasonKind = 'SAME_EMAIL' | 'SAME_PHONE' | 'SIMILAR_NAME';

export type DuplicateReason = { kind: DuplicateReasonKind; text: string };

export type DuplicateVerdict = {
  /** 0 to 1: how sure the match is (a shared e-mail or phone is near-certain; a similar name less so). */
  score: number;
  reasons: DuplicateReason[];
  /** The name similarity (0 to 1), shown so a person can judge it. */
  nameSimilarity: number;
  sharedSkills: number;
};

/**
 * The thresholds of the name rule, set on the benchmark's generated pairs (bench/generate-duplicate-pairs.ts) and
 * checked on other seeds: each word within one typo per four letters ("Soia"/"Sofia" 0.8; "Hansen"/"Hassan" 0.67
 * is another family), and at least 40 % of the two skill lists shared (Jaccard), since one person's two profiles
 * list mostly the same skills while two namesakes in one trade share a few.
 */
export const SIMILAR_WORD_THRESHOLD = 0.75;
export const SHARED_SKILLS_THRESHOLD = 0.4;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const cityKey = (city: string | null | undefined) => (city ? foldedWords(city).join('') : '');

/**
 * Why `a` and `b` are probably one person, or null when nothing says so:
 * - the same mailbox (case, spaces and Gmail's dots and +tags aside);
 * - the same phone number once both are in E.164 (libphonenumber-js, national numbers read in the profile's country);
 * - the same name (same words in any order, a middle name aside) in the same city with a skill in common, even with
 *   two different phone numbers (people change numbers);
 * - a similar name (a typo per word at most) in the same city, sharing most skills, with no conflicting phone;
 * - the same name and most skills in common in the same country when one of them has no city (unknown, not another).
 * With no skills on one side (a profile still being typed in), the same name in the same city is enough.
 */
export function likelyDuplicateReasons(a: DuplicateProfile, b: DuplicateProfile): DuplicateVerdict | null {
  const reasons: DuplicateReason[] = [];
  let score = 0;
  const mailbox = mailboxOf(a.email);
  if (mailbox && mailbox === mailboxOf(b.email)) {
    reasons.push({ kind: 'SAME_EMAIL', text: 'same e-mail' });
    score = Math.max(score, 0.98);
  }
  const phoneA = a.normalizedPhone ?? normalizePhone(a.phone, a.country);
  const phoneB = b.normalizedPhone ?? normalizePhone(b.phone, b.country);
  if (phoneA && phoneA === phoneB) {
    reasons.push({ kind: 'SAME_PHONE', text: 'same phone' });
    score = Math.max(score, 0.95);
  }
  const similarity = nameSimilarity(a.fullName, b.fullName);
  const names = compareNames(a.fullName, b.fullName);
  const isSameName = names.weakestWord === 1;
  const isSimilarName = names.weakestWord >= SIMILAR_WORD_THRESHOLD;
  const leftSkills = new Set(a.skills ?? []);
  const rightSkills = new Set(b.skills ?? []);
  const sharedSkills = [...rightSkills].filter((skill) => leftSkills.has(skill)).length;
  const skillOverlap = sharedSkills === 0 ? 0 : sharedSkills / (leftSkills.size + rightSkills.size - sharedSkills);
  const hasSkillsToCompare = leftSkills.size > 0 && rightSkills.size > 0;
  const isSameCountry = !a.country || !b.country || a.country === b.country;
  const isSameCity = isSameCountry && cityKey(a.city) !== '' && cityKey(a.city) === cityKey(b.city);
  const isCityUnknown = isSameCountry && (cityKey(a.city) === '' || cityKey(b.city) === '');
  const hasPhoneConflict = phoneA !== null && phoneB !== null && phoneA !== phoneB;
  const inCommon = `${plural(sharedSkills, 'skill')} in common`;
  const nameReason = (text: string, certainty: number) => {
    reasons.push({ kind: 'SIMILAR_NAME', text });
    score = Math.max(score, certainty);
  };
  if (isSameCity && hasSkillsToCompare && sharedSkills > 0 && isSameName) {
    nameReason(`same name in the same city, ${inCommon}`, 0.85);
  } else if (isSameCity && hasSkillsToCompare && isSimilarName && !hasPhoneConflict && skillOverlap >= SHARED_SKILLS_THRESHOLD) {
    nameReason(`similar name in the same city, ${inCommon}`, 0.5 + 0.3 * similarity);
  } else if (isCityUnknown && hasSkillsToCompare && isSameName && skillOverlap >= 0.5) {
    nameReason(`same name, ${inCommon} (no city on one profile)`, 0.7);
  } else if (isSameCity && !hasSkillsToCompare && isSameName) {
    nameReason('same name in the same city', 0.7);
  }
  if (reasons.length === 0) return null;
  // Two signals agreeing are surer than either alone.
  if (reasons.length > 1) score = Math.min(1, score + 0.02 * (reasons.length - 1));
  return { score: Math.round(score * 1000) / 1000, reasons, nameSimilarity: Math.round(similarity * 1000) / 1000, sharedSkills };
}
