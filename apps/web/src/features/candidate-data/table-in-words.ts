/** Each table of the export as the candidate reads it: "Skills: 14", not "CandidateSkill: 14 records". */
export const TABLE_IN_WORDS: Record<string, string> = {
  CandidateProfile: 'Your profile',
  CandidateSkill: 'Skills',
  CandidateExperience: 'Work experience',
  Proposal: 'Proposals',
  InterviewSlot: 'Interview times offered to you',
  Interview: 'Interviews',
  ActivityEvent: 'History of your proposals',
  Notification: 'In-app notifications',
  EmailMessage: 'E-mails to you',
  EmailPreference: 'Your e-mail settings',
  User: 'Your login (never your password)',
  Session: 'Sign-in sessions',
  SecurityEvent: 'Security events (sign-ins, password changes)',
  InterviewReflection: 'Your interview reflections',
  ReflectionContact: 'People you met',
  CandidateLead: 'How the agency first heard of you',
  ErasureRequest: 'Requests to delete your data',
  PartnerDataAccess: 'Reads by partner systems',
  CandidateMerge: 'Duplicate profiles merged into yours',
  ChangeLogEntry: 'Changes the agency’s systems and partners were told about',
};

/** A table's words, or its name spaced out ("SomeNewTable" → "Some new table") until it gets its own. */
export function tableInWords(name: string): string {
  return TABLE_IN_WORDS[name] ?? name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/ ([A-Z])/g, (_, c: string) => ` ${c.toLowerCase()}`);
}
