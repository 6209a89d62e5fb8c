import { COST_WEIGHTS } from './cost-weights.ts';

/**
 * The points one resolution of a composite field costs (scalars cost nothing): a ranked field its ranking plus
 * `results` ranked and explained (up to and including the page), a mutation its base cost, any other object one.
 */
export function fieldWeight(key: string, options: { isMutationRoot: boolean; results: number }): number {
  const ranked = COST_WEIGHTS.ranked[key];
  if (ranked) return ranked.ranking + ranked.perResult * options.results;
  const explanation = COST_WEIGHTS.explanation[key];
  if (explanation !== undefined) return explanation;
  return options.isMutationRoot ? COST_WEIGHTS.mutation : COST_WEIGHTS.object;
}
