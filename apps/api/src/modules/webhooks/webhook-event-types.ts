/**
 * Every kind the change log holds (the `kind` of each `appendChange` in the candidate, job, proposal and interview
 * modules), with what it means to a receiver. An endpoint subscribes to some of them, or to all (an empty list).
 */
export const WEBHOOK_EVENT_TYPES = {
  'candidate.created': 'A candidate was registered. Sent to endpoints without a client limit only.',
  'candidate.updated': "A candidate's profile changed; `data.changed` names the fields. Sent to endpoints without a client limit only.",
  'candidate.erased':
    "A candidate's personal data was erased (their request to be forgotten, or the agency's retention policy): delete or anonymise your copy. The record stays, anonymous, for counts; it leaves every list and ranking. Sent to endpoints without a client limit only.",
  'candidate.merged':
    "Two profiles of one person were merged: `data.id` and `data.mergedId` name the profile that is gone, `data.candidateId` the one it was merged into (its proposals, skills and history moved there; a candidate.updated for it follows). Point your copy at the survivor. Sent to endpoints without a client limit only.",
  'job.created': 'A job was created (as a draft or open); `data.status` is its status.',
  'job.updated': 'A job changed; `data.changed` names what (status, requirements, …) and `data.status` is its status now.',
  'proposal.proposed': 'A recruiter proposed a candidate for a job; `data.jobId` and `data.candidateId` name them by global ID.',
  'proposal.accepted': 'The candidate accepted a proposal and picked an interview slot.',
  'proposal.declined': 'The candidate declined a proposal or an offer.',
  'proposal.interviewing': 'A proposal moved to interviewing (an interview was scheduled).',
  'proposal.offered': 'The agency made the candidate an offer.',
  'proposal.hired': 'The candidate accepted the offer, or the hire was recorded.',
  'proposal.rejected': 'The agency or its client rejected the candidate.',
  'proposal.withdrawn':
    'A proposal was withdrawn: the recruiter took it back, the candidate pulled out (with a reason and a message, or when accepting another offer), or Shortlist closed it because the candidate\'s data was erased.',
  'proposal.sharing_changed':
    "The candidate gave or withdrew their consent to share their profile with the job's client; `data.isSharedWithClient` says which (a client's key reads the candidate only while it is true).",
  'proposal.expired': 'A proposal passed its respond-by date without an answer (written by the expiry sweep, within 30 s).',
  'interview.scheduled': 'An interview was scheduled; `data.proposalId` names its proposal by global ID.',
  'interview.rescheduled': 'An interview moved to another time.',
  'interview.reschedule_requested': 'One side asked to move an interview.',
  'interview.cancelled': 'An interview was cancelled.',
  'interview.completed': 'An interview took place.',
  'interview.no_show': 'Someone did not come to an interview.',
  'interview.no_show_contested': 'The side a no-show holds absent contested it, once (the no-show stays, marked contested).',
} as const satisfies Record<string, string>;

export type WebhookEventType = keyof typeof WEBHOOK_EVENT_TYPES;

export const isWebhookEventType = (type: string): type is WebhookEventType => Object.hasOwn(WEBHOOK_EVENT_TYPES, type);
