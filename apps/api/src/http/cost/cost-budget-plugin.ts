import type { ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import type { Context } from '../../context.ts';
import type { BudgetDraw, BudgetState, CostBudget } from '../rate-limit/create-cost-budget.ts';
import { rateLimitHeaders } from '../rate-limit/rate-limit-headers.ts';
import { cachedOperationCosts } from './cached-operation-costs.ts';

/** Every request costs at least this, so that even refused or invalid ones are not free to repeat. */
const MIN_REQUEST_COST = 1;

/**
 * Prices each operation before it runs (refused with QUERY_TOO_COSTLY over the per-request limit, RATE_LIMITED with
 * 429 when the caller's bucket cannot cover it), counts what it really cost from its answer, gives the difference back,
 * and reports `extensions.cost { requested actual limit remaining resetAt }` and RateLimit-* headers on every response.
 */
export function costBudgetPlugin(options: { budget: CostBudget; keyOf: (context: Context) => string }): ApolloServerPlugin<Context> {
  const { budget } = options;
  const { maxQueryCost } = budget.config;
  return {
    async requestDidStart({ contextValue }) {
      let requested = 0;
      let actual = 0;
      let draw: BudgetDraw | null = null;
      /** Counts the actual cost from the answer, once the operation has run. */
      let actualCostOf: ((data: Record<string, unknown> | null | undefined) => number) | null = null;
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          // The values the operation will run with (defaults applied); invalid ones fail in execution on their own.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          const variables = coerced.coerced ?? request.variables ?? {};
          const costs = cachedOperationCosts(schema, operation, fragments, variables);
          requested = Math.max(MIN_REQUEST_COST, costs.requested);
          actualCostOf = costs.actual;
          if (requested > maxQueryCost) {
            throw new GraphQLError(
              `This query would cost ${requested} points; one query may cost at most ${maxQueryCost}. Ask for smaller pages (first/last), fewer nested lists or fewer aliases.`,
              { extensions: { code: 'QUERY_TOO_COSTLY', cost: { requested, limit: maxQueryCost }, http: { status: 400 } } },
            );
          }
          draw = await budget.draw(options.keyOf(contextValue), requested);
          if (!draw.isGranted) {
            throw new GraphQLError(
              `This query costs ${requested} points and ${Math.floor(draw.state.remaining)} of your ${draw.state.limit} are left; retry in ${draw.retryAfterSeconds} s.`,
              { extensions: { code: 'RATE_LIMITED', cost: costExtension(requested, 0, draw.state), retryAfter: draw.retryAfterSeconds, http: { status: 429 } } },
            );
          }
        },
        async willSendResponse({ response }) {
          let state: BudgetState;
          if (draw?.isGranted) {
            // Counted from the answer (compute-actual-cost.ts), not by a hook on every field.
            const data = response.body.kind === 'single' ? response.body.singleResult.data : null;
            if (actualCostOf) actual = actualCostOf(data);
            actual = Math.max(MIN_REQUEST_COST, Math.ceil(actual));
            state = await budget.settle(draw, actual);
          } else if (draw) {
            state = draw.state;
          } else {
            // Refused before pricing (a syntax error, an invalid or too costly query): the attempt itself.
            const attempt = await budget.draw(options.keyOf(contextValue), MIN_REQUEST_COST);
            state = attempt.state;
            actual = attempt.isGranted ? MIN_REQUEST_COST : 0;
          }
          for (const [name, value] of rateLimitHeaders(state)) response.http.headers.set(name, value);
          if (draw && !draw.isGranted) response.http.headers.set('retry-after', String(draw.retryAfterSeconds));
          if (response.body.kind === 'single') {
            const result = response.body.singleResult;
            result.extensions = { ...result.extensions, cost: costExtension(requested, actual, state) };
          }
        },
      };
    },
  };
}

function costExtension(requested: number, actual: number, state: BudgetState) {
  return { requested, actual, limit: state.limit, remaining: Math.max(0, Math.floor(state.remaining)), resetAt: state.resetAt.toISOString() };
}
