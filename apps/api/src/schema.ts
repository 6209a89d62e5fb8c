import { builder } from './builder.ts';
import './modules/common/date-time.ts';
import './modules/common/enums.ts';
import './modules/errors/errors.ts';
import './modules/users/user.ts';
import './modules/auth/sign-in.ts';
import './modules/jobs/job.ts';
import './modules/jobs/job-board.ts';
import './modules/skills/skill.ts';
import './modules/candidates/candidate.ts';
import './modules/matches/match.ts';
import './modules/agency/cancellation-policy.ts';
import './modules/api-keys/api-key.ts';
import './modules/notifications/notification.ts';
import './modules/activity/activity-event.ts';
import './modules/proposals/proposal.ts';
import './modules/interviews/interview.ts';

export const schema = builder.toSchema({ sortSchema: true });
