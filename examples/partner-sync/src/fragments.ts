// One selection per type, used by the full sync's lists and the incremental sync's `nodes`, so a record reads the
// same whichever way it came. `__typename` says which table of the mirror it belongs in. In one `nodes` selection a
// field name must have one type across all fragments, and `status` is a JobStatus, a ProposalStatus or an
// InterviewStatus: so each is read under its own alias.

export const JOB_FIELDS = /* GraphQL */ `
  fragment MirroredJob on Job { __typename id externalId title jobStatus: status clientCompany { id name } updatedAt }`;

export const CANDIDATE_FIELDS = /* GraphQL */ `
  fragment MirroredCandidate on Candidate { __typename id externalId fullName email headline updatedAt }`;

export const PROPOSAL_FIELDS = /* GraphQL */ `
  fragment MirroredProposal on Proposal { __typename id proposalStatus: status job { id } candidate { id } respondBy updatedAt }`;

export const INTERVIEW_FIELDS = /* GraphQL */ `
  fragment MirroredInterview on Interview { __typename id interviewStatus: status startsAt proposal { id } updatedAt }`;
