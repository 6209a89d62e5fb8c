import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Link } from '../../routes/Link';
import type { PageProps } from '../../routes/routes';
import { LoadError, Loading } from '../../ui/LoadError';
import { EraseMyDataSection } from './EraseMyDataSection';
import { tableInWords } from './table-in-words';
import './my-data.css';

export const MyDataPage_Query = graphql(`
  query MyDataPage_Query {
    myDataExport {
      generatedAt
      json
      tables {
        name
        rowCount
      }
    }
  }
`);

type PartnerAccess = { id: string; operation: string; accessedAt: string };

/** The candidate's own data (GDPR art. 15/20): what the agency holds, table by table, a JSON download, and which partner systems read it. */
export default function MyDataPage(_props: PageProps) {
  const { data, error, refetch } = useQuery(MyDataPage_Query);
  const exported = data?.myDataExport;
  const accesses: PartnerAccess[] = exported ? ((JSON.parse(exported.json) as { tables: { PartnerDataAccess?: PartnerAccess[] } }).tables.PartnerDataAccess ?? []) : [];
  const href = exported ? `data:application/json;charset=utf-8,${encodeURIComponent(exported.json)}` : undefined;

  return (
    <main id="main" className="page">
      <header className="page__header">
        <h1>Your data</h1>
        <p className="page__lede">Everything the agency holds about you, to read or take with you.</p>
      </header>
      {error && !data ? (
        <LoadError what="your data" error={error} onRetry={() => refetch().catch(() => {})} />
      ) : !data ? (
        <Loading>Gathering your data…</Loading>
      ) : !exported ? (
        <p className="notice">Only candidates have data to download here.</p>
      ) : (
        <>
          <section className="card" aria-labelledby="my-data-download">
            <h2 id="my-data-download">Download</h2>
            <p>
              <a className="button" href={href} download="my-shortlist-data.json">
                Download my data (JSON)
              </a>{' '}
              <Link className="button button--secondary" href="/me/data/summary">
                Readable summary
              </Link>
            </p>
          </section>
          <section className="card" aria-labelledby="my-data-summary">
            <h2 id="my-data-summary">What the agency holds</h2>
            <table className="my-data__holdings">
              <thead>
                <tr>
                  <th scope="col">Kind of data</th>
                  <th scope="col" className="my-data__count">Records</th>
                </tr>
              </thead>
              <tbody>
                {exported.tables
                  .filter((table) => table.rowCount > 0)
                  .map((table) => (
                    <tr key={table.name}>
                      <th scope="row">{tableInWords(table.name)}</th>
                      <td className="my-data__count">{table.rowCount}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
            {exported.tables.some((table) => table.rowCount === 0) && (
              <p className="my-data__none">
                Nothing held of: {exported.tables.filter((table) => table.rowCount === 0).map((table) => tableInWords(table.name).toLowerCase()).join(', ')}.
              </p>
            )}
          </section>
          <section className="card" aria-labelledby="my-data-partners">
            <h2 id="my-data-partners">Partner systems that read your profile</h2>
            {accesses.length === 0 ? (
              <p>None so far.</p>
            ) : (
              <ul>
                {accesses.map((access) => (
                  <li key={access.id}>
                    {new Date(access.accessedAt).toLocaleString()}: {access.operation}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <EraseMyDataSection />
        </>
      )}
    </main>
  );
}
