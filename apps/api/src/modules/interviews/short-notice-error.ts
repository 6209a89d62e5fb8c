import { builder } from '../../builder.ts';
import { ErrorInterface } from '../errors/errors.ts';

/**
 * The time is closer than the agency's notice policy (the notice candidates are held to). Nothing was saved: the
 * recruiter sees the warning and saves again with `acknowledgeShortNotice: true`, and the short notice is recorded.
 */
export class ShortNoticeError extends Error {
  override name = 'ShortNoticeError';
  constructor(
    message: string,
    readonly noticeGivenMinutes: number,
    readonly lateNoticeMinutes: number,
  ) {
    super(message);
  }
}

builder.objectType(ShortNoticeError, {
  name: 'ShortNoticeError',
  description:
    "Returned by scheduleInterview and rescheduleInterview when the interview would start with less notice than the agency's policy, the notice candidates are held to. Nothing was saved: show the message, and send again with `acknowledgeShortNotice: true` to save it; the short notice is then recorded in the interview's history and on the agency's reliability record.",
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ShortNoticeError,
  fields: (t) => ({
    noticeGivenMinutes: t.exposeInt('noticeGivenMinutes', { description: 'Whole minutes between now and the start.' }),
    lateNoticeMinutes: t.exposeInt('lateNoticeMinutes', { description: "The agency's policy: less notice than this is short." }),
  }),
});
