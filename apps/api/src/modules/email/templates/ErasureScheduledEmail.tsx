import { Text } from '@react-email/text';
import { EmailLayout, textStyle, type EmailFooter } from './EmailLayout.tsx';

export interface ErasureScheduledEmailProps {
  agencyName: string;
  /** Who asked, in words: "You asked" or "An admin of Northwind Talent asked on your behalf". */
  askedBy: string;
  /** When the data is erased, in the reader's zone. */
  erasedOn: string;
  cancelUrl: string;
  footer: EmailFooter;
}

/** A request to be forgotten was made: what is erased and when, and how to cancel until then. Always sent. */
export function ErasureScheduledEmail({ agencyName, askedBy, erasedOn, cancelUrl, footer }: ErasureScheduledEmailProps) {
  const intro = `${askedBy} for your personal data at ${agencyName} to be erased. It will be erased on ${erasedOn}.`;
  return (
    <EmailLayout agencyName={agencyName} preview={intro} heading="Your data will be erased" action={{ label: 'Review or cancel', url: cancelUrl }} footer={footer}>
      <Text style={textStyle}>{intro}</Text>
      <Text style={textStyle}>
        On that day your name, contact details, profile, messages, reflections and contacts are erased, your account is closed, and partner systems are
        told to delete their copy. Only anonymous counts remain.
      </Text>
      <Text style={textStyle}>Until then you can cancel, or download a copy of your data first, from the page the button opens.</Text>
    </EmailLayout>
  );
}
