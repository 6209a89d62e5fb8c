import type { PrismaClient } from '@shortlist/db/prisma';

export interface SqlSession {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}
export interface SqlRunner extends SqlSession {
  transaction<T>(fn: (tx: SqlSession) => Promise<T>): Promise<T>;
}

/** The webhook functions' raw SQL over a request's Prisma client (resolvers have Prisma, the workers `db.sql`). */
export function sqlOverPrisma(prisma: PrismaClient): SqlRunner {
  return {
    query: (sql, params = []) => prisma.$queryRawUnsafe(sql, ...params),
    transaction: (fn) => prisma.$transaction((tx) => fn({ query: (sql, params = []) => tx.$queryRawUnsafe(sql, ...params) })),
  };
}
