/**
 * A gentle check of a message meant to be polite (a decline, a withdrawal): it never blocks, it says what may read
 * as rude so the writer can send the polite default instead or send theirs as written.
 */
export type ToneFinding = 'SHOUTING' | 'EXCLAMATIONS' | 'HOSTILE_PHRASE';

const HOSTILE_PHRASES = [
  /\bstop (spamming|messaging|contacting|e-?mailing|calling|bothering)\b/i,
  /\bspam(ming)?\b/i,
  /\bdo(n'?t| not) (ever )?(contact|message|e-?mail|call|bother) me\b/i,
  /\bleave me alone\b/i,
  /\bwaste of (my )?time\b/i,
  /\bnever (contact|message|e-?mail|call) me\b/i,
  /\b(go away|get lost|shut up)\b/i,
  /\b(stupid|idiot(s|ic)?|useless|pathetic|ridiculous|joke)\b/i,
];

export function checkMessageTone(message: string): ToneFinding[] {
  const findings: ToneFinding[] = [];
  const letters = message.replace(/[^\p{L}]/gu, '');
  const capitals = message.replace(/[^\p{Lu}]/gu, '');
  if (letters.length >= 8 && capitals.length / letters.length > 0.6) findings.push('SHOUTING');
  if (/[!?]{3,}|(![\s]*){3,}/.test(message)) findings.push('EXCLAMATIONS');
  if (HOSTILE_PHRASES.some((phrase) => phrase.test(message))) findings.push('HOSTILE_PHRASE');
  return findings;
}

/** One sentence for the writer, naming what was found; null when the message reads as polite. */
export function describeToneFindings(findings: readonly ToneFinding[]): string | null {
  if (findings.length === 0) return null;
  const parts: string[] = [];
  if (findings.includes('SHOUTING')) parts.push('mostly capital letters');
  if (findings.includes('EXCLAMATIONS')) parts.push('a run of exclamation marks');
  if (findings.includes('HOSTILE_PHRASE')) parts.push('words that may read as hostile');
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `This message has ${list}. It may read as rude; you can use the polite message instead, or send yours as it is.`;
}
