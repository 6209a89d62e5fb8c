import { lazyDialog } from '../../ui/lazy-dialog';

// The recruiter's proposal actions (Next steps here, the job's pipeline board) open these; their code loads on the
// first open, so neither page carries it before it draws.
export const ScheduleDialog = lazyDialog(() => import('./ProposalActionDialogs').then((module) => module.ScheduleDialog));
export const OfferDialog = lazyDialog(() => import('./ProposalActionDialogs').then((module) => module.OfferDialog));
export const HireDialog = lazyDialog(() => import('./ProposalActionDialogs').then((module) => module.HireDialog));
export const RejectDialog = lazyDialog(() => import('./ProposalActionDialogs').then((module) => module.RejectDialog));
export const WithdrawDialog = lazyDialog(() => import('./ProposalActionDialogs').then((module) => module.WithdrawDialog));
