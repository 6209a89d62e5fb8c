import { assessSchedulingNotice, describeSchedulingNotice, type SchedulingNotice } from '@shortlist/domain/interviews';
import type { Context } from '../../context.ts';
import { DEFAULT_LATE_NOTICE_MINUTES } from '../agency/cancellation-policy.ts';
import { ShortNoticeError } from './short-notice-error.ts';

/**
 * The notice a new or moved interview gives, under the agency's policy. Short notice without the recruiter's
 * acknowledgement is refused (ShortNoticeError, nothing saved); acknowledged, it is returned for the history.
 */
export async function checkSchedulingNotice(
  ctx: Pick<Context, 'prisma'>,
  input: { agencyId: string; startsAt: Date; now: Date; acknowledgeShortNotice?: boolean | null },
): Promise<SchedulingNotice> {
  const agency = await ctx.prisma.agency.findUniqueOrThrow({
    where: { id: input.agencyId },
    select: { name: true, cancellationPolicy: { select: { lateNoticeMinutes: true } } },
  });
  const lateNoticeMinutes = agency.cancellationPolicy?.lateNoticeMinutes ?? DEFAULT_LATE_NOTICE_MINUTES;
  const notice = assessSchedulingNotice({ now: input.now, startsAt: input.startsAt, lateNoticeMinutes });
  if (notice.isShort && input.acknowledgeShortNotice !== true) {
    const warning = describeSchedulingNotice({ noticeGivenMinutes: notice.noticeGivenMinutes, lateNoticeMinutes, agencyName: agency.name });
    throw new ShortNoticeError(`${warning} Save again to confirm.`, notice.noticeGivenMinutes, lateNoticeMinutes);
  }
  return notice;
}
