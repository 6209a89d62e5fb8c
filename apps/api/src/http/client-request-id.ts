/**
 * A client's own `x-request-id`, when it looks like an ID, for the log line beside ours (so a partner can match
 * their logs to ours). Never our reference: a client could otherwise choose, reuse or collide with the ID support
 * looks up. Anything else (too long, odd characters that could forge a log line) is dropped.
 */
export function clientRequestIdOf(header: string | null | undefined): string | undefined {
  return header && /^[\w.:-]{1,64}$/.test(header) ? header : undefined;
}
