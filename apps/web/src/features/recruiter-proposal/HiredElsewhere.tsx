import { Link } from '../../routes/Link';
import { firstNameOf } from '../../words/first-name-of';

/** The candidate's other proposal whose offer they accepted (HIRED), as the API names it. */
export type HiredProposal = { id: string; job: { title: string; clientCompany: { name: string } } };

/**
 * "Hired elsewhere": the candidate accepted another client's offer (AlreadyHiredError, or the proposal's
 * acceptedOfferElsewhere), so this offer cannot become a hire too. Says where, links the accepted proposal, and names
 * the polite way out.
 */
export function HiredElsewhere({
  candidateName,
  hiredProposal,
  message,
  role,
}: {
  candidateName: string;
  /** Null when the API does not let this viewer see it: only the words are shown. */
  hiredProposal: HiredProposal | null;
  /** The API's words, when this came back as an error. */
  message?: string;
  /** 'alert' in a dialog that was just refused; a plain note on the page. */
  role?: 'alert';
}) {
  const firstName = firstNameOf(candidateName);
  return (
    <div className="notice notice--error hired-elsewhere" role={role} tabIndex={role ? -1 : undefined}>
      <p>
        <strong>
          {hiredProposal ? (
            <>
              {candidateName} accepted{' '}
              <Link href={`/recruiter/proposals/${encodeURIComponent(hiredProposal.id)}`}>
                {hiredProposal.job.clientCompany.name}’s offer for {hiredProposal.job.title}
              </Link>
              , so this offer cannot be recorded as a hire too.
            </>
          ) : (
            (message ?? `${candidateName} has already accepted another offer, so this one cannot be recorded as a hire too.`)
          )}
        </strong>
      </p>
      <p>
        {firstName} can decline this offer, or you can withdraw this proposal with a polite message (“Withdraw proposal”, reason
        “Accepted another offer”).
      </p>
    </div>
  );
}
