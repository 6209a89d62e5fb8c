/**
 * A signed-in GraphQL client for setting up a browser test's data through the real API (the same one the app uses),
 * e.g. a job that fits the demo candidate. The browser tests then drive the screens; this only prepares the stage.
 */
export async function signedInClient(baseUrl: string, email: string, password = 'shortlist') {
  let cookie = '';
  async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) cookie = setCookie.split(';')[0]!;
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (!response.ok || body.errors?.length || !body.data) {
      throw new Error(`GraphQL ${response.status}: ${JSON.stringify(body.errors ?? body)}`);
    }
    return body.data;
  }
  const { signIn } = await request<{ signIn: { __typename: string; message?: string } }>(
    `mutation ($input: SignInInput!) { signIn(input: $input) { __typename ... on Error { message } } }`,
    { input: { email, password } },
  );
  if (signIn.__typename !== 'SignInSuccess') throw new Error(`Could not sign in ${email}: ${signIn.message}`);
  return { request };
}

type RecruiterClient = Awaited<ReturnType<typeof signedInClient>>;

/**
 * Opens a new job, shaped after the demo candidate's own skills and preferences, so they rank among its suggested
 * candidates, for the agency's first client unless `clientCompanyId` names another. Returns its ID and title (unique
 * per call).
 */
export async function openJobFittingCandidate(recruiter: RecruiterClient, candidateName: string, titlePrefix: string, clientCompanyId?: string) {
  const { candidates, jobs } = await recruiter.request<{
    candidates: {
      edges: Array<{
        node: {
          id: string;
          fullName: string;
          timeZone: string;
          country: string;
          city: string | null;
          seniority: string;
          yearsExperience: number;
          skills: Array<{ level: number; skill: { id: string } }>;
          preferences: { minSalary: number | null; currency: string; remotePreference: string };
        };
      }>;
    };
    jobs: { edges: Array<{ node: { clientCompany: { id: string } } }> };
  }>(
    `query ($search: String!) {
      candidates(first: 1, filter: { search: $search }) {
        edges { node { id fullName timeZone country city seniority yearsExperience
          skills { level skill { id } }
          preferences { minSalary currency remotePreference } } }
      }
      jobs(first: 1) { edges { node { clientCompany { id } } } }
    }`,
    { search: candidateName },
  );
  const candidate = candidates.edges[0]?.node;
  const forClientId = clientCompanyId ?? jobs.edges[0]?.node.clientCompany.id;
  if (!candidate || candidate.fullName !== candidateName || !forClientId) {
    throw new Error(`The demo data has no candidate named ${candidateName} or no job to copy a client from.`);
  }
  const title = `${titlePrefix} ${Math.random().toString(36).slice(2, 7)}`;
  const minSalary = candidate.preferences.minSalary ?? 60_000;
  const { createJob } = await recruiter.request<{ createJob: { __typename: string; job?: { id: string }; message?: string } }>(
    `mutation ($input: CreateJobInput!) {
      createJob(input: $input) { __typename ... on CreateJobSuccess { job { id } } ... on Error { message } }
    }`,
    {
      input: {
        title,
        clientCompanyId: forClientId,
        status: 'OPEN',
        seniority: candidate.seniority,
        minYearsExperience: Math.min(candidate.yearsExperience, 2),
        remotePolicy: 'REMOTE',
        country: candidate.country,
        city: candidate.city,
        timeZone: candidate.timeZone,
        currency: candidate.preferences.currency,
        salaryMin: minSalary,
        salaryMax: Math.round(minSalary * 1.3),
        skills: candidate.skills.slice(0, 4).map(({ skill, level }) => ({
          skill: skill.id,
          requirement: 'MUST_HAVE',
          minLevel: Math.min(level, 3),
        })),
      },
    },
  );
  if (createJob.__typename !== 'CreateJobSuccess' || !createJob.job) {
    throw new Error(`Could not open the test job: ${createJob.message ?? createJob.__typename}`);
  }
  return { jobId: createJob.job.id, title };
}

/** The signed-in person's IANA time zone (the recruiter picks interview times in it). */
export async function timeZoneOf(client: RecruiterClient): Promise<string> {
  const { me } = await client.request<{ me: { timeZone: string } }>(`{ me { timeZone } }`);
  return me.timeZone;
}

/** A datetime-local value ("2026-11-26T14:15") for `date` as a wall clock in `timeZone`. */
export function toDateTimeLocal(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** A proposal made straight through the API (for tests whose subject is what happens after it). */
export async function proposeThroughApi(recruiter: RecruiterClient, jobId: string, candidateName: string) {
  const { candidates } = await recruiter.request<{ candidates: { edges: Array<{ node: { id: string; timeZone: string } }> } }>(
    `query ($search: String!) { candidates(first: 1, filter: { search: $search }) { edges { node { id timeZone } } } }`,
    { search: candidateName },
  );
  const candidate = candidates.edges[0]?.node;
  if (!candidate) throw new Error(`No candidate named ${candidateName}.`);
  const startsAt = new Date(Math.ceil((Date.now() + 4 * 24 * 3_600_000) / 3_600_000) * 3_600_000);
  const { proposeMatch } = await recruiter.request<{
    proposeMatch: { __typename: string; proposal?: { id: string }; message?: string };
  }>(
    `mutation ($input: ProposeMatchInput!) {
      proposeMatch(input: $input) { __typename ... on ProposeMatchSuccess { proposal { id } } ... on Error { message } }
    }`,
    {
      input: {
        jobId,
        candidateId: candidate.id,
        message: 'Hello Sam, this role looks like a strong fit for your experience. Shall we talk?',
        slots: [
          {
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
            timeZone: candidate.timeZone,
            format: 'VIDEO',
            location: 'https://meet.example.test/e2e',
          },
        ],
      },
    },
  );
  if (proposeMatch.__typename !== 'ProposeMatchSuccess' || !proposeMatch.proposal) {
    throw new Error(`Could not propose: ${proposeMatch.message ?? proposeMatch.__typename}`);
  }
  return proposeMatch.proposal.id;
}

/** The recruiter withdraws a proposal through the API: "someone else changed it" for the candidate's open page. */
export async function withdrawThroughApi(recruiter: RecruiterClient, proposalId: string) {
  const { withdrawProposal } = await recruiter.request<{ withdrawProposal: { __typename: string; message?: string } }>(
    `mutation ($input: WithdrawProposalInput!) {
      withdrawProposal(input: $input) { __typename ... on Error { message } }
    }`,
    { input: { proposalId, reason: 'POSITION_FILLED', message: 'The client has filled the role; sorry to bring it to you late.' } },
  );
  if (withdrawProposal.__typename !== 'WithdrawProposalSuccess') {
    throw new Error(`Could not withdraw: ${withdrawProposal.message ?? withdrawProposal.__typename}`);
  }
}
