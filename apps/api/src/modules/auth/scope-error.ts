import { AuthScopeFailureType, type AuthFailure, type ForbiddenResult } from '@pothos/plugin-scope-auth';
import type { ApiKeyScope } from '@shortlist/db/prisma';
import type { GraphQLResolveInfo } from 'graphql';
import type { Viewer } from '../../context.ts';
import { NotAllowedError } from '../errors/expected-errors.ts';

/** The partner scopes that would have granted the request, from scope-auth's failure tree (in the order declared). */
export function missingPartnerScopes(failure: AuthFailure): ApiKeyScope[] {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope:
      return failure.scope === 'partner' ? [failure.parameter as ApiKeyScope] : [];
    case AuthScopeFailureType.AnyAuthScopes:
    case AuthScopeFailureType.AllAuthScopes:
      return [...new Set(failure.failures.flatMap(missingPartnerScopes))];
    default:
      return [];
  }
}

/** "proposeMatch", "jobs", "Job.proposals": the operation or field the caller asked for, as the schema names it. */
function fieldName(info: GraphQLResolveInfo): string {
  const parent = info.parentType.name;
  return parent === 'Query' || parent === 'Mutation' ? info.fieldName : `${parent}.${info.fieldName}`;
}

/**
 * The error for a field scope-auth refused. A partner key missing a scope is told which one
 * ("This API key needs the PROPOSALS_WRITE scope to use proposeMatch.") with `requiredScope` set, so an integrator
 * can fix the key instead of guessing. Everyone else gets the plain refusal, which never reveals whether the
 * object exists.
 */
export function scopeAuthError(viewer: Viewer | null, info: GraphQLResolveInfo, result: ForbiddenResult): NotAllowedError {
  if (viewer?.kind !== 'partner') return new NotAllowedError();
  const scopes = missingPartnerScopes(result.failure).filter((scope) => !viewer.scopes.includes(scope));
  if (scopes.length === 0) return new NotAllowedError();
  const what = info.parentType.name === 'Mutation' ? `to use ${fieldName(info)}` : `to read ${fieldName(info)}`;
  const needed = scopes.length === 1 ? `the ${scopes[0]} scope` : `one of the ${scopes.slice(0, -1).join(', ')} or ${scopes.at(-1)} scopes`;
  return new NotAllowedError(`This API key needs ${needed} ${what}.`, scopes[0]!);
}
