import { SCORE_BOUNDS, sumOf, type CohortCounts } from './read-proposal-cohort.ts';

export interface ScoreBucket {
  /** Lowest score in the bucket (inclusive). */
  minScore: number;
  /** Highest score in the bucket (exclusive); null for the top bucket. */
  maxScore: number | null;
  label: string;
  proposals: number;
  accepted: number;
  hired: number;
}

function labelOf(index: number): string {
  if (index === 0) return 'Under 50';
  if (index === SCORE_BOUNDS.length - 1) return `${SCORE_BOUNDS[index]}+`;
  return `${SCORE_BOUNDS[index]}–${SCORE_BOUNDS[index + 1]! - 1}`;
}

/** The range's proposals by their match score when proposed: how many, and how many were accepted and hired. */
export function scoreBucketsOf(rows: readonly CohortCounts[]): ScoreBucket[] {
  return SCORE_BOUNDS.map((minScore, index) => {
    const inBucket = rows.filter((r) => r.bucket === index);
    return {
      minScore,
      maxScore: index === SCORE_BOUNDS.length - 1 ? null : SCORE_BOUNDS[index + 1]!,
      label: labelOf(index),
      proposals: sumOf(inBucket, 'proposed'),
      accepted: sumOf(inBucket, 'accepted'),
      hired: sumOf(inBucket, 'hired'),
    };
  });
}
