import { listenForChanges } from '@shortlist/db/change-log/listen-for-changes';
import type { Database } from '@shortlist/db/open-database';
import { createLane } from '../common/create-lane.ts';
import { claimDueDeliveries, recordScheduledAttempt, sendDelivery } from './deliver-due-webhooks.ts';
import { ensureWebhookConsumer, fanOutChanges } from './fan-out-changes.ts';

/** How often the fan-out and the sender look without a wake-up (a lost notification, a retry coming due). */
export const DEFAULT_WEBHOOK_POLL_MS = 2000;

export interface WebhookWorkers {
  /** Runs a fan-out round and a sending round now (after a retry was moved forward, a re-enabled endpoint). */
  wake(): void;
  /** Stops listening and polling, and waits for the rounds under way (an attempt takes at most 10 s). */
  stop(): Promise<void>;
}

export interface StartWebhooksOptions {
  pollMs?: number;
  log(line: string, error?: unknown): void;
}

/**
 * The webhook workers of one API process. The fan-out turns change-log entries into deliveries (woken by LISTEN on
 * shortlist_changes, a connection of its own, and by a poll); the sender posts due deliveries. Every process runs
 * both: the cursor's row lock lets one process fan out at a time, and claims with SKIP LOCKED plus a lease keep two
 * processes from sending the same attempt.
 */
export function startWebhooks(db: Pick<Database, 'sql' | 'pglite' | 'pool'>, options: StartWebhooksOptions): WebhookWorkers {
  const pollMs = options.pollMs ?? (Number(process.env.SHORTLIST_WEBHOOK_POLL_MS) || DEFAULT_WEBHOOK_POLL_MS);
  let hasConsumer = false;

  const sender = createLane(
    async () => {
      const claimed = await claimDueDeliveries(db.sql);
      await Promise.all(
        claimed.map(async (delivery) => {
          const outcome = await sendDelivery(delivery);
          const { disabledEndpoint } = await recordScheduledAttempt(db.sql, delivery, outcome);
          if (disabledEndpoint) options.log(`webhook endpoint ${disabledEndpoint.id} disabled after its retries ran out`);
        }),
      );
      return claimed.length > 0;
    },
    (error) => options.log('webhook sending failed; retrying at the next poll', error),
  );

  const fanOut = createLane(
    async () => {
      if (!hasConsumer) {
        await ensureWebhookConsumer(db.sql);
        hasConsumer = true;
      }
      const result = await fanOutChanges(db.sql);
      if (result.deliveriesCreated > 0) sender.run();
      return result.hasRun && result.entriesRead > 0;
    },
    (error) => options.log('webhook fan-out failed; retrying at the next poll', error),
  );

  const wake = () => {
    fanOut.run();
    sender.run();
  };
  const listener = listenForChanges(db, {
    applicationName: 'shortlist-webhooks',
    onNotification: () => fanOut.run(),
    onListening: wake,
    onDisconnected: (error, retryInMs) =>
      options.log(`webhook listener disconnected${retryInMs === null ? '' : `; reconnecting in ${retryInMs} ms`}`, error),
  });
  const poll = setInterval(wake, pollMs);
  poll.unref();
  wake();

  return {
    wake,
    async stop() {
      clearInterval(poll);
      await listener.stop();
      await Promise.all([fanOut.stop(), sender.stop()]);
    },
  };
}
