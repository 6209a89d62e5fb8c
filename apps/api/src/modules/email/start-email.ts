import { listenForChanges } from '@shortlist/db/change-log/listen-for-changes';
import type { Database } from '@shortlist/db/open-database';
import { clockFromEnv, type Clock } from '../common/clock.ts';
import { createLane } from '../common/create-lane.ts';
import { claimDueEmails } from './claim-due-emails.ts';
import { writeDueDigests } from './digest.ts';
import { createMailTransport, type MailTransport } from './mail-transport.ts';
import { planEmails } from './plan-emails.ts';
import { sendClaimedEmail, type SendOutcome } from './send-email.ts';

/** How often the planner, the digests and the sender look without a wake-up (a retry or a reminder coming due). */
export const DEFAULT_EMAIL_POLL_MS = 2000;

export interface EmailWorkers {
  /** The transport this process sends with (`smtp` with SMTP_URL, else the local mailbox). */
  transport: MailTransport;
  /** Runs a planning, digest and sending round now. */
  wake(): void;
  /** Stops listening and polling, waits for the rounds under way (a send takes at most a minute), closes the transport. */
  stop(): Promise<void>;
}

export interface StartEmailOptions {
  /** Defaults to SHORTLIST_EMAIL_POLL_MS, else 2 s. */
  pollMs?: number;
  /** Where `now` comes from for due times, leases, retries and digests; defaults to clockFromEnv(). */
  clock?: Clock;
  /** Defaults to createMailTransport() (SMTP_URL or the local mailbox). */
  transport?: MailTransport;
  log(line: string, error?: unknown): void;
}

/**
 * The e-mail workers of one API process, three lanes: the planner (a change-log consumer queuing calendar invites and
 * reminders, woken by LISTEN on shortlist_changes and a poll), the digests (held messages as one message a day at
 * 08:00 in the recipient's zone) and the sender (claims due outbox rows and sends them). Every process runs all three:
 * the planner's cursor lock lets one process plan at a time, claims with SKIP LOCKED plus a lease keep two processes
 * from sending one message, and dedupe keys keep a digest from being written twice.
 */
export function startEmail(db: Pick<Database, 'sql' | 'prisma' | 'pglite' | 'pool'>, options: StartEmailOptions): EmailWorkers {
  const pollMs = options.pollMs ?? (Number(process.env.SHORTLIST_EMAIL_POLL_MS) || DEFAULT_EMAIL_POLL_MS);
  const clock = options.clock ?? clockFromEnv();
  const transport = options.transport ?? createMailTransport();
  const failures = failureLog(options.log, transport.kind);
  if (transport.kind === 'mailbox' && process.env.NODE_ENV === 'production') {
    options.log('SMTP_URL is not set: e-mails are kept in the outbox (the local mailbox) and nobody receives them');
  }

  const deps = {
    prisma: db.prisma,
    sql: db.sql,
    transport,
    onRenderError: (error: unknown, messageId: string) => options.log(`rendering the e-mail ${messageId} failed; retrying on the schedule`, error),
  };
  const sender = createLane(
    async () => {
      const now = clock();
      const claimed = await claimDueEmails(db.sql, now);
      for (const message of claimed) failures.record(await sendClaimedEmail(deps, message, now));
      return claimed.length > 0;
    },
    (error) => options.log('e-mail sending failed; retrying at the next poll', error),
  );

  const planner = createLane(
    async () => {
      const result = await planEmails(db.sql, clock());
      if (result.entriesRead > 0) sender.run();
      return result.hasRun && result.entriesRead > 0;
    },
    (error) => options.log('e-mail planning failed; retrying at the next poll', error),
  );

  const digests = createLane(
    async () => {
      if ((await writeDueDigests(db.sql, clock())) > 0) sender.run();
      return false;
    },
    (error) => options.log('writing e-mail digests failed; retrying at the next poll', error),
  );

  const wake = () => {
    planner.run();
    digests.run();
    sender.run();
  };
  const listener = listenForChanges(db, {
    applicationName: 'shortlist-email',
    // A change commits with the notification e-mails of its transaction: send them now, and plan from the entry.
    onNotification: () => {
      planner.run();
      sender.run();
    },
    onListening: wake,
    onDisconnected: (error, retryInMs) =>
      options.log(`e-mail listener disconnected${retryInMs === null ? '' : `; reconnecting in ${retryInMs} ms`}`, error),
  });
  const poll = setInterval(wake, pollMs);
  poll.unref();
  wake();

  return {
    transport,
    wake,
    async stop() {
      clearInterval(poll);
      await listener.stop();
      await Promise.all([planner.stop(), digests.stop(), sender.stop()]);
      transport.close();
    },
  };
}

/**
 * One log line per failure, not per message: while the SMTP server keeps refusing for the same reason, the first
 * message's failure is logged and the others only counted; the next success logs how many failed meanwhile.
 */
function failureLog(log: StartEmailOptions['log'], kind: MailTransport['kind']) {
  let current: { error: string; count: number } | null = null;
  return {
    record(outcome: SendOutcome) {
      if (outcome.status === 'RETRY' || outcome.status === 'FAILED') {
        if (current?.error === outcome.error) {
          current.count += 1;
          return;
        }
        current = { error: outcome.error, count: 1 };
        log(`e-mail could not be sent (${kind}): ${outcome.error}; retrying on the schedule`);
      } else if (outcome.status === 'SENT' && current) {
        log(`e-mail sending works again (${current.count} failed attempt${current.count === 1 ? '' : 's'} with: ${current.error})`);
        current = null;
      }
    },
  };
}
