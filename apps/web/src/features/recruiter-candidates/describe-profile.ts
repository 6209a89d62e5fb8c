import type { EmploymentType, RemotePolicy } from '../../gql/graphql';
import { employmentTypeInWords } from '../../words/employment-type-in-words';
import { remotePreferenceInWords } from '../../words/remote-preference-in-words';

const andList = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
const orList = new Intl.ListFormat('en', { style: 'long', type: 'disjunction' });

/** Date-only values are stored as midnight UTC, so they are read back in UTC: "1 Mar 2026". */
export function formatDay(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(iso),
  );
}

function formatMonth(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
}

/** "Mar 2021 – Jun 2024", or "Mar 2021 – now" for the current role. */
export function describeTenure(startDate: string, endDate: string | null): string {
  return `${formatMonth(startDate)} – ${endDate ? formatMonth(endDate) : 'now'}`;
}

function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${currency} ${amount.toLocaleString('en')}`;
  }
}

export type Preferences = {
  minSalary: number | null;
  currency: string;
  remotePreference: RemotePolicy;
  preferredLocations: readonly string[];
  willingToRelocate: boolean;
  employmentTypes: readonly EmploymentType[];
  earliestStart: string | null;
  noticePeriodDays: number;
  targetOpportunities: number;
};

/** A candidate's preferences as a recruiter reads them: a term and a plain sentence each. */
export function describePreferences(p: Preferences): Array<[term: string, description: string]> {
  const notice = p.noticePeriodDays > 0 ? `${p.noticePeriodDays} days' notice` : 'no notice period';
  return [
    ['Salary', p.minSalary === null ? 'No minimum given' : `At least ${formatMoney(p.minSalary, p.currency)} a year`],
    ['Remote work', remotePreferenceInWords[p.remotePreference]],
    [
      'Locations',
      `${p.preferredLocations.length > 0 ? `Would also work in ${andList.format(p.preferredLocations)}` : 'Where they live'}; ${
        p.willingToRelocate ? 'willing to relocate' : 'not looking to relocate'
      }`,
    ],
    [
      'Employment',
      p.employmentTypes.length > 0 ? orList.format(p.employmentTypes.map((type) => employmentTypeInWords[type])) : 'Any type',
    ],
    ['Available', p.earliestStart ? `From ${formatDay(p.earliestStart)}, ${notice}` : `Now, ${notice}`],
    [
      'Opportunities in flight',
      `Wants ${p.targetOpportunities} ${p.targetOpportunities === 1 ? 'opportunity' : 'opportunities'} at a time`,
    ],
  ];
}
