// The partner's local copy of what its key may see, and the change feed cursor it is current to. A real system keeps
// this in its own database; here it is an object the test inspects, saved as one JSON file by the command line.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/** The fields the example keeps per type: the same selection for a full sync and for `nodes` (see fragments.ts). */
export interface MirroredJob {
  __typename: 'Job';
  id: string;
  externalId: string | null;
  title: string;
  jobStatus: string;
  clientCompany: { id: string; name: string } | null;
  updatedAt: string;
}
export interface MirroredCandidate {
  __typename: 'Candidate';
  id: string;
  externalId: string | null;
  fullName: string;
  email: string;
  headline: string;
  updatedAt: string;
}
export interface MirroredProposal {
  __typename: 'Proposal';
  id: string;
  proposalStatus: string;
  job: { id: string };
  candidate: { id: string } | null;
  respondBy: string;
  updatedAt: string;
}
export interface MirroredInterview {
  __typename: 'Interview';
  id: string;
  interviewStatus: string;
  startsAt: string;
  proposal: { id: string };
  updatedAt: string;
}
export type MirroredNode = MirroredJob | MirroredCandidate | MirroredProposal | MirroredInterview;

export interface Mirror {
  /** The change feed cursor everything below is current to: `changes(after:)` continues from it. */
  cursor: string | null;
  jobs: Record<string, MirroredJob>;
  candidates: Record<string, MirroredCandidate>;
  proposals: Record<string, MirroredProposal>;
  interviews: Record<string, MirroredInterview>;
}

export const emptyMirror = (): Mirror => ({ cursor: null, jobs: {}, candidates: {}, proposals: {}, interviews: {} });

const tableOf = {
  Job: 'jobs',
  Candidate: 'candidates',
  Proposal: 'proposals',
  Interview: 'interviews',
} as const satisfies Record<MirroredNode['__typename'], keyof Omit<Mirror, 'cursor'>>;

/** Adds or replaces a record by its global ID. */
export function putNode(mirror: Mirror, node: MirroredNode): void {
  (mirror[tableOf[node.__typename]] as Record<string, MirroredNode>)[node.id] = node;
}

/** Forgets a record that is gone or no longer visible to the key (global IDs are unique across types). */
export function removeNode(mirror: Mirror, id: string): void {
  for (const table of Object.values(tableOf)) delete mirror[table][id];
}

export function loadMirror(file: string): Mirror {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Mirror;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyMirror();
    throw error;
  }
}

/** Writes the whole file and then renames it over the old one, so a crash never leaves half a mirror. */
export function saveMirror(file: string, mirror: Mirror): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(mirror, null, 2));
  renameSync(`${file}.tmp`, file);
}
