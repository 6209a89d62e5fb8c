import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { formErrorsOf, formErrorsOfFailure } from '../../ui/mutation-errors';
import { ModalDialog } from '../../ui/ModalDialog';

export const PossibleDuplicates_candidate = graphql(`
  fragment PossibleDuplicates_candidate on Candidate {
    id
    fullName
    likelyDuplicates {
      score
      reasons {
        text
      }
      candidate {
        id
        fullName
        email
        city
        skills {
          skill {
            id
            name
          }
        }
        experiences {
          title
        }
      }
    }
  }
`);

export const MergeDialog_Query = graphql(`
  query MergeDialog_Query($candidateId: ID!) {
    proposals(first: 1, filter: { candidateId: $candidateId }) {
      totalCount
    }
  }
`);

export const MergeDialog_Mutation = graphql(`
  mutation MergeDialog_Mutation($input: MergeCandidatesInput!) {
    mergeCandidates(input: $input) {
      __typename
      ... on MergeCandidatesSuccess {
        mergedId
        moved {
          proposals
          historyEvents
          skills
          experiences
          sameJobProposals
        }
        candidate {
          id
          version
          updatedAt
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

type Duplicate = {
  reasons: ReadonlyArray<{ text: string }>;
  candidate: { id: string; fullName: string; email: string; city?: string | null; skills: ReadonlyArray<{ skill: { id: string; name: string } }>; experiences: ReadonlyArray<{ title: string }> };
};
type MergedCounts = { proposals: number; historyEvents: number; skills: number; experiences: number; sameJobProposals: number };

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the merge moved, in one sentence. */
export function describeMerge(name: string, moved: MergedCounts): string {
  const parts = [count(moved.proposals, 'proposal'), count(moved.historyEvents, 'history entry', 'history entries'), count(moved.skills, 'skill'), count(moved.experiences, 'role')];
  const sameJob = moved.sameJobProposals > 0 ? ` ${count(moved.sameJobProposals, 'job has', 'jobs have')} two proposals now: withdraw one if both are open.` : '';
  return `Merged ${name} into this profile: ${parts.join(', ')} moved.${sameJob}`;
}

/**
 * "Possible duplicates" on a candidate's page (issue 14): the agency's profiles that are probably the same person,
 * with why, and a Merge action that folds the other profile into this one after showing what will move.
 */
export function PossibleDuplicates({ candidate: candidateRef, onMerged }: { candidate: FragmentType<typeof PossibleDuplicates_candidate>; onMerged: () => void }) {
  const { data: candidate, complete } = useFragment({ fragment: PossibleDuplicates_candidate, from: candidateRef });
  const [merging, setMerging] = useState<Duplicate | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const duplicates = complete ? candidate.likelyDuplicates : [];
  if (duplicates.length === 0 && !notice) return null;

  return (
    <section className="card candidate-section possible-duplicates" aria-labelledby="possible-duplicates">
      <h2 id="possible-duplicates">Possible duplicates</h2>
      <p role="status" className="possible-duplicates__status">
        {notice}
      </p>
      {duplicates.length > 0 && (
        <ul className="possible-duplicates__list">
          {duplicates.map((duplicate) => (
            <li key={duplicate.candidate.id} className="possible-duplicates__item">
              <Link href={`/recruiter/candidates/${encodeURIComponent(duplicate.candidate.id)}`}>{duplicate.candidate.fullName}</Link>
              <span className="field__hint">
                {' '}
                ({duplicate.reasons.map((reason) => reason.text).join(', ')}){duplicate.candidate.city ? `, ${duplicate.candidate.city}` : ''}
              </span>
              <button type="button" className="button button--secondary button--small" onClick={() => setMerging(duplicate)}>
                Merge <span className="visually-hidden">{duplicate.candidate.fullName}</span> into this profile
              </button>
            </li>
          ))}
        </ul>
      )}
      {merging && (
        <MergeDialog
          survivor={{ id: candidate.id ?? '', fullName: candidate.fullName ?? '' }}
          merged={merging}
          onClose={() => setMerging(null)}
          onMerged={(message) => {
            setMerging(null);
            setNotice(message);
            onMerged();
          }}
        />
      )}
    </section>
  );
}

function MergeDialog({
  survivor,
  merged,
  onClose,
  onMerged,
}: {
  survivor: { id: string; fullName: string };
  merged: Duplicate;
  onClose: () => void;
  onMerged: (message: string) => void;
}) {
  const other = merged.candidate;
  const { data } = useQuery(MergeDialog_Query, { variables: { candidateId: other.id }, fetchPolicy: 'network-only' });
  const [error, setError] = useState<string | null>(null);
  const [merge, { loading: isMerging }] = useMutation(MergeDialog_Mutation, {
    // The merged profile is gone: the lists of candidates load afresh (the page itself reloads, see onMerged).
    update: (cache, { data: answer }) => {
      if (answer?.mergeCandidates.__typename !== 'MergeCandidatesSuccess') return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'candidates' });
      cache.gc();
    },
  });
  const proposals = data?.proposals.totalCount;

  async function confirm() {
    if (isMerging) return;
    setError(null);
    try {
      const { data: answer } = await merge({ variables: { input: { survivorId: survivor.id, mergedId: other.id } } });
      const result = answer?.mergeCandidates;
      if (result?.__typename === 'MergeCandidatesSuccess') onMerged(describeMerge(other.fullName, result.moved));
      else if (result) setError(formErrorsOf(result).form ?? 'The profiles could not be merged.');
    } catch (failure) {
      setError(formErrorsOfFailure(failure).form);
    }
  }

  return (
    <ModalDialog labelledBy="merge-dialog-heading" onClose={onClose}>
      <h2 id="merge-dialog-heading">
        Merge {other.fullName} into {survivor.fullName}?
      </h2>
      <p>
        {other.fullName} ({other.email}) is deleted and everything of theirs moves to this profile; their old link opens this profile. This
        profile’s name, e-mail and details stay; empty ones take theirs.
      </p>
      <ul aria-label="What will move">
        <li>{proposals === undefined ? 'Their proposals, with their history and interviews' : `${count(proposals, 'proposal')}, with ${proposals === 1 ? 'its' : 'their'} history and interviews`}</li>
        <li>
          {count(other.skills.length, 'skill')}
          {other.skills.length > 0 ? `: ${other.skills.map((skill) => skill.skill.name).join(', ')} (the higher level wins)` : ''}
        </li>
        <li>{count(other.experiences.length, 'role')}</li>
        <li>Their reflections, contacts, leads and consents</li>
      </ul>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button" aria-disabled={isMerging || undefined} onClick={() => void confirm()}>
          {isMerging ? 'Merging…' : 'Merge profiles'}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
