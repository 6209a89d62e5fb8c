import { Body } from '@react-email/body';
import { Button } from '@react-email/button';
import { Column } from '@react-email/column';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
import { Link } from '@react-email/link';
import { Preview } from '@react-email/preview';
import { Row } from '@react-email/row';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { ReactNode } from 'react';

/** System fonts, one accent colour, no images: reads the same in every client, with images blocked or not. */
const font = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const styles = {
  body: { backgroundColor: '#f4f5f7', fontFamily: font, margin: 0, padding: '24px 0' },
  container: { backgroundColor: '#ffffff', border: '1px solid #e3e5e8', borderRadius: '8px', maxWidth: '560px', padding: '32px' },
  agency: { color: '#5b6270', fontSize: '13px', fontWeight: 600, letterSpacing: '0.02em', margin: '0 0 24px' },
  heading: { color: '#14171c', fontSize: '20px', fontWeight: 600, lineHeight: '28px', margin: '0 0 16px' },
  button: { backgroundColor: '#1f4f46', borderRadius: '6px', color: '#ffffff', fontSize: '15px', fontWeight: 600, padding: '12px 20px', textDecoration: 'none' },
  footer: { color: '#7a808c', fontSize: '12px', lineHeight: '18px', margin: '0' },
  footerLink: { color: '#5b6270', textDecoration: 'underline' },
} as const;

export const textStyle = { color: '#2b3038', fontSize: '15px', lineHeight: '24px', margin: '0 0 16px' } as const;
export const linkStyle = { color: '#2f5bea', textDecoration: 'underline' } as const;

export interface EmailFooter {
  /** Why this person gets this e-mail ("You get this because you have interviews with Northwind Talent."). */
  reason: string;
  /** Absent for e-mails to people without an account yet (an invitation). */
  settingsUrl?: string;
  unsubscribeUrl?: string;
  unsubscribeLabel?: string;
}

export interface EmailLayoutProps {
  agencyName: string;
  /** The line mail clients show beside the subject. */
  preview: string;
  heading: string;
  /** The one thing to do, as the primary button. */
  action?: { label: string; url: string };
  footer: EmailFooter;
  children: ReactNode;
}

/** Every e-mail's frame: the agency's name, a heading, the words, one clear button, and a footer with the ways out. */
export function EmailLayout({ agencyName, preview, heading, action, footer, children }: EmailLayoutProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.agency}>{agencyName}</Text>
          <Text style={styles.heading}>{heading}</Text>
          {children}
          {action ? (
            <Section style={{ margin: '8px 0 24px' }}>
              <Button href={action.url} style={styles.button}>
                {action.label}
              </Button>
            </Section>
          ) : null}
          <Hr style={{ borderColor: '#e3e5e8', margin: '24px 0 16px' }} />
          <Text style={styles.footer}>
            {footer.reason}
            {footer.settingsUrl ? (
              <>
                {' '}
                <Link href={footer.settingsUrl} style={styles.footerLink}>
                  E-mail settings
                </Link>
              </>
            ) : null}
            {footer.unsubscribeUrl ? (
              <>
                {' · '}
                <Link href={footer.unsubscribeUrl} style={styles.footerLink}>
                  {footer.unsubscribeLabel ?? 'Unsubscribe'}
                </Link>
              </>
            ) : null}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** Label and value rows (when, format, where): a table, so every client lines them up, also when a value wraps. */
export function Details({ rows }: { rows: ReadonlyArray<readonly [string, string | null | undefined]> }) {
  const shown = rows.filter((row): row is readonly [string, string] => Boolean(row[1]));
  if (shown.length === 0) return null;
  return (
    <Section style={{ backgroundColor: '#f7f8fa', borderRadius: '6px', margin: '0 0 20px', padding: '12px 16px' }}>
      {shown.map(([label, value]) => (
        <Row key={label}>
          <Column style={{ color: '#5b6270', fontSize: '15px', lineHeight: '24px', padding: '4px 12px 4px 0', verticalAlign: 'top', width: '96px' }}>{label}:</Column>
          <Column style={{ color: '#2b3038', fontSize: '15px', lineHeight: '24px', padding: '4px 0', verticalAlign: 'top' }}>{value}</Column>
        </Row>
      ))}
    </Section>
  );
}

/** A message someone wrote, set apart and quoted as they wrote it. */
export function Quote({ by, text }: { by: string; text: string }) {
  return (
    <Section style={{ borderLeft: '3px solid #d5d9e0', margin: '0 0 20px', padding: '0 0 0 14px' }}>
      <Text style={{ ...textStyle, color: '#5b6270', fontSize: '13px', margin: '0 0 4px' }}>{by}</Text>
      <Text style={{ ...textStyle, margin: 0, whiteSpace: 'pre-wrap' }}>{text}</Text>
    </Section>
  );
}
