import type { SqlRunner } from '../webhooks/sql-over-prisma.ts';

/** The e-mail planner's durable cursor in "ChangeConsumer". */
export const EMAIL_CONSUMER = 'email';

export interface PlanResult {
  /** Nobody else held the cursor and a batch was read. */
  hasRun: boolean;
  entriesRead: number;
}

/**
 * One round of the e-mail planner, a change-log consumer: reads interview and proposal entries after its cursor and,
 * in the same transaction as moving the cursor, queues calendar invites and cancellations for both sides and plans
 * (or cancels) reminders.
 *
 * PLACEHOLDER until the planner lands (issue 12, helper "reminders and invites from the change log").
 */
export async function planEmails(_sql: SqlRunner, _now: Date = new Date()): Promise<PlanResult> {
  return { hasRun: false, entriesRead: 0 };
}
