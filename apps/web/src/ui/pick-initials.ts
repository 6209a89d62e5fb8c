/**
 * The one or two letters an avatar shows for a name: the first letters of the first and last words ("Sam Okafor" →
 * "SO"; "Okafor, Sam" too), one letter for a single word, "?" for no name. Letters outside A–Z are kept
 * (Ängström → Ä); bits in brackets are left out, and small particles ("van", "de") never win over the family name.
 */
export function pickInitials(name: string): string {
  const [family, given] = name.replace(/\(.*?\)/g, ' ').split(',', 2);
  const words = (given?.trim() ? `${given} ${family}` : family!)
    .split(/[\s\-–]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word.length > 0);
  if (words.length === 0) return '?';
  const first = words[0]!;
  if (words.length === 1) return firstLetter(first).toLocaleUpperCase();
  const capitalised = words.slice(1).filter((word) => firstLetter(word) === firstLetter(word).toLocaleUpperCase());
  const last = capitalised.at(-1) ?? words.at(-1)!;
  return `${firstLetter(first)}${firstLetter(last)}`.toLocaleUpperCase();
}

function firstLetter(word: string): string {
  return Array.from(word)[0] ?? '';
}
