import { ChangeType } from '@graphql-inspector/core';
import { DEPRECATED } from './change-id.ts';
import type { SchemaProblem } from './schema-problem.ts';

export interface ChangelogEntry {
  /** `FIELD_REMOVED Job.company` (the change's type and path, as `changeId` writes it) or `DEPRECATED Job.company`. */
  id: string;
  /** 1-based, for messages. */
  line: number;
}

export interface Changelog {
  unreleased: ChangelogEntry[];
  /** The entries under each `## YYYY-MM-DD` heading. */
  releases: Map<string, ChangelogEntry[]>;
  problems: SchemaProblem[];
}

export const UNRELEASED_HEADING = '## Unreleased';
const RELEASE_HEADING = /^## (\d{4}-\d{2}-\d{2})\s*$/;
/** A list item that starts with a code span: an entry. Other lines (prose, list items without one) are for people. */
const ENTRY = /^[-*]\s+`([^`]*)`/;
const ID = /^([A-Z][A-Z_]*)(?: (\S+))?$/;
const CHANGE_TYPES = new Set<string>([...Object.values(ChangeType), DEPRECATED]);

/** The entries of SCHEMA-CHANGELOG.md, by section (Unreleased, then each release date); see its header for the format. */
export function parseChangelog(text: string): Changelog {
  const changelog: Changelog = { unreleased: [], releases: new Map(), problems: [] };
  let section: ChangelogEntry[] | null = null;
  text.split('\n').forEach((content, index) => {
    if (content.startsWith('## ')) {
      const date = RELEASE_HEADING.exec(content)?.[1];
      section = content.trim() === UNRELEASED_HEADING ? changelog.unreleased : date ? [] : null;
      if (date) changelog.releases.set(date, section!);
      return;
    }
    const id = ENTRY.exec(content)?.[1];
    if (section === null || id === undefined) return;
    const type = ID.exec(id)?.[1];
    if (type && CHANGE_TYPES.has(type)) {
      section.push({ id, line: index + 1 });
    } else {
      changelog.problems.push({
        kind: 'invalid-entry',
        subject: id,
        message: `SCHEMA-CHANGELOG.md line ${index + 1}: \`${id}\` is not a change ID. An entry starts with the ID the check prints, a change type and a path: \`FIELD_REMOVED Job.company\`.`,
      });
    }
  });
  return changelog;
}
