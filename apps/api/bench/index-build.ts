/**
 * `node --import tsx bench/index-build.ts` (from apps/api): the start-up build of the match index alone, in this
 * process, against the bench database of `npm run bench:api` (shortlist_bench, 100k candidates; BENCH_DATABASE_URL
 * for another). Prints what holds the event loop during a build, in figures that a busy machine moves much less
 * than it moves wall-clock times: the main thread's CPU time (from /proc), garbage-collection time and pauses, and
 * the event-loop delay while building (issue 10: /healthz must answer within 50 ms at p99 meanwhile).
 *
 *   BENCH index_build_<size> wall_ms= main_thread_cpu_ms= gc_ms= gc_max_ms= gc_over_10ms= loop_delay_p99_ms= loop_delay_max_ms=
 *
 * Linux only (reads /proc/self/task/<pid>/stat). Needs the database seeded by `npm run bench:api` first.
 */
import { openDatabase } from '@shortlist/db/open-database';
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { MatchService } from '../src/modules/matches/match-service.ts';

const databaseUrl = process.env.BENCH_DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/shortlist_bench';

/** CPU time of the main thread alone (user + system, ms): GC helper threads and libuv's pool are not in it. */
function mainThreadCpuMs(): number {
  const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime, fields 14 and 15 of stat, in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const db = await openDatabase({ databaseUrl });
try {
  const gc = { total: 0, max: 0, over10: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.total += entry.duration;
      gc.max = Math.max(gc.max, entry.duration);
      if (entry.duration > 10) gc.over10 += 1;
    }
  });
  const delay = monitorEventLoopDelay({ resolution: 2 });
  // Loading this module's imports is not the build: let it settle first.
  await sleep(200);
  observer.observe({ entryTypes: ['gc'] });
  const cpuBefore = mainThreadCpuMs();
  const started = performance.now();
  delay.enable();
  const service = new MatchService(db, { listens: false, log: (line) => console.error(line) });
  await service.start();
  delay.disable();
  const wallMs = performance.now() - started;
  const cpuMs = mainThreadCpuMs() - cpuBefore;
  observer.disconnect();
  const { candidates } = service.counts();
  await service.stop();
  const size = candidates % 1000 === 0 ? `${candidates / 1000}k` : String(candidates);
  const ms = (ns: number) => Math.round(ns / 1e5) / 10;
  console.log(
    `BENCH index_build_${size} wall_ms=${Math.round(wallMs)} main_thread_cpu_ms=${cpuMs} gc_ms=${Math.round(gc.total)} gc_max_ms=${Math.round(gc.max * 10) / 10} gc_over_10ms=${gc.over10} loop_delay_p99_ms=${ms(delay.percentile(99))} loop_delay_max_ms=${ms(delay.max)}`,
  );
} finally {
  await db.close();
}
