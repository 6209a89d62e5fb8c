import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createApolloClient } from '../../apollo/create-apollo-client';
import { takeFlashNotice } from '../../ui/flash-notice';
import { SkillPicker_Query } from '../skills/SkillPicker';
import JobFormPage, { JobFormPage_CreateJob, JobFormPage_Query, JobFormPage_UpdateJob } from './JobFormPage';

afterEach(cleanup);
beforeEach(() => window.history.replaceState(null, '', '/recruiter/jobs/new'));

const clients = [
  { __typename: 'ClientCompany', id: 'Client-acme', name: 'Acme Logistics' },
  { __typename: 'ClientCompany', id: 'Client-nordlicht', name: 'Nordlicht Energie' },
];
const me = { __typename: 'User', id: 'User-riley', timeZone: 'Europe/Berlin' };

function savedJob(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Job',
    id: 'Job-7',
    version: 4,
    title: 'Platform Engineer',
    description: 'Keep the platform calm.',
    seniority: 'SENIOR',
    employmentType: 'FULL_TIME',
    openings: 2,
    minYearsExperience: 5,
    salary: { __typename: 'SalaryBand', min: 70_000, max: 90_000, currency: 'EUR' },
    remotePolicy: 'HYBRID',
    city: 'Hamburg',
    country: 'DE',
    timeZone: 'Europe/Berlin',
    startDate: null,
    minTimeZoneOverlapHours: 4,
    status: 'OPEN',
    clientCompany: { __typename: 'ClientCompany', id: 'Client-nordlicht', name: 'Nordlicht Energie' },
    skills: [
      {
        __typename: 'JobSkill',
        requirement: 'MUST_HAVE',
        minLevel: 4,
        weight: null,
        skill: { __typename: 'Skill', id: 'kubernetes', name: 'Kubernetes' },
      },
      {
        __typename: 'JobSkill',
        requirement: 'NICE_TO_HAVE',
        minLevel: null,
        weight: 2,
        skill: { __typename: 'Skill', id: 'terraform', name: 'Terraform' },
      },
    ],
    ...overrides,
  };
}

function formData({ job }: { job?: ReturnType<typeof savedJob> } = {}): MockLink.MockedResponse {
  return {
    request: { query: JobFormPage_Query, variables: { jobId: job ? job.id : '', isEdit: Boolean(job) } },
    result: { data: { me, clientCompanies: clients, ...(job ? { job } : {}) } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Answers a mutation with `result` and keeps the input it was sent, so a test can check what left the form. */
function mutationAnswer(
  query: MockLink.MockedRequest['query'],
  field: 'createJob' | 'updateJob',
  result: Record<string, unknown>,
  sent: Array<Record<string, unknown>>,
): MockLink.MockedResponse {
  return {
    request: {
      query,
      variables: (variables: Record<string, unknown>) => {
        sent.push(variables.input as Record<string, unknown>);
        return true;
      },
    },
    result: { data: { [field]: result } },
  };
}

function renderPage(params: Record<string, string>, mocks: MockLink.MockedResponse[]) {
  const client = createApolloClient({ link: new MockLink(mocks, { defaultOptions: { delay: 0 } }) });
  render(
    <ApolloProvider client={client}>
      <JobFormPage params={params} />
    </ApolloProvider>,
  );
}

function descriptionOf(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('creating a job', () => {
  test('shows the API’s message next to the field it is about, keeping everything typed', async () => {
    const sent: Array<Record<string, unknown>> = [];
    renderPage({}, [
      formData(),
      mutationAnswer(
        JobFormPage_CreateJob,
        'createJob',
        {
          __typename: 'ValidationError',
          message: 'Some fields are invalid.',
          fieldErrors: [
            { __typename: 'FieldError', field: 'salaryMax', message: 'The top of the salary band (70000) is below its bottom (90000).' },
          ],
        },
        sent,
      ),
    ]);
    await screen.findByLabelText('Client');

    type('Title', 'Data Engineer');
    fireEvent.change(screen.getByLabelText('Client'), { target: { value: 'Client-acme' } });
    type('Minimum salary', '90000');
    type('Maximum salary', '70000');
    fireEvent.click(screen.getByRole('button', { name: 'Create job' }));

    const maximum = screen.getByLabelText('Maximum salary') as HTMLInputElement;
    await waitFor(() => expect(descriptionOf(maximum)).toBe('The top of the salary band (70000) is below its bottom (90000).'));
    expect(maximum.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(maximum));
    expect(maximum.value).toBe('70000');
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Data Engineer');
    expect((screen.getByLabelText('Minimum salary') as HTMLInputElement).value).toBe('90000');
    expect(sent[0]).toMatchObject({
      title: 'Data Engineer',
      clientCompanyId: 'Client-acme',
      salaryMin: 90_000,
      salaryMax: 70_000,
      timeZone: 'Europe/Berlin',
      status: 'DRAFT',
    });
  });

  test('starts in the recruiter’s time zone and goes to the new job’s page once created', async () => {
    const sent: Array<Record<string, unknown>> = [];
    renderPage({}, [
      formData(),
      mutationAnswer(JobFormPage_CreateJob, 'createJob', { __typename: 'CreateJobSuccess', job: { __typename: 'Job', id: 'Job-99' } }, sent),
    ]);
    const zone = (await screen.findByLabelText('Time zone')) as HTMLSelectElement;
    expect(zone.value).toBe('Europe/Berlin');

    type('Title', 'Support Lead');
    fireEvent.change(screen.getByLabelText('Client'), { target: { value: 'Client-nordlicht' } });
    type('Country', 'NL');
    fireEvent.click(screen.getByRole('radio', { name: 'Remote' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Open' }));
    fireEvent.click(screen.getByRole('button', { name: 'Create job' }));

    expect(screen.getByText('Creating the job…')).toBeDefined();
    await waitFor(() => expect(window.location.pathname).toBe('/recruiter/jobs/Job-99'));
    expect(sent[0]).toMatchObject({ country: 'NL', remotePolicy: 'REMOTE', status: 'OPEN', skills: [] });
  });

  test('asks for the client before sending anything', async () => {
    renderPage({}, [formData()]);
    await screen.findByLabelText('Client');

    type('Title', 'Data Engineer');
    fireEvent.click(screen.getByRole('button', { name: 'Create job' }));

    const client = screen.getByLabelText('Client');
    expect(descriptionOf(client)).toBe('Choose the client this job is for.');
    await waitFor(() => expect(document.activeElement).toBe(client));
  });
});

const skillSuggestions: MockLink.MockedResponse = {
  request: { query: SkillPicker_Query, variables: () => true },
  result: {
    data: {
      skills: [
        { __typename: 'Skill', id: 'kubernetes', name: 'Kubernetes', aliases: ['k8s'] },
        { __typename: 'Skill', id: 'k3s', name: 'K3s', aliases: [] },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('the skills of a job', () => {
  test('a skill picked from the taxonomy is a must-have that needs a minimum level before the job is sent', async () => {
    const sent: Array<Record<string, unknown>> = [];
    renderPage({}, [
      formData(),
      skillSuggestions,
      mutationAnswer(JobFormPage_CreateJob, 'createJob', { __typename: 'CreateJobSuccess', job: { __typename: 'Job', id: 'Job-100' } }, sent),
    ]);
    await screen.findByLabelText('Client');
    type('Title', 'Cluster Engineer');
    fireEvent.change(screen.getByLabelText('Client'), { target: { value: 'Client-acme' } });

    fireEvent.change(screen.getByLabelText('Add a skill', { selector: 'input' }), { target: { value: 'k8s' } });
    fireEvent.click(await screen.findByText('Kubernetes', { selector: '[role="option"]', exact: false }));
    fireEvent.click(screen.getByRole('button', { name: 'Create job' }));

    const level = screen.getByLabelText('Minimum level for Kubernetes') as HTMLSelectElement;
    expect(descriptionOf(level)).toBe('Choose the minimum level of Kubernetes a candidate needs.');
    expect(level.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toHaveLength(0);

    fireEvent.change(level, { target: { value: '4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create job' }));

    await waitFor(() => expect(window.location.pathname).toBe('/recruiter/jobs/Job-100'));
    expect(sent[0]!.skills).toEqual([{ skill: 'kubernetes', requirement: 'MUST_HAVE', minLevel: 4 }]);
  });

  test('a nice-to-have is sent with its weight, and a removed skill is not sent at all', async () => {
    const sent: Array<Record<string, unknown>> = [];
    renderPage({ jobId: 'Job-7' }, [
      formData({ job: savedJob() }),
      mutationAnswer(JobFormPage_UpdateJob, 'updateJob', { __typename: 'UpdateJobSuccess', job: savedJob({ version: 5 }) }, sent),
    ]);
    await screen.findByLabelText('Weight for Terraform');

    fireEvent.change(screen.getByLabelText('Requirement for Kubernetes'), { target: { value: 'NICE_TO_HAVE' } });
    fireEvent.change(screen.getByLabelText('Weight for Kubernetes'), { target: { value: '5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove Terraform' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.skills).toEqual([{ skill: 'kubernetes', requirement: 'NICE_TO_HAVE', weight: 5 }]);
  });

  test('shows the API’s message about one skill next to that skill', async () => {
    const sent: Array<Record<string, unknown>> = [];
    renderPage({ jobId: 'Job-7' }, [
      formData({ job: savedJob() }),
      mutationAnswer(
        JobFormPage_UpdateJob,
        'updateJob',
        {
          __typename: 'ValidationError',
          message: 'Some fields are invalid.',
          fieldErrors: [{ __typename: 'FieldError', field: 'skills.1.weight', message: 'Level is from 1 to 5.' }],
        },
        sent,
      ),
    ]);
    await screen.findByLabelText('Weight for Terraform');

    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(descriptionOf(screen.getByLabelText('Weight for Terraform'))).toBe('Level is from 1 to 5.'));
    expect(screen.getByRole('alert').textContent).toContain('Some fields need a change');
  });
});

describe('editing a job', () => {
  test('starts from the saved job and sends its version back with every field', async () => {
    const sent: Array<Record<string, unknown>> = [];
    renderPage({ jobId: 'Job-7' }, [
      formData({ job: savedJob() }),
      mutationAnswer(JobFormPage_UpdateJob, 'updateJob', { __typename: 'UpdateJobSuccess', job: savedJob({ version: 5, title: 'Staff Platform Engineer' }) }, sent),
    ]);

    const title = (await screen.findByLabelText('Title')) as HTMLInputElement;
    expect(title.value).toBe('Platform Engineer');
    expect((screen.getByLabelText('Minimum level for Kubernetes') as HTMLSelectElement).value).toBe('4');
    expect((screen.getByLabelText('Weight for Terraform') as HTMLSelectElement).value).toBe('2');
    expect(screen.queryByLabelText('Client')).toBeNull();

    type('Title', 'Staff Platform Engineer');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(window.location.pathname).toBe('/recruiter/jobs/Job-7'));
    expect(takeFlashNotice()).toBe('Changes saved.');
    expect(sent[0]).toEqual({
      id: 'Job-7',
      version: 4,
      title: 'Staff Platform Engineer',
      description: 'Keep the platform calm.',
      seniority: 'SENIOR',
      employmentType: 'FULL_TIME',
      openings: 2,
      minYearsExperience: 5,
      skills: [
        { skill: 'kubernetes', requirement: 'MUST_HAVE', minLevel: 4 },
        { skill: 'terraform', requirement: 'NICE_TO_HAVE', weight: 2 },
      ],
      salaryMin: 70_000,
      salaryMax: 90_000,
      currency: 'EUR',
      remotePolicy: 'HYBRID',
      city: 'Hamburg',
      country: 'DE',
      timeZone: 'Europe/Berlin',
      startDate: null,
      minTimeZoneOverlapHours: 4,
      status: 'OPEN',
    });
  });

  test('while saving, “Save changes” keeps the focus (it is marked busy, not disabled) and a second press sends nothing', async () => {
    const sent: Array<Record<string, unknown>> = [];
    renderPage({ jobId: 'Job-7' }, [
      formData({ job: savedJob() }),
      mutationAnswer(JobFormPage_UpdateJob, 'updateJob', { __typename: 'UpdateJobSuccess', job: savedJob({ version: 5 }) }, sent),
    ]);
    await screen.findByLabelText('Title');
    const save = screen.getByRole('button', { name: 'Save changes' });
    save.focus();

    fireEvent.click(save);
    fireEvent.click(save);

    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(save.hasAttribute('disabled')).toBe(false);
    await waitFor(() => expect(document.activeElement).toBe(save));
    await waitFor(() => expect(window.location.pathname).toBe('/recruiter/jobs/Job-7'));
    expect(sent).toHaveLength(1);
  });

  test('a must-have needs a minimum level: nothing is sent until one is chosen', async () => {
    const sent: Array<Record<string, unknown>> = [];
    renderPage({ jobId: 'Job-7' }, [
      formData({ job: savedJob() }),
      mutationAnswer(JobFormPage_UpdateJob, 'updateJob', { __typename: 'UpdateJobSuccess', job: savedJob({ version: 5 }) }, sent),
    ]);
    const requirement = await screen.findByLabelText('Requirement for Terraform');

    fireEvent.change(requirement, { target: { value: 'MUST_HAVE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const level = screen.getByLabelText('Minimum level for Terraform') as HTMLSelectElement;
    expect(level.value).toBe('');
    expect(descriptionOf(level)).toBe('Choose the minimum level of Terraform a candidate needs.');
    await waitFor(() => expect(document.activeElement).toBe(level));
    expect(sent).toHaveLength(0);

    fireEvent.change(level, { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.skills).toContainEqual({ skill: 'terraform', requirement: 'MUST_HAVE', minLevel: 3 });
  });

  test('says so when someone else saved first, reloads the job and keeps the edits', async () => {
    const sent: Array<Record<string, unknown>> = [];
    renderPage({ jobId: 'Job-7' }, [
      formData({ job: savedJob() }),
      mutationAnswer(
        JobFormPage_UpdateJob,
        'updateJob',
        { __typename: 'InvalidTransitionError', message: 'This job was changed by someone else; reload it.', currentStatus: 'OPEN' },
        sent,
      ),
    ]);
    await screen.findByLabelText('Title');
    type('Title', 'My Better Title');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else changed this job while you were editing it.');
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('My Better Title');
    expect(screen.getByRole('button', { name: 'Save changes' }).getAttribute('aria-disabled')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(alert));

    fireEvent.click(screen.getByRole('button', { name: 'Show their version' }));

    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Platform Engineer');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('says so when the job is not one of the agency’s', async () => {
    renderPage({ jobId: 'Job-404' }, [
      {
        request: { query: JobFormPage_Query, variables: { jobId: 'Job-404', isEdit: true } },
        result: { data: { me, clientCompanies: clients, job: null } },
      },
    ]);

    expect(await screen.findByText("This job does not exist, or it is not one of your agency's.")).toBeDefined();
  });
});

/** Whether closing or reloading the tab would warn now. */
function warnsBeforeUnload(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('leaving with unsaved edits (B14)', () => {
  test('editing a saved job asks before following a link away (staying keeps the edit) and warns before the tab closes', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    renderPage({ jobId: 'Job-7' }, [formData({ job: savedJob() })]);
    await screen.findByLabelText('Title');
    expect(warnsBeforeUnload()).toBe(false);

    type('Title', 'Staff Platform Engineer');
    expect(warnsBeforeUnload()).toBe(true);
    fireEvent.click(screen.getByRole('link', { name: 'Cancel' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Staff Platform Engineer');

    type('Title', 'Platform Engineer');
    expect(warnsBeforeUnload()).toBe(false);
    confirm.mockRestore();
  });
});
