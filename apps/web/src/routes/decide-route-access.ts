import { homeForRole } from '../features/auth/home-for-role';
import type { UserRole } from '../gql/graphql';

/**
 * Who may open an address: anyone, anyone signed in, the agency's staff (recruiters and admins), its admins only
 * (integrations: API keys), or candidates.
 */
export type RouteAccess = 'anyone' | 'signedIn' | 'staff' | 'admin' | 'candidate';

export type RouteDecision = { kind: 'show' } | { kind: 'redirect'; to: string };

const STAFF_ROLES: ReadonlySet<UserRole> = new Set(['RECRUITER', 'ADMIN']);

const isAllowedFor: Record<Exclude<RouteAccess, 'anyone' | 'signedIn'>, (role: UserRole) => boolean> = {
  staff: (role) => STAFF_ROLES.has(role),
  admin: (role) => role === 'ADMIN',
  candidate: (role) => role === 'CANDIDATE',
};

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export function accessFor(pathname: string): RouteAccess {
  if (isUnder(pathname, '/recruiter')) return 'staff';
  if (isUnder(pathname, '/integrations')) return 'admin';
  if (isUnder(pathname, '/admin')) return 'admin';
  if (isUnder(pathname, '/me')) return 'candidate';
  if (isUnder(pathname, '/notifications')) return 'signedIn';
  if (isUnder(pathname, '/settings')) return 'signedIn';
  // The development mailbox (the API refuses it in production or with a mail server).
  if (isUnder(pathname, '/dev')) return 'signedIn';
  return 'anyone';
}

/**
 * Signed out on a private address: sign in first, then come back. Signed in with the wrong role: go to your own home.
 */
export function decideRouteAccess({
  pathname,
  search,
  viewer,
}: {
  pathname: string;
  search: string;
  viewer: { role: UserRole } | null;
}): RouteDecision {
  const access = accessFor(pathname);
  if (access === 'anyone') return { kind: 'show' };
  if (!viewer) return { kind: 'redirect', to: `/sign-in?next=${encodeURIComponent(pathname + search)}` };
  const isAllowed = access === 'signedIn' || isAllowedFor[access](viewer.role);
  return isAllowed ? { kind: 'show' } : { kind: 'redirect', to: homeForRole(viewer.role) };
}
