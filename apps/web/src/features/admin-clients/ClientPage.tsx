import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { PageLoading, PageNotFound } from '../../ui/LoadError';
import { formErrorsForFields, type MutationError } from '../../ui/mutation-errors';
import { newNotice, SuccessNotice, type Notice } from '../../ui/SuccessNotice';
import { AdminNav } from '../admin-team/AdminNav';
import { ClientCompanyForm } from './ClientCompanyForm';
import { ContactsSection } from './ContactsSection';
import '../admin-team/admin.css';

export const ClientPage_Query = graphql(`
  query ClientPage_Query($id: ID!) {
    node(id: $id) {
      ... on ClientCompany {
        id
        name
        industry
        website
        city
        country
        jobCount
        openJobCount
        contacts {
          id
          name
          email
          phone
          title
        }
      }
    }
  }
`);

export const ClientPage_Update = graphql(`
  mutation ClientPage_Update($input: UpdateClientCompanyInput!) {
    updateClientCompany(input: $input) {
      __typename
      ... on UpdateClientCompanySuccess {
        clientCompany {
          id
          name
          industry
          website
          city
          country
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

/** Admin → a client company: its details (editable) and its contacts. */
export default function ClientPage({ params }: PageProps) {
  const id = params.clientId ?? '';
  const { data, error, refetch } = useQuery(ClientPage_Query, { variables: { id } });
  const [update] = useMutation(ClientPage_Update);
  const [notice, setNotice] = useState<Notice | null>(null);
  if (!data) {
    return (
      <PageLoading title="Client company" what="the client company" error={error} onRetry={() => void refetch().catch(() => {})}>
        Loading the client company…
      </PageLoading>
    );
  }
  const company = data.node?.__typename === 'ClientCompany' ? data.node : null;
  if (!company) {
    return (
      <PageNotFound title="No such client company" back={{ href: '/admin/clients', label: 'All client companies' }}>
        It may have been removed, or the link is incomplete.
      </PageNotFound>
    );
  }
  return (
    <main id="main" className="page admin-client">
      <AdminNav />
      <p>
        <Link href="/admin/clients">All client companies</Link>
      </p>
      <header className="page__header">
        <h1>{company.name}</h1>
        <p className="page__lede">
          {company.jobCount} jobs, {company.openJobCount} open.
        </p>
      </header>
      <SuccessNotice notice={notice} />
      <h2>Details</h2>
      <ClientCompanyForm
        key={company.id}
        label="Company details"
        submitLabel="Save details"
        initial={{ name: company.name, industry: company.industry ?? '', website: company.website ?? '', city: company.city ?? '', country: company.country }}
        save={async (details) => {
          const { data: answer } = await update({ variables: { input: { clientCompanyId: company.id, details } } });
          const result = answer?.updateClientCompany;
          if (!result) throw new Error('No answer from the server.');
          if (result.__typename === 'UpdateClientCompanySuccess') {
            setNotice(newNotice('The details are saved.'));
            return null;
          }
          const found = formErrorsForFields(result as MutationError, ['details.name', 'details.industry', 'details.website', 'details.city', 'details.country']);
          const fields = Object.fromEntries(Object.entries(found.fields).map(([key, text]) => [key.replace(/^details\./, ''), text]));
          return { ...found, fields };
        }}
      />
      <ContactsSection clientCompanyId={company.id} contacts={company.contacts} />
    </main>
  );
}
