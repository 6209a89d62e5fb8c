import { createTransport } from 'nodemailer';
import type { SendMailOptions } from 'nodemailer';

/** Who e-mails come from: `SHORTLIST_MAIL_FROM`, e.g. `"Acme Staffing" <jobs@acme.example>`. */
export function mailFrom(env: NodeJS.ProcessEnv = process.env): string {
  return env.SHORTLIST_MAIL_FROM?.trim() || '"Shortlist" <no-reply@shortlist.local>';
}

/**
 * The longest one message can take over SMTP (connecting, greeting, every command waiting at most this long for an
 * answer); a claimed message is leased for longer than this (see claim-due-emails.ts).
 */
export const SMTP_TIMEOUT_MS = 15_000;

/** An SMTP answer that will not change on a retry (5xx: no such mailbox, refused): the message fails at once. */
export class PermanentMailError extends Error {}

export interface MailTransport {
  /** `smtp` with SMTP_URL, else `mailbox`: nothing leaves the machine and the outbox row keeps the message. */
  kind: 'smtp' | 'mailbox';
  /** Builds the message (RFC 822) and, over SMTP, sends it; resolves with the source exactly as sent. */
  send(mail: SendMailOptions): Promise<{ raw: string }>;
  close(): void;
}

/**
 * The e-mail transport of this process: SMTP (pooled connections) when `SMTP_URL` is set (smtp:// or smtps://, with
 * user and password in the URL if the server wants them), else the local mailbox. Either way the message is built
 * once by nodemailer's stream transport, so what the outbox keeps as `raw` is what the SMTP server received.
 */
export function createMailTransport(env: NodeJS.ProcessEnv = process.env): MailTransport {
  const composer = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const build = async (mail: SendMailOptions) => {
    const info = await composer.sendMail({ from: mailFrom(env), ...mail });
    return { raw: (info.message as Buffer).toString('utf8'), envelope: info.envelope };
  };
  const url = env.SMTP_URL?.trim();
  if (!url) {
    return { kind: 'mailbox', send: async (mail) => ({ raw: (await build(mail)).raw }), close: () => composer.close() };
  }
  if (!/^smtps?:\/\//i.test(url)) throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const smtp = createTransport({
    url,
    pool: true,
    maxConnections: 2,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    kind: 'smtp',
    async send(mail) {
      const { raw, envelope } = await build(mail);
      try {
        await smtp.sendMail({ envelope, raw });
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        const reason = describeMailError(error);
        throw code !== undefined && code >= 500 && code < 600 ? new PermanentMailError(reason) : new Error(reason);
      }
      return { raw };
    },
    close() {
      smtp.close();
      composer.close();
    },
  };
}

/** One line for the outbox's lastError and the log: the server's answer or the connection's failure, no stack. */
export function describeMailError(error: unknown): string {
  const { response, code, message } = (error ?? {}) as { response?: string; code?: string; message?: string };
  const text = response ?? message ?? String(error);
  return `${code ? `${code}: ` : ''}${text}`.replace(/\s+/g, ' ').trim().slice(0, 500);
}
