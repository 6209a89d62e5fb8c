import type { PrismaClient } from '@shortlist/db/prisma';

/** Who is asking. Filled by the auth module; null for anonymous requests. */
export interface Viewer {
  userId: string;
  agencyId: string;
  role: 'ADMIN' | 'RECRUITER' | 'CANDIDATE';
}

export interface Context {
  prisma: PrismaClient;
  /** Echoed in masked errors and logs so a support request can be traced. */
  requestId: string;
  viewer: Viewer | null;
}
