/** "Sam" for "Sam Okafor": how messages greet and sign, and how a page refers back to a person. */
export function firstNameOf(fullName: string): string {
  return fullName.trim().split(/\s+/)[0] ?? '';
}
