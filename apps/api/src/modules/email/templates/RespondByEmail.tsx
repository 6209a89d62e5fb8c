import { Text } from '@react-email/text';
import { Details, EmailLayout, textStyle, type EmailFooter } from './EmailLayout.tsx';

export interface RespondByEmailProps {
  agencyName: string;
  heading: string;
  intro: string;
  details: ReadonlyArray<readonly [string, string | null | undefined]>;
  action: { label: string; url: string };
  footer: EmailFooter;
}

/** Before a proposal's respond-by: what is waiting for an answer, until when (in the reader's zone), and where to answer. */
export function RespondByEmail({ agencyName, heading, intro, details, action, footer }: RespondByEmailProps) {
  return (
    <EmailLayout agencyName={agencyName} preview={intro} heading={heading} action={action} footer={footer}>
      <Text style={textStyle}>{intro}</Text>
      <Details rows={details} />
      <Text style={textStyle}>
        Not for you? Declining with a reason takes a minute, and it helps your recruiter find what fits you better.
      </Text>
    </EmailLayout>
  );
}
