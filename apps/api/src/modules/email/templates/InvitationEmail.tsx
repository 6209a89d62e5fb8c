import { Text } from '@react-email/text';
import { EmailLayout, textStyle, type EmailFooter } from './EmailLayout.tsx';

export interface InvitationEmailProps {
  agencyName: string;
  inviteeName: string;
  /** Who sent it; null when that admin's account is gone. */
  invitedByName: string | null;
  roleLabel: string;
  /** When the link stops working, written in words in the invitee's zone (UTC until they choose one). */
  expiresAtText: string;
  acceptUrl: string;
  footer: EmailFooter;
}

/** An invitation to join an agency's team: who invites, as what, and the link to set a password (valid 7 days). */
export function InvitationEmail({ agencyName, inviteeName, invitedByName, roleLabel, expiresAtText, acceptUrl, footer }: InvitationEmailProps) {
  const who = invitedByName ? `${invitedByName} invited you` : 'You are invited';
  return (
    <EmailLayout
      agencyName={agencyName}
      preview={`${who} to join ${agencyName} on Shortlist as ${roleLabel}.`}
      heading={`Join ${agencyName} on Shortlist`}
      action={{ label: 'Accept the invitation', url: acceptUrl }}
      footer={footer}
    >
      <Text style={textStyle}>Hello {inviteeName},</Text>
      <Text style={textStyle}>
        {who} to join {agencyName} on Shortlist as {roleLabel}. Accept the invitation to choose your password and time zone; you are signed in
        right after.
      </Text>
      <Text style={textStyle}>The link works until {expiresAtText}. If it has expired, ask your admin to send a new one.</Text>
    </EmailLayout>
  );
}
