import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import { navigate } from '../../routes/navigate';
import type { PageProps } from '../../routes/routes';
import { LoadError, PageLoading } from '../../ui/LoadError';
import { formErrorsForFields, type MutationError } from '../../ui/mutation-errors';
import { countryName } from '../../ui/zone-and-currency-options';
import { AdminNav } from '../admin-team/AdminNav';
import { ClientCompanyForm, EMPTY_COMPANY } from './ClientCompanyForm';
import '../admin-team/admin.css';

export const ClientsPage_Query = graphql(`
  query ClientsPage_Query {
    clientCompanies {
      id
      name
      industry
      city
      country
      jobCount
      openJobCount
      contacts {
        id
      }
    }
  }
`);

export const ClientsPage_Create = graphql(`
  mutation ClientsPage_Create($input: ClientCompanyInput!) {
    createClientCompany(input: $input) {
      __typename
      ... on CreateClientCompanySuccess {
        clientCompany {
          id
        }
      }
      ...MutationErrors_error @unmask
    }
  }
`);

const TITLE = 'Client companies';

/** Admin → Client companies: every client with its jobs and contacts; add one. */
export default function ClientsPage(_props: PageProps) {
  const { data, error, loading, refetch } = useQuery(ClientsPage_Query, { fetchPolicy: 'cache-and-network' });
  const [isAdding, setIsAdding] = useState(false);
  const [create] = useMutation(ClientsPage_Create, { refetchQueries: ['ClientsPage_Query'] });
  const retry = () => void refetch().catch(() => {});
  if (!data) {
    return (
      <PageLoading title={TITLE} what="your client companies" error={error} onRetry={retry}>
        Loading client companies…
      </PageLoading>
    );
  }
  return (
    <main id="main" className="page admin-clients">
      <AdminNav />
      <header className="page__header page__header--with-action">
        <div>
          <h1>{TITLE}</h1>
          <p className="page__lede">The employers your jobs are for, and the people you deal with there.</p>
        </div>
        {!isAdding && (
          <button type="button" className="button" onClick={() => setIsAdding(true)}>
            Add a client company
          </button>
        )}
      </header>
      {isAdding && (
        <ClientCompanyForm
          label="Add a client company"
          submitLabel="Add company"
          initial={EMPTY_COMPANY}
          onCancel={() => setIsAdding(false)}
          save={async (details) => {
            const { data: answer } = await create({ variables: { input: details } });
            const result = answer?.createClientCompany;
            if (!result) throw new Error('No answer from the server.');
            if (result.__typename === 'CreateClientCompanySuccess') {
              navigate(`/admin/clients/${encodeURIComponent(result.clientCompany.id)}`);
              return null;
            }
            return formErrorsForFields(result as MutationError, ['name', 'industry', 'website', 'city', 'country']);
          }}
        />
      )}
      <section aria-label="Client companies" aria-busy={loading}>
        {error ? <LoadError what="your client companies" error={error} onRetry={retry} /> : null}
        {data.clientCompanies.length === 0 ? (
          <p className="notice">No client companies yet. Add the first to create jobs for it.</p>
        ) : (
          <div className="admin-table-wrap">
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">Company</th>
                  <th scope="col">Where</th>
                  <th scope="col">Jobs</th>
                  <th scope="col">Contacts</th>
                </tr>
              </thead>
              <tbody>
                {data.clientCompanies.map((company) => (
                  <tr key={company.id}>
                    <th scope="row">
                      <Link href={`/admin/clients/${encodeURIComponent(company.id)}`}>{company.name}</Link>
                      {company.industry && <span className="admin-table__sub">{company.industry}</span>}
                    </th>
                    <td>{[company.city, countryName(company.country) ?? company.country].filter(Boolean).join(', ')}</td>
                    <td>
                      {company.jobCount} <span className="admin-table__sub">{company.openJobCount} open</span>
                    </td>
                    <td>{company.contacts.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
