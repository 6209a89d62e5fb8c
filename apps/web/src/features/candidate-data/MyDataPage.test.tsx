import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import MyDataPage, { MyDataPage_Query } from './MyDataPage';

afterEach(cleanup);

const json = JSON.stringify({
  generatedAt: '2026-12-04T23:00:00.000Z',
  tables: { CandidateProfile: [{ id: 'c1', fullName: 'Sam Okafor' }], PartnerDataAccess: [{ id: 'a1', operation: 'SyncCandidates', accessedAt: '2026-12-03T10:00:00.000Z' }] },
});

function renderPage() {
  const mocks = [
    {
      request: { query: MyDataPage_Query },
      result: {
        data: {
          myDataExport: {
            __typename: 'CandidateDataExport',
            generatedAt: '2026-12-04T23:00:00.000Z',
            json,
            tables: [
              { __typename: 'DataExportTable', name: 'CandidateProfile', rowCount: 1 },
              { __typename: 'DataExportTable', name: 'PartnerDataAccess', rowCount: 1 },
              { __typename: 'DataExportTable', name: 'InterviewReflection', rowCount: 0 },
            ],
          },
        },
      },
    },
  ];
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <MyDataPage params={{}} />
    </ApolloProvider>,
  );
}

describe('your data', () => {
  test('the candidate downloads their data as JSON and reads what is held and which partner systems read it', async () => {
    renderPage();
    const link = await screen.findByRole('link', { name: 'Download my data (JSON)' });
    expect(link.getAttribute('download')).toBe('my-shortlist-data.json');
    expect(decodeURIComponent(link.getAttribute('href')!.split(',').slice(1).join(','))).toBe(json);
    // In the candidate's words, not table names: what is held with its count, and what is not held at all.
    const holdings = within(screen.getByRole('table'));
    expect(holdings.getByRole('rowheader', { name: 'Your profile' }).nextElementSibling?.textContent).toBe('1');
    expect(holdings.getByRole('rowheader', { name: 'Reads by partner systems' })).toBeTruthy();
    expect(screen.queryByText(/CandidateProfile/)).toBeNull();
    expect(screen.getByText('Nothing held of: your interview reflections.')).toBeTruthy();
    expect(screen.getByText(/SyncCandidates/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Readable summary' }).getAttribute('href')).toBe('/me/data/summary');
  });
});
