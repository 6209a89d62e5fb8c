/** Pairs of background and text colour for avatars, each pair at least 4.5:1 (WCAG AA for the initials). */
const palette: ReadonlyArray<readonly [background: string, text: string]> = [
  ['#dcefe8', '#134538'],
  ['#e3ecfb', '#1c428f'],
  ['#f6e6d6', '#6e3a0b'],
  ['#efe2f6', '#5b2577'],
  ['#fbe1e4', '#8a1f30'],
  ['#e0f0f5', '#0e4a5c'],
  ['#eee9d6', '#574a12'],
  ['#e6e8ee', '#333a4a'],
];

/** The same name always gets the same colours (a small string hash), so a person is recognisable across lists. */
export function pickAvatarColours(name: string): { background: string; text: string } {
  let hash = 0;
  for (const character of name.trim().toLocaleLowerCase()) hash = (hash * 31 + character.codePointAt(0)!) >>> 0;
  const [background, text] = palette[hash % palette.length]!;
  return { background, text };
}
