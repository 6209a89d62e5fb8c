import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { AgencyReliabilityRecord, AgencyReliabilityRecord_Query } from './AgencyReliabilityRecord';

afterEach(cleanup);

const reliability = {
  __typename: 'AgencyReliability',
  lateNoticeMinutes: 1440,
  interviews: 14,
  interviewsScheduled: 12,
  shortNoticeInterviews: 2,
  medianSchedulingNoticeHours: 74,
  cancellations: 1,
  lateCancellations: 1,
  medianCancellationNoticeHours: 3,
  noShows: 1,
  noShowsContested: 0,
  clientLateCancellations: 0,
  clientNoShows: 0,
};

function renderRecord(audience: 'candidate' | 'staff') {
  const mocks = [
    {
      request: { query: AgencyReliabilityRecord_Query },
      result: { data: { me: { __typename: 'User', id: 'user-1', agency: { __typename: 'Agency', id: 'agency-1', name: 'Northwind Talent', reliability } } } },
    },
  ];
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <AgencyReliabilityRecord audience={audience} />
    </ApolloProvider>,
  );
}

describe("the agency's reliability record", () => {
  test("shows the candidate the agency's short notice, late cancellation and no-show in words", async () => {
    renderRecord('candidate');
    expect(await screen.findByRole('heading', { name: "Northwind Talent's record with candidates" })).toBeDefined();
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      "Set 12 interview times, usually with 3 days' notice (2 at short notice, under 24 hours)",
      "Cancelled 1 interview, with 3 hours' notice (late)",
      'Did not come to 1 interview (no-show)',
    ]);
  });

  test('tells staff it is what candidates see', async () => {
    renderRecord('staff');
    expect(await screen.findByRole('heading', { name: "Your agency's record, as candidates see it" })).toBeDefined();
    expect(screen.getByText(/Candidates see this on their proposals\./)).toBeDefined();
  });
});
