/**
 * Case-, accent- and punctuation-insensitive key for a skill name: "Node.js", "nodejs" and "NODE JS" all give
 * "nodejs". "+" and "#" carry meaning in skill names (C, C++, C#), so they become words before punctuation goes.
 * The output only contains [a-z0-9], which makes the function idempotent.
 */
export function normalizeSkillName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/#/g, 'sharp')
    .replace(/[^a-z0-9]/g, '');
}
