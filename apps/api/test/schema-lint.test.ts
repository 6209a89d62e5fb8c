import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatFinding, lintSchema, strictIdExceptions } from '../src/schema-lint/lint-schema.ts';

const schemaFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema.graphql');

describe('the schema a partner reads passes the schema linters', () => {
  it('schema.graphql has no finding from graphql-schema-linter, schema-recommended or schema-relay', () => {
    const findings = lintSchema(readFileSync(schemaFile, 'utf8')).map(formatFinding);
    expect(findings, `Run \`npx tsx scripts/lint-schema.ts\` in apps/api:\n${findings.join('\n')}`).toEqual([]);
  });

  it('the two options set hide only what they say: IDs of the listed value types, and plain lists', () => {
    const sdl = readFileSync(schemaFile, 'utf8');
    const configured = new Set(lintSchema(sdl).map(formatFinding));
    const hidden = lintSchema(sdl, { asShipped: true }).filter((finding) => !configured.has(formatFinding(finding)));
    const isExempt = (type: string) => strictIdExceptions.types.includes(type) || strictIdExceptions.suffixes.some((suffix) => type.endsWith(suffix));
    const unexplained = hidden.filter(
      (finding) =>
        !(finding.rule === 'strict-id-in-types' && isExempt(finding.coordinate)) &&
        !(finding.rule === 'relay-edge-types' && finding.message === 'A list type should only wrap an edge type.'),
    );
    expect(unexplained.map(formatFinding)).toEqual([]);
  });

  it('an undescribed field, a connection without pageInfo and an edge whose node is not a Node are each reported', () => {
    const findings = lintSchema(SMALL_SCHEMA).map(({ tool, rule, coordinate }) => `${tool} ${rule} ${coordinate}`);

    // Each finding once per tool that checks it, and nothing about the parts that are right.
    expect(findings.sort()).toEqual([
      'graphql-eslint relay-connection-types JobConnection',
      'graphql-eslint relay-edge-types JobEdge',
      'graphql-schema-linter fields-have-descriptions Job.title',
      'graphql-schema-linter relay-connection-types-spec JobConnection',
    ]);
  });
});

// Everything is described except Job.title; JobConnection lacks pageInfo and Job is not a Node, where the
// candidates' connection has both and passes.
const SMALL_SCHEMA = /* GraphQL */ `
"""The root of every query."""
type Query {
  """The agency's candidates, newest first."""
  candidates(
    """Entries after this cursor."""
    after: String
    """Entries before this cursor."""
    before: String
    """How many entries from the start, at most 100."""
    first: Int
    """How many entries from the end, at most 100."""
    last: Int
  ): CandidateConnection!
  """The agency's jobs, newest first."""
  jobs(
    """Entries after this cursor."""
    after: String
    """Entries before this cursor."""
    before: String
    """How many entries from the start, at most 100."""
    first: Int
    """How many entries from the end, at most 100."""
    last: Int
  ): JobConnection!
}

"""An object with a global ID."""
interface Node {
  """The global ID."""
  id: ID!
}

"""A person an agency may propose."""
type Candidate implements Node {
  """The candidate's global ID."""
  id: ID!
}

"""A page of candidates."""
type CandidateConnection {
  """The candidates on this page."""
  edges: [CandidateEdge!]!
  """Where this page sits in the list."""
  pageInfo: PageInfo!
}

"""A candidate's place in a page."""
type CandidateEdge {
  """Where this entry sits, for after and before."""
  cursor: String!
  """The candidate."""
  node: Candidate!
}

"""Where a page sits in its list."""
type PageInfo {
  """The cursor of the page's last entry; null when the page is empty."""
  endCursor: String
  """Whether entries follow this page."""
  hasNextPage: Boolean!
  """Whether entries precede this page."""
  hasPreviousPage: Boolean!
  """The cursor of the page's first entry; null when the page is empty."""
  startCursor: String
}

"""A role at a client company."""
type Job {
  """The job's global ID."""
  id: ID!
  title: String!
}

"""A page of jobs."""
type JobConnection {
  """The jobs on this page."""
  edges: [JobEdge!]!
}

"""A job's place in a page."""
type JobEdge {
  """Where this entry sits, for after and before."""
  cursor: String!
  """The job."""
  node: Job!
}

`;
