/**
 * A one-time success message carried across an in-app navigation ("Proposal sent to Sam Okafor." shown on the
 * proposal page the dialog leads to). Module state is enough: navigation never reloads the page.
 */
let pending: string | null = null;

export function setFlashNotice(message: string) {
  pending = message;
}

/** The message waiting to be shown, once: a second call returns null. */
export function takeFlashNotice(): string | null {
  const message = pending;
  pending = null;
  return message;
}
