import { UNRELEASED_HEADING } from './parse-changelog.ts';

const NOTHING_LISTED = 'Nothing listed: additive changes only.';

/**
 * SCHEMA-CHANGELOG.md with the Unreleased section's content moved under `## <date>` (created just below Unreleased,
 * or appended to when that day was released before: cutting a release twice on one day is one release).
 */
export function releaseChangelog(text: string, date: string): string {
  const lines = text.replace(/\n+$/, '').split('\n');
  const unreleasedAt = lines.findIndex((line) => line.trim() === UNRELEASED_HEADING);
  if (unreleasedAt === -1) throw new Error(`SCHEMA-CHANGELOG.md has no "${UNRELEASED_HEADING}" heading.`);
  const unreleasedEnd = nextHeading(lines, unreleasedAt);
  const moved = trimBlankLines(lines.slice(unreleasedAt + 1, unreleasedEnd));
  const rest = lines.slice(unreleasedEnd);

  const releasedAt = rest.findIndex((line) => line.trim() === `## ${date}`);
  if (releasedAt === -1) {
    rest.unshift(`## ${date}`, '', ...(moved.length > 0 ? moved : [NOTHING_LISTED]), '');
  } else if (moved.length > 0) {
    const releasedEnd = nextHeading(rest, releasedAt);
    const released = trimBlankLines(rest.slice(releasedAt + 1, releasedEnd)).filter((line) => line !== NOTHING_LISTED);
    rest.splice(releasedAt, releasedEnd - releasedAt, `## ${date}`, '', ...released, ...moved, '');
  }
  return `${[...lines.slice(0, unreleasedAt + 1), '', ...rest].join('\n').replace(/\n+$/, '')}\n`;
}

function nextHeading(lines: readonly string[], after: number): number {
  const index = lines.findIndex((line, i) => i > after && line.startsWith('## '));
  return index === -1 ? lines.length : index;
}

function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}
