import { EmailStatus } from '@shortlist/db/prisma';
import type { ParsedMail } from 'mailparser';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';

/** The newest messages the mailbox lists; older ones stay in the table. */
export const DEV_MAILBOX_SIZE = 100;

/**
 * Why the development mailbox is off, or null when it is on: only outside production and without SMTP_URL, where the
 * outbox keeps every e-mail (its `raw` source) instead of handing it to a mail server.
 */
export function devMailboxOffReason(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.NODE_ENV === 'production') return 'The development mailbox is off in production.';
  if (env.SMTP_URL?.trim()) return 'The development mailbox is off: SMTP_URL is set, so e-mails go to that mail server.';
  return null;
}

interface MessageRow {
  id: string;
  kind: string;
  status: EmailStatus;
  subject: string | null;
  raw: string | null;
  createdAt: Date;
  dueAt: Date;
  sentAt: Date | null;
  user: { name: string; email: string };
}

const SELECT = {
  id: true,
  kind: true,
  status: true,
  subject: true,
  raw: true,
  createdAt: true,
  dueAt: true,
  sentAt: true,
  user: { select: { name: true, email: true } },
} as const;

// One parse per message per request, however many of its fields are asked for.
const parsed = new WeakMap<MessageRow, Promise<ParsedMail | null>>();
function parse(row: MessageRow): Promise<ParsedMail | null> {
  let result = parsed.get(row);
  if (!result) {
    result = row.raw ? import('mailparser').then(({ simpleParser }) => simpleParser(row.raw!, { skipTextToHtml: true })) : Promise.resolve(null);
    parsed.set(row, result);
  }
  return result;
}

const EmailStatusEnum = builder.enumType(EmailStatus, {
  name: 'EmailStatus',
  description: 'Where an e-mail in the outbox is.',
  values: {
    PENDING: { description: 'Waiting to be sent at its due time (first attempt, a retry, or a reminder).' },
    HELD_FOR_DIGEST: { description: "Waiting for the recipient's next daily digest." },
    SENT: { description: 'Sent on its own.' },
    DIGESTED: { description: 'Sent inside a daily digest.' },
    FAILED: { description: 'Every attempt failed.' },
    CANCELLED: { description: 'Not sent: no longer true when due, or the recipient turned its category off.' },
  },
});

const MailHeader = builder.objectRef<{ name: string; value: string }>('DevMailboxHeader').implement({
  description: 'One header line of a message, as sent.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The header name, e.g. "List-Unsubscribe".' }),
    value: t.exposeString('value', { description: 'Its value, unfolded onto one line.' }),
  }),
});

/** A calendar invite: the text/calendar alternative part, or the .ics file (nodemailer sends it as application/ics). */
const isCalendar = (contentType: string) => /^(text\/calendar|application\/ics)\b/i.test(contentType);

const MailAttachment = builder
  .objectRef<{ filename: string | null; contentType: string; size: number; content: string | null }>('DevMailboxAttachment')
  .implement({
    description: 'A file or extra part a message carries, such as a calendar invite (invite.ics).',
    fields: (t) => ({
      filename: t.exposeString('filename', { nullable: true, description: 'Its file name, e.g. "invite.ics"; null for an unnamed part.' }),
      contentType: t.exposeString('contentType', { description: 'Its MIME type, e.g. "text/calendar".' }),
      size: t.exposeInt('size', { description: 'Its size in bytes.' }),
      content: t.exposeString('content', { nullable: true, description: 'Its text for calendar invites (text/calendar, application/ics); null for other types.' }),
    }),
  });

const DevMailboxMessage = builder.objectRef<MessageRow>('DevMailboxMessage').implement({
  description: 'One e-mail in the outbox, as the development mailbox shows it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: "The outbox row's ID (not a global ID: development mailbox messages are not nodes)." }),
    to: t.string({ description: 'The recipient, as "Name <address>".', resolve: (row) => `${row.user.name} <${row.user.email}>` }),
    subject: t.string({
      nullable: true,
      description: 'The subject line; null until it has been rendered for sending.',
      resolve: async (row) => row.subject ?? (await parse(row))?.subject ?? null,
    }),
    kind: t.exposeString('kind', { description: 'What the e-mail is: "notification", "interview.invite", "reminder.interview.24h", "digest"…' }),
    status: t.field({ type: EmailStatusEnum, description: 'Where it is: waiting, sent, in a digest, failed or not sent.', resolve: (row) => row.status }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was put in the outbox.' }),
    dueAt: t.expose('dueAt', { type: 'DateTime', description: 'When it is (or was) due to be sent.' }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true, description: 'When it was sent; null until then.' }),
    text: t.string({ nullable: true, description: 'The plain-text part; null before it is sent.', resolve: async (row) => (await parse(row))?.text ?? null }),
    html: t.string({
      nullable: true,
      description: 'The HTML part, to show in a sandboxed frame only; null before it is sent or without one.',
      resolve: async (row) => {
        const html = (await parse(row))?.html;
        return typeof html === 'string' ? html : null;
      },
    }),
    headers: t.field({
      type: [MailHeader],
      description: 'Every header line as sent, in order (empty before it is sent).',
      resolve: async (row) =>
        ((await parse(row))?.headerLines ?? []).map(({ key, line }) => ({
          name: line.slice(0, Math.max(line.indexOf(':'), 0)) || key,
          value: line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim(),
        })),
    }),
    attachments: t.field({
      type: [MailAttachment],
      description: 'Files and calendar parts it carries (empty before it is sent).',
      resolve: async (row) =>
        ((await parse(row))?.attachments ?? []).map((attachment) => ({
          filename: attachment.filename ?? null,
          contentType: attachment.contentType,
          size: attachment.size,
          content: isCalendar(attachment.contentType) ? attachment.content.toString('utf8') : null,
        })),
    }),
  }),
});

const agencyOf = (ctx: Context) => (ctx.viewer?.kind === 'user' ? ctx.viewer.agencyId : '');

const DevMailbox = builder.objectRef<{ offReason: string | null }>('DevMailbox').implement({
  description:
    "The development mailbox: with no SMTP_URL and outside production, every e-mail stays in the outbox and can be read here. A development tool: any signed-in person reads their agency's e-mails.",
  fields: (t) => ({
    isAvailable: t.boolean({ description: 'True when the mailbox is on; otherwise messages is null and message answers null.', resolve: (m) => m.offReason === null }),
    offReason: t.string({ nullable: true, description: 'Why the mailbox is off, in a sentence; null when it is on.', resolve: (m) => m.offReason }),
    messages: t.field({
      type: [DevMailboxMessage],
      nullable: true,
      description: `The newest ${DEV_MAILBOX_SIZE} e-mails to your agency's people, newest first; null when the mailbox is off.`,
      resolve: (m, _args, ctx) =>
        m.offReason === null
          ? ctx.prisma.emailMessage.findMany({
              where: { agencyId: agencyOf(ctx) },
              select: SELECT,
              orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
              take: DEV_MAILBOX_SIZE,
            })
          : null,
    }),
    message: t.field({
      type: DevMailboxMessage,
      nullable: true,
      description: 'One e-mail by its ID; null when the mailbox is off or there is no such e-mail for your agency.',
      args: { id: t.arg.id({ required: true, description: 'A DevMailboxMessage id from messages.' }) },
      resolve: (m, { id }, ctx) =>
        m.offReason === null && /^[0-9a-f-]{36}$/i.test(String(id))
          ? ctx.prisma.emailMessage.findFirst({ where: { id: String(id), agencyId: agencyOf(ctx) }, select: SELECT })
          : null,
    }),
  }),
});

builder.queryField('devMailbox', (t) =>
  t.field({
    type: DevMailbox,
    description: 'The development mailbox (see DevMailbox): for a signed-in person; partner keys have none.',
    authScopes: { user: true },
    resolve: () => ({ offReason: devMailboxOffReason() }),
  }),
);
