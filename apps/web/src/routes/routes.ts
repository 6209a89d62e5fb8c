import { lazy, type ComponentType } from 'react';

// Each page is its own chunk, so a visitor downloads only the code of the page they open.
const JobBoardPage = lazy(() => import('../features/job-board/JobBoardPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

const routes: Record<string, ComponentType> = {
  '/': JobBoardPage,
  '/jobs': JobBoardPage,
};

export function matchRoute(pathname: string): ComponentType {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return routes[path] ?? NotFoundPage;
}
