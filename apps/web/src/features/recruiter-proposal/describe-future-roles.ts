/**
 * What a candidate who declined said about other roles at the client, in the recruiter's words: "Open to future roles
 * at Orchid Pay" or "Not looking for other roles at Orchid Pay for now"; null when they were not asked.
 */
export function describeFutureRoles(isOpenToFutureRoles: boolean | null | undefined, companyName: string): string | null {
  if (isOpenToFutureRoles === null || isOpenToFutureRoles === undefined) return null;
  return isOpenToFutureRoles ? `Open to future roles at ${companyName}` : `Not looking for other roles at ${companyName} for now`;
}
