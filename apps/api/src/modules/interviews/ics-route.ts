import type { Database } from '@shortlist/db/open-database';
import type { Request, Response } from 'express';
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import { InvalidApiKeyError, resolveViewer } from '../auth/resolve-viewer.ts';
import { canSeeProposal } from '../proposals/proposal-access.ts';
import { interviewIdFrom } from './load-interview-for-action.ts';

/** The calendar's word for an interview: it happened or will happen, it is off, or its time is not settled. */
const ICS_STATUS: Record<string, ICalEventStatus> = {
  SCHEDULED: ICalEventStatus.CONFIRMED,
  COMPLETED: ICalEventStatus.CONFIRMED,
  NO_SHOW: ICalEventStatus.CONFIRMED,
  CANCELLED: ICalEventStatus.CANCELLED,
  NEEDS_RESCHEDULING: ICalEventStatus.TENTATIVE,
};

/**
 * ical-generator writes a zoned DTSTART from a Date's *local* fields. A Date built from the wall-clock parts in
 * the interview's zone therefore prints that wall clock with TZID=<zone>, whatever the server's own zone.
 */
function wallClockIn(at: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/**
 * `GET /interviews/<id>.ics`: the interview as a calendar invite, for whoever may see it (session cookie or
 * partner key); 404 for anyone else. The UID is stable and SEQUENCE is the interview's version, so importing
 * it again after a change updates the event instead of adding a second one.
 */
export function icsRoute(db: Database) {
  return async (req: Request, res: Response) => {
    const match = /^(.+)\.ics$/.exec(String(req.params.file ?? ''));
    const id = match ? interviewIdFrom(match[1]!) : null;
    let viewer;
    try {
      viewer = await resolveViewer(db.prisma, req);
    } catch (error) {
      if (!(error instanceof InvalidApiKeyError)) throw error;
      res.setHeader('www-authenticate', 'Bearer');
      res.status(401).type('text/plain').send(error.message);
      return;
    }
    const interview = id
      ? await db.prisma.interview.findUnique({
          where: { id },
          select: {
            id: true,
            status: true,
            startsAt: true,
            endsAt: true,
            timeZone: true,
            format: true,
            location: true,
            version: true,
            updatedAt: true,
            proposal: {
              select: {
                agencyId: true,
                candidateId: true,
                candidate: { select: { fullName: true } },
                job: { select: { clientCompanyId: true, title: true, clientCompany: { select: { name: true } } } },
              },
            },
          },
        })
      : null;
    if (!interview || !canSeeProposal(viewer, interview.proposal)) {
      res.status(404).type('text/plain').send('No interview here, or it is not visible to you.');
      return;
    }
    const { job, candidate } = interview.proposal;
    const calendar = new ICalCalendar({ prodId: { company: 'Shortlist', product: 'Shortlist', language: 'EN' }, name: 'Shortlist interviews' });
    calendar.createEvent({
      id: `interview-${interview.id}@shortlist`,
      sequence: interview.version,
      stamp: interview.updatedAt,
      start: wallClockIn(interview.startsAt, interview.timeZone),
      end: wallClockIn(interview.endsAt, interview.timeZone),
      timezone: interview.timeZone,
      summary: `Interview: ${job.title} at ${job.clientCompany.name}`,
      description: `${candidate.fullName}, ${job.title} at ${job.clientCompany.name} (${interview.format.toLowerCase()}).`,
      location: interview.location,
      status: ICS_STATUS[interview.status] ?? ICalEventStatus.TENTATIVE,
    });
    res.setHeader('cache-control', 'private, no-cache');
    res.setHeader('content-disposition', `attachment; filename="interview-${interview.id}.ics"`);
    res.type('text/calendar; charset=utf-8').send(calendar.toString());
  };
}
