import type { PrismaClient } from '@shortlist/db/prisma';
import { createMatchIndex, MatchingInputError, type MatchFilters, type MatchIndex, type MatchResult } from '@shortlist/domain/matching';
import { skillTaxonomy } from '../skills/skill-taxonomy.ts';
import { createRankingLane } from './create-ranking-lane.ts';
import { candidateProfileSelect, toCandidateProfile, type CandidateProfileRow } from './to-candidate-profile.ts';
import { jobProfileSelect, toJobProfile, type JobProfileRow } from './to-job-profile.ts';

type AgencyIndex = {
  ready: Promise<MatchIndex>;
  /** Changes of this agency, applied one after another so a slower reload never overwrites a newer one. */
  changes: Promise<unknown>;
};

type Log = (line: string, error?: unknown) => void;

/**
 * Ranked suggestions per agency, from the domain's MatchIndex: candidates and open jobs of the agency, loaded on
 * first use and kept current by the mutations that change them (`jobChanged`, `candidateChanged` after commit).
 */
export class MatchService {
  private readonly agencies = new Map<string, AgencyIndex>();
  /** One ranking at a time, with the event loop served between two (issue 9: ranking must not stall other requests). */
  private readonly lane = createRankingLane();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly log: Log = (line, error) => console.error(line, error ?? ''),
  ) {}

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

  /** Call after a job's change is committed: it is re-read, and indexed while it is open. */
  jobChanged(agencyId: string, jobId: string): Promise<void> {
    return this.change(agencyId, async (index) => {
      const row = await this.prisma.job.findFirst({ where: { id: jobId, agencyId }, select: jobProfileSelect });
      index.removeJob(jobId);
      if (row?.status === 'OPEN') this.tryIndex(`job ${jobId}`, () => index.addJob(toJobProfile(row)));
    });
  }

  /** Call after a candidate's change is committed: the profile is re-read and re-indexed. */
  candidateChanged(agencyId: string, candidateId: string): Promise<void> {
    return this.change(agencyId, async (index) => {
      const row = await this.prisma.candidateProfile.findFirst({ where: { id: candidateId, agencyId }, select: candidateProfileSelect });
      const profile = row ? toCandidateProfile(row) : null;
      if (!profile) {
        index.removeCandidate(candidateId);
        return;
      }
      const isIndexed = this.tryIndex(`candidate ${candidateId}`, () => {
        try {
          index.updateCandidate(profile);
        } catch (error) {
          if (!(error instanceof MatchingInputError && error.code === 'UNKNOWN_ID')) throw error;
          index.addCandidate(profile);
        }
      });
      // Better no suggestion than one from the profile as it was before this change.
      if (!isIndexed) index.removeCandidate(candidateId);
    });
  }

  /** The agency's index with every change made so far applied, moved to the current time. */
  private async current(agencyId: string): Promise<MatchIndex> {
    const entry = this.entry(agencyId);
    const index = await entry.ready;
    await entry.changes;
    const now = new Date();
    // The index only moves forward; a clock step back of a few milliseconds is not worth a rebuild.
    try {
      index.setNow(now);
    } catch (error) {
      if (!(error instanceof MatchingInputError && error.code === 'TIME_MOVED_BACK')) throw error;
    }
    return index;
  }

  private entry(agencyId: string): AgencyIndex {
    let entry = this.agencies.get(agencyId);
    if (!entry) {
      const ready = this.build(agencyId);
      entry = { ready, changes: ready };
      this.agencies.set(agencyId, entry);
      // A failed build (say, the database was briefly away) is retried on the next use.
      ready.catch(() => this.agencies.delete(agencyId));
    }
    return entry;
  }

  private change(agencyId: string, apply: (index: MatchIndex) => Promise<void>): Promise<void> {
    const entry = this.agencies.get(agencyId);
    // Not built yet: the first query loads everything fresh from the database, this change included.
    if (!entry) return Promise.resolve();
    const next = entry.changes.then(async () => apply(await entry.ready));
    entry.changes = next.catch((error: unknown) => {
      this.log(`match index of agency ${agencyId}: a change could not be applied; rebuilding on next use`, error);
      if (this.agencies.get(agencyId) === entry) this.agencies.delete(agencyId);
    });
    return entry.changes.then(() => undefined);
  }

  private async build(agencyId: string): Promise<MatchIndex> {
    const now = new Date();
    const [candidates, jobs] = await Promise.all([
      this.prisma.candidateProfile.findMany({ where: { agencyId }, select: candidateProfileSelect }),
      this.prisma.job.findMany({ where: { agencyId, status: 'OPEN' }, select: jobProfileSelect }),
    ]);
    const index = createMatchIndex(skillTaxonomy, { now });
    for (const row of candidates) this.tryIndex(`candidate ${row.id}`, () => index.addCandidate(toCandidateProfile(row)));
    for (const row of jobs) this.tryIndex(`job ${row.id}`, () => index.addJob(toJobProfile(row)));
    return index;
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
}

const services = new WeakMap<PrismaClient, MatchService>();

/** One service per database client, so each server (and each test server) ranks over its own data. */
export function getMatchService(prisma: PrismaClient): MatchService {
  let service = services.get(prisma);
  if (!service) {
    service = new MatchService(prisma);
    services.set(prisma, service);
  }
  return service;
}
