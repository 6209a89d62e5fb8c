import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { registerAddressForLead } from './lead-in-register-address';

export const LeadRow_lead = graphql(`
  fragment LeadRow_lead on CandidateLead {
    id
    fullName
    email
    phone
    message
    consentGivenAt
    createdAt
    job {
      id
      title
    }
  }
`);

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** One lead: who, for which job, what they wrote, when they consented; register them or dismiss it. */
export function LeadRow({
  lead,
  onDismiss,
  isDismissing,
}: {
  lead: FragmentType<typeof LeadRow_lead>;
  onDismiss: (id: string, name: string) => void;
  isDismissing: boolean;
}) {
  const { data, complete } = useFragment({ fragment: LeadRow_lead, fragmentName: 'LeadRow_lead', from: lead });
  if (!complete) return null;
  return (
    <tr>
      <th scope="row">
        <span className="leads__name">{data.fullName}</span>
        <a className="leads__email" href={`mailto:${data.email}`}>
          {data.email}
        </a>
        {data.phone && <span className="leads__phone">{data.phone}</span>}
      </th>
      <td>
        <Link href={`/recruiter/jobs/${encodeURIComponent(data.job.id)}`}>{data.job.title}</Link>
      </td>
      <td className="leads__message">{data.message || <span className="leads__none">No message</span>}</td>
      <td>
        <time dateTime={data.consentGivenAt}>{when.format(new Date(data.consentGivenAt))}</time>
      </td>
      <td className="leads__actions">
        <Link className="button button--sm" href={registerAddressForLead(data)}>
          Register as candidate
        </Link>
        <button
          type="button"
          className="button button--secondary button--sm"
          disabled={isDismissing}
          aria-label={`Dismiss the lead from ${data.fullName}`}
          onClick={() => onDismiss(data.id, data.fullName)}
        >
          Dismiss
        </button>
      </td>
    </tr>
  );
}
