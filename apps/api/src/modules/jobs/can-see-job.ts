import type { Prisma } from '@shortlist/db/prisma';
import type { Viewer } from '../../context.ts';

type JobAccess = { agencyId: string; clientCompanyId: string; status: string };

const isStaff = (viewer: Viewer | null): viewer is Extract<Viewer, { kind: 'user' }> =>
  viewer?.kind === 'user' && (viewer.role === 'RECRUITER' || viewer.role === 'ADMIN');

/** Staff of the agency: they create, edit and rank its jobs. */
export function canManageJobs(viewer: Viewer | null, agencyId: string): boolean {
  return isStaff(viewer) && viewer.agencyId === agencyId;
}

/** Staff of the agency, or a partner key with jobs:read for the agency (and the job's client, when limited). */
export function canReadJobDetails(viewer: Viewer | null, job: Omit<JobAccess, 'status'>): boolean {
  if (canManageJobs(viewer, job.agencyId)) return true;
  return (
    viewer?.kind === 'partner' &&
    viewer.scopes.includes('JOBS_READ') &&
    viewer.agencyId === job.agencyId &&
    (viewer.clientCompanyId === null || viewer.clientCompanyId === job.clientCompanyId)
  );
}

/**
 * The job's public fields: anyone for an open job (the job board); otherwise its agency's staff, a partner key of
 * its agency with jobs:read (or proposals:read, past draft; limited to its client when the key says so), or a candidate of the agency for a job past draft
 * (they may hold a proposal for it).
 */
export function canSeeJob(viewer: Viewer | null, job: JobAccess): boolean {
  if (job.status === 'OPEN') return true;
  if (!viewer || viewer.agencyId !== job.agencyId) return false;
  if (viewer.kind === 'partner') {
    // A partner key sees a job that is not open through jobs:read (as job(id) and jobs do), or, with proposals:read,
    // as the job of a proposal, which is never a draft. Without this, node(id) showed a draft job's title to a
    // key holding neither scope (found by the authorization matrix).
    const ofItsClient = viewer.clientCompanyId === null || viewer.clientCompanyId === job.clientCompanyId;
    const byScope = viewer.scopes.includes('JOBS_READ') || (viewer.scopes.includes('PROPOSALS_READ') && job.status !== 'DRAFT');
    return ofItsClient && byScope;
  }
  return viewer.role !== 'CANDIDATE' || job.status !== 'DRAFT';
}

/** The WHERE every staff or partner job list starts from; null when the viewer may not list jobs. */
export function listableJobsWhere(viewer: Viewer | null): Prisma.JobWhereInput | null {
  if (isStaff(viewer)) return { agencyId: viewer.agencyId };
  if (viewer?.kind === 'partner' && viewer.scopes.includes('JOBS_READ')) {
    return viewer.clientCompanyId ? { agencyId: viewer.agencyId, clientCompanyId: viewer.clientCompanyId } : { agencyId: viewer.agencyId };
  }
  return null;
}
