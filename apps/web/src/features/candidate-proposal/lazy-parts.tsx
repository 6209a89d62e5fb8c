import { lazyDialog, lazyPart } from '../../ui/lazy-dialog';

// The answers on a proposal load with their part of the page, not before it draws (issue 13): the forms to accept
// or decline (shown while the proposal waits for an answer), the ones opened by a button, and the cascade after an offer.
const loadingForm = (
  <p className="candidate-proposal__hint" role="status">
    Loading the form…
  </p>
);
export const AcceptProposalForm = lazyPart(() => import('./AcceptProposalForm').then((module) => module.AcceptProposalForm), loadingForm);
export const DeclineForm = lazyPart(() => import('./DeclineForm').then((module) => module.DeclineForm), loadingForm);
export const WithdrawForm = lazyDialog(() => import('./WithdrawForm').then((module) => module.WithdrawForm));
export const DeclineOfferForm = lazyDialog(() => import('./DeclineOfferForm').then((module) => module.DeclineOfferForm));
export const OfferCascade = lazyPart(() => import('./OfferCascade').then((module) => module.OfferCascade), null);
