import type { UserRole } from '../../gql/graphql';

/**
 * Where a person lands after signing in, and where a wrong-role URL sends them: candidates their home, staff their
 * Today (what needs them); the jobs list stays at /recruiter.
 */
export function homeForRole(role: UserRole): string {
  return role === 'CANDIDATE' ? '/me' : '/recruiter/today';
}
