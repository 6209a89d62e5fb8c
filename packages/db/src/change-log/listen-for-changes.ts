import pg from 'pg';
import type { Database } from '../open-database.ts';
import { CHANGES_CHANNEL } from './append-changes.ts';

/** How a dedicated listening connection shows in `pg_stat_activity` unless the caller names it. */
export const DEFAULT_LISTENER_NAME = 'shortlist-change-listener';

const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 5000;

export interface ListenForChangesOptions {
  /** A notification arrived: the agency's ID (its payload). Only a wake-up: read the log from your cursor. */
  onNotification(agencyId: string): void;
  /**
   * Listening has (re)started. Notifications sent while the connection was down are lost for good, so read on from
   * your cursor now. Called after the first connection too.
   */
  onListening(): void;
  /** The listening connection failed or ended; it is opened again after `retryInMs` (null: not retried, PGlite). */
  onDisconnected?(error: unknown, retryInMs: number | null): void;
  /** PostgreSQL's `application_name` of the listening connection, so operators and tests can find it. */
  applicationName?: string;
}

export interface ChangeListener {
  /** Stops listening and closes the connection; no callback runs afterwards. */
  stop(): Promise<void>;
}

/**
 * Listens on the change log's channel. On PostgreSQL: a connection of its own (not one of the pool's, which a LISTEN
 * would hold forever), opened again with a backoff of 100 ms doubling up to 5 s whenever it fails or is terminated.
 * On PGlite: `pglite.listen`, which sees every commit of this process.
 */
export function listenForChanges(db: Pick<Database, 'pglite' | 'pool'>, options: ListenForChangesOptions): ChangeListener {
  if (db.pglite) {
    const pglite = db.pglite;
    let isStopped = false;
    const unsubscribe = pglite.listen(CHANGES_CHANNEL, (payload) => {
      if (!isStopped) options.onNotification(payload);
    });
    void unsubscribe.then(
      () => {
        if (!isStopped) options.onListening();
      },
      (error: unknown) => options.onDisconnected?.(error, null),
    );
    return {
      async stop() {
        isStopped = true;
        const stopListening = await unsubscribe.catch(() => null);
        await stopListening?.().catch(() => {});
      },
    };
  }
  if (!db.pool) throw new Error('listenForChanges needs a PGlite instance or a PostgreSQL pool.');
  return listenOnPostgres(db.pool.options, options);
}

function listenOnPostgres(poolOptions: pg.PoolConfig, options: ListenForChangesOptions): ChangeListener {
  // The pool's settings (address, credentials, keepalive), minus what only makes sense for a pool.
  const { max: _max, idleTimeoutMillis: _idle, ...config } = poolOptions;
  let client: pg.Client | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let retryInMs = FIRST_RETRY_MS;
  let isStopped = false;

  const connect = async () => {
    retryTimer = null;
    if (isStopped) return;
    const current = new pg.Client({ ...config, application_name: options.applicationName ?? DEFAULT_LISTENER_NAME });
    client = current;
    let hasFailed = false;
    const fail = (error: unknown) => {
      if (hasFailed || isStopped || client !== current) return;
      hasFailed = true;
      client = null;
      current.removeAllListeners('notification');
      current.end().catch(() => {});
      options.onDisconnected?.(error, retryInMs);
      retryTimer = setTimeout(() => void connect(), retryInMs);
      retryInMs = Math.min(retryInMs * 2, LAST_RETRY_MS);
    };
    // A terminated backend first reports an error, then ends; either one starts the retry, once.
    current.on('error', fail);
    current.on('end', () => fail(new Error('the listening connection ended')));
    current.on('notification', (message) => {
      if (!isStopped && message.channel === CHANGES_CHANNEL) options.onNotification(message.payload ?? '');
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      fail(error);
      return;
    }
    if (isStopped || client !== current) return;
    retryInMs = FIRST_RETRY_MS;
    options.onListening();
  };
  void connect();

  return {
    async stop() {
      isStopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = null;
      if (current) await current.end().catch(() => {});
    },
  };
}
