import type { Database } from '@shortlist/db/open-database';
import type { Agency, ApiKeyScope, CancellationPolicy, PrismaClient, User, UserRole } from '@shortlist/db/prisma';
import type { AccessRecord } from './http/logging/access-record.ts';
import type { SignInThrottle } from './modules/auth/sign-in-throttle.ts';

/** A person signed in with e-mail and password (session cookie). */
export interface UserViewer {
  kind: 'user';
  userId: string;
  agencyId: string;
  role: UserRole;
  sessionId: string;
  /** The candidate's own profile, for candidates. */
  candidateProfileId: string | null;
  /**
   * The person's row as the session's statement read it at the start of this request, shaped as Prisma returns it
   * (their agency and its cancellation policy nested): `me` answers from it when it holds every field asked for.
   */
  row?: ViewerRow;
}

export interface ViewerRow {
  /** The columns of the person's User row that its fields show (never the password hash or unsubscribe token). */
  user: Pick<User, 'id' | 'agencyId' | 'role' | 'name' | 'email' | 'timeZone' | 'createdAt' | 'updatedAt'>;
  agency: Agency;
  cancellationPolicy: CancellationPolicy | null;
}

/** A partner system calling with an API key (`Authorization: Bearer …`). */
export interface PartnerViewer {
  kind: 'partner';
  apiKeyId: string;
  agencyId: string;
  /** When set, the key sees only this client company's jobs and their proposals. */
  clientCompanyId: string | null;
  scopes: ApiKeyScope[];
}

export type Viewer = UserViewer | PartnerViewer;

/** What a resolver may do to the browser's session cookie. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  prisma: PrismaClient;
  /** Plain SQL on the same database, for the few hot reads whose Prisma overhead showed in the job page's profile. */
  sql: Pick<Database['sql'], 'query'>;
  /** Echoed in masked errors and logs so a support request can be traced. */
  requestId: string;
  viewer: Viewer | null;
  sessionCookie: SessionCookie;
  /** The client's address as Express sees it (`trust proxy` decides whether X-Forwarded-For counts). */
  ip: string;
  /** Back-off on failed sign-ins, shared by every API process through the limiter store. */
  signInThrottle: SignInThrottle;
  /** This request's access-log record; accessLogPlugin fills in the operation, its errors and its cost. */
  access: AccessRecord;
}
