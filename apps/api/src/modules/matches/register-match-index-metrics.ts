import { readHeadPosition } from '@shortlist/db/change-log/read-head-position';
import type { Database } from '@shortlist/db/open-database';
import { Counter, Gauge, type Registry } from 'prom-client';
import { withinScrapeTimeout } from '../../http/metrics/within-scrape-timeout.ts';
import type { MatchService } from './match-service.ts';

/**
 * The match index's gauges on /metrics, read when Prometheus scrapes. The lag reads the log's head then, so it shows
 * how far this process is behind the other processes' writes even when no notification arrives.
 */
export function registerMatchIndexMetrics(registry: Registry, service: MatchService, db: Pick<Database, 'sql'>): void {
  new Gauge({
    name: 'shortlist_match_index_lag',
    help: "Change-log entries written but not yet applied to this process's match index (the log's head minus the index's position).",
    registers: [registry],
    async collect() {
      const head = await withinScrapeTimeout(readHeadPosition(db.sql));
      if (head !== null) this.set(Number(head - (service.position ?? 0n)));
    },
  });
  new Gauge({
    name: 'shortlist_match_index_ready',
    help: '1 once the match index is built and caught up with the change log (/readyz answers 200), else 0.',
    registers: [registry],
    collect() {
      this.set(service.status().status === 'ready' ? 1 : 0);
    },
  });
  new Gauge({
    name: 'shortlist_match_index_candidates',
    help: 'Candidates in the match indexes of all agencies.',
    registers: [registry],
    collect() {
      this.set(service.counts().candidates);
    },
  });
  new Gauge({
    name: 'shortlist_match_index_jobs',
    help: 'Open jobs in the match indexes of all agencies.',
    registers: [registry],
    collect() {
      this.set(service.counts().jobs);
    },
  });
  new Gauge({
    name: 'shortlist_match_index_build_seconds',
    help: 'Seconds the start-up build took, from the first read to caught up with the change log (0 until then).',
    registers: [registry],
    collect() {
      this.set(service.buildSeconds ?? 0);
    },
  });
  new Gauge({
    name: 'shortlist_match_index_restored_agencies',
    help: "Agencies whose index this process restored from a snapshot at start instead of reading their rows (see ARCHITECTURE.md, \"Index snapshots\").",
    registers: [registry],
    collect() {
      this.set(service.restoredFromSnapshots.size);
    },
  });
  new Counter({
    name: 'shortlist_match_index_snapshots_written_total',
    help: 'Index snapshots this process has written (one per agency when missing or when the change log moved far past it).',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(service.snapshotsWritten);
    },
  });
  new Counter({
    name: 'shortlist_match_index_syncs_total',
    help: 'Rounds of reading the change log that found new entries (after a notification, an own write, a reconnect or a safety look).',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(service.syncCount);
    },
  });
}
