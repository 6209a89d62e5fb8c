export { foldText } from './fold-text.ts';
export { trigramSimilarity, trigramsOf } from './trigram-similarity.ts';
export { compareNames, nameSimilarity, typoDistance } from './name-similarity.ts';
export type { NameComparison } from './name-similarity.ts';
export { normalizePhone } from './normalize-phone.ts';
export { mailboxOf, normalizeEmail } from './normalize-email.ts';
export { likelyDuplicateReasons, SHARED_SKILLS_THRESHOLD, SIMILAR_WORD_THRESHOLD } from './likely-duplicate-reasons.ts';
export type { DuplicateProfile, DuplicateReason, DuplicateReasonKind, DuplicateVerdict } from './likely-duplicate-reasons.ts';
