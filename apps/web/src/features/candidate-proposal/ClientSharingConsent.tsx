import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../../gql';

export const ClientSharingConsent_proposal = graphql(`
  fragment ClientSharingConsent_proposal on Proposal {
    id
    job {
      id
      clientCompany {
        name
      }
    }
    clientSharingConsent {
      isGiven
      givenAt
      withdrawnAt
    }
  }
`);

export const ClientSharingConsent_Mutation = graphql(`
  mutation ClientSharingConsent_Mutation($input: SetClientSharingConsentInput!) {
    setClientSharingConsent(input: $input) {
      __typename
      ... on SetClientSharingConsentSuccess {
        proposal {
          id
          clientSharingConsent {
            isGiven
            givenAt
            withdrawnAt
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/**
 * Whether the job's client may read the candidate's profile (GDPR art. 6/7), and one button to give or withdraw it;
 * the answer is said in a status line, so a screen reader hears it.
 */
export function ClientSharingConsent({ proposal }: { proposal: FragmentType<typeof ClientSharingConsent_proposal> }) {
  const id = useId();
  const [setConsent, { loading: isSaving }] = useMutation(ClientSharingConsent_Mutation);
  const [said, setSaid] = useState('');
  const { data, complete } = useFragment({ fragment: ClientSharingConsent_proposal, fragmentName: 'ClientSharingConsent_proposal', from: proposal });
  if (!complete) return null;
  const clientName = data.job.clientCompany.name;
  const isGiven = data.clientSharingConsent.isGiven;
  const proposalId = data.id;

  async function toggle() {
    if (isSaving) return;
    const { data: answer } = await setConsent({ variables: { input: { proposalId, isGiven: !isGiven } } });
    const result = answer?.setClientSharingConsent;
    if (result?.__typename === 'SetClientSharingConsentSuccess') {
      setSaid(result.proposal.clientSharingConsent.isGiven ? `${clientName} can now see your profile.` : `${clientName} can no longer see your profile.`);
    } else {
      setSaid((result && 'message' in result ? result.message : undefined) ?? 'That did not work; try again.');
    }
  }

  return (
    <div className="client-sharing">
      <p id={`${id}-state`}>
        {isGiven
          ? `You share your profile with ${clientName}: they see your name, e-mail address, headline, summary, city and country, experience, skills and job preferences (never your phone number).`
          : `${clientName} does not see your profile; only the agency does.`}
      </p>
      <p>
        <button type="button" className="button button--secondary" aria-describedby={`${id}-state`} aria-disabled={isSaving || undefined} onClick={toggle}>
          {isGiven ? `Stop sharing my profile with ${clientName}` : `Share my profile with ${clientName}`}
        </button>{' '}
        <span role="status" className="form__status">
          {isSaving ? 'Saving…' : said}
        </span>
      </p>
    </div>
  );
}
