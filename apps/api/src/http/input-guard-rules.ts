/** No single input string is longer; the longest form field (a job's description) allows exactly this. */
export const MAX_STRING_LENGTH = 20_000;

/**
 * C0 control characters and DEL, except tab, newline and carriage return (which long text such as a message may
 * hold). PostgreSQL refuses NUL in text outright, which answered a 500; the others only ever come from a bug or a
 * probe, and would reach e-mails, calendar files and other people's screens.
 */
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export interface UnsafeString {
  /** Where the string sits in the value: ["input", "slots", 0, "location"]. */
  path: Array<string | number>;
  problem: 'control-character' | 'too-long';
}

/** Every string in a JSON-like value (arguments, variables) that holds a control character or is over the cap. */
export function findUnsafeStrings(value: unknown, path: Array<string | number> = []): UnsafeString[] {
  if (typeof value === 'string') {
    if (UNSAFE_CHARACTER.test(value)) return [{ path, problem: 'control-character' }];
    return value.length > MAX_STRING_LENGTH ? [{ path, problem: 'too-long' }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => findUnsafeStrings(item, [...path, i]));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => findUnsafeStrings(item, [...path, key]));
  }
  return [];
}

/** What is wrong, worded for the person: "Title cannot contain control characters (such as a NUL byte)." */
export function describeUnsafeString({ path, problem }: UnsafeString): string {
  const name = [...path].reverse().find((part): part is string => typeof part === 'string') ?? 'The text';
  const label = name.charAt(0).toUpperCase() + name.slice(1).replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
  return problem === 'control-character'
    ? `${label} cannot contain control characters (such as a NUL byte).`
    : `${label} is at most ${MAX_STRING_LENGTH.toLocaleString('en')} characters.`;
}
