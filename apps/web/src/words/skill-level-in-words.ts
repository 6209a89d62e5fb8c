/** Skill levels 1–5 in words (the API says 1 is basic, 5 expert). */
export const skillLevelInWords = {
  1: 'Basic',
  2: 'Working knowledge',
  3: 'Solid',
  4: 'Advanced',
  5: 'Expert',
} as const satisfies Record<number, string>;

export const SKILL_LEVELS = [1, 2, 3, 4, 5] as const;
