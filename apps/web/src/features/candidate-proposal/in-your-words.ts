/**
 * The match's evidence is written about "the candidate", for recruiters. The candidate reads it about themselves:
 * "Has Go at level 4" → "You have Go at level 4". Sentences no rule knows are kept as they are, never garbled.
 */
const SECOND_PERSON: Readonly<Record<string, string>> = {
  lives: 'live',
  wants: 'want',
  accepts: 'accept',
  asks: 'ask',
  prefers: 'prefer',
  has: 'have',
  is: 'are',
  could: 'could',
};
const toYou = (_match: string, only: string | undefined, verb: string) => `you ${only ?? ''}${SECOND_PERSON[verb] ?? verb}`;

type Rule = readonly [pattern: RegExp, replacement: string] | readonly [pattern: RegExp, replace: typeof toYou];

const RULES: readonly Rule[] = [
  // Sentences about the candidate's own skills and experience start with the verb.
  [/^Has /, 'You have '],
  [/^Lacks /, 'You lack '],
  [/^Does not have /, 'You do not have '],
  [/^Is /, 'You are '],
  [/^Can start /, 'You can start '],
  [/^Missing /, 'You are missing '],
  [/, but has /, ', but you have '],
  [/too junior for them/, 'too junior for you'],
  // Sentences about the candidate in the third person.
  [/\b[Tt]he candidate's\b/g, 'your'],
  [/\b(?:[Tt]he candidate|they) (only )?(lives|wants|accepts|asks|prefers|has|is|could|are|do|would)\b/g, toYou],
  [/\byou (live) or wants\b/g, 'you $1 or want'],
  [/\byou (live) or prefers\b/g, 'you $1 or prefer'],
  [/\band has not said\b/g, 'and have not said'],
];

export function inYourWords(sentence: string): string {
  let text = sentence;
  for (const [pattern, replacement] of RULES) {
    text = typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
  }
  // A sentence that now starts with "you"/"your" starts with a capital.
  return text.replace(/^(you|your)\b/, (word) => word[0]!.toUpperCase() + word.slice(1));
}
