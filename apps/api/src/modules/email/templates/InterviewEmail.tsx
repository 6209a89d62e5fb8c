import { Link } from '@react-email/link';
import { Text } from '@react-email/text';
import { Details, EmailLayout, linkStyle, Quote, textStyle, type EmailFooter } from './EmailLayout.tsx';

export interface InterviewEmailProps {
  agencyName: string;
  preview: string;
  heading: string;
  /** What happened or is coming, and who did it, in one or two sentences. */
  intro: string;
  /** When (in the reader's zone), format, where, with whom. */
  details: ReadonlyArray<readonly [string, string | null | undefined]>;
  /** The reason given, in the picker's words. */
  reason?: string | null;
  /** The message someone wrote with the change. */
  quote?: { by: string; text: string } | null;
  /** Further sentences (a calendar note, a word on notice). */
  notes?: readonly string[];
  action: { label: string; url: string };
  /** For the candidate: the interview's page, where they ask for a new time or cancel properly. */
  waysOut?: { url: string } | null;
  footer: EmailFooter;
}

/** Interview invites, moves, cancellations and reminders: one shape, worded for the reader by the caller. */
export function InterviewEmail({ agencyName, preview, heading, intro, details, reason, quote, notes = [], action, waysOut, footer }: InterviewEmailProps) {
  return (
    <EmailLayout agencyName={agencyName} preview={preview} heading={heading} action={action} footer={footer}>
      <Text style={textStyle}>{intro}</Text>
      <Details rows={details} />
      {reason ? <Text style={textStyle}>Reason: {reason}</Text> : null}
      {quote ? <Quote by={quote.by} text={quote.text} /> : null}
      {notes.map((note) => (
        <Text key={note} style={textStyle}>
          {note}
        </Text>
      ))}
      {waysOut ? (
        <Text style={textStyle}>
          Can&apos;t make it? Please don&apos;t just stay away: on{' '}
          <Link href={waysOut.url} style={linkStyle}>
            your interview&apos;s page
          </Link>{' '}
          you can ask for a new time or cancel properly, with a reason, and the other side is told at once.
        </Text>
      ) : null}
    </EmailLayout>
  );
}
