import { formatInZone } from './format-in-zone.ts';
import type { InterviewFormat } from './types.ts';

export const MAX_INTERVIEW_SLOTS = 10;
export const MIN_INTERVIEW_MINUTES = 15;
export const MAX_INTERVIEW_MINUTES = 8 * 60;

export type InterviewSlot = {
  startsAt: Date;
  endsAt: Date;
  /** IANA zone the slot was chosen in, used to show it back. */
  timeZone: string;
  format: InterviewFormat;
  location?: string | null;
};
export type InterviewSlotField = 'slots' | 'startsAt' | 'endsAt' | 'timeZone' | 'location';
/** `index` is the slot's position in the input; null for an error about the list as a whole. */
export type InterviewSlotError = { index: number | null; field: InterviewSlotField; message: string };

export type InterviewSlotValidation =
  | { ok: true; value: Array<InterviewSlot & { location: string | null }> }
  | { ok: false; fieldErrors: InterviewSlotError[] };

const MINUTE_MS = 60_000;
const isValidDate = (date: Date) => date instanceof Date && !Number.isNaN(date.getTime());

function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks the interview slots a recruiter offers: 1–10 of them, each in the future, 15 minutes to 8 hours long, in a
 * real IANA zone, with an address when onsite, and none repeating or overlapping another (reported on the later
 * slot, naming the earlier one by its number as the person sees it, from 1).
 */
export function validateInterviewSlots(slots: InterviewSlot[], context: { now: Date }): InterviewSlotValidation {
  const fieldErrors: InterviewSlotError[] = [];
  if (slots.length === 0) fieldErrors.push({ index: null, field: 'slots', message: 'Offer at least one interview time.' });
  if (slots.length > MAX_INTERVIEW_SLOTS) {
    fieldErrors.push({
      index: null,
      field: 'slots',
      message: `Offer at most ${MAX_INTERVIEW_SLOTS} interview times (there are ${slots.length}).`,
    });
  }

  const wellFormed: number[] = [];
  slots.forEach((slot, index) => {
    const errorsBefore = fieldErrors.length;
    const add = (field: InterviewSlotField, message: string) => fieldErrors.push({ index, field, message });
    const hasStart = isValidDate(slot.startsAt);
    const hasEnd = isValidDate(slot.endsAt);

    if (!hasStart) add('startsAt', 'Choose a start time.');
    else if (slot.startsAt.getTime() <= context.now.getTime()) add('startsAt', 'Choose a start time in the future.');
    if (!hasEnd) add('endsAt', 'Choose an end time.');
    else if (hasStart) {
      const minutes = (slot.endsAt.getTime() - slot.startsAt.getTime()) / MINUTE_MS;
      if (minutes <= 0) add('endsAt', 'The end must be after the start.');
      else if (minutes < MIN_INTERVIEW_MINUTES) add('endsAt', `An interview needs at least ${MIN_INTERVIEW_MINUTES} minutes.`);
      else if (minutes > MAX_INTERVIEW_MINUTES) add('endsAt', 'An interview can last at most 8 hours.');
    }
    if (!isValidTimeZone(slot.timeZone)) add('timeZone', 'Choose a valid time zone, such as Europe/Berlin.');
    if (slot.format === 'ONSITE' && !slot.location?.trim()) add('location', 'Add the address for an onsite interview.');

    if (fieldErrors.length === errorsBefore) wellFormed.push(index);
  });

  // Only compare slots that are sound on their own, so one mistake is reported once.
  for (const [position, index] of wellFormed.entries()) {
    const slot = slots[index];
    if (!slot) continue;
    for (const earlierIndex of wellFormed.slice(0, position)) {
      const earlier = slots[earlierIndex];
      if (!earlier) continue;
      const isSame = earlier.startsAt.getTime() === slot.startsAt.getTime() && earlier.endsAt.getTime() === slot.endsAt.getTime();
      const overlaps = slot.startsAt < earlier.endsAt && earlier.startsAt < slot.endsAt;
      if (isSame) {
        fieldErrors.push({ index, field: 'startsAt', message: `This is the same time as option ${earlierIndex + 1}.` });
        break;
      }
      if (overlaps) {
        fieldErrors.push({
          index,
          field: 'startsAt',
          message: `This overlaps option ${earlierIndex + 1} (${formatInZone(earlier.startsAt, earlier.timeZone)}).`,
        });
        break;
      }
    }
  }

  if (fieldErrors.length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: slots.map((slot) => ({ ...slot, location: slot.location?.trim() || null })) };
}
