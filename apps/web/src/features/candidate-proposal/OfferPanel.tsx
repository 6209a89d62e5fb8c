import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { graphql } from '../../gql';
import type { OfferPanel_AcceptOfferMutation } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format-date-time';
import { FormErrorNotice } from '../../ui/FormErrorNotice';
import { formErrorsForFields, formErrorsOfFailure } from '../../ui/mutation-errors';
import { Link } from '../../routes/Link';
import { DeclineOfferForm } from './lazy-parts';

export const OfferPanel_proposal = graphql(`
  fragment OfferPanel_proposal on Proposal {
    id
    recruiterName
    acceptedOfferElsewhere {
      id
      job {
        id
        title
        clientCompany {
          name
        }
      }
    }
    offer {
      at
      message
      salary
    }
    job {
      id
      title
      salary {
        currency
      }
      clientCompany {
        name
      }
    }
  }
`);

export const OfferPanel_AcceptOffer = graphql(`
  mutation OfferPanel_AcceptOffer($input: AcceptOfferInput!) {
    acceptOffer(input: $input) {
      __typename
      ... on AcceptOfferSuccess {
        proposal {
          id
          status
          version
          # The hire cancels the proposal's live interviews (no further round is needed): show them as they are now.
          interviews {
            id
            status
          }
          ...ProposalOutcome_proposal
        }
        cascade {
          action
          suggestedMessage
          suggestedReason
          proposal {
            id
            createdAt
            status
            recruiterName
            job {
              id
              title
              clientCompany {
                name
              }
            }
          }
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

export type CascadeSteps = Extract<OfferPanel_AcceptOfferMutation['acceptOffer'], { __typename: 'AcceptOfferSuccess' }>['cascade'];

function formatSalary(amount: number, currency: string): string {
  try {
    return `${new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount)} a year`;
  } catch {
    return `${amount.toLocaleString('en')} ${currency} a year`;
  }
}

type OfferPanelProps = {
  proposal: FragmentType<typeof OfferPanel_proposal>;
  candidateName: string;
  timeZone: string;
  onAccepted: (cascade: CascadeSteps) => void;
  onDeclined: () => void;
  onStale: (message: string) => void;
};

/**
 * The client's offer: what it is, "Accept offer" (after a confirmation) or "Decline offer" with a reason. Once the
 * candidate has accepted another offer, only the polite decline is offered, and the page says why.
 */
export function OfferPanel({ proposal, candidateName, timeZone, onAccepted, onDeclined, onStale }: OfferPanelProps) {
  const id = useId();
  const [isDeclining, setIsDeclining] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const [acceptError, setAcceptError] = useState<string | null>(null);
  const [acceptOffer, { loading: isAccepting }] = useMutation(OfferPanel_AcceptOffer);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { data, complete } = useFragment({ fragment: OfferPanel_proposal, fragmentName: 'OfferPanel_proposal', from: proposal });

  const acceptButtonRef = useRef<HTMLButtonElement>(null);
  const declineButtonRef = useRef<HTMLButtonElement>(null);

  // Open while confirming; closed (so the browser hands focus back) when it is done or the panel leaves the page.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !isConfirming) return;
    if (!dialog.open) dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, [isConfirming]);

  if (!complete) return null;
  const { id: proposalId, job, offer, recruiterName, acceptedOfferElsewhere } = data;

  async function accept() {
    if (isAccepting) return;
    setAcceptError(null);
    try {
      const { data: answer } = await acceptOffer({ variables: { input: { proposalId } } });
      const result = answer?.acceptOffer;
      if (!result) throw new Error('No answer from the server.');
      setIsConfirming(false);
      if (result.__typename === 'AcceptOfferSuccess') {
        onAccepted(result.cascade);
        return;
      }
      // Already hired elsewhere (accepted in another tab, or recorded by the recruiter): the page reloads and says which.
      if (result.__typename === 'InvalidTransitionError' || result.__typename === 'AlreadyHiredError') onStale(result.message);
      else setAcceptError(formErrorsForFields(result, []).form);
    } catch (error) {
      setAcceptError(formErrorsOfFailure(error).form);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="card offer">
      <h2 id={`${id}-title`}>Your offer from {job.clientCompany.name}</h2>
      {offer ? (
        <dl className="preview__facts">
          {offer.salary != null && (
            <>
              <dt>Salary</dt>
              <dd className="offer__salary">{formatSalary(offer.salary, job.salary.currency)}</dd>
            </>
          )}
          <dt>Made</dt>
          <dd>{formatDateTime(offer.at, timeZone)}</dd>
          {offer.message && (
            <>
              <dt>From {recruiterName}</dt>
              <dd className="preview__message">{offer.message}</dd>
            </>
          )}
        </dl>
      ) : (
        <p>{recruiterName} has recorded an offer; the details will follow.</p>
      )}

      <FormErrorNotice message={acceptError} />

      {acceptedOfferElsewhere && (
        <p className="offer__accepted-elsewhere" role="note">
          You have already accepted{' '}
          <Link href={`/me/proposals/${acceptedOfferElsewhere.id}`}>
            {acceptedOfferElsewhere.job.clientCompany.name}'s offer for {acceptedOfferElsewhere.job.title}
          </Link>
          , so this one cannot be accepted too. Let {recruiterName} know you are declining it, with "Accepted another offer" as the reason.
        </p>
      )}

      {!isDeclining && (
        <div className="form__actions">
          {!acceptedOfferElsewhere && (
            <button
              ref={acceptButtonRef}
              type="button"
              className="button"
              onClick={() => {
                if (!isAccepting) setIsConfirming(true);
              }}
              aria-disabled={isAccepting || undefined}
            >
              Accept offer
            </button>
          )}
          <button
            ref={declineButtonRef}
            type="button"
            className={acceptedOfferElsewhere ? 'button' : 'button button--secondary'}
            onClick={() => setIsDeclining(true)}
          >
            Decline offer
          </button>
        </div>
      )}
      {isDeclining && (
        <DeclineOfferForm
          proposalId={proposalId}
          candidateName={candidateName}
          recruiterName={recruiterName}
          jobTitle={job.title}
          companyName={job.clientCompany.name}
          onDeclined={onDeclined}
          onStale={onStale}
          onCancel={() => {
            // The form goes: back to the button that opened it, once it is on the page again.
            flushSync(() => setIsDeclining(false));
            declineButtonRef.current?.focus();
          }}
        />
      )}

      <dialog ref={dialogRef} className="dialog" aria-labelledby={`${id}-confirm`} onClose={() => setIsConfirming(false)}>
        <h2 id={`${id}-confirm`}>
          Accept the offer for {job.title} at {job.clientCompany.name}?
        </h2>
        <p>
          {recruiterName} and {job.clientCompany.name} will hear straight away. Next, you can let your other open proposals know,
          one message at a time: nothing is sent to them without you.
        </p>
        <div className="form__actions">
          {/* aria-disabled, not disabled, while sending: a disabled button loses focus; the handlers ignore repeats. */}
          <button type="button" className="button" onClick={accept} aria-disabled={isAccepting || undefined}>
            Yes, accept the offer
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              if (isAccepting) return;
              flushSync(() => setIsConfirming(false));
              acceptButtonRef.current?.focus();
            }}
            aria-disabled={isAccepting || undefined}
          >
            Not yet
          </button>
          <span role="status" className="form__status">
            {isAccepting ? 'Accepting…' : ''}
          </span>
        </div>
      </dialog>
    </section>
  );
}
