import type { Database } from '@shortlist/db/open-database';
import type { Prisma } from '@shortlist/db/prisma';
import type { Request, Response } from 'express';
import { InvalidApiKeyError, resolveViewer } from '../auth/resolve-viewer.ts';
import { interviewLink } from '../email/email-links.ts';
import { canSeeProposal } from '../proposals/proposal-access.ts';
import { buildCalendarInvite, calendarInterviewSelect } from './calendar-invite.ts';
import { interviewIdFrom } from './load-interview-for-action.ts';

/** The event's data, and what deciding who may see it needs. */
const downloadSelect = {
  ...calendarInterviewSelect,
  proposal: {
    select: {
      ...calendarInterviewSelect.proposal.select,
      agencyId: true,
      candidateId: true,
      job: { select: { ...calendarInterviewSelect.proposal.select.job.select, clientCompanyId: true } },
    },
  },
} satisfies Prisma.InterviewSelect;

/**
 * `GET /interviews/<id>.ics`: the interview as a calendar file (METHOD:PUBLISH, which every calendar imports), for
 * whoever may see it (session cookie or partner key); 404 for anyone else. It is the e-mailed invite's event (same
 * UID and SEQUENCE, see calendar-invite.ts), so importing it after an invite, or again after a change, updates that
 * event instead of adding a second one.
 */
export function icsRoute(db: Database) {
  return async (req: Request, res: Response) => {
    const match = /^(.+)\.ics$/.exec(String(req.params.file ?? ''));
    const id = match ? interviewIdFrom(match[1]!) : null;
    let viewer;
    try {
      viewer = await resolveViewer(db, req);
    } catch (error) {
      if (!(error instanceof InvalidApiKeyError)) throw error;
      res.setHeader('www-authenticate', 'Bearer');
      res.status(401).type('text/plain').send(error.message);
      return;
    }
    const interview = id
      ? await db.prisma.interview.findUnique({
          where: { id },
          select: downloadSelect,
        })
      : null;
    if (!interview || !canSeeProposal(viewer, interview.proposal)) {
      res.status(404).type('text/plain').send('No interview here, or it is not visible to you.');
      return;
    }
    const reader = viewer?.kind === 'user' && viewer.role === 'CANDIDATE' ? 'CANDIDATE' : 'STAFF';
    const ics = buildCalendarInvite(interview, { method: 'PUBLISH', link: interviewLink(interview.id, interview.proposal.id, reader) });
    res.setHeader('cache-control', 'private, no-cache');
    res.setHeader('content-disposition', `attachment; filename="interview-${interview.id}.ics"`);
    res.type('text/calendar; charset=utf-8').send(ics);
  };
}
