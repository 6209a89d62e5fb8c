import type { ApolloClient } from '@apollo/client';
import { graphql } from '../../gql';

export const LinkLeadToCandidate_Mutation = graphql(`
  mutation LinkLeadToCandidate_Mutation($input: LinkLeadToCandidateInput!) {
    linkLeadToCandidate(input: $input) {
      __typename
      ... on LinkLeadToCandidateSuccess {
        lead {
          id
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

/** "Register as candidate": the register form's address, prefilled with what the lead typed, naming the lead. */
export function registerAddressForLead(lead: { id: string; fullName: string; email: string; phone: string | null }): string {
  const params = new URLSearchParams({ leadId: lead.id, name: lead.fullName, email: lead.email });
  if (lead.phone) params.set('phone', lead.phone);
  return `/recruiter/candidates/new?${params}`;
}

/** What the register form starts with when it was opened from a lead (nothing otherwise). */
export function leadPrefillFromSearch(search: string): { fullName?: string; email?: string; phone?: string } {
  const params = new URLSearchParams(search);
  if (!params.get('leadId')) return {};
  const pick = (name: string, max: number) => params.get(name)?.slice(0, max) ?? undefined;
  return Object.fromEntries(
    Object.entries({ fullName: pick('name', 200), email: pick('email', 254), phone: pick('phone', 40) }).filter(([, value]) => value),
  );
}

/**
 * After a candidate is registered from a lead, the lead names them and leaves the open leads. A failure here does
 * not undo the registration; the lead stays open for a recruiter to dismiss.
 */
export async function linkLeadAfterRegister(client: ApolloClient, search: string, candidateId: string): Promise<void> {
  const leadId = new URLSearchParams(search).get('leadId');
  if (!leadId) return;
  await client
    .mutate({
      mutation: LinkLeadToCandidate_Mutation,
      variables: { input: { leadId, candidateId } },
      update: (cache) => {
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'candidateLeads' });
        cache.gc();
      },
    })
    .catch(() => {});
}
