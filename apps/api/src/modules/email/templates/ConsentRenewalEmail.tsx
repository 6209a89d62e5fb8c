import { Text } from '@react-email/text';
import { EmailLayout, textStyle, type EmailFooter } from './EmailLayout.tsx';

export interface ConsentRenewalEmailProps {
  agencyName: string;
  /** How long they were inactive, in words ("12 months"). */
  inactiveFor: string;
  /** The last day to renew, in the reader's zone. */
  renewBy: string;
  renewUrl: string;
  footer: EmailFooter;
}

/** The retention policy's question (GDPR art. 5(1)(e)): keep your data with us, or let it be erased. Always sent. */
export function ConsentRenewalEmail({ agencyName, inactiveFor, renewBy, renewUrl, footer }: ConsentRenewalEmailProps) {
  const intro = `We have not seen you for ${inactiveFor}. ${agencyName} keeps candidates' data only while they want to be found for new roles.`;
  return (
    <EmailLayout agencyName={agencyName} preview={intro} heading="Shall we keep your profile?" action={{ label: 'Keep my profile', url: renewUrl }} footer={footer}>
      <Text style={textStyle}>{intro}</Text>
      <Text style={textStyle}>
        If you want us to keep your profile, renew your consent by {renewBy}. If you do nothing, your name, contact details, profile and messages are
        erased after that day; only anonymous counts remain.
      </Text>
      <Text style={textStyle}>You can also download everything we hold about you, or ask for it to be erased now, from the page the button opens.</Text>
    </EmailLayout>
  );
}
