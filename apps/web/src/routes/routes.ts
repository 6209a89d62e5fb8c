import { lazy, type ComponentType } from 'react';

// Each page is its own chunk, so a visitor downloads only the code of the page they open.
const JobBoardPage = lazy(() => import('../features/job-board/JobBoardPage'));
const SignInPage = lazy(() => import('../features/auth/SignInPage'));
const RecruiterJobsPage = lazy(() => import('../features/recruiter-jobs/RecruiterJobsPage'));
const CandidateHomePage = lazy(() => import('../features/candidate-home/CandidateHomePage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

// Who may open an address is decided by decide-route-access.ts, before any page chunk loads.
const routes: Record<string, ComponentType> = {
  '/': JobBoardPage,
  '/jobs': JobBoardPage,
  '/sign-in': SignInPage,
  '/recruiter': RecruiterJobsPage,
  '/me': CandidateHomePage,
};

export function matchRoute(pathname: string): ComponentType {
  return routes[normalizePathname(pathname)] ?? NotFoundPage;
}

/** "/recruiter/" and "/recruiter" are the same page. */
export function normalizePathname(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
}
