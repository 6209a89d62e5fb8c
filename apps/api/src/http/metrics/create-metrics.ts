import type { Database } from '@shortlist/db/open-database';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AccessRecord } from '../logging/access-record.ts';
import { createOperationLabel } from './operation-label.ts';

export interface Metrics {
  /**
   * Served at /metrics. Other modules add their own gauges here (the index's lag behind the change log, the outbox
   * backlog), best as a `collect()` gauge that reads the value when Prometheus scrapes:
   * `new Gauge({ name: 'shortlist_index_lag_positions', help: '…', registers: [metrics.registry], collect() { this.set(lag()) } })`.
   */
  registry: Registry;
  /** Counts an answered request; observeRequests calls it for every request. */
  recordRequest(access: AccessRecord, status: number, seconds: number): void;
  /** A caller held back by a limit: the cost budget (429) or the sign-in throttle. */
  recordRefusal(limit: 'budget' | 'sign_in'): void;
}

/** Seconds; GraphQL answers range from a millisecond (`me`) to the request deadline (10 s). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Routes other than /graphql with a series of their own; the rest (the web app's files, unknown paths) are "other". */
const NAMED_ROUTES = new Set(['/healthz', '/readyz', '/metrics', '/schema.graphql', '/interviews/:file']);

function outcomeOf(access: AccessRecord, status: number) {
  if (status === 429) return 'refused';
  if (status >= 500 || access.errors.unexpected > 0 || access.errors.unavailable > 0) return 'server_error';
  if (status >= 400 || access.errors.expected > 0) return 'client_error';
  return 'ok';
}

/** The API's Prometheus metrics: requests, latencies, refusals, the database pool and Node's own process metrics. */
export function createMetrics(db: Pick<Database, 'pool'>, registry = new Registry()): Metrics {
  collectDefaultMetrics({ register: registry });
  const operationLabel = createOperationLabel();

  const graphqlRequests = new Counter({
    name: 'shortlist_graphql_requests_total',
    help: 'GraphQL requests answered, by operation name and outcome (ok, client_error, refused, server_error).',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [registry],
  });
  const graphqlDuration = new Histogram({
    name: 'shortlist_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to the end of its answer, by operation name.',
    labelNames: ['operation'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'shortlist_http_request_duration_seconds',
    help: 'Time to answer any HTTP request, by route and status class (2xx, 4xx, 5xx).',
    labelNames: ['route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'shortlist_rate_limit_refusals_total',
    help: 'Requests held back by a limit: budget (the per-caller cost bucket, 429) or sign_in (the sign-in throttle).',
    labelNames: ['limit'] as const,
    registers: [registry],
  });

  const { pool } = db;
  if (pool) {
    // Read at scrape time: a pool that is always full (waiting > 0) is the first sign the database is the bottleneck.
    new Gauge({
      name: 'shortlist_db_pool_connections',
      help: 'Connections in the PostgreSQL pool: open (total) and idle among them.',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
      },
    });
    new Gauge({
      name: 'shortlist_db_pool_waiting_clients',
      help: 'Queries waiting for a free connection in the PostgreSQL pool.',
      registers: [registry],
      collect() {
        this.set(pool.waitingCount);
      },
    });
  }

  return {
    registry,
    recordRequest(access, status, seconds) {
      const isGraphql = access.route === '/graphql';
      const route = isGraphql || NAMED_ROUTES.has(access.route) ? access.route : 'other';
      httpDuration.observe({ route, status: `${Math.floor(status / 100)}xx` }, seconds);
      if (!isGraphql || access.method === 'OPTIONS') return;
      const operation = operationLabel(access);
      graphqlRequests.inc({ operation, type: access.operationType ?? 'unknown', outcome: outcomeOf(access, status) });
      graphqlDuration.observe({ operation }, seconds);
      if (status === 429) refusals.inc({ limit: 'budget' });
    },
    recordRefusal(limit) {
      refusals.inc({ limit });
    },
  };
}
