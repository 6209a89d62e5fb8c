import { Text } from '@react-email/text';
import { EmailLayout, textStyle, type EmailFooter } from './EmailLayout.tsx';

export interface NotificationEmailProps {
  agencyName: string;
  title: string;
  /** In full: the app truncates long messages, the e-mail is where they are read whole. */
  body: string;
  action: { label: string; url: string };
  footer: EmailFooter;
}

/** An in-app notification as an e-mail: its title, its whole text, and the page to act on. */
export function NotificationEmail({ agencyName, title, body, action, footer }: NotificationEmailProps) {
  return (
    <EmailLayout agencyName={agencyName} preview={body.slice(0, 140)} heading={title} action={action} footer={footer}>
      {body.split(/\n{2,}/).map((paragraph, index) => (
        <Text key={index} style={{ ...textStyle, whiteSpace: 'pre-wrap' }}>
          {paragraph}
        </Text>
      ))}
    </EmailLayout>
  );
}
