import type { GraphQLSchema } from 'graphql';

/** A released schema: `schema-releases/<date>.graphql`, parsed. */
export interface SchemaRelease {
  /** The release's day, YYYY-MM-DD (UTC). */
  date: string;
  schema: GraphQLSchema;
}

/** Something that fails the schema check, with the change's ID or the schema path it concerns. */
export interface SchemaProblem {
  kind:
    | 'unlisted-change' // a breaking change the changelog's Unreleased section does not list
    | 'unlisted-deprecation' // a new deprecation the changelog's Unreleased section does not announce
    | 'stale-entry' // an Unreleased entry that matches no change
    | 'invalid-entry' // an Unreleased list item whose ID is not `CHANGE_TYPE path`
    | 'deprecation-without-date'
    | 'removal-date-too-soon'
    | 'removed-before-date'
    | 'no-release';
  /** The change ID (`FIELD_REMOVED Job.company`) or the schema path (`Job.company`). */
  subject: string;
  message: string;
}
