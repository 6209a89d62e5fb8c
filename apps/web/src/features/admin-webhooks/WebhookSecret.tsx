import type { ReactNode } from 'react';
import { SecretShownOnce } from '../../ui/SecretShownOnce';

/** A signing secret just made (at registration or rotation): the only moment it is shown. */
export type ShownSecret = { endpointId: string; endpointName: string; secret: string; key: number };

/**
 * The endpoint's signing secret, shown this once (as a new API key is): focused and selected, so Ctrl+C copies it
 * too; "Copy secret" puts it on the clipboard. `children` adds what else the admin must know (a rotation's overlap).
 */
export function WebhookSecret({ shown, heading, onDone, children }: { shown: ShownSecret; heading: string; onDone: () => void; children?: ReactNode }) {
  return (
    <SecretShownOnce
      heading={heading}
      warning="Paste it into the receiving system's settings now; if it gets lost, rotate the secret on the endpoint's page."
      label="Signing secret"
      noun="secret"
      secret={shown.secret}
      shownAt={shown.key}
      usage={
        <>
          The receiver checks each delivery's <code>webhook-signature</code> header with it, e.g.{' '}
          <code>new Webhook(secret).verify(body, headers)</code> from the <code>standardwebhooks</code> package.
        </>
      }
      onDone={onDone}
    >
      {children}
    </SecretShownOnce>
  );
}
