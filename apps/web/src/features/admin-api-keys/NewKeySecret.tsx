import { SecretShownOnce } from '../../ui/SecretShownOnce';
import type { CreatedKey } from './CreateApiKeyDialog';

/** The new key's secret, shown this once: the API keeps only a fingerprint of it. */
export function NewKeySecret({ apiKey, onDone }: { apiKey: CreatedKey; onDone: () => void }) {
  return (
    <SecretShownOnce
      heading={<>Copy the key for “{apiKey.name}” now</>}
      warning="Shortlist keeps only a fingerprint of it. Paste it into the partner system's settings now; if it gets lost, revoke this key and create a new one."
      label="API key"
      noun="key"
      secret={apiKey.secret}
      shownAt={apiKey.id}
      usage={
        <>
          The system sends it with each request as <code>Authorization: Bearer &lt;key&gt;</code>.
        </>
      }
      onDone={onDone}
    />
  );
}
