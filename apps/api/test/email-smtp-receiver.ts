// A real SMTP server for e-mail tests (smtp-server): every message it accepts is parsed with mailparser and kept with
// its raw source; the test chooses temporary refusals (4xx) and a delay before each answer.
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedEmail {
  /** The Message-ID header, e.g. `<uuid@shortlist.local>`. */
  messageId: string;
  /** The envelope's recipients (RCPT TO). */
  to: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface SmtpReceiver {
  /** `smtp://127.0.0.1:<port>`: what SMTP_URL is set to. */
  url: string;
  /** Messages received in full, in order; a message whose answer never reached the sender (it died) is here too. */
  received: ReceivedEmail[];
  /** Messages refused with a temporary error (their Message-IDs). */
  refused: string[];
  /** The SMTP codes of the next answers to DATA, in turn (e.g. 451); 250 once the list is used up. */
  answers: number[];
  /** How long each answer to DATA waits (a slow server keeps a message in flight). */
  delayMs: number;
  /** Resolves once `count` messages arrived (polled, with a generous limit). */
  waitFor(count: number, limitMs?: number): Promise<ReceivedEmail[]>;
  close(): Promise<void>;
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const receiver: Omit<SmtpReceiver, 'url'> = {
    received: [],
    refused: [],
    answers: [],
    delayMs: 0,
    async waitFor(count, limitMs = 30_000) {
      const until = Date.now() + limitMs;
      while (receiver.received.length < count) {
        if (Date.now() > until) throw new Error(`expected ${count} e-mails, got ${receiver.received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return receiver.received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const parsed = await simpleParser(raw);
        const messageId = parsed.messageId ?? '';
        const code = receiver.answers.shift() ?? 250;
        if (code >= 400) {
          receiver.refused.push(messageId);
        } else {
          receiver.received.push({ messageId, to: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
        }
        setTimeout(() => {
          if (code >= 400) callback(Object.assign(new Error(`Try again later (test answer ${code})`), { responseCode: code }));
          else callback();
        }, receiver.delayMs);
      });
    },
  });
  server.on('error', () => {}); // a sender killed mid-message resets its connection
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(receiver, { url: `smtp://127.0.0.1:${port}` });
}

/** Polls `check` until it holds; throws with `what` after `limitMs`. */
export async function eventually(check: () => Promise<boolean> | boolean, what: string, limitMs = 30_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
