/**
 * Text as duplicate detection compares it: diacritics folded ("José Müller" → "jose muller"), lower case, and "ß"
 * as "ss", the way people type a name when their keyboard lacks the letter. Letters without a decomposition
 * ("ł", "ø", "đ") are mapped by hand.
 */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[łøđßæœıþ]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .trim();
}

/** The words of a folded text: runs of letters and digits, as pg_trgm splits them. */
export function foldedWords(text: string): string[] {
  return foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
