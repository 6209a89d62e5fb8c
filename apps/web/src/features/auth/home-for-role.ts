import type { UserRole } from '../../gql/graphql';

/** Where a person lands after signing in, and where a wrong-role URL sends them. */
export function homeForRole(role: UserRole): string {
  return role === 'CANDIDATE' ? '/me' : '/recruiter';
}
