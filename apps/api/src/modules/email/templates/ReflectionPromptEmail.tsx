import { Text } from '@react-email/text';
import { EmailLayout, textStyle, type EmailFooter } from './EmailLayout.tsx';

export interface ReflectionPromptEmailProps {
  agencyName: string;
  /** "Senior Backend Engineer at Acme" */
  role: string;
  /** When it was, in the reader's zone. */
  when: string;
  reflectUrl: string;
  footer: EmailFooter;
}

/** An hour after an interview: "How did it go?", with a link to the candidate's private reflection. */
export function ReflectionPromptEmail({ agencyName, role, when, reflectUrl, footer }: ReflectionPromptEmailProps) {
  const intro = `Your interview for ${role} (${when}) has ended. Whatever comes of it, every interview is practice and a chance to meet people.`;
  return (
    <EmailLayout agencyName={agencyName} preview={intro} heading="How did it go?" action={{ label: 'Write down how it went', url: reflectUrl }} footer={footer}>
      <Text style={textStyle}>{intro}</Text>
      <Text style={textStyle}>
        Take two minutes while it is fresh: how it felt, what you learned, the questions you were asked, and the people you met, with a date to follow up.
      </Text>
      <Text style={textStyle}>Your notes are private. You choose whether your recruiter reads them; the people you met stay yours either way.</Text>
    </EmailLayout>
  );
}
