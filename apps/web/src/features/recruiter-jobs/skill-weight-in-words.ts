/** How much a nice-to-have skill counts, 1-5. */
export const skillWeightInWords: Readonly<Record<number, string>> = {
  1: 'Counts a little',
  2: 'Counts somewhat',
  3: 'Counts moderately',
  4: 'Counts a lot',
  5: 'Counts the most',
};
