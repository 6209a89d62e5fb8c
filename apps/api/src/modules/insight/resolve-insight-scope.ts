import type { Context } from '../../context.ts';
import { idFromGlobalId } from '../common/global-id.ts';
import { NotAllowedError, ValidationError, type FieldErrorShape } from '../errors/errors.ts';
import { MAX_INSIGHT_RANGE_DAYS, type InsightFilterInput, type InsightScope } from './insight-scope.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Checks the filter against the caller and turns it into the scope the statements count over: the range in order
 * and at most two years long; the recruiter, client and job each of the caller's agency (another agency's ID, or an
 * ID of another type, is a per-field error, never numbers). A client-limited key counts its own client only,
 * whatever the filter names.
 */
export async function resolveInsightScope(ctx: Context, filter: InsightFilterInput, now: Date): Promise<InsightScope> {
  const viewer = ctx.viewer;
  const isStaff = viewer?.kind === 'user' && (viewer.role === 'RECRUITER' || viewer.role === 'ADMIN');
  const isInsightKey = viewer?.kind === 'partner' && viewer.scopes.includes('INSIGHT_READ');
  if (!viewer || !(isStaff || isInsightKey)) throw new NotAllowedError();
  const keyClientId = viewer.kind === 'partner' ? viewer.clientCompanyId : null;

  const issues: FieldErrorShape[] = [];
  const { from, to } = filter;
  if (Number.isNaN(from.getTime())) issues.push({ field: 'from', message: 'Enter the first day of the range.' });
  if (Number.isNaN(to.getTime())) issues.push({ field: 'to', message: 'Enter the last day of the range.' });
  if (issues.length === 0 && from.getTime() > to.getTime()) {
    issues.push({ field: 'to', message: 'The end of the range is before its start: pick an end on or after the start.' });
  } else if (issues.length === 0 && to.getTime() - from.getTime() > MAX_INSIGHT_RANGE_DAYS * DAY_MS) {
    issues.push({ field: 'from', message: 'A range covers at most 2 years: pick a later start or an earlier end.' });
  }

  const recruiterId = filter.recruiterId ? idFromGlobalId(filter.recruiterId, 'User') : null;
  const clientCompanyId = filter.clientCompanyId ? idFromGlobalId(filter.clientCompanyId, 'ClientCompany') : null;
  const jobId = filter.jobId ? idFromGlobalId(filter.jobId, 'Job') : null;
  const [recruiter, client, job] = await Promise.all([
    recruiterId
      ? ctx.prisma.user.findFirst({ where: { id: recruiterId, agencyId: viewer.agencyId, role: { in: ['RECRUITER', 'ADMIN'] } }, select: { id: true } })
      : null,
    clientCompanyId ? ctx.prisma.clientCompany.findFirst({ where: { id: clientCompanyId, agencyId: viewer.agencyId }, select: { id: true } }) : null,
    jobId ? ctx.prisma.job.findFirst({ where: { id: jobId, agencyId: viewer.agencyId }, select: { id: true, clientCompanyId: true } }) : null,
  ]);
  if (filter.recruiterId && !recruiter) issues.push({ field: 'recruiterId', message: 'No recruiter of your agency has this ID.' });
  // A client-limited key sees its own client only: naming another is ignored below rather than answered, so the
  // key learns nothing about the other client (not even that it exists).
  if (filter.clientCompanyId && !client && !keyClientId) issues.push({ field: 'clientCompanyId', message: 'No client company of your agency has this ID.' });
  if (filter.jobId && (!job || (keyClientId !== null && job.clientCompanyId !== keyClientId))) {
    issues.push({ field: 'jobId', message: 'No job of your agency has this ID.' });
  }
  if (issues.length > 0) throw new ValidationError(issues);

  return {
    agencyId: viewer.agencyId,
    from,
    to,
    recruiterId: recruiter?.id ?? null,
    clientCompanyId: keyClientId ?? client?.id ?? null,
    jobId: job?.id ?? null,
    now,
  };
}
