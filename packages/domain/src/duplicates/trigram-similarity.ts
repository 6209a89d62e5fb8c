import { foldedWords } from './fold-text.ts';

/**
 * The trigrams of a text as PostgreSQL's pg_trgm defines them: each word (a run of letters and digits, lower-cased)
 * is padded with two spaces before and one after, and cut into every 3-character window; the set of all of them.
 * Diacritics are folded first (pg_trgm leaves that to `unaccent`).
 */
export function trigramsOf(text: string): Set<string> {
  const trigrams = new Set<string>();
  for (const word of foldedWords(text)) {
    const padded = `  ${word} `;
    const letters = Array.from(padded);
    for (let i = 0; i + 3 <= letters.length; i++) trigrams.add(letters.slice(i, i + 3).join(''));
  }
  return trigrams;
}

/**
 * pg_trgm's `similarity(a, b)`: shared trigrams over all distinct trigrams of both (0 to 1). Word order does not
 * count ("Lee Ana" and "Ana Lee" have the same trigrams), and one typo costs only the few trigrams around it.
 */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigramsOf(a);
  const right = trigramsOf(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared++;
  return shared / (left.size + right.size - shared);
}
