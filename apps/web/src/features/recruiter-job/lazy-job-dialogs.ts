import { lazyDialog } from '../../ui/lazy-dialog';

// The job page's dialogs open on a click: their code loads then, so the page draws without it (issue 13).
export const CloseJobDialog = lazyDialog(() => import('./CloseJobDialog').then((module) => module.CloseJobDialog));
export const ProposeDialog = lazyDialog(() => import('./ProposeDialog').then((module) => module.ProposeDialog));
export const BulkProposeDialog = lazyDialog(() => import('./BulkProposeDialog').then((module) => module.BulkProposeDialog));
export const BulkCloseDialog = lazyDialog(() => import('./BulkCloseDialog').then((module) => module.BulkCloseDialog));
