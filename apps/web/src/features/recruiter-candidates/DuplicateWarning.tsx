import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import type { LikelyDuplicatesInput } from '../../gql/graphql';
import { Link } from '../../routes/Link';

export const DuplicateWarning_Query = graphql(`
  query DuplicateWarning_Query($input: LikelyDuplicatesInput!) {
    likelyDuplicates(input: $input) {
      score
      reasons {
        kind
        text
      }
      candidate {
        id
        fullName
        email
        city
      }
    }
  }
`);

export type LikelyDuplicateMatch = {
  candidate: { id: string; fullName: string; email: string; city?: string | null };
  reasons: ReadonlyArray<{ text: string }>;
};

/** How long typing must pause before the form asks again. */
export const DUPLICATE_CHECK_DELAY_MS = 400;

/** The input, once it has stayed the same for the delay (each keystroke does not ask the server). */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the value: equal content is no change
  }, [key, delayMs]);
  return settled;
}

/** The agency's profiles that are probably the person being typed in; empty while too little is typed or on a failure. */
export function useLikelyDuplicates(input: LikelyDuplicatesInput | null): readonly LikelyDuplicateMatch[] {
  const settled = useSettled(input, DUPLICATE_CHECK_DELAY_MS);
  const { data, previousData } = useQuery(DuplicateWarning_Query, { variables: { input: settled! }, skip: settled === null, fetchPolicy: 'network-only' });
  if (settled === null) return [];
  return (data ?? previousData)?.likelyDuplicates ?? [];
}

const reasonsOf = (match: LikelyDuplicateMatch) => match.reasons.map((reason) => reason.text).join(', ');

/**
 * "This may be Ana Lee (same phone)", with a link to each likely profile. Once the recruiter tries to save while it
 * shows, it asks them to choose: open the existing profile, or save anyway.
 */
export function DuplicateWarning({
  matches,
  isAsking,
  onSaveAnyway,
  headingRef,
}: {
  matches: readonly LikelyDuplicateMatch[];
  isAsking: boolean;
  onSaveAnyway: () => void;
  headingRef?: React.Ref<HTMLHeadingElement>;
}) {
  if (matches.length === 0) return null;
  const [first] = matches;
  return (
    <section className={isAsking ? 'notice notice--warning duplicate-warning' : 'notice duplicate-warning'} aria-labelledby="duplicate-warning-heading">
      <h2 id="duplicate-warning-heading" className="duplicate-warning__heading" ref={headingRef} tabIndex={-1}>
        {matches.length === 1 ? `This may be ${first!.candidate.fullName}` : `This may be someone already registered`}
      </h2>
      <ul className="duplicate-warning__list">
        {matches.map((match) => (
          <li key={match.candidate.id}>
            <Link href={`/recruiter/candidates/${encodeURIComponent(match.candidate.id)}`}>{match.candidate.fullName}</Link>{' '}
            <span className="duplicate-warning__reasons">({reasonsOf(match)})</span>
            {match.candidate.city ? `, ${match.candidate.city}` : ''}
          </li>
        ))}
      </ul>
      {isAsking && (
        <>
          <p>Is this the same person? Open their profile to add to it, or register a new profile anyway.</p>
          <div className="form__actions">
            <Link href={`/recruiter/candidates/${encodeURIComponent(first!.candidate.id)}`} className="button">
              Open {first!.candidate.fullName}’s profile
            </Link>
            <button type="button" className="button button--secondary" onClick={onSaveAnyway}>
              Save anyway
            </button>
          </div>
        </>
      )}
    </section>
  );
}
