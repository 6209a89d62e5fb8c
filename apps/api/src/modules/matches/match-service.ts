import { listenForChanges, type ChangeListener } from '@shortlist/db/change-log/listen-for-changes';
import { readChanges } from '@shortlist/db/change-log/read-changes';
import { readHeadPosition } from '@shortlist/db/change-log/read-head-position';
import type { Database } from '@shortlist/db/open-database';
import type { PrismaClient } from '@shortlist/db/prisma';
import { CANDIDATE_SNAPSHOT_FORMAT, createMatchIndex, MatchingInputError, scoreMatch, type MatchFilters, type MatchIndex, type MatchResult } from '@shortlist/domain/matching';
import { setImmediate } from 'node:timers/promises';
import { skillTaxonomy } from '../skills/skill-taxonomy.ts';
import { createRankingLane } from './create-ranking-lane.ts';
import { readSnapshot, readSnapshotInfos, writeSnapshot } from './index-snapshots.ts';
import { decodeCandidateRow, readCandidateProfiles, readCandidateRows, type CandidateProfileOfAgency, type CandidateRow, type ProfileRows } from './read-candidate-profiles.ts';
import { readJobProfiles, type JobProfileOfAgency } from './read-job-profiles.ts';
import { toCandidateProfile, type CandidateProfileRow } from './to-candidate-profile.ts';
import { toJobProfile, type JobProfileRow } from './to-job-profile.ts';

type Log = (line: string, error?: unknown) => void;

export interface MatchServiceOptions {
  log?: Log;
  /** Rows per read while building (keyset pages); the event loop is served between two pieces of work. */
  pageSize?: number;
  /** How often to look for entries no notification announced (a notification is lost with its connection). */
  safetySyncMs?: number;
  /** Listen for the log's notifications (tests of the safety sync turn it off). */
  listens?: boolean;
  /** `application_name` of the listening connection on PostgreSQL. */
  listenerName?: string;
  /** When to restore and write index snapshots; snapshotPolicyFromEnv() by default. */
  snapshots?: SnapshotPolicy;
}

/** Index snapshots (index-snapshots.ts): restored at start instead of reading every profile, written after. */
export interface SnapshotPolicy {
  read: boolean;
  write: boolean;
  /** An agency with fewer candidates builds from its rows about as fast: no snapshot is written for it. */
  minCandidates: number;
  /**
   * An older snapshot is not restored: the agency is built from its rows, which also heals anything written to the
   * tables past the change log (a script, a restore), and a fresh snapshot is written.
   */
  maxAgeMs: number;
  /** A snapshot is written again once the log has moved this many positions past it (what a start reads on). */
  refreshEntries: number;
  /** How often a ready process looks whether a snapshot is due. */
  checkEveryMs: number;
}

/**
 * SHORTLIST_INDEX_SNAPSHOTS: `on` (default: restore, and write when due), `off` (neither: every start reads every
 * profile), `write` (build from the rows, then write: a fresh snapshot after a change made past the log).
 * SHORTLIST_INDEX_SNAPSHOT_MIN_CANDIDATES (default 10,000), SHORTLIST_INDEX_SNAPSHOT_MAX_AGE_HOURS (default 168).
 */
export function snapshotPolicyFromEnv(env: NodeJS.ProcessEnv = process.env): SnapshotPolicy {
  const mode = (env.SHORTLIST_INDEX_SNAPSHOTS ?? 'on').trim().toLowerCase();
  if (!['on', 'off', 'write'].includes(mode)) throw new Error(`SHORTLIST_INDEX_SNAPSHOTS must be on, off or write, not "${mode}"`);
  const number = (name: string, fallback: number) => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of at least 0, not "${text}"`);
    return value;
  };
  return {
    read: mode === 'on',
    write: mode !== 'off',
    minCandidates: number('SHORTLIST_INDEX_SNAPSHOT_MIN_CANDIDATES', 10_000),
    maxAgeMs: number('SHORTLIST_INDEX_SNAPSHOT_MAX_AGE_HOURS', 7 * 24) * 60 * 60 * 1000,
    refreshEntries: 5_000,
    checkEveryMs: 5 * 60 * 1000,
  };
}

/** What /readyz reports. Positions are strings: JSON has no 64-bit integers. */
export type MatchIndexStatus =
  | { status: 'starting'; phase: 'loading' | 'catching up' | 'waiting for the database'; candidates: number; jobs: number }
  | { status: 'ready'; index: { position: string; candidates: number; jobs: number; restoredAgencies: number } };

export const INDEX_FOLLOWER_NAME = 'shortlist-index-follower';

/**
 * Rows per page of the start-up load. Small pages keep few rows alive at once (two halves, each with a page read
 * ahead): at 100,000 candidates, 1,000-row pages built as fast as 5,000-row ones with ~80 MB less RSS and shorter
 * garbage-collection pauses, which is what holds other requests during a build.
 */
const PAGE_SIZE = 1000;
/** Entries read per round when following the log. */
const SYNC_BATCH = 1000;
/**
 * Longest stretch of indexing without letting other requests run. A /healthz answer waits for a few turns of the
 * event loop, each up to a slice: at 4 ms the build's event-loop delay was p99 18-20 ms against 25-28 ms at 8 ms
 * (100k, in-process, bench/index-build.ts), with no longer build; yielding costs microseconds.
 */
const SLICE_MS = 4;
/** The last UUID of the lower half of the key range. */
const LOWER_HALF_END = '7fffffff-ffff-ffff-ffff-ffffffffffff';
const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 5000;

type AgencyIndex = {
  built: Promise<MatchIndex>;
  /** Set once built: what the metrics and /readyz count. */
  index?: MatchIndex;
};

class Stopped extends Error {
  override name = 'Stopped';
}

/**
 * Ranked suggestions per agency, from the domain's MatchIndex, on every API process alike.
 *
 * At start every agency's index is built from a lean SQL read of the tables (candidates, open jobs), after reading
 * the change log's head; then the log is followed from that head: each entry about a candidate or job re-reads that
 * row and updates the index, so changes made through any process reach this one. Woken by LISTEN/NOTIFY, with a
 * safety look every few seconds and a catch-up after every reconnect, since a notification can be lost but an entry
 * cannot. A mutation of this process awaits `changesCommitted()` after its commit, so its answer and everything after
 * it rank with the change. See ARCHITECTURE.md, "The change log".
 */
export class MatchService {
  private readonly agencies = new Map<string, AgencyIndex>();
  /** One ranking at a time, with the event loop served between two (issue 9: ranking must not stall other requests). */
  private readonly lane = createRankingLane();
  private readonly log: Log;
  private readonly pageSize: number;

  /** The last log position applied to every index; null until the first build is done. */
  private cursor: bigint | null = null;
  private isReady = false;
  private phase: 'loading' | 'catching up' | 'waiting for the database' = 'loading';
  private loaded = { candidates: 0, jobs: 0 };
  /** The start, from its first attempt until ready; requests before it wait for the attempt under way. */
  private starting: Promise<void> | null = null;
  private attempt: Promise<void> | null = null;
  private syncing: Promise<void> | null = null;
  private syncQueued: Promise<void> | null = null;
  private listener: ChangeListener | null = null;
  private safetyTimer: NodeJS.Timeout | null = null;
  private readonly waits = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  private isStopped = false;
  /** When the loads last let other work run, and the turn they wait for (see serveEventLoop). */
  private servedAt = performance.now();
  private served: Promise<void> | null = null;
  private readonly snapshots: SnapshotPolicy;
  /** Each agency's newest snapshot this process knows of (restored, written, or seen written by another). */
  private readonly snapshotsKnown = new Map<string, bigint>();
  private snapshotTimer: NodeJS.Timeout | null = null;
  private snapshotting: Promise<void> | null = null;
  /**
   * Built from the rows to replace the snapshots (SHORTLIST_INDEX_SNAPSHOTS=write): the first round writes every
   * large agency's, also over one at the same position, since the rows may hold what that one lacks.
   */
  private isReplacingSnapshots: boolean;

  /** True while the listening connection is up, so a commit elsewhere wakes this process at once. */
  isListening = false;
  /** Seconds from the start to ready, once ready. */
  buildSeconds: number | null = null;
  /** Agencies restored from a snapshot at the start, with the position each was taken at. */
  readonly restoredFromSnapshots = new Map<string, bigint>();
  /** Snapshots this process has written. */
  snapshotsWritten = 0;
  /** Rounds of reading the log that found it moved (a notification, an own write, a safety look or a reconnect). */
  syncCount = 0;

  constructor(
    private readonly db: Pick<Database, 'sql' | 'pglite' | 'pool'>,
    private readonly options: MatchServiceOptions = {},
  ) {
    this.log = options.log ?? ((line, error) => console.error(line, error ?? ''));
    this.pageSize = options.pageSize ?? PAGE_SIZE;
    this.snapshots = options.snapshots ?? snapshotPolicyFromEnv();
    this.isReplacingSnapshots = this.snapshots.write && !this.snapshots.read;
  }

  /**
   * Builds every agency's index, catches up with the log, then follows it. Resolves when ready; a failed attempt
   * (the database away) is retried with a backoff until it succeeds or the service stops.
   */
  start(): Promise<void> {
    this.starting ??= this.startOnce();
    return this.starting;
  }

  /** Stops following the log and ends any build under way; the database can be closed afterwards. */
  async stop(): Promise<void> {
    this.isStopped = true;
    if (this.safetyTimer) clearInterval(this.safetyTimer);
    if (this.snapshotTimer) clearInterval(this.snapshotTimer);
    for (const wait of this.waits) {
      clearTimeout(wait.timer);
      wait.resolve();
    }
    await this.listener?.stop();
    await Promise.allSettled([this.starting, this.syncing, this.syncQueued, this.snapshotting, ...[...this.agencies.values()].map((a) => a.built)]);
  }

  status(): MatchIndexStatus {
    if (!this.isReady) return { status: 'starting', phase: this.phase, ...this.loaded };
    return { status: 'ready', index: { position: String(this.cursor), ...this.counts(), restoredAgencies: this.restoredFromSnapshots.size } };
  }

  /** The last position applied, or null before the first build is done. */
  get position(): bigint | null {
    return this.cursor;
  }

  /** Candidates and open jobs in the built indexes of all agencies. */
  counts(): { candidates: number; jobs: number } {
    let candidates = 0;
    let jobs = 0;
    for (const { index } of this.agencies.values()) {
      candidates += index?.candidateCount ?? 0;
      jobs += index?.jobCount ?? 0;
    }
    return { candidates, jobs };
  }

  /** The k best candidates of the job's agency for this job, in the domain's ranking order. */
  async topCandidatesForJob(job: JobProfileRow, k: number, filters: MatchFilters = {}): Promise<MatchResult[]> {
    const index = await this.current(job.agencyId);
    // Ranked against the job as stored now, so a draft or closed job (not in the index) can be ranked too.
    const profile = toJobProfile(job);
    return this.lane.run(() => index.topCandidatesForJob(profile, { k, filters }));
  }

  /** The k best open jobs of the candidate's agency for this candidate. */
  async topJobsForCandidate(candidate: CandidateProfileRow, k: number, filters: MatchFilters = {}): Promise<MatchResult[]> {
    const index = await this.current(candidate.agencyId);
    const profile = toCandidateProfile(candidate);
    return this.lane.run(() => index.topJobsForCandidate(profile, { k, filters }));
  }

  /** One pair, scored as the index ranks it (scoreMatch at the index's time, which is now). */
  async matchOf(job: JobProfileRow, candidate: CandidateProfileRow): Promise<MatchResult> {
    await this.current(job.agencyId);
    return scoreMatch(toCandidateProfile(candidate), toJobProfile(job), skillTaxonomy, { now: new Date() });
  }

  /**
   * Call after a mutation's transaction (with its change-log entries) has committed: resolves once the log has been
   * read past it, so the answer and every later request of this process rank with the change. Never fails the
   * mutation, which has committed: a failed read is logged and the next wake-up reads again.
   */
  async changesCommitted(): Promise<void> {
    try {
      await this.sync();
    } catch (error) {
      this.log('match index: could not read the change log after a commit; retrying at the next wake-up', error);
    }
  }

  /**
   * Reads the log from the cursor and applies it. One round at a time; asked for while one runs, exactly one more
   * runs after it (it will see whatever committed before it was asked for), however often it was asked.
   */
  sync(): Promise<void> {
    if (!this.syncing) {
      this.syncing = this.syncRound().finally(() => {
        this.syncing = null;
      });
      return this.syncing;
    }
    this.syncQueued ??= this.syncing
      .catch(() => {})
      .then(() => {
        this.syncQueued = null;
        return this.sync();
      });
    return this.syncQueued;
  }

  /**
   * Runs `work` while no sync round runs: waits for the one running, and one asked for meanwhile runs after `work`
   * (as it would after a round). Rankings go on; the index just does not change. A snapshot of a million candidates
   * is taken this way in ~1 s of slices instead of one ~1 s block of the event loop.
   */
  private async withSyncPaused<T>(work: () => Promise<T>): Promise<T> {
    while (this.syncing) await this.syncing.catch(() => {});
    const running = work();
    this.syncing = running.then(
      () => {},
      () => {},
    ).finally(() => {
      this.syncing = null;
    });
    return running;
  }

  /** The agency's index, moved to the current time; waits for the start (or the agency's own build). */
  private async current(agencyId: string): Promise<MatchIndex> {
    while (!this.isReady) {
      void this.start();
      if (this.isStopped) throw new Stopped('the match index has stopped');
      // The attempt under way: its failure (the database away) fails this request instead of holding it.
      await this.attempt;
    }
    const index = await this.agencyIndex(agencyId);
    // The index only moves forward; a clock step back of a few milliseconds is not worth a rebuild.
    try {
      index.setNow(new Date());
    } catch (error) {
      if (!(error instanceof MatchingInputError && error.code === 'TIME_MOVED_BACK')) throw error;
    }
    return index;
  }

  private async startOnce(): Promise<void> {
    const started = performance.now();
    for (let retryInMs = FIRST_RETRY_MS; ; retryInMs = Math.min(retryInMs * 2, LAST_RETRY_MS)) {
      if (this.isStopped) return;
      this.attempt = this.buildAll();
      try {
        await this.attempt;
        break;
      } catch (error) {
        if (this.isStopped) return;
        this.phase = 'waiting for the database';
        this.log(`match index: the build failed; trying again in ${retryInMs} ms`, error);
        await this.wait(retryInMs);
      }
    }
    this.buildSeconds = (performance.now() - started) / 1000;
    this.isReady = true;
    this.follow();
    if (this.snapshots.write) {
      void this.writeDueSnapshots();
      this.snapshotTimer = setInterval(() => void this.writeDueSnapshots(), this.snapshots.checkEveryMs);
      this.snapshotTimer.unref();
    }
  }

  /**
   * Writes the snapshot of every agency whose last one is missing or lags the log by refreshEntries or more. One round
   * at a time; never fails (a failed write is logged and tried again at the next check).
   */
  writeDueSnapshots(): Promise<void> {
    this.snapshotting ??= this.writeSnapshotsOnce()
      .catch((error: unknown) => this.log('match index: could not write a snapshot; trying again later', error))
      .finally(() => {
        this.snapshotting = null;
      });
    return this.snapshotting;
  }

  private async writeSnapshotsOnce(): Promise<void> {
    if (this.isStopped || this.cursor === null) return;
    // What is there now: another process may have written one, an erasure deleted one.
    this.snapshotsKnown.clear();
    for (const info of await readSnapshotInfos(this.db.sql)) {
      if (info.format === CANDIDATE_SNAPSHOT_FORMAT) this.snapshotsKnown.set(info.agencyId, info.position);
    }
    // Up to date with the log first, so a snapshot is as recent as it can be.
    await this.sync();
    for (const [agencyId, entry] of this.agencies) {
      const index = entry.index;
      if (this.isStopped || this.cursor === null) return;
      if (!index || index.candidateCount < this.snapshots.minCandidates) continue;
      const known = this.snapshotsKnown.get(agencyId);
      // One past the cursor (read after the list, so past the log's head) was not taken from this log: replaced.
      const isDue = known === undefined || known > this.cursor || this.cursor - known >= BigInt(this.snapshots.refreshEntries);
      if (!isDue && !this.isReplacingSnapshots) continue;
      // Taken with no sync round in between: the index holds every change up to the cursor (a sync round moves the
      // cursor only after applying), so reading the log on from here after a restore misses nothing.
      const taken = await this.withSyncPaused(async () => {
        const position = this.cursor!;
        const steps = index.snapshotCandidatesInSteps();
        for (let step = steps.next(); ; step = steps.next()) {
          if (step.done) return { position, bytes: step.value };
          if (this.isStopped) return null;
          if (performance.now() - this.servedAt > SLICE_MS) await this.serveEventLoop();
        }
      });
      if (!taken) return;
      const { position, bytes } = taken;
      const snapshot = { agencyId, position, format: CANDIDATE_SNAPSHOT_FORMAT, candidates: index.candidateCount, bytes };
      if (await writeSnapshot(this.db.sql, snapshot, { replaceSamePosition: this.isReplacingSnapshots })) {
        this.snapshotsKnown.set(agencyId, position);
        this.snapshotsWritten += 1;
      }
    }
    this.isReplacingSnapshots = false;
  }

  /** Every agency's index from the tables, then the log from the head read before them. */
  private async buildAll(): Promise<void> {
    this.phase = 'loading';
    this.loaded = { candidates: 0, jobs: 0 };
    const head = await readHeadPosition(this.db.sql);
    const now = new Date();
    const indexes = new Map<string, MatchIndex>();
    const indexOf = (agencyId: string) => {
      let index = indexes.get(agencyId);
      if (!index) indexes.set(agencyId, (index = createMatchIndex(skillTaxonomy, { now })));
      return index;
    };
    // Agencies with a snapshot are restored from it, and the log is read on from the oldest snapshot's position.
    const restored = await this.restoreSnapshots(head, now, indexes);
    let from = head;
    for (const position of restored.values()) if (position < from) from = position;
    if (restored.size === 0) {
      // On PostgreSQL the two halves of the key range are read side by side: the database is what the load waits
      // for, and a second connection puts its second core to work.
      const halves = this.db.pglite ? [{}] : [{ upTo: LOWER_HALF_END }, { after: LOWER_HALF_END }];
      await Promise.all(
        halves.map((half) =>
          this.load(readCandidateRows, idOfRow, half, (row) => this.addCandidate(row, indexOf), 'candidates'),
        ),
      );
    } else {
      const agencies = await this.db.sql.query<{ id: string }>(
        `SELECT a."id"::text AS "id" FROM "Agency" a WHERE EXISTS (SELECT 1 FROM "CandidateProfile" c WHERE c."agencyId" = a."id") ORDER BY a."id"`,
      );
      for (const { id } of agencies) {
        if (!restored.has(id)) await this.load(readCandidateRows, idOfRow, { agencyId: id }, (row) => this.addCandidate(row, indexOf), 'candidates');
      }
    }
    await this.load(readJobProfiles, idOfProfile, {}, (row) => this.tryIndex(`job ${row.profile.id}`, () => indexOf(row.agencyId).addJob(row.profile)), 'jobs');
    this.agencies.clear();
    for (const [agencyId, index] of indexes) this.agencies.set(agencyId, { built: Promise.resolve(index), index });
    this.cursor = from;
    this.phase = 'catching up';
    await this.sync();
  }

  /**
   * Restores the agencies' snapshots that can be (this format, not older than maxAgeMs, not past the log's head) into
   * `indexes`, serving the event loop as it goes. Returns the position each restored agency's log reading starts at.
   * A snapshot the domain refuses is logged and its agency built from its rows.
   */
  private async restoreSnapshots(head: bigint, now: Date, indexes: Map<string, MatchIndex>): Promise<Map<string, bigint>> {
    const restored = new Map<string, bigint>();
    if (!this.snapshots.read) return restored;
    const usable = (info: { format: number; position: bigint; takenAt: Date }) =>
      info.format === CANDIDATE_SNAPSHOT_FORMAT && info.position <= head && now.getTime() - info.takenAt.getTime() <= this.snapshots.maxAgeMs;
    for (const listed of await readSnapshotInfos(this.db.sql)) {
      if (!usable(listed)) continue;
      const snapshot = await readSnapshot(this.db.sql, listed.agencyId);
      if (this.isStopped) throw new Stopped('the match index has stopped');
      if (!snapshot || !usable(snapshot.info)) continue;
      const index = createMatchIndex(skillTaxonomy, { now });
      try {
        for (const _ of index.restoreCandidates(snapshot.bytes)) {
          if (performance.now() - this.servedAt > SLICE_MS) await this.serveEventLoop();
        }
      } catch (error) {
        if (!(error instanceof MatchingInputError)) throw error;
        this.log(`match index of agency ${listed.agencyId}: its snapshot could not be restored (${error.message}); building it from its rows`);
        continue;
      }
      indexes.set(listed.agencyId, index);
      restored.set(listed.agencyId, snapshot.info.position);
      this.restoredFromSnapshots.set(listed.agencyId, snapshot.info.position);
      this.snapshotsKnown.set(listed.agencyId, snapshot.info.position);
      this.loaded.candidates += index.candidateCount;
      await this.serveEventLoop();
    }
    return restored;
  }

  /**
   * Reads keyset pages and indexes them, reading the next page while this one is indexed, and yielding to the event
   * loop every few milliseconds so /healthz and other requests are answered during a build of seconds.
   */
  private async load<Row>(
    read: (sql: Database['sql'], rows: ProfileRows) => Promise<Row[]>,
    idOf: (row: Row) => string,
    scope: { agencyId?: string; after?: string; upTo?: string },
    add: (row: Row) => void,
    counter?: 'candidates' | 'jobs',
  ): Promise<void> {
    const { after: start = null, ...rest } = scope;
    const page = (after: string | null) => {
      const rows = read(this.db.sql, { page: { after, limit: this.pageSize, ...rest } });
      // Read ahead: if indexing this page fails, nobody awaits the next one, whose failure must not go unhandled.
      rows.catch(() => {});
      return rows;
    };
    let next = page(start);
    for (;;) {
      const rows = await next;
      if (this.isStopped) throw new Stopped('the match index has stopped');
      const last = rows.at(-1);
      if (rows.length === this.pageSize && last) next = page(idOf(last));
      for (const row of rows) {
        add(row);
        if (performance.now() - this.servedAt > SLICE_MS) await this.serveEventLoop();
      }
      if (counter) this.loaded[counter] += rows.length;
      if (rows.length < this.pageSize) return;
      await this.serveEventLoop();
    }
  }

  /**
   * Lets other requests run. The loads under way (two halves side by side) share one slice per turn of the event
   * loop: each with a slice of its own held the loop for SLICE_MS per load, twice as long as meant, at every turn.
   * Those waiting resume together in the next turn; the first takes the slice and the others find it used up.
   */
  private serveEventLoop(): Promise<void> {
    this.served ??= setImmediate().then(() => {
      this.served = null;
      this.servedAt = performance.now();
    });
    return this.served;
  }

  /** A read candidate, decoded right before it is indexed (so that a page waiting its turn stays compact). */
  private addCandidate(row: CandidateRow, indexOf: (agencyId: string) => MatchIndex): void {
    const { agencyId, profile } = decodeCandidateRow(row);
    this.tryIndex(`candidate ${row.id}`, () => indexOf(agencyId).addCandidate(profile));
  }

  /** One agency's index, built from its rows when it has none (an agency created after the start). */
  private agencyIndex(agencyId: string): Promise<MatchIndex> {
    const existing = this.agencies.get(agencyId);
    if (existing) return existing.built;
    const entry: AgencyIndex = { built: this.buildAgency(agencyId) };
    entry.built.then(
      (index) => (entry.index = index),
      (error: unknown) => {
        // Tried again on the next use or change.
        if (this.agencies.get(agencyId) === entry) this.agencies.delete(agencyId);
        if (!(error instanceof Stopped)) this.log(`match index of agency ${agencyId}: the build failed`, error);
      },
    );
    this.agencies.set(agencyId, entry);
    return entry.built;
  }

  private async buildAgency(agencyId: string): Promise<MatchIndex> {
    const index = createMatchIndex(skillTaxonomy, { now: new Date() });
    await this.load(readCandidateRows, idOfRow, { agencyId }, (row) => this.addCandidate(row, () => index));
    await this.load(readJobProfiles, idOfProfile, { agencyId }, (row) => this.tryIndex(`job ${row.profile.id}`, () => index.addJob(row.profile)));
    return index;
  }

  /** Wake-ups: the log's notifications, a catch-up after each (re)connection, and a safety look every few seconds. */
  private follow(): void {
    if (this.isStopped) return;
    const wake = () => void this.changesCommitted();
    if (this.options.listens !== false) {
      this.listener = listenForChanges(this.db, {
        applicationName: this.options.listenerName ?? INDEX_FOLLOWER_NAME,
        onNotification: wake,
        onListening: () => {
          this.isListening = true;
          wake();
        },
        onDisconnected: (error, retryInMs) => {
          this.isListening = false;
          this.log(`match index: the change log's listening connection failed${retryInMs === null ? '' : `; reconnecting in ${retryInMs} ms`}`, error);
        },
      });
    }
    this.safetyTimer = setInterval(() => void this.lookForMissedChanges(), this.options.safetySyncMs ?? 3000);
    this.safetyTimer.unref();
  }

  /** A cheap look (`position > cursor LIMIT 1`) for entries whose notification never came; reads them if any. */
  private async lookForMissedChanges(): Promise<void> {
    if (this.cursor === null || this.syncing || this.isStopped) return;
    try {
      if ((await readChanges(this.db.sql, this.cursor, 1)).length > 0) await this.sync();
    } catch (error) {
      this.log('match index: could not look for missed changes', error);
    }
  }

  private async syncRound(): Promise<void> {
    if (this.cursor === null || this.isStopped) return;
    let hasCounted = false;
    for (;;) {
      const entries = await readChanges(this.db.sql, this.cursor, SYNC_BATCH);
      const last = entries.at(-1);
      if (!last) return;
      if (!hasCounted) {
        this.syncCount += 1;
        hasCounted = true;
      }
      const candidates = new Map<string, Set<string>>();
      const jobs = new Map<string, Set<string>>();
      for (const entry of entries) {
        const ids = entry.entity === 'CANDIDATE' ? candidates : entry.entity === 'JOB' ? jobs : null;
        if (!ids) continue; // proposals and interviews do not change what the engine ranks
        let ofAgency = ids.get(entry.agencyId);
        if (!ofAgency) ids.set(entry.agencyId, (ofAgency = new Set()));
        ofAgency.add(entry.entityId);
      }
      await this.apply(candidates, jobs);
      if (this.isStopped) return;
      this.cursor = last.position;
      if (entries.length < SYNC_BATCH) return;
      await setImmediate();
    }
  }

  /** Re-reads the changed rows and puts them in (or takes them out of) their agency's index. */
  private async apply(candidatesByAgency: Map<string, Set<string>>, jobsByAgency: Map<string, Set<string>>): Promise<void> {
    const agencyIds = new Set([...candidatesByAgency.keys(), ...jobsByAgency.keys()]);
    const indexes = new Map<string, MatchIndex>();
    const rebuilt = new Set<string>();
    for (const agencyId of agencyIds) {
      // An agency without an index gets one now, read after these changes committed: nothing more to apply.
      if (!this.agencies.has(agencyId)) rebuilt.add(agencyId);
      indexes.set(agencyId, await this.agencyIndex(agencyId));
    }
    const changed = (byAgency: Map<string, Set<string>>) =>
      [...byAgency].filter(([agencyId]) => !rebuilt.has(agencyId)).flatMap(([, ids]) => [...ids]);
    const [candidateRows, jobRows] = await Promise.all([
      readCandidateProfiles(this.db.sql, { ids: changed(candidatesByAgency) }),
      readJobProfiles(this.db.sql, { ids: changed(jobsByAgency) }),
    ]);
    const candidateById = new Map<string, CandidateProfileOfAgency>(candidateRows.map((row) => [row.profile.id, row]));
    const jobById = new Map<string, JobProfileOfAgency>(jobRows.map((row) => [row.profile.id, row]));
    for (const [agencyId, index] of indexes) {
      if (rebuilt.has(agencyId)) continue;
      try {
        for (const id of candidatesByAgency.get(agencyId) ?? []) this.applyCandidate(index, id, candidateById.get(id), agencyId);
        for (const id of jobsByAgency.get(agencyId) ?? []) this.applyJob(index, id, jobById.get(id), agencyId);
      } catch (error) {
        // The engine failed in a way it should not: this index can no longer be trusted; built afresh on next use.
        this.agencies.delete(agencyId);
        this.log(`match index of agency ${agencyId}: a change could not be applied; rebuilding on next use`, error);
      }
    }
  }

  private applyCandidate(index: MatchIndex, id: string, row: CandidateProfileOfAgency | undefined, agencyId: string): void {
    // A vanished row, or one of another agency (never expected), is out of this index.
    if (!row || row.agencyId !== agencyId) {
      index.removeCandidate(id);
      return;
    }
    const isIndexed = this.tryIndex(`candidate ${id}`, () => {
      try {
        index.updateCandidate(row.profile);
      } catch (error) {
        if (!(error instanceof MatchingInputError && error.code === 'UNKNOWN_ID')) throw error;
        index.addCandidate(row.profile);
      }
    });
    // Better no suggestion than one from the profile as it was before this change.
    if (!isIndexed) index.removeCandidate(id);
  }

  private applyJob(index: MatchIndex, id: string, row: JobProfileOfAgency | undefined, agencyId: string): void {
    index.removeJob(id);
    // Draft, on hold, closed or filled: not suggested to anyone.
    if (row && row.agencyId === agencyId && row.status === 'OPEN') this.tryIndex(`job ${id}`, () => index.addJob(row.profile));
  }

  /** A profile the engine refuses (bad data that predates validation) is left out and logged, not fatal. */
  private tryIndex(what: string, add: () => void): boolean {
    try {
      add();
      return true;
    } catch (error) {
      if (!(error instanceof MatchingInputError)) throw error;
      this.log(`match index: ${what} left out: ${error.message}`);
      return false;
    }
  }

  /** A timer that stop() ends early. */
  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wait = {
        resolve,
        timer: setTimeout(() => {
          this.waits.delete(wait);
          resolve();
        }, ms),
      };
      this.waits.add(wait);
    });
  }
}

const idOfRow = (row: CandidateRow) => row.id;
const idOfProfile = (row: { profile: { id: string } }) => row.profile.id;

const services = new WeakMap<PrismaClient, { service: MatchService; users: number }>();

/**
 * The match service of a database, shared by every server on it in this process (tests start several servers on
 * one database); it starts with the first server and stops with the last. Call the returned `release` on close.
 */
export function useMatchService(db: Pick<Database, 'prisma' | 'sql' | 'pglite' | 'pool'>, options: MatchServiceOptions = {}) {
  let shared = services.get(db.prisma);
  if (!shared) {
    shared = { service: new MatchService(db, options), users: 0 };
    services.set(db.prisma, shared);
    void shared.service.start();
  }
  shared.users += 1;
  const { service } = shared;
  let isReleased = false;
  return {
    service,
    async release() {
      if (isReleased) return;
      isReleased = true;
      const current = services.get(db.prisma);
      if (!current || current.service !== service || --current.users > 0) return;
      services.delete(db.prisma);
      await service.stop();
    },
  };
}

/** The match service of the server answering this request (the resolvers know their database client only). */
export function getMatchService(prisma: PrismaClient): MatchService {
  const shared = services.get(prisma);
  if (!shared) throw new Error('No match service for this database: createServer starts one (useMatchService).');
  return shared.service;
}
