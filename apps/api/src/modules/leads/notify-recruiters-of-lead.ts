import type { Prisma, UserRole } from '@shortlist/db/prisma';

/**
 * Tells the job's recruiters in-app that someone is interested: whoever created the job and every recruiter with a
 * proposal for it (active staff of the agency only); when there is none, the agency's admins, so no lead goes unseen.
 * No e-mail: none of the e-mail categories a person can turn off is about leads, so an e-mail would be one they could
 * not stop.
 */
export async function notifyRecruitersOfLead(
  tx: Prisma.TransactionClient,
  job: { id: string; agencyId: string; title: string; createdById: string | null },
  lead: { fullName: string; message: string },
) {
  const proposers = await tx.proposal.findMany({ where: { jobId: job.id }, select: { recruiterId: true }, distinct: ['recruiterId'] });
  const wanted = [...new Set([...(job.createdById ? [job.createdById] : []), ...proposers.map((p) => p.recruiterId)])];
  const staff = { agencyId: job.agencyId, role: { in: ['RECRUITER', 'ADMIN'] as UserRole[] }, disabledAt: null };
  let recipients: Array<{ id: string }> = await tx.user.findMany({ where: { id: { in: wanted }, ...staff }, select: { id: true } });
  if (recipients.length === 0) recipients = await tx.user.findMany({ where: { ...staff, role: 'ADMIN' }, select: { id: true } });
  const said = lead.message.trim() ? ` "${lead.message.trim().slice(0, 140)}${lead.message.trim().length > 140 ? '…' : ''}"` : '';
  await tx.notification.createMany({
    data: recipients.map(({ id }) => ({
      agencyId: job.agencyId,
      userId: id,
      title: `New lead for ${job.title}`,
      body: `${lead.fullName} is interested in the job.${said} See Leads to register them as a candidate.`,
    })),
  });
}
