import { lazyDialog } from '../../ui/lazy-dialog';

// An interview's actions (move, cancel, no-show, contest) open dialogs whose code loads on the first open (issue 13).
export const InterviewTimeDialog = lazyDialog(() => import('./InterviewTimeDialog').then((module) => module.InterviewTimeDialog));
export const CancelInterviewDialog = lazyDialog(() => import('./CancelInterviewDialog').then((module) => module.CancelInterviewDialog));
export const NoShowDialog = lazyDialog(() => import('./NoShowDialog').then((module) => module.NoShowDialog));
export const ContestNoShowDialog = lazyDialog(() => import('./ContestNoShowDialog').then((module) => module.ContestNoShowDialog));
