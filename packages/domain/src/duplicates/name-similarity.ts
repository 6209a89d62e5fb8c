import { foldedWords } from './fold-text.ts';
import { trigramSimilarity } from './trigram-similarity.ts';

/**
 * Optimal string alignment distance (Levenshtein plus the swap of two neighbouring letters, each costing 1): the
 * typo measure, since "Aan" for "Ana" is one slip of the fingers, not two.
 */
export function typoDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  const rows = s.length + 1;
  const cols = t.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

const wordSimilarity = (a: string, b: string) => 1 - typoDistance(a, b) / Math.max(a.length, b.length);

export type NameComparison = {
  /** Word-by-word typo similarity, 0 to 1, weighted by length. */
  similarity: number;
  /** The similarity of the least alike pair of words: one typo in a 5-letter word is 0.8, another surname far less. */
  weakestWord: number;
  /** Words of the longer name left unpaired (a middle name on one side only). */
  extraWords: number;
};

/**
 * Pairs each word of the shorter name with its closest unused word of the longer one, in any order ("Ana Lee" ≈
 * "Lee Aan"). A middle name on one side only is left aside once two words pair ("Omar Li" / "Omar Jan Li"); a
 * single word ("Li") is too little for that, so the other name's remaining words count against it.
 */
export function compareNames(a: string, b: string): NameComparison {
  let short = foldedWords(a);
  let long = foldedWords(b);
  if (short.length === 0 || long.length === 0) return { similarity: 0, weakestWord: 0, extraWords: Math.max(short.length, long.length) };
  if (short.length > long.length) [short, long] = [long, short];
  const pairs = short.flatMap((word, i) => long.map((other, j) => ({ i, j, similarity: wordSimilarity(word, other), weight: Math.max(word.length, other.length) })));
  pairs.sort((x, y) => y.similarity - x.similarity || y.weight - x.weight);
  const usedShort = new Set<number>();
  const usedLong = new Set<number>();
  let matched = 0;
  let weight = 0;
  let weakestWord = 1;
  for (const pair of pairs) {
    if (usedShort.has(pair.i) || usedLong.has(pair.j)) continue;
    usedShort.add(pair.i);
    usedLong.add(pair.j);
    matched += pair.similarity * pair.weight;
    weight += pair.weight;
    weakestWord = Math.min(weakestWord, pair.similarity);
  }
  const extraWords = long.length - short.length;
  if (short.length < 2 && extraWords > 0) {
    long.forEach((word, j) => {
      if (!usedLong.has(j)) weight += word.length;
    });
    weakestWord = 0;
  }
  return { similarity: weight === 0 ? 0 : matched / weight, weakestWord, extraWords };
}

/**
 * How alike two names are, 0 to 1: the better of pg_trgm's trigram similarity (order-free, robust to extra words)
 * and the word-by-word typo similarity (robust to one slip in a short name, where trigrams lose a lot).
 */
export function nameSimilarity(a: string, b: string): number {
  return Math.max(trigramSimilarity(a, b), compareNames(a, b).similarity);
}
