/** What the mailbox is, said on both of its pages. */
export function DevToolNote() {
  return (
    <p className="page__lede">
      A development tool: with no mail server configured (no <code>SMTP_URL</code>), Shortlist keeps every e-mail here
      instead of sending it. Anyone signed in can read their agency's e-mails on this page.
    </p>
  );
}

/** The mailbox is off (production, or a real mail server is configured). */
export function DevMailboxOff({ reason }: { reason: string | null | undefined }) {
  return (
    <div className="notice">
      <p>
        <strong>The development mailbox is off.</strong> {reason}
      </p>
      <p>It shows e-mails only in development, when no mail server is configured.</p>
    </div>
  );
}
