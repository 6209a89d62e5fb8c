import { lazyDialog } from '../../ui/lazy-dialog';

// The endpoint pages' dialogs open on a click; their code (forms, event type lists) loads then (issue 13).
export const EditWebhookDialog = lazyDialog(() => import('./EditWebhookDialog').then((module) => module.EditWebhookDialog));
export const RotateSecretDialog = lazyDialog(() => import('./RotateSecretDialog').then((module) => module.RotateSecretDialog));
export const DeleteWebhookDialog = lazyDialog(() => import('./DeleteWebhookDialog').then((module) => module.DeleteWebhookDialog));
export const RegisterWebhookDialog = lazyDialog(() => import('./RegisterWebhookDialog').then((module) => module.RegisterWebhookDialog));
