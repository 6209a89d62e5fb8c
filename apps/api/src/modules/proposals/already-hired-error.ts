/**
 * The candidate has already accepted another offer (a HIRED proposal): a second hire is refused, and the answer
 * carries the accepted proposal so a client can name it and offer the polite way out instead.
 */
export class AlreadyHiredError extends Error {
  override name = 'AlreadyHiredError';
  constructor(
    message: string,
    readonly hiredProposalId: string,
  ) {
    super(message);
  }
}
