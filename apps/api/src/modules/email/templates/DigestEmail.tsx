import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import { EmailLayout, linkStyle, textStyle, type EmailFooter } from './EmailLayout.tsx';

export interface DigestItem {
  subject: string;
  /** When it happened, in the reader's zone. */
  time: string;
  url: string;
}

export interface DigestEmailProps {
  agencyName: string;
  heading: string;
  items: readonly DigestItem[];
  footer: EmailFooter;
}

/** The held messages of a day in one: each one's subject, time and page. */
export function DigestEmail({ agencyName, heading, items, footer }: DigestEmailProps) {
  return (
    <EmailLayout agencyName={agencyName} preview={items.map((item) => item.subject).join(' · ').slice(0, 140)} heading={heading} footer={footer}>
      {items.map((item, index) => (
        <Section key={index} style={{ borderBottom: '1px solid #eef0f3', padding: '8px 0' }}>
          <Text style={{ ...textStyle, margin: 0 }}>
            <Link href={item.url} style={linkStyle}>
              {item.subject}
            </Link>
          </Text>
          <Text style={{ ...textStyle, color: '#7a808c', fontSize: '13px', margin: 0 }}>{item.time}</Text>
        </Section>
      ))}
    </EmailLayout>
  );
}
